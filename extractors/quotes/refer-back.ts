import type { EntityRef } from '../../schemas/entity.ts';
import type { Span } from '../../schemas/span.ts';
import { findNearestBefore, type GenderHint } from './entity-mentions.ts';
import { isOblique, readSubjectAt, type SubjectScope } from './find-subject.ts';
import { tokenizeContext } from './tokenize-context.ts';
import { countStartingAtOrBefore } from './search-sorted.ts';

// How far back a pronoun or description looks: this many sentences, each read up to this many characters.
const SENTENCES_BACK = 4;
const SENTENCE_CHARS = 600;
const MAX_DEPTH = 3;
const MAX_QUOTED_SENTENCES = 30;

type Wanted = readonly ('person' | 'organization')[];

/**
 * A pronoun (`er`, `il`) or a definite description (`der Gründer`, `le
 * milliardaire`) refers back to the subject of the sentences before it: in the
 * nearest sentence that names a compatible candidate, the first one (the
 * subject comes first far more often than an object), persons before
 * organisations for a singular pronoun. A description or pronoun met on the
 * way is itself resolved the same way, a few steps deep.
 */
export function makeReferBack(text: string, sentences: readonly Span[], scope: () => SubjectScope) {
  // One answer per question and document: chains of pronouns (er … er … er) would otherwise be re-read at every step.
  const answers = new Map<string, EntityRef | null>();
  const referBack = (at: number, gender: GenderHint, types: Wanted, depth = 0): EntityRef | null => {
    const key = `${at}|${gender ?? ''}|${types.join(',')}|${depth}`;
    const known = answers.get(key);
    if (known !== undefined) return known;
    // A person known to match the pronoun's gender (`Frau X`, `Mme X`) beats a nearer one of unknown gender.
    const gendered = gender === 'm' || gender === 'f';
    const answer = (gendered && types[0] === 'person' ? scan(at, gender, ['person'], depth, true) : null) ?? scan(at, gender, types, depth, false);
    answers.set(key, answer);
    return answer;
  };
  const scan = (at: number, gender: GenderHint, types: Wanted, depth: number, knownOnly: boolean): EntityRef | null => {
    let k = countStartingAtOrBefore(sentences, at - 1, (s) => s.start) - 1;
    let quoted = 0;
    for (let n = 0; n < SENTENCES_BACK && k >= 0; n++, k--) {
      const sentence = sentences[k];
      if (!sentence) break;
      // Sentences wholly inside a quotation (a long statement) name no antecedent: they do not use up the budget.
      if (scope().inQuote(sentence.start) && scope().inQuote(sentence.end - 1) && quoted++ < MAX_QUOTED_SENTENCES) {
        n--;
        continue;
      }
      const end = Math.min(sentence.end, at);
      const tokens = tokenizeContext(text, Math.max(sentence.start, end - SENTENCE_CHARS), end);
      const found = findFirstOfType(tokens, types[0] ?? 'person', gender, depth, knownOnly, text, scope(), referBack);
      if (found) return found;
    }
    // Persons first over all the sentences (an organisation in the sentence before is often an object: `im Interview mit X`).
    return types.length > 1 ? scan(at, gender, types.slice(1), depth, knownOnly) : null;
  };
  return (at: number, gender: GenderHint, types: Wanted) => referBack(at, gender, types);
}

function findFirstOfType(
  tokens: ReturnType<typeof tokenizeContext>,
  type: 'person' | 'organization',
  gender: GenderHint,
  depth: number,
  knownOnly: boolean,
  text: string,
  scope: SubjectScope,
  referBack: (at: number, gender: GenderHint, types: Wanted, depth?: number) => EntityRef | null,
): EntityRef | null {
  let skipUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || scope.inQuote(token.start)) continue;
    const subject = readSubjectAt(tokens, i, scope);
    if (!subject) continue;
    // "mit Fox News", "à Spotify": a name after a preposition is an object, not the subject referred back to.
    if (token.start < skipUntil) continue; // the rest of a name already passed over
    if (subject.kind === 'mention') skipUntil = subject.mention.end;
    if (isOblique(tokens, i, scope) || text[token.start - 1] === '(') continue; // "(Reuters) -": a dateline
    if (subject.kind === 'mention') {
      const m = subject.mention;
      if (m.type !== type) continue;
      const known = m.type === 'person' ? scope.genderOf(m) : undefined;
      if ((gender === 'm' || gender === 'f') && known && known !== gender) continue;
      if (knownOnly && known !== gender) continue;
      return m.entity;
    }
    if (depth >= MAX_DEPTH || knownOnly) continue;
    if (subject.kind === 'pronoun' && type === 'person' && subject.gender !== 'p' && (!gender || gender === 'p' || subject.gender === gender)) {
      const resolved = referBack(subject.at, subject.gender, ['person'], depth + 1);
      if (resolved) return resolved;
    }
    if (subject.kind === 'role' && subject.form.row.kind === 'spokesperson' && (subject.indefinite || subject.anchor)) {
      // "a précisé un porte-parole du groupe. « … », a-t-il détaillé": he speaks for the organisation.
      const org =
        subject.anchor?.entity ??
        referBack(subject.at, undefined, ['organization'], depth + 1) ??
        findNearestBefore(scope.mentions, subject.at, ['organization'], scope.inQuote)?.entity;
      if (org && type === 'person') return org;
    }
    if (subject.kind === 'role' && !subject.indefinite) {
      const kind = subject.form.row.kind;
      if (type === 'organization' && (kind === 'org-role' || kind === 'spokesperson') && subject.anchor) return subject.anchor.entity;
      if (type === 'person' && kind === 'person-role') {
        const resolved = referBack(subject.at, gender, ['person'], depth + 1);
        if (resolved) return resolved;
      }
    }
  }
  return null;
}
