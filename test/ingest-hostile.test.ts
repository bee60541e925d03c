import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ROOT } from './helpers/run-cli.ts';
import { readInputs } from '../pipeline/ingest/read-inputs.ts';
import { splitLines, type LineItem } from '../pipeline/ingest/split-lines.ts';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../pipeline/ingest/input-limits.ts';
import type { IngestItem } from '../pipeline/ingest/ingest-types.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const tempDir = useTempDir();

async function readAll(paths: string[], cwd: string, limits: Partial<InputLimits> = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(paths, cwd, undefined, { ...DEFAULT_INPUT_LIMITS, ...limits })) items.push(item);
  return items;
}
const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.input] : []));
const problems = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'problem' ? [{ ...i.message, count: i.count ?? 1 }] : []));
const rules = (items: IngestItem[]) => problems(items).map((p) => [p.ruleId, p.line]);
const record = (id: string, text: string) => JSON.stringify({ id, text });

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function collect(lines: AsyncIterable<LineItem>): Promise<LineItem[]> {
  const out: LineItem[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('line splitting and byte limits', () => {
  it('joins one 8 MB line from 64-byte chunks once, not at every chunk', async () => {
    const line = Buffer.alloc(8 * 1024 * 1024, 0x61);
    const items = await collect(splitLines(chunksOf(Buffer.concat([line, Buffer.from('\nb')]), 64), Infinity));
    expect(items.map((i) => [i.kind, i.line, i.kind === 'line' ? i.bytes.length : i.bytes])).toEqual([['line', 1, line.length], ['line', 2, 1]]);
  });

  it('skips a line past --max-record-bytes without holding it, and reads the next', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.jsonl'), [record('a', 'x'.repeat(500)), record('b', 'Gut.')].join('\n'));
    const items = await readAll(['d.jsonl'], dir, { maxRecordBytes: 100 });
    expect(rules(items)).toEqual([['ingest/record-too-large', 1]]);
    expect(articles(items).map((a) => a.ref.source)).toEqual(['b']);
  });

  it('stops inflating a gzip bomb at --max-file-bytes and says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.jsonl.gz'), gzipSync(Buffer.from(`${record('a', 'Gut.')}\n${'{}\n'.repeat(2_000_000)}`)));
    const items = await readAll(['bomb.jsonl.gz'], dir, { maxFileBytes: 10_000 });
    expect(articles(items)).toHaveLength(1);
    const found = problems(items);
    expect(found.filter((p) => p.ruleId === 'ingest/file-too-large')).toMatchObject([{ file: 'bomb.jsonl.gz', line: null }]);
    // The `{}` lines read before the cut: a few thousand, not two million.
    expect(found.filter((p) => p.ruleId === 'ingest/missing-text').reduce((n, p) => n + p.count, 0)).toBeLessThan(4000);
  });

  it('stops at the first line of a .jsonl.gz of zeros (binary), without inflating the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'zeros.jsonl.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024)));
    expect(rules(await readAll(['zeros.jsonl.gz'], dir, { maxFileBytes: 1024 ** 4 }))).toEqual([['ingest/binary-file', 1]]);
  });

  it('refuses a .txt past --max-record-bytes as too large, not as invalid UTF-8', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt.gz'), gzipSync(Buffer.from('Grüße aus Köln. '.repeat(100_000))));
    expect(rules(await readAll(['big.txt.gz'], dir, { maxRecordBytes: 1_000_000 }))).toEqual([['ingest/record-too-large', null]]);
  });

  it('decodes a text whose multi-byte characters straddle the chunks it streams in', async () => {
    const dir = tempDir();
    const text = 'äöü€𝄞 '.repeat(60_000);
    writeFileSync(join(dir, 'wide.txt'), text);
    expect(articles(await readAll(['wide.txt'], dir)).map((a) => a.text)).toEqual([text]);
  });
});

describe('messages per rule and file', () => {
  it('stores the first N messages of a rule in a file and one that counts the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.jsonl'), '{}\n'.repeat(1000));
    const found = problems(await readAll(['empty.jsonl'], dir, { maxMessagesPerRule: 10 }));
    expect(found).toHaveLength(11);
    expect(found.slice(0, 10).every((p) => p.ruleId === 'ingest/missing-text' && p.count === 1)).toBe(true);
    expect(found[10]).toMatchObject({ ruleId: 'ingest/missing-text', count: 990, line: null });
    expect(found[10]?.reason).toMatch(/990 more/u);
  });
});

describe('records and encodings', () => {
  it('keeps every digit of an integer id beyond 2^53, so two records do not collide', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ids.jsonl'), '{"id": 12345678901234567891, "text": "Eins."}\n{"id": 12345678901234567892, "text": "Zwei."}\n');
    writeFileSync(join(dir, 'ids.json'), '[{"text": "Drei.", "id": 98765432109876543210}]');
    expect(articles(await readAll(['ids.jsonl', 'ids.json'], dir)).map((a) => a.ref.source)).toEqual(['12345678901234567891', '12345678901234567892', '98765432109876543210']);
  });

  it('reports text after the closing `]` of a .json array', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), `[${record('a', 'Eins.')}]\n{"id": "b", "text": "lost"}`);
    const items = await readAll(['d.json'], dir);
    expect(articles(items)).toHaveLength(1);
    expect(rules(items)).toEqual([['ingest/trailing-data', 2]]);
  });

  it('reports a non-string text as a field of the wrong type, naming the type', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.jsonl'), '{"id": "a", "text": 42}\n{"id": "b", "text": ["x"]}\n');
    const found = problems(await readAll(['d.jsonl'], dir));
    expect(found.map((p) => p.ruleId)).toEqual(['ingest/invalid-record', 'ingest/invalid-record']);
    expect(found.map((p) => /is (a number|an array)/u.exec(p.reason)?.[1])).toEqual(['a number', 'an array']);
  });

  it('reads UTF-16 text files (with or without a byte-order mark) and names UTF-16 JSON Lines', async () => {
    const dir = tempDir();
    const text = 'Grüße aus Köln.';
    writeFileSync(join(dir, 'bom-le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'bare-le.txt'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(dir, 'd.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(record('a', text), 'utf16le')]));
    const items = await readAll(['bom-le.txt', 'bare-le.txt', 'd.jsonl'], dir);
    expect(articles(items).map((a) => a.text)).toEqual([text, text]);
    expect(problems(items)).toMatchObject([{ ruleId: 'ingest/unsupported-encoding', file: 'd.jsonl' }]);
    expect(problems(items)[0]?.reason).toMatch(/UTF-16LE/u);
  });

  it('still strips a UTF-8 byte-order mark', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Text.')]));
    expect(articles(await readAll(['bom.txt'], dir)).map((a) => a.text)).toEqual(['Text.']);
  });
});

describe('the filesystem', () => {
  it('reads a file whose name is not UTF-8', async () => {
    const dir = tempDir();
    writeFileSync(Buffer.from(`${dir}/k\xf6ln.txt`, 'latin1'), 'Ein Text.');
    const items = await readAll(['.'], dir);
    expect(problems(items)).toEqual([]);
    expect(articles(items).map((a) => a.ref.file)).toEqual(['k\ufffdln.txt']);
  });

  it('escapes a newline in a file name, so it cannot forge a line of the summary', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a\n  ! forged.txt'), '');
    expect(problems(await readAll(['.'], dir)).map((p) => p.file)).toEqual(['a\\n  ! forged.txt']);
  });

  it('reads each real file once, reports link loops and always ends', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x.txt'), 'Ein Text.');
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'back')); // a loop
    symlinkSync(join(dir, 'b'), join(dir, 'a', 'to-b')); // two loops between a and b
    symlinkSync(join(dir, 'a'), join(dir, 'b', 'to-a'));
    symlinkSync(join(dir, 'a', 'x.txt'), join(dir, 'b', 'same.txt')); // the same file again
    symlinkSync('self.txt', join(dir, 'self.txt')); // a link to itself
    const items = await readAll(['.'], dir);
    expect(articles(items)).toHaveLength(1);
    expect(problems(items).map((p) => [p.ruleId, p.file])).toEqual([
      ['ingest/symlink-loop', 'a/back'],
      ['ingest/symlink-loop', 'a/to-b/to-a'],
      ['ingest/symlink-loop', 'self.txt'],
    ]);
  });

  // Root reads every folder: as root, the listing runs as user nobody (setpriv), so the folder is closed to it.
  const asRoot = process.getuid?.() === 0;
  const setpriv = spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(asRoot && !setpriv)('reports an unreadable folder and reads the rest (skipped as root without setpriv)', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', 'x.txt'), 'Zu.');
    writeFileSync(join(dir, 'open.txt'), 'Offen.');
    chmodSync(join(dir, 'closed'), 0o000);
    try {
      if (asRoot) {
        const helper = fileURLToPath(new URL('./helpers/list-inputs.ts', import.meta.url));
        const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', `${ROOT}node_modules/.bin/tsx`, helper], { cwd: dir, encoding: 'utf8', env: { ...process.env, HOME: tmpdir() } });
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout)).toEqual({ files: ['open.txt'], rules: ['ingest/unreadable-folder'] });
      } else {
        const items = await readAll(['.'], dir);
        expect(rules(items)).toEqual([['ingest/unreadable-folder', null]]);
        expect(articles(items)).toHaveLength(1);
      }
    } finally {
      chmodSync(join(dir, 'closed'), 0o700);
    }
  });
});
