import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { query } from './helpers/review-run.ts';

const tempDir = useTempDir();

describe('exit codes as the README says', () => {
  it('exits 1 on a missing input path, after reading the others', () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    writeFileSync(join(dir, 'ok.jsonl'), `${JSON.stringify({ id: 'a', text: 'Ein kurzer Text.' })}\n`);
    const run = runCli('pipeline', ['nope', 'ok.jsonl', '--db', db, '--quiet', '--workers', '0'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('pipeline: 1 input path not found (see ingest/missing-path above)\n');
    expect(query(db, 'SELECT status, articles_read FROM runs')).toEqual([{ status: 'completed', articles_read: 1 }]);
  });
});
