import type { EntityRef } from '../../schemas/entity.ts';
import type { QuoteLexicon, FrameForm } from './quote-lexicon.ts';
import { matchFormAt, matchRoleSuffix, type ContextToken } from './tokenize-context.ts';
import { findMentionIn, findNearestBefore, type GenderHint, type MentionRef } from './entity-mentions.ts';

/** What the subject slot of a frame holds: a name, a pronoun, a description or an unnamed person. */
export type Subject =
  | { kind: 'mention'; mention: MentionRef }
  | { kind: 'pronoun'; gender: GenderHint; at: number }
  | { kind: 'role'; form: FrameForm; at: number; anchor: MentionRef | undefined; indefinite: boolean }
  | { kind: 'same-source' }
  | { kind: 'generic' };

export interface SubjectScope {
  lang: string;
  lexicon: QuoteLexicon;
  mentions: readonly MentionRef[];
  inQuote: (at: number) => boolean;
  genderOf: (m: MentionRef) => GenderHint;
  /** The last word of each person's name (`Storch` → Beatrix von Storch), when only one person has it. */
  surnames: ReadonlyMap<string, MentionRef['entity']>;
  /** Resolves a pronoun or definite description at `at` to the subject of the sentences before. */
  referBack: (at: number, gender: GenderHint, types: readonly ('person' | 'organization')[]) => EntityRef | null;
}

const INDEFINITE = new Set(['ein', 'eine', 'einer', 'einem', 'un', 'une']);
const SPEAKER_TYPES = new Set(['person', 'organization', 'site']);

/** Reads token `i` as a subject candidate, or undefined. */
export function readSubjectAt(tokens: readonly ContextToken[], i: number, scope: SubjectScope): Subject | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const mention = findMentionIn(scope.mentions, token.start, token.end) ?? findSurname(token, scope);
  const role = matchRoleSuffix(token, scope.lexicon, scope.lang);
  if (mention && SPEAKER_TYPES.has(mention.type) && !(role && mention.end < token.end)) {
    // "le patron de Cloudflare", "der Sprecher von AWS": the organisation anchors a role.
    const ownerRole = mention.type === 'person' ? undefined : findOwnerRole(tokens, i, scope);
    if (ownerRole) return ownerRole;
    return { kind: 'mention', mention };
  }
  if (role) {
    // An apposition names the holder: "der CEO Matthew Prince", "le PDG Rob Monster".
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
      const next = tokens[k];
      if (!next || /^[.:;]$/u.test(next.text)) break;
      const named = findMentionIn(scope.mentions, next.start, next.end);
      if (named && named.type === (role.row.kind === 'org-role' ? 'organization' : 'person')) return { kind: 'mention', mention: named };
    }
    const anchor = mention ?? findAnchor(tokens, i, scope);
    const indefinite = INDEFINITE.has(tokens[i - 1]?.norm ?? '') || INDEFINITE.has(tokens[i - 2]?.norm ?? '');
    return { kind: 'role', form: role, at: token.start, anchor, indefinite };
  }
  const form = matchFormAt(tokens, i, scope.lexicon);
  if (form?.row.kind === 'pronoun') return { kind: 'pronoun', gender: form.row.gender, at: token.start };
  if (form?.row.kind === 'generic') return { kind: 'generic' };
  if (form?.row.kind === 'same-source') return { kind: 'same-source' };
  return undefined;
}

/** A capitalised word that ends one person's full name stands for that person: `sagte von Storch`. */
function findSurname(token: ContextToken, scope: SubjectScope): MentionRef | undefined {
  if (!/^\p{Lu}/u.test(token.text)) return undefined;
  const entity = scope.surnames.get(token.norm);
  return entity ? { start: token.start, end: token.end, type: 'person', entity } : undefined;
}

const OF = new Set(['de', 'du', 'des', "d'", 'von', 'vom', 'der', 'des']);

function findOwnerRole(tokens: readonly ContextToken[], i: number, scope: SubjectScope): Subject | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  let k = i - 1;
  while (k >= 0 && findMentionIn(scope.mentions, tokens[k]?.start ?? 0, tokens[k]?.end ?? 0) === findMentionIn(scope.mentions, token.start, token.end)) k--;
  const of = tokens[k];
  const roleToken = tokens[k - 1];
  if (!of || !roleToken || !OF.has(of.norm)) return undefined;
  const role = matchRoleSuffix(roleToken, scope.lexicon, scope.lang);
  if (!role) return undefined;
  const anchor = findMentionIn(scope.mentions, token.start, token.end);
  const indefinite = INDEFINITE.has(tokens[k - 2]?.norm ?? '');
  return { kind: 'role', form: role, at: roleToken.start, anchor, indefinite };
}

/** An organisation named right after a role: "le patron de Cloudflare", "Sprecher von AWS". */
function findAnchor(tokens: readonly ContextToken[], i: number, scope: SubjectScope): MentionRef | undefined {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const next = tokens[k];
    if (!next) break;
    const m = findMentionIn(scope.mentions, next.start, next.end);
    if (m && (m.type === 'organization' || m.type === 'site')) return m;
  }
  return undefined;
}

/** A subject pronoun right after the verb is the inverted subject: "beklagte er", "dit-il". */
export function findInvertedPronoun(tokens: readonly ContextToken[], verb: number, scope: SubjectScope): Subject | undefined {
  const subject = readSubjectAt(tokens, verb + 1, scope);
  return subject?.kind === 'pronoun' ? subject : undefined;
}

/** Walks back from token `from` (exclusive); a site is kept only if no person or organisation precedes it. */
export function findSubjectBackward(tokens: readonly ContextToken[], from: number, scope: SubjectScope, limit = 15): Subject | undefined {
  let site: Subject | undefined;
  for (let i = from - 1; i >= 0 && i >= from - limit; i--) {
    const subject = readSubjectAt(tokens, i, scope);
    if (!subject) continue;
    if (subject.kind === 'mention' && subject.mention.type === 'site') {
      site ??= subject;
      continue;
    }
    return subject;
  }
  return site;
}

export function findSubjectForward(tokens: readonly ContextToken[], from: number, scope: SubjectScope, limit = 8): Subject | undefined {
  for (let i = from + 1; i < tokens.length && i <= from + limit; i++) {
    const token = tokens[i];
    if (token && /^[.:;!?]$/u.test(token.text)) break;
    const subject = readSubjectAt(tokens, i, scope);
    if (subject) return subject;
  }
  return undefined;
}

/**
 * A name after a preposition or an oblique article is an object, not a subject:
 * `mit Fox News`, `à Spotify`, and an apposition to such a phrase
 * (`Dem Minister der Ukraine, Fedorow, soll Musk …`).
 */
export function isOblique(tokens: readonly ContextToken[], i: number, scope: SubjectScope): boolean {
  const isObliqueAt = (k: number) => k >= 0 && matchFormAt(tokens, k, scope.lexicon)?.row.kind === 'oblique';
  // "mit Fox News", "dem stellvertretenden Minister": a preposition or oblique article, an adjective between at most.
  if (isObliqueAt(i - 1) || (isObliqueAt(i - 2) && tokens[i - 1]?.text !== ',')) return true;
  if (tokens[i - 1]?.text !== ',') return false;
  // An apposition sits between commas (", Mychajlo Fedorow, soll"); "Sur Telegram, Pavel Dourov a dit" is a subject.
  let after = i + 1;
  while (/^\p{Lu}/u.test(tokens[after]?.text ?? '')) after++;
  if (tokens[after]?.text !== ',') return false;
  // Walk back to the start of the phrase the apposition belongs to.
  let k = i - 2;
  while (k > 0 && i - k < 8 && !CLAUSE_END.test(tokens[k - 1]?.text ?? '')) k--;
  const atPhraseStart = k === 0 || CLAUSE_END.test(tokens[k - 1]?.text ?? '');
  return atPhraseStart && isObliqueAt(k);
}

const CLAUSE_END = /^[,.;:!?]$/u;

/** The first speaker candidate of a clause (outside quotation marks and object phrases): the subject of a colon or headline frame. */
export function findFirstSubject(tokens: readonly ContextToken[], scope: SubjectScope): Subject | undefined {
  let skipUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || scope.inQuote(token.start) || token.start < skipUntil) continue;
    const subject = readSubjectAt(tokens, i, scope);
    if (subject?.kind === 'mention') skipUntil = subject.mention.end;
    if (!subject || isOblique(tokens, i, scope)) continue;
    if (!(subject.kind === 'mention' && subject.mention.type === 'site')) return subject;
  }
  return undefined;
}

/** Resolves a subject to a canonical entity; null for unnamed speakers (and `same-source`, which the caller resolves). */
export function resolveSubject(subject: Subject, scope: SubjectScope): EntityRef | null {
  const near = (at: number, types: Parameters<typeof findNearestBefore>[2], gender?: GenderHint) =>
    findNearestBefore(scope.mentions, at, types, scope.inQuote, scope.genderOf, gender)?.entity ?? null;
  switch (subject.kind) {
    case 'mention':
      return subject.mention.entity;
    case 'generic':
    case 'same-source':
      return null;
    case 'pronoun':
      // French ils/elles: a group of people far more often than one named entity; an organisation if any.
      if (subject.gender === 'p') return scope.referBack(subject.at, 'p', ['organization']);
      return scope.referBack(subject.at, subject.gender, ['person', 'organization']) ?? near(subject.at, ['person'], subject.gender) ?? near(subject.at, ['organization']);
    case 'role':
      switch (subject.form.row.kind) {
        case 'org-role':
          // "das Unternehmen", "la messagerie": the organisation the sentences before are about.
          return subject.anchor?.entity ?? scope.referBack(subject.at, undefined, ['organization']) ?? near(subject.at, ['organization']) ?? near(subject.at, ['site']);
        case 'spokesperson':
          // "ein Sprecher von X", "un porte-parole du groupe": the organisation; "die Sprecherin": the person named before.
          if (subject.anchor) return subject.anchor.entity;
          if (subject.indefinite) return scope.referBack(subject.at, undefined, ['organization']) ?? near(subject.at, ['organization']);
          return nearWithin(scope, subject.at, 400) ?? near(subject.at, ['organization']);
        default:
          if (subject.indefinite) return subject.anchor?.entity ?? null;
          return scope.referBack(subject.at, undefined, ['person']) ?? near(subject.at, ['person']) ?? null;
      }
  }
}
/** The nearest person named at most `distance` characters before `at`. */
function nearWithin(scope: SubjectScope, at: number, distance: number): EntityRef | null {
  const person = findNearestBefore(scope.mentions, at, ['person'], scope.inQuote);
  return person && at - person.end <= distance ? person.entity : null;
}
