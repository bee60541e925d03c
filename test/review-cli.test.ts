import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli.ts';
import { useTempDir } from './helpers/temp-dir.ts';
import { SEEDS, patch, writePatch } from './helpers/review-run.ts';

const tempDir = useTempDir();
const QUOTE = 'quote_c8827e00be755b48';

describe('pnpm review', () => {
  it('shows a record, writes a skeleton, lists, applies and shows the history', () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    const patches = join(dir, 'patches');
    expect(runCli('pipeline', [SEEDS, '--db', db, '--patches', patches, '--quiet']).status).toBe(0);

    const shown = runCli('review', ['show', QUOTE, '--db', db]);
    expect(shown.status).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: QUOTE, source: '002_7424c447e960d984.txt', status: 'extracted' });
    expect(runCli('review', ['show', 'nothing', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringContaining('no claim, quote, entity or article with id "nothing"') });

    const made = runCli('review', ['new', QUOTE, '--db', db, '--patches', patches, '--author', 'Ada']);
    expect(made.status).toBe(0);
    const [file] = readdirSync(patches);
    const skeleton = JSON.parse(readFileSync(join(patches, file!), 'utf8'));
    expect(skeleton).toMatchObject({ target: QUOTE, author: 'Ada', reason: '', ops: expect.arrayContaining([{ op: 'test', path: '/status', value: 'extracted' }]) });

    writePatch(patches, file!, { ...skeleton, reason: 'not a quotation', ops: [...skeleton.ops, { op: 'replace', path: '/status', value: 'rejected' }] });
    writePatch(patches, 'z-bad.json', patch(QUOTE, [{ op: 'replace', path: '/text', value: 'other words' }]));
    expect(runCli('review', ['list', '--db', db, '--patches', patches, '--status', 'pending']).stdout.split('\n').filter(Boolean)).toHaveLength(2);

    const applied = runCli('review', ['apply', '--db', db, '--patches', patches]);
    expect(applied.status).toBe(1);
    expect(applied.stderr).toContain('patch z-bad.json: rejected: /text cannot change');
    expect(applied.stderr).toContain('patches: 1 applied, 0 unchanged, 0 stale, 1 rejected');
    expect(runCli('review', ['list', '--db', db, '--patches', patches, '--status', 'applied']).stdout).toContain(file!);

    const history = JSON.parse(runCli('review', ['history', QUOTE, '--db', db]).stdout);
    // In apply order: by `created`, and z-bad.json's is the older.
    expect(history).toMatchObject([
      { file: 'z-bad.json', status: 'rejected' },
      { file, status: 'applied', author: 'Ada', reason: 'not a quotation', before: { status: 'extracted' }, after: { status: 'rejected' }, run_id: null },
    ]);
    // The pipeline applies them too; nothing left to do.
    const rerun = runCli('pipeline', [SEEDS, '--db', db, '--patches', patches, '--json']);
    expect(JSON.parse(rerun.stdout).reviews.map((r: { status: string }) => r.status)).toEqual(['rejected', 'unchanged']);
    expect(rerun.stderr).toContain('patch z-bad.json: rejected');
  });
});
