/** A token of one sentence with exact offsets into the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'domain' | 'handle' | 'elision' | 'hyphen' | 'punct';
  /** First word of its sentence, or first after an opening quote or a colon. */
  initial: boolean;
}

const TLDS = 'com|net|org|ru|de|fr|ch|at|io|co|uk|info|me|tv|gg|su|is|li|cc|eu|us|ai|win|top|be|lu|app|xyz|to|la|se|nl|es|it|pl|ua|cn|jp';
// Order matters: handles and domains before plain words; French elisions split off so
// `d'Amazon` yields the word `Amazon` with its own offsets.
const TOKEN = new RegExp(
  [
    `(?<handle>@[A-Za-z0-9_]{2,30}(?![A-Za-z0-9_]))`,
    // Labels of at most 63 characters, at most five of them, as DNS allows in practice:
    // bounded, so a failed attempt at each position of `a.a.a.…` costs a constant.
    `(?<domain>[\\p{L}\\d][\\p{L}\\d-]{0,62}(?:\\.[\\p{L}\\d-]{1,63}){0,4}\\.(?:${TLDS})(?![\\p{L}\\d]))`,
    `(?<elision>(?:[dDlLjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\\p{L}))`,
    `(?<word>[\\p{L}\\p{M}\\d&]+)`,
    `(?<hyphen>[-‐‑])`,
    `(?<punct>\\S)`,
  ].join('|'),
  'gu',
);

const OPENERS = new Set(['"', '„', '“', '«', '‚', '‹', ':', '(', '[', '–', '—', '»']);

/** Splits one sentence (`text` starting at `base` in the article) into tokens. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let initial = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const groups = m.groups ?? {};
    const kind = (['handle', 'domain', 'elision', 'word', 'hyphen', 'punct'] as const).find((k) => groups[k] !== undefined) ?? 'punct';
    const start = base + m.index;
    const isWordLike = kind === 'word' || kind === 'domain' || kind === 'handle';
    tokens.push({ text: m[0], start, end: start + m[0].length, kind, initial: initial && isWordLike });
    if (isWordLike) initial = false;
    if (kind === 'punct' && OPENERS.has(m[0])) initial = true;
    // A full stop after `Dr`, `M`, `Prof` is an abbreviation, not a sentence end.
    const prev = tokens[tokens.length - 2];
    if (kind === 'punct' && /[!?]/u.test(m[0])) initial = true;
    if (kind === 'punct' && m[0] === '.' && !(prev && prev.kind === 'word' && /^\p{Lu}\p{L}{0,3}$/u.test(prev.text))) initial = true;
  }
  return tokens;
}

/** The lookup key of a token run: lower case, hyphens dropped (as normalizeName collapses them). */
export function keyOf(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => t.kind !== 'hyphen')
    .map((t) => t.text.toLowerCase().replace(/’/gu, "'"))
    .join(' ')
    .normalize('NFKC');
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\d+(\p{Ll}|\p{Lu}\p{Ll})/u.test(word);
}

/** `BitMitigate`, `VegasNAP`, `8chan`: inner capitals or digits mark a coined name. */
export function hasNameShape(word: string): boolean {
  // Ordinals, decades, times and units: `1er`, `1950er`, `1h`, `30km`.
  if (/^\d+(?:er|re|e|ème|eme|h|min|km|kg|ans|jährige[nrs]?|er[ns]?)$/u.test(word)) return false;
  return /\p{Ll}\p{Lu}/u.test(word) || /^\d+\p{Lu}?\p{Ll}{2,}$/u.test(word) || /^\p{L}+\d+$/u.test(word);
}
