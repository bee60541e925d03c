import { makeIngestProblem, type IngestItem } from './ingest-types.ts';
import { findFormat, listInputFiles, type InputFile } from './list-input-files.ts';
import { InputError } from './read-file-text.ts';
import { readTxt } from './read-txt.ts';
import { readJsonl } from './read-jsonl.ts';
import { readJson } from './read-json.ts';

function readFile(file: InputFile, onRawBytes: (n: number) => void): AsyncGenerator<IngestItem> {
  const format = findFormat(file.path);
  if (format === '.jsonl' || format === '.jsonl.gz') return readJsonl(file.path, file.display, onRawBytes);
  if (format === '.json' || format === '.json.gz') return readJson(file.path, file.display);
  return readTxt(file.path, file.display);
}

export interface ReadProgress {
  /** Called once, after listing, with the total size of the input files. */
  onTotal?(bytes: number): void;
  /** Called with every chunk of raw bytes read, and once per finished file with what remained. */
  onBytes(n: number): void;
}

/**
 * Every article and problem under `paths`, in a stable order. A file that
 * cannot be read becomes a problem naming it; the others go on.
 */
export async function* readInputs(paths: readonly string[], cwd: string, progress?: ReadProgress): AsyncGenerator<IngestItem> {
  const { files, problems } = await listInputFiles(paths, cwd);
  progress?.onTotal?.(files.reduce((sum, file) => sum + file.size, 0));
  yield* problems;
  for (const file of files) {
    let seen = 0;
    const onBytes = (n: number): void => {
      seen += n;
      progress?.onBytes(n);
    };
    try {
      yield* readFile(file, onBytes);
    } catch (error) {
      const e = error as Error;
      const ruleId = e instanceof InputError ? e.ruleId : 'unreadable-file';
      const line = e instanceof InputError ? e.line : null;
      const where = line === null ? file.display : `${file.display}:${line}`;
      yield makeIngestProblem(ruleId, `${where}: ${e.message}`, file.display, line);
    }
    if (file.size > seen) progress?.onBytes(file.size - seen);
  }
}
