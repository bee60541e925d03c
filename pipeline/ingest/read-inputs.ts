import { makeIngestProblem, type IngestItem } from './ingest-types.ts';
import { findFormat, listInputFiles, type InputFile } from './list-input-files.ts';
import { InputError, type ByteSource } from './read-file-text.ts';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './input-limits.ts';
import { readTxt } from './read-txt.ts';
import { readJsonl } from './read-jsonl.ts';
import { readJson } from './read-json.ts';

function readFile(file: InputFile, limits: InputLimits, onRawBytes: (n: number) => void): AsyncGenerator<IngestItem> {
  const format = findFormat(file.display);
  const source: ByteSource = { path: file.path, gzip: format?.endsWith('.gz') ?? false };
  if (format === '.jsonl' || format === '.jsonl.gz') return readJsonl(source, file.display, limits, onRawBytes);
  if (format === '.json' || format === '.json.gz') return readJson(source, file.display, limits);
  return readTxt(source, file.display, limits);
}

export interface ReadProgress {
  /** Called once, after listing, with the total size of the input files. */
  onTotal?(bytes: number): void;
  /** Called with every chunk of raw bytes read, and once per finished file with what remained. */
  onBytes(n: number): void;
}

/**
 * Every article and problem under `paths`, in a stable order. A file that
 * cannot be read becomes a problem naming it; the others go on. A rule that
 * fires more than `maxMessagesPerRule` times in one file yields its first
 * messages, then one that counts the rest.
 */
export async function* readInputs(paths: readonly string[], cwd: string, progress?: ReadProgress, limits: InputLimits = DEFAULT_INPUT_LIMITS): AsyncGenerator<IngestItem> {
  const { files, problems } = await listInputFiles(paths, cwd);
  progress?.onTotal?.(files.reduce((sum, file) => sum + file.size, 0));
  yield* problems;
  for (const file of files) {
    let seen = 0;
    const onBytes = (n: number): void => {
      seen += n;
      progress?.onBytes(n);
    };
    const fired = new Map<string, number>();
    const keep = (item: IngestItem): boolean => {
      if (item.kind !== 'problem') return true;
      const n = (fired.get(item.message.ruleId) ?? 0) + 1;
      fired.set(item.message.ruleId, n);
      return n <= limits.maxMessagesPerRule;
    };
    try {
      for await (const item of readFile(file, limits, onBytes)) if (keep(item)) yield item;
    } catch (error) {
      const e = error as Error;
      const ruleId = e instanceof InputError ? e.ruleId : 'unreadable-file';
      const line = e instanceof InputError ? e.line : null;
      const where = line === null ? file.display : `${file.display}:${line}`;
      yield makeIngestProblem(ruleId, `${where}: ${e.message}`, file.display, line);
    }
    for (const [ruleId, n] of fired) {
      if (n <= limits.maxMessagesPerRule) continue;
      const more = n - limits.maxMessagesPerRule;
      const reason = `${file.display}: ${more} more like the above (${ruleId} fired ${n} times in this file; the first ${limits.maxMessagesPerRule} are stored one by one, --max-messages-per-rule)`;
      yield { kind: 'problem', message: { reason, ruleId, source: 'ingest', file: file.display, line: null, place: null, fatal: false }, count: more };
    }
    if (file.size > seen) progress?.onBytes(file.size - seen);
  }
}
