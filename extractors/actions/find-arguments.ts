import { findClassWord, isClass, type ActionLexicon } from './load-action-data.ts';
import type { Clause, Word } from './split-words.ts';
import type { CueHit } from './match-cues.ts';
import type { Slot } from './assign-roles.ts';
import type { Phrase } from './read-phrases.ts';
import { readVerbComplex, type VerbComplex } from './read-clause.ts';
import { coordinated } from './coordinate.ts';
import { findConjunct } from './find-conjunct.ts';

export interface ArgumentContext {
  lexicon: ActionLexicon;
  text: string;
  words: readonly Word[];
  clauses: readonly Clause[];
  slots: readonly Slot[];
  phrases: ReadonlyMap<Slot, Phrase>;
  /** Slots naming where an account lives (`le compte Twitter de X`): neither target nor subject. */
  platforms: ReadonlySet<Slot>;
  /** The provider in focus before a position (for `er`, `sie`, `il`, `das Unternehmen`, `la société`), or null. */
  focus: (at: number) => Slot | null;
  /** The person last named before a position, from two sentences back (whose account `den Account` is). */
  focusPerson: (at: number) => Slot | null;
  /** The slot starting at word `i`, if any. */
  slotAtWord: (i: number) => Slot | undefined;
}

/** The subject found for a cue: a slot, or a noun phrase or pronoun that is no named provider. */
type Subject = { slot: Slot } | { none: true };

function phraseOf(ctx: ArgumentContext, slot: Slot): Phrase {
  return ctx.phrases.get(slot) ?? { kind: 'bare', prep: null, oblique: false, host: null, platform: null };
}

/** Slots whose first word lies in words[from..to], in text order. */
function slotsIn(ctx: ArgumentContext, from: number, to: number): Slot[] {
  return ctx.slots.filter((slot) => slot.first >= from && slot.first <= to).sort((a, b) => a.first - b.first);
}

const isBareSubject = (ctx: ArgumentContext, slot: Slot): boolean => {
  const phrase = phraseOf(ctx, slot);
  return phrase.kind === 'bare' && !phrase.oblique && !ctx.platforms.has(slot) && !isCompoundPart(ctx, slot);
};

/** True for a clause set off by commas after a name that starts with a determiner: an apposition (`Epik, der Hoster von Gab, …`). */
function isApposition(ctx: ArgumentContext, c: number): boolean {
  const clause = ctx.clauses[c] as Clause;
  return c > 0 && ctx.words[clause.first - 1]?.inName === true && isClass(ctx.lexicon, 'determiner', (ctx.words[clause.first] as Word).lower);
}

/** A pronoun or a description (`das Unternehmen`, `la société`) standing as subject in words[from..to]. */
function findSubjectWord(ctx: ArgumentContext, from: number, to: number): { index: number; company: boolean } | null {
  for (let i = from; i <= to; i++) {
    const word = ctx.words[i] as Word;
    if (word.inName) return null;
    if (isClass(ctx.lexicon, 'subject-pronoun-3', word.lower)) return { index: i, company: true };
    const next = ctx.words[i + 1];
    // `seit der Konzern …`: a clause-opening conjunction that is also a preposition governs nothing.
    const previous = ctx.words[i - 1];
    const opens = previous !== undefined && i - 1 === from && isClass(ctx.lexicon, 'subordinator', previous.lower);
    // A determiner after a preposition or (German genitive: `Auf Druck der Regierung`) after a noun opens no subject.
    const genitive = ctx.lexicon.lang === 'de' && previous !== undefined && i - 1 >= from && /^\p{Lu}/u.test(ctx.text.slice(previous.start, previous.end)) && !isClass(ctx.lexicon, 'determiner', previous.lower) && !isClass(ctx.lexicon, 'preposition', previous.lower);
    const governed = previous !== undefined && !opens && (genitive || isClass(ctx.lexicon, 'preposition', previous.lower));
    if (isClass(ctx.lexicon, 'determiner', word.lower) && !governed && !isClass(ctx.lexicon, 'oblique-determiner', word.lower) && next && i + 1 <= to && !next.inName) {
      if (isClass(ctx.lexicon, 'company-noun', next.lower) || isClass(ctx.lexicon, 'site-noun', next.lower)) return { index: i, company: true };
      if (next.tags.has('Noun') || /^\p{Lu}/u.test(ctx.text.slice(next.start, next.end))) return { index: i, company: false };
    }
  }
  return null;
}

function subjectFromWord(ctx: ArgumentContext, found: { index: number; company: boolean }): Subject {
  if (!found.company) return { none: true };
  // `X a déclaré qu'il avait fermé …`: a pronoun subject takes the subject of the clause before it first.
  const word = ctx.words[found.index] as Word;
  if (isClass(ctx.lexicon, 'subject-pronoun-3', word.lower) && word.clause > 0) {
    const clause = ctx.clauses[word.clause - 1] as Clause;
    const before = slotsIn(ctx, clause.first, clause.last).find((slot) => isBareSubject(ctx, slot) && slot.providerRank > 0);
    // The slot itself, not a copy: `Shopify und Twitch …, dass auch sie …` gives both.
    if (before) return { slot: before };
  }
  const slot = ctx.focus(word.start);
  return slot ? { slot: { ...slot, first: found.index, last: found.index, via: 'coref-focus' } } : { none: true };
}

/** True when words[from..to] hold a capitalised word that names nothing known (`Magento propose …`): a subject, but no provider. */
function hasUnknownName(ctx: ArgumentContext, from: number, to: number): boolean {
  for (let i = Math.max(from, 1); i <= to; i++) {
    const word = ctx.words[i] as Word;
    if (!word.inName && /^\p{Lu}/u.test(ctx.text.slice(word.start, word.end)) && !isClass(ctx.lexicon, 'determiner', word.lower)) return true;
  }
  const first = ctx.words[from];
  return from === 0 && first !== undefined && !first.inName && /^\p{Lu}/u.test(ctx.text.slice(first.start, first.end)) && !first.tags.has('Determiner') && !isClass(ctx.lexicon, 'determiner', first.lower) && !isClass(ctx.lexicon, 'preposition', first.lower) && !first.tags.has('Adverb') && first.tags.has('Noun');
}

/** The subject of the clause before `clauseIndex`: what an infinitive, gerund or bare conjunct shares. */
function findControllingSubject(ctx: ArgumentContext, clauseIndex: number, before: number): Subject | null {
  for (let c = clauseIndex; c >= 0; c--) {
    if (isApposition(ctx, c)) continue;
    const clause = ctx.clauses[c] as Clause;
    const last = Math.min(clause.last, before - 1);
    for (const slot of slotsIn(ctx, clause.first, last)) if (isBareSubject(ctx, slot)) return { slot };
    const word = findSubjectWord(ctx, clause.first, last);
    if (word) return subjectFromWord(ctx, word);
  }
  return null;
}

/** The subject at the head of the clause `c`: its first bare name before its finite verb. */
function findFollowingSubject(ctx: ArgumentContext, c: number): Subject | null {
  const clause = ctx.clauses[c];
  if (!clause) return null;
  for (let i = clause.first; i <= clause.last; i++) {
    const word = ctx.words[i] as Word;
    if (isClass(ctx.lexicon, 'auxiliary', word.lower) || (word.tags.has('Verb') && !word.inName)) break;
    const slot = ctx.slotAtWord(i);
    if (slot && isBareSubject(ctx, slot)) return { slot };
  }
  return null;
}

/** The antecedent of a relative pronoun at `at`: the slot right before it (or before its comma). */
function findRelativeAntecedent(ctx: ArgumentContext, at: number): Slot | null {
  const previous = slotsIn(ctx, 0, at - 1).filter((slot) => slot.last === at - 1 || slot.last === at - 2);
  return previous[previous.length - 1] ?? null;
}

/** The active subject of the cue, by the clause's word order, or null when the clause does not say. */
function findSubject(ctx: ArgumentContext, clause: Clause, verb: VerbComplex, hit: CueHit): Subject | null {
  const { words, lexicon } = ctx;
    if (verb.kind === 'infinitive') {
    // A German infinitive clause of its own (`…, 8chan zu sperren`) holds only objects: its controller stands before it.
    const own = lexicon.lang === 'de' && hit.clause > 0 && findClassWord(lexicon, words, clause.first, hit.anchor, 'auxiliary') === null;
    const before = own ? findControllingSubject(ctx, hit.clause - 1, clause.first) : findControllingSubject(ctx, hit.clause, hit.anchor);
    // `En bloquant Kiwi Farms, Cloudflare a changé de position`: a fronted gerund takes the subject of the clause after it.
    if (!before && hit.form === 'gerund') {
      const after = findFollowingSubject(ctx, hit.clause + 1);
      if (after) return after;
    }
    // `Apple a cédé en retirant …` with Apple unknown: the controller is a name, but no provider.
    return before ?? (hasUnknownName(ctx, clause.first, hit.anchor - 1) ? { none: true } : null);
  }
  const finite = verb.finite ?? hit.anchor;
  if (verb.kind === 'relative') {
    const antecedent = findRelativeAntecedent(ctx, verb.from);
    const inner = slotsIn(ctx, verb.from + 1, clause.last).find((slot) => slot.first !== hit.anchor && isBareSubject(ctx, slot));
    const objectRelative = isClass(lexicon, 'oblique-relative', (words[verb.from] as Word).lower);
    if (objectRelative) return inner ? { slot: inner } : null;
    if (antecedent && (!inner || antecedent.providerRank >= inner.providerRank)) return { slot: antecedent };
    return inner ? { slot: inner } : null;
  }
  if (verb.kind === 'subordinate' || lexicon.lang === 'fr') {
    // French subjects precede the verb; a German subordinate clause has its subject first after the conjunction.
    const end = lexicon.lang === 'fr' ? finite - 1 : clause.last;
    // An object clitic (`Amazon nous a expulsés`) stands between the subject and the verb.
    const candidates = slotsIn(ctx, verb.from, end).filter((slot) => isBareSubject(ctx, slot) && slot.last < hit.anchor && !(slot.pronoun && slot.providerRank === 0));
    const pick = lexicon.lang === 'fr' ? candidates[candidates.length - 1] : candidates[0];
    // `seit der Konzern Parler abgeschaltet hat`: a description before the first name is the subject.
    const described = lexicon.lang === 'de' && pick ? findSubjectWord(ctx, verb.from, pick.first - 1) : null;
    if (described) return subjectFromWord(ctx, described);
    if (pick) return { slot: pick };
    const word = findSubjectWord(ctx, verb.from, end);
    if (word) return subjectFromWord(ctx, word);
    if (lexicon.lang === 'fr' && hasUnknownName(ctx, verb.from, finite - 1)) return { none: true };
    if (lexicon.lang === 'fr' && verb.from === clause.first && slotsIn(ctx, clause.first, finite - 1).length === 0) return findControllingSubject(ctx, hit.clause - 1, clause.first);
    return lexicon.lang === 'fr' && verb.from > clause.first ? findControllingSubject(ctx, hit.clause, verb.from - 1) : null;
  }
  // `So hatte Twilio, dessen Software …, Parler … abgedreht`: the clause resumes one an embedded clause interrupted.
  if (verb.finite === null && hit.clause > 0) {
    const subject = findControllingSubject(ctx, hit.clause - 1, clause.first);
    if (subject) return subject;
  }
  // German main clause: the subject fills the field before the finite verb, or follows it (`Am Montag sperrte Twitter …`).
  const before = slotsIn(ctx, verb.from, finite - 1).find((slot) => isBareSubject(ctx, slot));
  if (before) return { slot: before };
  const word = findSubjectWord(ctx, verb.from, finite - 1);
  if (word) return subjectFromWord(ctx, word);
  // `Weil X …, sperrt Vodafone …`: after a fronted clause the finite verb comes first and the subject follows it.
  if (verb.from === finite && verb.from === clause.first) {
    const inverted = slotsIn(ctx, finite + 1, clause.last).find((slot) => isBareSubject(ctx, slot) && slot.first < hit.anchor);
    if (inverted) return { slot: inverted };
  }
  if (verb.from === finite) return findControllingSubject(ctx, hit.clause, verb.from - 1);
  const after = slotsIn(ctx, finite + 1, clause.last).find((slot) => isBareSubject(ctx, slot));
  return after ? { slot: after } : null;
}

// How far from a person its role may stand: `Elon Musk, nouveau patron de Twitter,`.
const ROLE_REACH = 5;

/** The provider a person's role ties them to, by an apposition after the name or a compound before it; null without one. */
function findRoleOrganisation(ctx: ArgumentContext, person: Slot, finite: number): Slot | null {
  const { words, lexicon, text } = ctx;
  const before = words[person.first - 1];
  const compound = before && isClass(lexicon, 'affiliation-role', before.lower) ? ctx.slots.find((slot) => slot.last === person.first - 2 && text.slice((words[slot.last] as Word).end, before.start) === '-') : undefined;
  if (compound && compound.providerRank > 0) return { ...compound, first: person.first, last: person.last, via: 'role-affiliation' };
  for (let i = person.last + 1; i < Math.min(finite, person.last + ROLE_REACH); i++) {
    if (!isClass(lexicon, 'affiliation-role', (words[i] as Word).lower)) continue;
    const org = ctx.slots.find((slot) => slot.first > i && slot.first <= i + 3 && slot.providerRank > 0 && slot.first < finite);
    if (org) return { ...org, first: person.first, last: person.last, via: 'role-affiliation' };
  }
  return null;
}

/** True for a name that is the first part of a compound (`Pro-Trump-Website`, `Trump-Anhänger`): it heads no phrase. */
function isCompoundPart(ctx: ArgumentContext, slot: Slot): boolean {
  const last = ctx.words[slot.last] as Word;
  return /^-\p{L}/u.test(ctx.text.slice(last.end, last.end + 2));
}

/** A slot that is acted upon: a bare object, the owner of an account/app/domain, or a `zu`/`à`/`für`/`mit` complement. */
function targetTier(ctx: ArgumentContext, slot: Slot, cueAnchor: number): number | null {
  const phrase = phraseOf(ctx, slot);
  if (slot.first >= 0 && isCompoundPart(ctx, slot) && phrase.prep !== '-') return null;
  if (phrase.kind === 'bare') return 1;
  if (phrase.kind === 'possessor' && phrase.host) {
    const host = ctx.words[phrase.host.index] as Word;
    if (phrase.host.phrase.kind === 'agent') return null;
    if (isClass(ctx.lexicon, 'owned', host.lower) || phrase.host.index === cueAnchor) return 1;
    if (isClass(ctx.lexicon, 'service', host.lower) || isClass(ctx.lexicon, 'access', host.lower)) return 2;
    return null;
  }
  if (phrase.kind === 'prep' && phrase.prep && isClass(ctx.lexicon, 'target-preposition', phrase.prep)) return 2;
  return null;
}


function pickTarget(ctx: ArgumentContext, candidates: readonly Slot[], taken: ReadonlySet<string>, cueAnchor: number, reflexive = false): Slot | null {
  let best: { slot: Slot; tier: number } | null = null;
  for (const slot of candidates) {
    if (!slot.canBeTarget || taken.has(slot.id) || ctx.platforms.has(slot)) continue;
    // `sich trennen von X`, `se séparer de X`: a reflexive verb's `von`/`de` complement is what it acts on.
    const kind = phraseOf(ctx, slot).kind;
    const complement = reflexive && (kind === 'agent' || (kind === 'prep' && isClass(ctx.lexicon, 'of', phraseOf(ctx, slot).prep ?? ''))) ? 2 : null;
    const tier = targetTier(ctx, slot, cueAnchor) ?? complement;
    if (tier !== null && (!best || tier < best.tier)) best = { slot, tier };
  }
  return best?.slot ?? null;
}

/** In a passive: the agent (`von X`, `par X`), the owner of the service or store (`aus der Cloud der X`), or the account's platform. */
function isStoreName(ctx: ArgumentContext, slot: Slot): boolean {
  for (let i = slot.first; i <= slot.last; i++) if (isClass(ctx.lexicon, 'store', (ctx.words[i] as Word).lower)) return true;
  return false;
}

function findPassiveProvider(ctx: ArgumentContext, clause: Clause, from: number, hitClause: number): Slot | null {
  const inClause = slotsIn(ctx, from, clause.last).filter((slot) => slot.providerRank > 0);
  const agent = inClause.find((slot) => phraseOf(ctx, slot).kind === 'agent');
  if (agent) return agent;
  // `wird seit Jahren von DDoS-Guard geschützt`: `von` after a noun that owns nothing is still the agent.
  const vonAgent = inClause.find((slot) => {
    const phrase = phraseOf(ctx, slot);
    const host = phrase.host ? (ctx.words[phrase.host.index] as Word).lower : '';
    return phrase.kind === 'possessor' && isClass(ctx.lexicon, 'agent', phrase.prep ?? '') && !NOUN_OWNERS.some((id) => isClass(ctx.lexicon, id, host));
  });
  if (vonAgent) return vonAgent;
  // `aus dem App Store`, `de l'App Store`: the store names its owner.
  const store = inClause.find((slot) => phraseOf(ctx, slot).kind === 'prep' && isStoreName(ctx, slot));
  if (store) return store;
  // `Chez Amazon Web Services, les serveurs … ont été coupés`, `Sur YouTube, la chaîne … a été supprimée`.
  const fronted = hitClause > 0 ? slotsIn(ctx, (ctx.clauses[hitClause - 1] as Clause).first, (ctx.clauses[hitClause - 1] as Clause).last) : [];
  const place = fronted.find((slot) => slot.providerRank > 0 && phraseOf(ctx, slot).kind === 'prep' && isClass(ctx.lexicon, 'platform-preposition', phraseOf(ctx, slot).prep ?? ''));
  if (place && fronted.length === 1) return place;
  const owner = inClause.find((slot) => {
    const phrase = phraseOf(ctx, slot);
    const host = phrase.host ? (ctx.words[phrase.host.index] as Word).lower : '';
    return phrase.kind === 'possessor' && (isClass(ctx.lexicon, 'store', host) || isClass(ctx.lexicon, 'infrastructure', host));
  });
  if (owner) return owner;
  for (const slot of slotsIn(ctx, from, clause.last)) {
    const platform = phraseOf(ctx, slot).platform;
    if (platform && platform.providerRank > 0) return platform;
  }
  return inClause.find((slot) => phraseOf(ctx, slot).kind === 'prep' && isClass(ctx.lexicon, 'platform-preposition', phraseOf(ctx, slot).prep ?? '')) ?? null;
}

function hasAgentWord(ctx: ArgumentContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const word = ctx.words[i] as Word;
    // German `von` after a noun may name an owner; French `par` always names the actor.
    if (isClass(ctx.lexicon, 'agent', word.lower) && (ctx.lexicon.lang === 'fr' || !ctx.words[i - 1]?.tags.has('Noun'))) return true;
  }
  return false;
}

/** An agentless passive's actor: the subject of the clause before a colon (`Amazon reagierte: Parler wurde abgeschaltet`). */
function implicitAgent(ctx: ArgumentContext, clause: Clause, hit: CueHit): Slot | null {
  const previous = hit.clause > 0 ? slotsIn(ctx, (ctx.clauses[hit.clause - 1] as Clause).first, clause.first - 1).find((slot) => isBareSubject(ctx, slot)) : undefined;
  // Only the elaboration after a colon: across sentences an agentless passive names no actor (`Facebook a été bloqué`).
  if (previous && previous.providerRank >= 2 && ctx.text.slice((ctx.words[clause.first - 1] as Word).end, (ctx.words[clause.first] as Word).start).includes(':')) return { ...previous, via: 'coref-implicit-agent' };
  return null;
}

// Nouns whose `von X` names an owner, not an agent.
const NOUN_OWNERS = ['owned', 'service', 'store', 'infrastructure', 'access', 'account', 'app'];

const idsOf = (slots: readonly Slot[]): Set<string> => new Set(slots.map((slot) => slot.id));

function withCoordinated(ctx: ArgumentContext, provider: Slot): Slot[] {
  return coordinateInConjunct(ctx, provider).filter((slot) => slot.providerRank > 0);
}

/** `slot` and the slots coordinated with it inside its own conjunct: `8chan und Twitter hat …` joins two clauses, not two names. */
export function coordinateInConjunct(ctx: ArgumentContext, slot: Slot): Slot[] {
  const all = coordinated(ctx.text, ctx.words, ctx.slots, slot);
  const word = ctx.words[slot.first];
  if (!word) return all;
  const clause = ctx.clauses[word.clause] as Clause;
  const { first, last } = findConjunct(ctx.lexicon, ctx.words, clause, slot.first);
  return all.filter((other) => other === slot || (ctx.words[other.first]?.clause !== word.clause) || (other.first >= first && other.last <= last));
}

export interface GrammarRoles {
  /** The provider and those coordinated with it (`Google und Apple`). */
  providers: Slot[];
  target: Slot | null;
  passive: boolean;
}

/**
 * Provider and target of a verbal cue from the clause's grammar: in the active
 * voice the subject acts on the object (or on the owner of the object when it
 * is an account, app, domain…); in the passive the agent acts on the subject.
 * Null when the clause names no provider in that role.
 */
/** The last word of the cue's conjunct: `trennt sich von … und übergibt … an AOL` ends before `und übergibt`. */
function findConjunctEnd(ctx: ArgumentContext, clause: Clause, anchor: number): number {
  return findConjunct(ctx.lexicon, ctx.words, clause, anchor).last;
}

/**
 * The clause's grammar decides that it states no action: its actor is no named provider
 * (`die Polizei sperrte …`, `par les autorités`), or a provider acts on nothing named. No
 * positional guess may then stand in.
 */
export const NO_ACTION = 'no-action';

export function findArguments(ctx: ArgumentContext, hit: CueHit): GrammarRoles | typeof NO_ACTION | null {
  const clause = ctx.clauses[hit.clause] as Clause;
  const hasAgent = slotsIn(ctx, clause.first, clause.last).some((slot) => phraseOf(ctx, slot).kind === 'agent');
  const verb = readVerbComplex(ctx.lexicon, ctx.words, clause, hit, hasAgent);
  // `von Cloudflare blockierte Websites`: a participle after its agent, with no auxiliary, is a passive attribute.
  const attribute = hit.form === 'participle' && verb.finite === null && slotsIn(ctx, clause.first, hit.anchor - 1).some((slot) => slot.last >= hit.anchor - 2 && phraseOf(ctx, slot).kind === 'agent');
  if (verb.passive || attribute) {
    // An agentless passive's actor is the provider in focus: `Amazon reagierte: Parler wurde abgeschaltet.`
    // An agent that names no provider (`par le nouveau propriétaire`) leaves no actor to guess.
    const named = findPassiveProvider(ctx, clause, verb.from, hit.clause);
    if (!named && hasAgentWord(ctx, verb.from, clause.last)) return NO_ACTION;
    const provider = named ?? implicitAgent(ctx, clause, hit);
    if (!provider) return null;
    const next = ctx.clauses[hit.clause + 1];
    const listed = next && isClass(ctx.lexicon, 'example-marker', (ctx.words[next.first] as Word).lower) ? next.last : clause.last;
    const providers = withCoordinated(ctx, provider);
    const inner = slotsIn(ctx, verb.from, listed);
    const relative = verb.kind === 'relative' ? findRelativeAntecedent(ctx, verb.from) : null;
    const target = pickTarget(ctx, inner, idsOf(providers), hit.anchor) ?? (relative && relative.canBeTarget ? relative : null);
    return { providers, target, passive: true };
  }
  const found = findSubject(ctx, clause, verb, hit);
  if (!found) return null;
  if ('none' in found) return NO_ACTION;
  // `Elon Musk, nouveau patron de Twitter, a réhabilité …`, `Twitter-Chef Musk sperrte …`: the person acts for the organisation.
  const provider = found.slot.isPerson ? findRoleOrganisation(ctx, found.slot, verb.finite ?? hit.anchor) : found.slot;
  if (!provider || provider.providerRank === 0) return NO_ACTION;
  // Objects follow the French verb, and the German subject (`Google und Apple haben Parler …`).
  const finite = verb.finite ?? hit.anchor;
  const main = verb.kind === 'main' && provider.first >= verb.from && provider.first < finite && verb.finite !== null;
  const start = ctx.lexicon.lang === 'fr' ? hit.anchor : main ? finite + 1 : provider.first >= verb.from ? provider.last + 1 : verb.from;
  // French object clitics stand before the verb: `Amazon nous a expulsés`.
  const clitics = ctx.lexicon.lang === 'fr' ? slotsIn(ctx, provider.last + 1, hit.anchor - 1).filter((slot) => slot.pronoun) : [];
  const after = [...clitics, ...slotsIn(ctx, start, findConjunctEnd(ctx, clause, hit.anchor))].filter((slot) => slot !== provider && slot.first !== provider.first);
  const relative = verb.kind === 'relative' && isClass(ctx.lexicon, 'oblique-relative', (ctx.words[verb.from] as Word).lower) ? findRelativeAntecedent(ctx, verb.from) : null;
  const providers = withCoordinated(ctx, provider);
  const conjunct = findConjunct(ctx.lexicon, ctx.words, clause, hit.anchor);
  const reflexive = findClassWord(ctx.lexicon, ctx.words, conjunct.first, conjunct.last, 'reflexive') !== null;
  const target = pickTarget(ctx, after, idsOf(providers), hit.anchor, reflexive) ?? relative;
  return { providers, target, passive: false };
}


// How far after a nominal cue its arguments may stand: `le retrait de l'application Parler par Apple`.
const NOMINAL_REACH = 8;

/**
 * Provider and target of a nominalised action (`die Sperrung von X durch Y`,
 * `le retrait de l'application X par Apple`): the agent phrase acts, the noun's
 * complement (or its apposition) is acted upon. Null when either is missing.
 */
export function findNominalArguments(ctx: ArgumentContext, hit: CueHit): GrammarRoles | null {
  const clause = ctx.clauses[hit.clause] as Clause;
  const near = slotsIn(ctx, hit.anchor + 1, Math.min(clause.last, hit.anchor + NOMINAL_REACH));
  const agent = near.find((slot) => phraseOf(ctx, slot).kind === 'agent' && slot.providerRank > 0);
  if (!agent) return null;
  const providers = withCoordinated(ctx, agent);
  const taken = idsOf(providers);
  const target = near.find((slot) => {
    if (taken.has(slot.id) || !slot.canBeTarget || slot.first > agent.first) return false;
    const kind = phraseOf(ctx, slot).kind;
    return kind === 'possessor' || kind === 'bare' || (kind === 'prep' && isClass(ctx.lexicon, 'target-preposition', phraseOf(ctx, slot).prep ?? ''));
  });
  return target ? { providers, target, passive: true } : null;
}

/**
 * The owner of an account named without one (`froren den Account ein`, `a réactivé le compte`):
 * the owner of the account named last before, in the sentence, else the person (or site) named last before it.
 */
export function findAccountOwner(ctx: ArgumentContext, clause: Clause, taken: ReadonlySet<string>, antecedent: Slot | null): Slot | null {
  const { words, lexicon } = ctx;
  let bare = false;
  for (let i = clause.first + 1; i <= clause.last; i++) {
    const word = words[i] as Word;
    // One account, definite: `les comptes` in general belong to nobody named.
    if (!isClass(lexicon, 'account', word.lower) || !isClass(lexicon, 'definite-singular', (words[i - 1] as Word).lower)) continue;
    const next = words[i + 1];
    if (next?.inName) continue;
    // `das Konto des Unternehmers`, `le compte du fondateur`: the owner is described, not named.
    if (next && isClass(lexicon, 'of', next.lower) && (ctx.slotAtWord(i + 2) || ctx.slotAtWord(i + 3))) continue;
    bare = true;
  }
  if (!bare) return null;
  const before = slotsIn(ctx, 0, clause.first - 1).filter((slot) => !taken.has(slot.id) && slot.canBeTarget);
  const owner = [...before].reverse().find((slot) => {
    const phrase = phraseOf(ctx, slot);
    return (phrase.kind === 'possessor' && phrase.host !== null && isClass(lexicon, 'owned', (words[phrase.host.index] as Word).lower)) || slot.isPerson;
  });
  if (owner) return owner;
  const person = ctx.focusPerson((words[0] as Word).start) ?? antecedent;
  return person && !taken.has(person.id) ? { ...person, via: 'coref-account-owner' } : null;
}

/**
 * Roles of an inverse cue, whose subject is the customer (`8chan nutzt die Dienste von X`,
 * `8chan verliert den Schutz von X`, `8chan wechselt zu X`, `X est enregistré chez Y`): the
 * provider completes the service noun or the preposition after the verb.
 */
export function findInverseArguments(ctx: ArgumentContext, hit: CueHit): GrammarRoles | typeof NO_ACTION | null {
  const clause = ctx.clauses[hit.clause] as Clause;
  const verb = { ...readVerbComplex(ctx.lexicon, ctx.words, clause, hit, false), passive: false };
  const found = findSubject(ctx, clause, verb, hit);
  if (!found) return null;
  if ('none' in found || !found.slot.canBeTarget) return NO_ACTION;
  const target = found.slot;
  const end = findConjunctEnd(ctx, clause, hit.anchor);
  const provider = slotsIn(ctx, verb.from, end).find((slot) => {
    if (slot === target || slot.id === target.id || slot.providerRank === 0) return false;
    const phrase = phraseOf(ctx, slot);
    const host = phrase.host ? (ctx.words[phrase.host.index] as Word).lower : '';
    if (phrase.kind === 'possessor') return isClass(ctx.lexicon, 'service', host) || isClass(ctx.lexicon, 'infrastructure', host) || isClass(ctx.lexicon, 'customer', host);
    return phrase.kind === 'prep' && isClass(ctx.lexicon, 'provider-preposition', phrase.prep ?? '');
  });
  if (!provider) return NO_ACTION;
  return { providers: withCoordinated(ctx, provider), target, passive: false };
}

/**
 * The person a definite description in the object stands for (`sperrte den scheidenden Präsidenten`,
 * `a banni le complotiste`): the person named last before the sentence. Null without such an object.
 */
export function findDescribedPerson(ctx: ArgumentContext, clause: Clause, anchor: number, taken: ReadonlySet<string>): Slot | null {
  const { words, lexicon } = ctx;
  const { first, last } = findConjunct(lexicon, words, clause, anchor);
  for (let i = first + 1; i <= last; i++) {
    const word = words[i] as Word;
    if (word.inName || !isClass(lexicon, 'person-noun', word.lower)) continue;
    let j = i - 1;
    while (j > first && (words[j] as Word).tags.has('Adjective') && !(words[j] as Word).inName) j--;
    if (!isClass(lexicon, 'definite-singular', (words[j] as Word).lower) && !isClass(lexicon, 'determiner', (words[j] as Word).lower)) continue;
    const person = ctx.focusPerson((words[0] as Word).start);
    return person && !taken.has(person.id) ? { ...person, via: 'coref-role-phrase' } : null;
  }
  return null;
}
