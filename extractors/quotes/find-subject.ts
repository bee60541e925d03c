import type { EntityRef } from '../../schemas/entity.ts';
import type { QuoteLexicon, FrameForm } from './quote-lexicon.ts';
import { matchFormAt, matchRoleSuffix, type ContextToken } from './tokenize-context.ts';
import { findMentionIn, findNearestBefore, type GenderHint, type MentionRef } from './entity-mentions.ts';

/** What the subject slot of a frame holds: a name, a pronoun, a description or an unnamed person. */
export type Subject =
  | { kind: 'mention'; mention: MentionRef }
  | { kind: 'pronoun'; gender: GenderHint; at: number }
  | { kind: 'role'; form: FrameForm; at: number; anchor: MentionRef | undefined; indefinite: boolean }
  | { kind: 'generic' };

export interface SubjectScope {
  lang: string;
  lexicon: QuoteLexicon;
  mentions: readonly MentionRef[];
  inQuote: (at: number) => boolean;
  genderOf: (m: MentionRef) => GenderHint;
}

const INDEFINITE = new Set(['ein', 'eine', 'einer', 'einem', 'un', 'une']);
const SPEAKER_TYPES = new Set(['person', 'organization', 'site']);

/** Reads token `i` as a subject candidate, or undefined. */
export function readSubjectAt(tokens: readonly ContextToken[], i: number, scope: SubjectScope): Subject | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const mention = findMentionIn(scope.mentions, token.start, token.end);
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
      if (named && named.type === (role.row.kind === 'person-role' ? 'person' : 'organization')) return { kind: 'mention', mention: named };
    }
    const anchor = mention ?? findAnchor(tokens, i, scope);
    const indefinite = INDEFINITE.has(tokens[i - 1]?.norm ?? '') || INDEFINITE.has(tokens[i - 2]?.norm ?? '');
    return { kind: 'role', form: role, at: token.start, anchor, indefinite };
  }
  const form = matchFormAt(tokens, i, scope.lexicon);
  if (form?.row.kind === 'pronoun') return { kind: 'pronoun', gender: form.row.gender, at: token.start };
  if (form?.row.kind === 'generic') return { kind: 'generic' };
  return undefined;
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

/** Resolves a subject to a canonical entity; null for unnamed speakers. */
export function resolveSubject(subject: Subject, scope: SubjectScope): EntityRef | null {
  const near = (at: number, types: Parameters<typeof findNearestBefore>[2], gender?: GenderHint) =>
    findNearestBefore(scope.mentions, at, types, scope.inQuote, scope.genderOf, gender)?.entity ?? null;
  switch (subject.kind) {
    case 'mention':
      return subject.mention.entity;
    case 'generic':
      return null;
    case 'pronoun':
      if (subject.gender === 'p') return near(subject.at, ['organization', 'person']);
      return near(subject.at, ['person'], subject.gender) ?? near(subject.at, ['organization']);
    case 'role':
      if (subject.form.row.kind === 'org-role') return subject.anchor?.entity ?? near(subject.at, ['organization']) ?? near(subject.at, ['site']);
      if (subject.indefinite) return subject.anchor?.entity ?? null;
      return near(subject.at, ['person']) ?? subject.anchor?.entity ?? null;
  }
}
