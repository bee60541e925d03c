import { createRequire } from 'node:module';

/**
 * The one adapter to natural. Its root import prints dotenv lines to stdout and
 * loads database drivers, so only the stemmer and distance modules are reached,
 * lazily.
 */
const require = createRequire(import.meta.url);

type Stemmer = { stem(word: string): string };
type Distance = {
  LevenshteinDistance(a: string, b: string): number;
  DamerauLevenshteinDistance(a: string, b: string, options?: object): number;
};

let stemmers: Record<string, Stemmer> | undefined;
let distance: Distance | undefined;

export function stem(lang: string, word: string): string {
  stemmers ??= require('natural/lib/natural/stemmers/index.js') as Record<string, Stemmer>;
  const stemmer = lang === 'fr' ? stemmers['PorterStemmerFr'] : stemmers['PorterStemmerDe'];
  return stemmer ? stemmer.stem(word) : word.toLowerCase();
}

function getDistance(): Distance {
  distance ??= require('natural/lib/natural/distance/index.js') as Distance;
  return distance;
}

/** Edit distance counting a transposition as one edit (`Cloudfare` ~ `Cloudflare` = 1). */
export function editDistance(a: string, b: string): number {
  return getDistance().DamerauLevenshteinDistance(a, b);
}
