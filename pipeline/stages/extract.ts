import type { ArticleDoc, FactKind } from '../../schemas/article-doc.ts';
import type { Message } from '../../schemas/message.ts';
import type { AnyExtractor, ReportMessage } from '../../extractors/types.ts';

/**
 * Checks, before the first article, that every extractor's `requires` are
 * provided by an extractor earlier in the list (spaCy's requires/assigns).
 */
export function checkExtractorOrder(extractors: readonly AnyExtractor[]): void {
  const provided = new Set<FactKind>();
  for (const extractor of extractors) {
    const missing = extractor.requires.filter((kind) => !provided.has(kind));
    if (missing.length) {
      throw new Error(`Extractor "${extractor.id}" requires ${missing.join(', ')}; put the extractors that provide them before it`);
    }
    provided.add(extractor.provides);
  }
}

export type ExtractorTimings = Map<string, number>;

/**
 * Stage 4: runs each extractor that handles the article's language, in order.
 * Messages an extractor reports join `doc.messages` (non-fatal, with its id as
 * source). An extractor that throws fails this article only: it becomes a message and
 * the status `error`, and the run goes on. `checkDeadline` throws, before an
 * extractor, once the article's time budget is spent.
 */
export function extract(doc: ArticleDoc, extractors: readonly AnyExtractor[], timings?: ExtractorTimings, checkDeadline?: () => void): ArticleDoc {
  if (doc.status !== 'extracted') return doc;
  const lang = doc.meta.language?.code ?? 'und';
  let current = doc;
  for (const extractor of extractors) {
    if (!extractor.languages.includes(lang)) continue;
    // Outside the try: a spent time budget fails the article, not this extractor.
    checkDeadline?.();
    const started = performance.now();
    try {
      const reported: Message[] = [];
      const source = current.meta.sources[0];
      const report: ReportMessage = (m) => {
        reported.push({ ...m, source: extractor.id, file: source?.file ?? null, line: source?.line ?? null, fatal: false });
      };
      const facts = { ...current.facts, [extractor.provides]: extractor.extract(current, report) };
      current = { ...current, facts, messages: reported.length ? [...current.messages, ...reported] : current.messages };
    } catch (error) {
      const reason = `Extractor "${extractor.id}" failed: ${(error as Error).message}`;
      const source = current.meta.sources[0];
      return {
        ...current,
        status: 'error',
        reason,
        messages: [
          ...current.messages,
          { reason, ruleId: `extract/${extractor.id}-failed`, source: extractor.id, file: source?.file ?? null, line: source?.line ?? null, place: null, fatal: true },
        ],
      };
    } finally {
      timings?.set(extractor.id, (timings.get(extractor.id) ?? 0) + performance.now() - started);
    }
  }
  return current;
}
