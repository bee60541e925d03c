import type { ReportingRow } from './quote-lexicon.ts';
import { matchFormAt, type ContextToken } from './tokenize-context.ts';
import { findInvertedPronoun, findSubjectBackward, findSubjectForward, type Subject, type SubjectScope } from './find-subject.ts';

/** A reporting frame found around a quotation: the cue, its lexicon row, and its subject. */
export interface Frame {
  cue: ContextToken;
  cueEnd: number;
  row: ReportingRow;
  subject: Subject | undefined;
}

const CUE_KINDS = new Set(['verb', 'noun', 'preposition', 'postposition', 'reason']);
const CLAUSE_START = /^[,:;–—(]$/u;

function subjectFor(tokens: readonly ContextToken[], i: number, row: ReportingRow, scope: SubjectScope): Subject | undefined {
  switch (row.kind) {
    case 'noun':
      // "Erklärung von X", "déclaration du PDG X" right after; else the clause's subject before the noun.
      return findSubjectForward(tokens, i, scope, 4) ?? findSubjectBackward(tokens, i, scope, 6);
    case 'preposition':
      return findSubjectForward(tokens, i, scope, 4);
    case 'postposition':
      return findSubjectBackward(tokens, i, scope, 4);
    default: {
      // "précise un tweet envoyé depuis le compte de la société": a statement noun in the subject slot names its owner further on.
      const statement = [1, 2, 3].some((k) => matchFormAt(tokens, i + k, scope.lexicon)?.row.kind === 'noun');
      return findInvertedPronoun(tokens, i, scope) ?? findSubjectBackward(tokens, i, scope) ?? findSubjectForward(tokens, i, scope, statement ? 10 : 6);
    }
  }
}

/** `textStartsClause`: whether the first token opens a clause (before a quotation yes; right after a closing mark only after a comma). */
function frameAt(tokens: readonly ContextToken[], i: number, scope: SubjectScope, textStartsClause = true): Frame | undefined {
  const form = matchFormAt(tokens, i, scope.lexicon);
  const token = tokens[i];
  if (!form || !token || !CUE_KINDS.has(form.row.kind)) return undefined;
  if (form.row.kind === 'preposition') {
    const atClauseStart = (i === 0 && textStartsClause) || CLAUSE_START.test(tokens[i - 1]?.text ?? '');
    if (form.row.clauseInitial && !atClauseStart) return undefined;
    const subject = findSubjectForward(tokens, i + form.tokens.length - 1, scope, 4);
    if (!subject) return undefined; // "so viele", "selon les cas": not a frame without a speaker
    return { cue: token, cueEnd: tokens[i + form.tokens.length - 1]?.end ?? token.end, row: form.row, subject };
  }
  if (form.row.kind === 'verb' && isParenthetical(tokens, i, form.row.id, scope)) return undefined;
  const last = tokens[i + form.tokens.length - 1] ?? token;
  return { cue: token, cueEnd: last.end, row: form.row, subject: subjectFor(tokens, i, form.row, scope) };
}

/** `wie Bloomberg berichtet`, `comme l'a écrit X`: a `wie`/`comme` opens the verb's clause (within five words, no comma). */
function isParenthetical(tokens: readonly ContextToken[], verb: number, verbRow: string, scope: SubjectScope): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 5; k--) {
    const token = tokens[k];
    if (!token || CLAUSE_START.test(token.text)) return false;
    const row = matchFormAt(tokens, k, scope.lexicon)?.row;
    if (row?.kind === 'parenthetical' && row.appliesTo?.includes(verbRow)) return true;
  }
  return false;
}

/** `wie Bloomberg berichtet`, `comme le rapporte X` somewhere in the clause: a medium cites, the clause's subject spoke. */
export function hasCitation(tokens: readonly ContextToken[], scope: SubjectScope): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const form = matchFormAt(tokens, i, scope.lexicon);
    if (form?.row.kind !== 'parenthetical') continue;
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
      const verb = matchFormAt(tokens, k, scope.lexicon)?.row;
      if (verb?.kind === 'verb' && form.row.appliesTo?.includes(verb.id)) return true;
    }
  }
  return false;
}

/** A frame right after the closing mark: `“, sagte er`, `» a écrit Watkins`, `», selon X`. */
export function findFrameAfter(tokens: readonly ContextToken[], scope: SubjectScope): Frame | undefined {
  let seen = 0;
  // „…“, hatte X schon im Sommer gewarnt: after an auxiliary the participle closes the clause.
  const first = tokens.findIndex((t) => t.text !== ',');
  const window = first >= 0 && matchFormAt(tokens, first, scope.lexicon)?.row.kind === 'auxiliary' ? 9 : 4;
  for (let i = 0; i < tokens.length && seen < window; i++) {
    const token = tokens[i];
    if (!token) break;
    if (token.text === ',') continue;
    if (/^[.:;!?]$/u.test(token.text)) break;
    const frame = frameAt(tokens, i, scope, false);
    if (frame && frame.row.kind !== 'noun' && frame.row.kind !== 'reason') return frame;
    seen++;
  }
  return undefined;
}

/** A short inverted frame closing the sentence after the quotation's clause: `«…» que …, a-t-il ajouté.`, `…, sagte Öllinger der APA.` */
export function findFrameAtSentenceEnd(tokens: readonly ContextToken[], scope: SubjectScope): Frame | undefined {
  let end = tokens.findIndex((t) => /^[.!?;:]$/u.test(t.text));
  if (end < 0) end = tokens.length;
  let comma = -1;
  for (let i = end - 1; i >= 0 && i >= end - 7; i--) if (tokens[i]?.text === ',') { comma = i; break; }
  if (comma < 0) return undefined;
  const clause = tokens.slice(comma, end);
  const frame = findFrameAfter(clause, scope);
  // ", a-t-il ajouté": the verb may come third after the comma (a, il, ajouté).
  return frame && frame.row.kind === 'verb' && clause.indexOf(frame.cue) <= 3 ? frame : undefined;
}

/** The last frame in the clause before the opening mark: `X sagte: „`, `Selon X, «`, `wegen „`. */
export function findFrameBefore(tokens: readonly ContextToken[], scope: SubjectScope): Frame | undefined {
  let noun: Frame | undefined;
  for (let i = tokens.length - 1; i >= 0; i--) {
    // Words inside another quotation (a title passed over) are not the frame.
    if (scope.inQuote(tokens[i]?.start ?? 0)) continue;
    const frame = frameAt(tokens, i, scope);
    if (!frame) continue;
    // A cause ("wegen") only frames a quotation it directly introduces.
    if (frame.row.kind === 'reason' && tokens.length - i > 4) continue;
    // "teilt in einer E-Mail mit, man wolle „…“": the verb's subject speaks, not the noun's neighbour.
    if (frame.row.kind === 'noun' && !(frame.subject && frame.subject.kind !== 'generic')) {
      noun ??= frame;
      continue;
    }
    if (noun && frame.row.kind !== 'verb') return noun;
    return frame;
  }
  return noun;
}

/** A label cue (`sogenannt`, `autoproclamé`, `intitulé`) next to the quotation marks. */
export function hasLabelCue(before: readonly ContextToken[], after: readonly ContextToken[], scope: SubjectScope): boolean {
  for (let i = Math.max(0, before.length - 5); i < before.length; i++) {
    const kind = matchFormAt(before, i, scope.lexicon)?.row.kind;
    if (kind === 'label') return true;
    // "die Zeitung „Bild“", "un épisode très controversé de « … »": a title noun with no clause between it and the title.
    if (kind === 'title' && !before.slice(i + 1).some((t, k) => t.text === ',' || matchFormAt(before, i + 1 + k, scope.lexicon)?.row.kind === 'verb')) return true;
  }
  for (let i = 0; i < Math.min(2, after.length); i++) {
    if (matchFormAt(after, i, scope.lexicon)?.row.kind === 'label') return true;
  }
  return false;
}

/** A frame inside the quotation marks between commas: « Nous, a-t-il déclaré, partons ». */
export function findFrameInside(tokens: readonly ContextToken[], scope: SubjectScope): Frame | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const form = matchFormAt(tokens, i, scope.lexicon);
    if (form?.row.kind !== 'verb') continue;
    let commaAt = -1;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (tokens[k]?.text === ',') commaAt = k;
    const closeAt = tokens.slice(i + 1, i + 5).findIndex((t) => t.text === ',');
    if (commaAt < 0 || closeAt < 0) continue;
    const clause = tokens.slice(commaAt + 1, i + 1 + closeAt);
    const v = i - commaAt - 1;
    const subject = findSubjectBackward(clause, v, scope, 2) ?? findSubjectForward(clause, v, scope, 3);
    const cue = tokens[i];
    if (subject && cue) return { cue, cueEnd: cue.end, row: form.row, subject };
  }
  return undefined;
}
