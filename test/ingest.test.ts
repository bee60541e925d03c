import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs } from '../pipeline/ingest/read-inputs.ts';
import { splitJsonArray } from '../pipeline/ingest/read-json.ts';
import type { IngestItem } from '../pipeline/ingest/ingest-types.ts';
import { useTempDir } from './helpers/temp-dir.ts';

const tempDir = useTempDir();

async function readAll(paths: string[], cwd: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(paths, cwd)) items.push(item);
  return items;
}

const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.input] : []));
const problems = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'problem' ? [i.message] : []));

const record = (id: string, text: string, extra: object = {}) => JSON.stringify({ id, text, ...extra });

describe('input formats', () => {
  it('reads a .txt file as one article and takes the ` date YYYY-MM` header as metadata', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), ' date 2021-01 Parler ist offline.\n\nText.');
    const [input] = articles(await readAll(['a.txt'], dir));
    expect(input).toMatchObject({ text: 'Parler ist offline.\n\nText.', published: '2021-01', publishedFrom: 'header', ref: { source: 'a.txt', line: null } });
  });

  it('reads .jsonl records with every optional field, one article per line', async () => {
    const dir = tempDir();
    const lines = [record('r1', 'Erster Text.', { url: 'https://x.test/1', title: 'T', published: '2022-09-05', source: 'Feed', language: 'de' }), record('r2', 'Zweiter Text.')];
    writeFileSync(join(dir, 'd.jsonl'), lines.join('\n') + '\n');
    const inputs = articles(await readAll(['d.jsonl'], dir));
    expect(inputs.map((i) => [i.ref.source, i.ref.line])).toEqual([['r1', 1], ['r2', 2]]);
    expect(inputs[0]).toMatchObject({ url: 'https://x.test/1', title: 'T', published: '2022-09-05', publishedFrom: 'record', declaredLanguage: 'de', outlet: 'Feed' });
  });

  it('reads a .json array and numbers each record by the line it starts on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), `[\n  ${record('a', 'Eins.')},\n  ${record('b', 'Zwei.')}\n]\n`);
    const inputs = articles(await readAll(['d.json'], dir));
    expect(inputs.map((i) => [i.ref.source, i.ref.line])).toEqual([['a', 2], ['b', 3]]);
  });

  it.each(['t.txt.gz', 'd.jsonl.gz', 'd.json.gz'])('reads the gzipped form %s', async (name) => {
    const dir = tempDir();
    const body = name.startsWith('t') ? 'Ein Text.' : name.includes('jsonl') ? record('g', 'Ein Text.') : `[${record('g', 'Ein Text.')}]`;
    writeFileSync(join(dir, name), gzipSync(body));
    const inputs = articles(await readAll([name], dir));
    expect(inputs.map((i) => i.text)).toEqual(['Ein Text.']);
  });

  it('walks folders recursively in sorted order and ignores hidden files and READMEs', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'B.');
    writeFileSync(join(dir, 'sub', 'a.txt'), 'A.');
    writeFileSync(join(dir, '.hidden.txt'), 'H.');
    writeFileSync(join(dir, 'README.md'), '# readme');
    const items = await readAll(['.'], dir);
    expect(articles(items).map((i) => i.text)).toEqual(['B.', 'A.']);
    expect(problems(items)).toEqual([]);
  });

  it('splits JSON arrays with strings holding brackets and commas', () => {
    expect(splitJsonArray('[{"a":"],["}, {"b":[1,2]}]')?.elements.map((e) => e.text)).toEqual(['{"a":"],["}', '{"b":[1,2]}']);
    expect(splitJsonArray('{"not":"array"}')).toBeNull();
  });
});

describe('bad input: a message naming file and line, and the rest goes on', () => {
  it('reports a missing path and still reads the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.txt'), 'Gut.');
    const items = await readAll(['nope', 'ok.txt'], dir);
    expect(problems(items)).toMatchObject([{ ruleId: 'ingest/missing-path', file: 'nope' }]);
    expect(articles(items)).toHaveLength(1);
  });

  it('reports an unsupported extension given by name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.csv'), 'a,b');
    expect(problems(await readAll(['x.csv'], dir))).toMatchObject([{ ruleId: 'ingest/unsupported-extension', file: 'x.csv' }]);
  });

  it('reports a binary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    expect(problems(await readAll(['bin.txt'], dir))).toMatchObject([{ ruleId: 'ingest/binary-file', file: 'bin.txt', line: 1 }]);
  });

  it('reports invalid UTF-8 with its line in a text file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('Zeile eins\nZeile '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    expect(problems(await readAll(['bad.txt'], dir))).toMatchObject([{ ruleId: 'ingest/invalid-utf8', file: 'bad.txt', line: 2 }]);
  });

  it('reports malformed JSON, a record without text, empty text and invalid UTF-8 per line, keeping the good lines', async () => {
    const dir = tempDir();
    const lines = [
      Buffer.from(record('ok1', 'Gut.')),
      Buffer.from('{"id": "broken", "text": '),
      Buffer.from(JSON.stringify({ id: 'notext' })),
      Buffer.from(record('empty', '   ')),
      Buffer.concat([Buffer.from('{"id":"utf","text":"'), Buffer.from([0xff]), Buffer.from('"}')]),
      Buffer.from(record('ok2', 'Auch gut.')),
    ];
    writeFileSync(join(dir, 'd.jsonl'), Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
    const items = await readAll(['d.jsonl'], dir);
    expect(problems(items).map((p) => [p.ruleId, p.file, p.line])).toEqual([
      ['ingest/malformed-json', 'd.jsonl', 2],
      ['ingest/missing-text', 'd.jsonl', 3],
      ['ingest/empty-text', 'd.jsonl', 4],
      ['ingest/invalid-utf8', 'd.jsonl', 5],
    ]);
    expect(articles(items).map((i) => i.ref.source)).toEqual(['ok1', 'ok2']);
  });

  it('reports a malformed record inside a .json array and keeps the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), `[\n${record('a', 'Eins.')},\n{"id": "b", "text": oops},\n${record('c', 'Drei.')}\n]`);
    const items = await readAll(['d.json'], dir);
    expect(problems(items)).toMatchObject([{ ruleId: 'ingest/malformed-json', line: 3 }]);
    expect(articles(items).map((i) => i.ref.source)).toEqual(['a', 'c']);
  });

  it('reports an empty text file and a corrupt gzip file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), ' \n\n');
    writeFileSync(join(dir, 'corrupt.jsonl.gz'), Buffer.from('not gzip at all'));
    const found = problems(await readAll(['empty.txt', 'corrupt.jsonl.gz'], dir)).map((p) => [p.ruleId, p.file]);
    expect(found).toEqual([['ingest/empty-text', 'empty.txt'], ['ingest/unreadable-file', 'corrupt.jsonl.gz']]);
  });
});
