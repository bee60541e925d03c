import type { EntityRef } from '../../schemas/entity.ts';
import type { QuoteFact } from '../../schemas/quote.ts';
import type { QuoteSpan } from './build-quote-spans.ts';
import type { Frame } from './find-frame.ts';
import { resolveSubject, type Subject, type SubjectScope } from './find-subject.ts';
import { countStartingAtOrBefore } from './search-sorted.ts';

/** The last quotation accepted: a later one may continue its speaker. */
export interface Accepted {
  close: number;
  speaker: EntityRef | null;
  sentenceEnd: number;
}

/** What was found around a quotation: a reporting frame, or (without a cue) the subject of a colon or headline frame. */
export interface Attribution {
  frame?: Frame;
  subject?: Subject;
  position?: string;
  /** The first subject of the sentence before the quotation: the speaker when nothing else says who spoke. */
  sentenceSubject?: Subject | undefined;
}

// A frame without a subject ("Et d'ajouter :") or "la même source" goes on with a speaker this recent.
const RECENT = 400;
// A quotation in the next clause or sentence (`Das Verbot zeige, «…»`) keeps the speaker across at most this much text.
const CONTINUED_CLAUSE = 300;

type Attributed = Pick<QuoteFact, 'speaker' | 'cue' | 'rule'>;

export function attribute(found: Attribution, scope: SubjectScope, last: Accepted | undefined, text: string, span: QuoteSpan): Attributed {
  const recent = last && span.open - last.close < RECENT ? last.speaker : null;
  const { frame, subject, position = '' } = found;
  if (frame) {
    const cue = text.slice(frame.cue.start, frame.cueEnd);
    const rule = `quotes/${span.block ? 'block' : 'frame'}-${position}:${frame.row.id}`;
    if (!frame.subject || frame.subject.kind === 'same-source') return { speaker: recent, cue, rule };
    return { speaker: resolveSubject(frame.subject, scope), cue, rule };
  }
  if (subject) {
    const speaker = subject.kind === 'same-source' ? recent : resolveSubject(subject, scope) ?? resolveForward(subject, scope);
    return { speaker, cue: null, rule: `quotes/${position}` };
  }
  if (last && !/[\p{L}\p{N}]/u.test(text.slice(Math.max(last.close + 1, last.sentenceEnd), span.open))) {
    return { speaker: last.speaker, cue: null, rule: 'quotes/continued' };
  }
  if (last?.speaker && continuesClause(text, last, span, scope)) return { speaker: last.speaker, cue: null, rule: 'quotes/continued-clause' };
  const sentence = found.sentenceSubject;
  if (sentence && sentence.kind !== 'generic' && sentence.kind !== 'same-source') {
    const speaker = resolveSubject(sentence, scope);
    if (speaker) return { speaker, cue: null, rule: 'quotes/sentence-subject' };
  }
  return { speaker: null, cue: null, rule: 'quotes/unattributed' };
}

/** Between the last quotation and this one: little text, no paragraph break, and nobody else named. */
function continuesClause(text: string, last: Accepted, span: QuoteSpan, scope: SubjectScope): boolean {
  if (span.open - last.close > CONTINUED_CLAUSE) return false;
  if (text.slice(last.close, span.open).includes('\n')) return false;
  const k = countStartingAtOrBefore(scope.mentions, span.open - 1, (m) => m.start) - 1;
  const m = scope.mentions[k];
  // The last quotation's own frame (`…“, erklärte X.`) names its speaker, not someone new.
  const from = Math.max(last.close, last.sentenceEnd);
  return !(m && m.start >= from && m.entity.id !== last.speaker?.id && (m.type === 'person' || m.type === 'organization'));
}

/** A headline's description names no one before it (`„…“: Cloudflare-Chef sperrt …`): the first person or organisation after it. */
function resolveForward(subject: Subject, scope: SubjectScope): EntityRef | null {
  if (subject.kind !== 'role') return null;
  if (subject.anchor && subject.form.row.kind !== 'person-role') return subject.anchor.entity;
  const type = subject.form.row.kind === 'person-role' ? 'person' : 'organization';
  const k = countStartingAtOrBefore(scope.mentions, subject.at, (m) => m.start);
  return scope.mentions.slice(k, k + 50).find((m) => m.type === type && !scope.inQuote(m.start))?.entity ?? subject.anchor?.entity ?? null;
}
