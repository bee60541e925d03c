import type { FrameForm, QuoteLexicon } from './quote-lexicon.ts';

/** A word or punctuation token of the text around a quotation, with article offsets. */
export interface ContextToken {
  text: string;
  /** Lower-cased, elision (d', l', qu') removed. */
  norm: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}@#][\p{L}\p{N}@#'’.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,:;.!?]/gu;
// French inversion: "a-t-il", "déclare-t-elle", "dit-il" carry the subject pronoun.
const INVERSION = /^(.*?)-(t-)?(il|elle|ils|elles|on)$/iu;
const ELISION = /^(?:[dljmnst]|qu)['’]/iu;

/** Tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenizeContext(text: string, start: number, end: number): ContextToken[] {
  const tokens: ContextToken[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const at = start + m.index;
    const inversion = INVERSION.exec(m[0]);
    if (inversion && inversion[1]) {
      const base = inversion[1];
      const pronoun = inversion[3] ?? '';
      tokens.push(makeToken(base, at));
      const pronounAt = at + m[0].length - pronoun.length;
      tokens.push(makeToken(pronoun, pronounAt));
      continue;
    }
    tokens.push(makeToken(m[0], at));
  }
  return tokens;
}

function makeToken(text: string, start: number): ContextToken {
  return { text, norm: text.toLowerCase().replace(/’/gu, "'"), start, end: start + text.length };
}

/** The lexicon form that starts at token `i` (longest first), trying the word with and without elision. */
export function matchFormAt(tokens: readonly ContextToken[], i: number, lexicon: QuoteLexicon): FrameForm | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const keys = [first.norm, first.norm.replace(ELISION, '')];
  for (const key of keys) {
    for (const form of lexicon.byFirstToken.get(key) ?? []) {
      if (form.tokens.every((t, k) => k === 0 || matchesToken(tokens[i + k], t))) return form;
    }
  }
  return undefined;
}

/** A form word ending in an elided article (`d'`, `l'`) matches the word it is glued to: `en raison d'un`. */
function matchesToken(token: ContextToken | undefined, form: string): boolean {
  if (!token) return false;
  return token.norm === form || (form.endsWith("'") && token.norm.startsWith(form));
}

/** The role (person-role / org-role) a German compound ends with: `Cloudflare-Chef`, `Sicherheitsfirma`. */
export function matchRoleSuffix(token: ContextToken, lexicon: QuoteLexicon, lang: string): FrameForm | undefined {
  const roles = getRoleForms(lexicon);
  const word = token.norm.replace(ELISION, '');
  const whole = roles.get(word);
  if (whole) return whole; // porte-parole, vice-présidente
  const parts = word.split('-');
  const last = parts[parts.length - 1] ?? '';
  const exact = roles.get(last);
  if (exact || lang !== 'de') return exact;
  // German compounds end with their head: the longest role the word ends with (`Konzernsprecherin`, `Sicherheitsfirma`).
  for (let k = 1; k <= last.length - MIN_ROLE_SUFFIX; k++) {
    const role = roles.get(last.slice(k));
    if (role) return role;
  }
  return undefined;
}

// A compound's head is at least this long: shorter role words (`ceo`) would match inside unrelated words.
const MIN_ROLE_SUFFIX = 4;
const roleForms = new WeakMap<QuoteLexicon, Map<string, FrameForm>>();

/** Single-word role forms of a lexicon, compiled once: a compound lookup is then one Map hit per suffix. */
function getRoleForms(lexicon: QuoteLexicon): Map<string, FrameForm> {
  let roles = roleForms.get(lexicon);
  if (!roles) {
    roles = new Map();
    for (const [key, forms] of lexicon.byFirstToken) {
      const role = forms.find((f) => isRole(f) && f.tokens.length === 1);
      if (role) roles.set(key, role);
    }
    roleForms.set(lexicon, roles);
  }
  return roles;
}

function isRole(form: FrameForm): boolean {
  return form.row.kind === 'person-role' || form.row.kind === 'org-role' || form.row.kind === 'spokesperson';
}
