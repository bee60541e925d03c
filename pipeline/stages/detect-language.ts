import { francAll } from 'franc';
import { z } from 'zod';
import type { ArticleDoc } from '../../schemas/article-doc.ts';
import { loadData, zLexiconRow } from '../../extractors/text/load-data.ts';
import { isInBoilerplate } from '../../extractors/text/regions.ts';

const zLanguages = z.object({
  description: z.string(),
  rows: z.array(zLexiconRow.extend({ id: z.string().regex(/^[a-z]{3}$/), iso1: z.string().regex(/^[a-z]{2}$/), name: z.string(), extract: z.boolean() })),
});

export interface LanguageConfig {
  /** ISO 639-3 codes franc chooses between. */
  candidates: string[];
  /** ISO 639-3 → ISO 639-1. */
  toIso1: Map<string, string>;
  /** ISO 639-1 codes that go on to extraction. */
  extract: Set<string>;
}

export function loadLanguageConfig(): LanguageConfig {
  const rows = loadData('languages/languages.json', zLanguages).rows;
  return {
    candidates: rows.map((row) => row.id),
    toIso1: new Map(rows.map((row) => [row.id, row.iso1])),
    extract: new Set(rows.filter((row) => row.extract).map((row) => row.iso1)),
  };
}

// franc is unreliable below a few words; a paragraph must have this many letters to vote.
const MIN_PARAGRAPH = 40;
const MIN_TEXT = 20;
// franc's time grows with the text it reads (it stops at 2,048 characters a call); a thousand
// characters of a paragraph, and two thousand in all, decide German against French and their neighbours.
const MAX_VOTING_CHARS = 2000;
const MAX_CALL_CHARS = 1000;

// Below this many letters franc's guess is no better than a record's own word (a headline
// `Twitter sperrt Konto von Trump` reads as English): the declared language stands.
const MIN_CONFIDENT_LETTERS = 50;

/** `letters`: how many letters of the text were there to judge by. */
export type Detection = { code: string; confidence: number; reason: string | null; letters: number };

/**
 * Detects per paragraph (outside boilerplate) and lets paragraphs vote by
 * length, as retext-language did: franc alone reads only the first 2,048
 * characters and is thrown by a foreign caption or quote.
 */
export function detectText(doc: Pick<ArticleDoc, 'text' | 'regions'>, config: LanguageConfig): Detection {
  const paragraphs: string[] = [];
  for (const match of doc.text.matchAll(/[^\n]+/gu)) {
    if (isInBoilerplate(doc, match.index, match.index + match[0].length)) continue;
    paragraphs.push(match[0]);
  }
  const body = paragraphs.join('\n');
  const letters = body.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_TEXT) return { code: 'und', confidence: 0, reason: 'too-short', letters };
  const voters: string[] = [];
  let budget = MAX_VOTING_CHARS;
  for (const paragraph of paragraphs) {
    if (budget <= 0) break;
    if (paragraph.length < MIN_PARAGRAPH) continue;
    const read = paragraph.slice(0, MAX_CALL_CHARS);
    voters.push(read);
    budget -= read.length;
  }
  const votes = new Map<string, number>();
  for (const paragraph of voters.length ? voters : [body.slice(0, MAX_CALL_CHARS)]) {
    const [best] = francAll(paragraph, { only: config.candidates, minLength: MIN_TEXT });
    if (!best || best[0] === 'und') continue;
    votes.set(best[0], (votes.get(best[0]) ?? 0) + paragraph.length);
  }
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const [top] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || total === 0) return { code: 'und', confidence: 0, reason: 'undetermined', letters };
  const code = config.toIso1.get(top[0]) ?? 'und';
  return { code, confidence: Math.round((top[1] / total) * 1000) / 1000, reason: config.extract.has(code) ? null : `language-${code}`, letters };
}

function normalizeDeclared(declared: string, config: LanguageConfig): string {
  const lower = declared.trim().toLowerCase();
  return config.toIso1.get(lower) ?? lower.slice(0, 2);
}

/** Stage 3: sets `meta.language`; other languages and undetermined texts are skipped with a reason. */
export function detectLanguage(doc: ArticleDoc, config: LanguageConfig): ArticleDoc {
  const detection = detectText(doc, config);
  const declaredRaw = doc.meta.language?.declared ?? null;
  const declared = declaredRaw ? normalizeDeclared(declaredRaw, config) : null;
  const messages = [...doc.messages];
  let { code, reason } = detection;
  if (declared && declared !== code) {
    const file = doc.meta.sources[0]?.file ?? null;
    const line = doc.meta.sources[0]?.line ?? null;
    // A confident detection wins; on too little text the record's own word is better than a guess.
    const short = detection.letters < MIN_CONFIDENT_LETTERS;
    const trustDeclared = (detection.confidence < 0.5 || short) && config.extract.has(declared);
    const basis = short ? `${detection.letters} letters, too few to judge` : `confidence ${detection.confidence}`;
    messages.push({
      reason: `Record declares language "${declaredRaw}" but the text looks like "${code}" (${basis}); using "${trustDeclared ? declared : code}"`,
      ruleId: 'language/declared-mismatch',
      source: 'detect-language',
      file,
      line,
      place: null,
      fatal: false,
    });
    if (trustDeclared) {
      code = declared;
      reason = null;
    }
  }
  return {
    ...doc,
    meta: { ...doc.meta, language: { code, confidence: detection.confidence, declared: declaredRaw } },
    status: reason ? 'skipped' : doc.status,
    reason: reason ?? doc.reason,
    messages,
  };
}
