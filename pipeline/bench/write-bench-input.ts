import { createWriteStream, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchArticle } from './corpus-types.ts';

const MARKER: Record<BenchArticle['language'], (n: number) => string> = {
  de: (n) => ` (Kopie ${n}.)`,
  fr: (n) => ` (copie ${n}.)`,
};

/**
 * `repeat` distinct copies of each article: copy 1 is the original, later ones end
 * with a marker sentence so the content-hash dedup does not collapse them.
 * Rounds follow each other, so copies of one article are never adjacent.
 */
export function repeatArticles(articles: readonly BenchArticle[], repeat: number): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (let copy = 1; copy <= repeat; copy++) {
    for (const a of articles) {
      out.push(copy === 1 ? a : { id: `${a.id}-copy-${copy}`, text: `${a.text.trimEnd()}${MARKER[a.language](copy)}`, language: a.language });
    }
  }
  return out;
}

/** Makes a fresh temporary folder for one benchmark run's dumps and databases. */
export function makeBenchDir(): string {
  return mkdtempSync(join(tmpdir(), 'claims-bench-'));
}

/** Writes the articles as a JSON Lines dump (`{id, text, language}` per line); returns its UTF-8 text bytes. */
export async function writeBenchInput(path: string, articles: readonly BenchArticle[]): Promise<number> {
  const out = createWriteStream(path, 'utf8');
  let textBytes = 0;
  for (const a of articles) {
    textBytes += Buffer.byteLength(a.text);
    if (!out.write(`${JSON.stringify({ id: a.id, text: a.text, language: a.language })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return textBytes;
}
