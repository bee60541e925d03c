import { polarityOf } from '../../schemas/action.ts';
import { isClass, type ActionLexicon } from './load-action-data.ts';
import type { Clause, Word } from './split-words.ts';
import { PARTICIPLE, type CueHit } from './match-cues.ts';
import { coordinateInConjunct, findAccountOwner, findArguments, findDescribedPerson, findInverseArguments, findNominalArguments, NO_ACTION, type ArgumentContext } from './find-arguments.ts';
import { coordinated } from './coordinate.ts';

/** A named entity (or a resolved `wir`/`nous`) occupying words[first..last] of a sentence. */
export interface Slot {
  id: string;
  name: string;
  /** 3: infrastructure provider, 2: organisation, 1: site or platform, 0: cannot provide. */
  providerRank: number;
  canBeTarget: boolean;
  isPerson: boolean;
  pronoun: boolean;
  first: number;
  last: number;
  /** The coreference rule that stands this slot for an entity named elsewhere (`coref-bridging`, `coref-demonstrative`). */
  via?: string;
  /** A demonstrative's compatible entities, most recent first: as a target it takes the first one the provider is not. */
  candidates?: readonly Slot[];
}

export interface Roles {
  providers: Slot[];
  targets: Slot[];
}

// Below this, no candidate is a believable provider (e.g. a site inside a phrase).
const MIN_PROVIDER_SCORE = 3;
// A target further away than this many clauses is another clause's business.
const MAX_CLAUSE_DISTANCE = 2;

const DETERMINER = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein\p{L}*|ihr\p{L}*|unser\p{L}*|le|la|les|l'|un|une|son|sa|ses|leur|leurs|notre|nos|ce|cet|cette|ces)$/u;

/** True when the slot sits in a prepositional or genitive phrase, i.e. is not the clause's subject. */
function isInPhrase(lexicon: ActionLexicon, words: readonly Word[], slot: Slot): 'agent' | 'phrase' | null {
  for (let i = slot.first - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
    const word = words[i] as Word;
    // Another name ends the walk: `von Gab diese Plattform` puts only Gab in the phrase.
    if (word.inName) return null;
    if (isClass(lexicon, 'agent', word.lower)) return 'agent';
    if (isClass(lexicon, 'preposition', word.lower)) return 'phrase';
    if (isClass(lexicon, 'genitive', word.lower)) {
      const before = words[i - 1];
      if (before && before.tags.has('Noun') && !before.tags.has('Pronoun')) return 'phrase';
      continue;
    }
    // Determiners, adjectives and an apposition's head noun: `bei der russischen Firma DDoS-Guard`.
    if (DETERMINER.test(word.lower) || word.tags.has('Adjective') || word.tags.has('Determiner')) continue;
    if (word.tags.has('Noun') && !word.tags.has('Pronoun') && !word.tags.has('ProperNoun')) continue;
    return null;
  }
  return null;
}

const OWNER_PREPOSITION = /^(de|d'|du|des|von|vom)$/u;

/**
 * True when the slot names the platform of someone's account (`le compte
 * Twitter de Voxility`, `das Twitter-Konto von Voxility`): the platform is where
 * the account lives, not the one acted upon.
 */
function isAccountPlatform(lexicon: ActionLexicon, text: string, words: readonly Word[], slot: Slot): boolean {
  const next = words[slot.last + 1];
  // `Twitter-Konto von X`: compromise splits the compound at its hyphen.
  const compound = next && isClass(lexicon, 'account', next.lower) && text.slice((words[slot.last] as Word).end, next.start) === '-';
  const owner = words[slot.last + (compound ? 2 : 1)];
  if (!owner || !OWNER_PREPOSITION.test(owner.lower)) return false;
  const before = words[slot.first - 1];
  return Boolean(compound) || (before !== undefined && isClass(lexicon, 'account', before.lower));
}


function voiceOf(lexicon: ActionLexicon, words: readonly Word[], clause: Clause, hit: CueHit, slots: readonly Slot[]): 'active' | 'passive' | 'inverse' {
  if (hit.cue.inverse) return 'inverse';
  const anchor = words[hit.anchor] as Word;
  const participle = PARTICIPLE.test(anchor.lower) || anchor.tags.has('Participle') || anchor.tags.has('PastParticiple');
  // `wurde`/`worden`/`été` make any cue passive; `wird`/`est` only a participle (`wird 8chan sperren` is a future).
  for (let i = clause.first; i <= clause.last; i++) if (isClass(lexicon, 'passive-perfect', (words[i] as Word).lower)) return 'passive';
  if (!participle) return 'active';
  for (let i = clause.first; i <= clause.last; i++) if (isClass(lexicon, 'passive', (words[i] as Word).lower)) return 'passive';
  // `von Cloudflare blockierte Websites`: an agent phrase right before the participle.
  const attribute = slots.some((slot) => slot.last < hit.anchor && hit.anchor - slot.last <= 2 && isInPhrase(lexicon, words, slot) === 'agent');
  return attribute ? 'passive' : 'active';
}

/** The entity a slot stands for, given the ids the provider role already holds; null when a demonstrative has none left. */
function resolveSlot(slot: Slot, taken: ReadonlySet<string>): Slot | null {
  return slot.candidates ? (slot.candidates.find((candidate) => !taken.has(candidate.id)) ?? null) : slot;
}

/** How well `slot` fits as the provider of `hit`; null when it cannot be. */
function scoreProvider(lexicon: ActionLexicon, words: readonly Word[], slot: Slot, voice: string, hit: CueHit): number | null {
  const phrase = isInPhrase(lexicon, words, slot);
  const clause = (words[slot.first] as Word).clause;
  // The subject of an active clause is never after it; a passive's subject is its target.
  if (voice === 'active' && clause > hit.clause) return null;
  if (voice === 'passive' && clause === hit.clause && !phrase && !slot.pronoun) return null;
  let score = slot.providerRank * 2;
  if (voice === 'active') score += slot.pronoun ? 4 : phrase ? -3 : 1;
  else if (voice === 'passive') score += phrase === 'agent' ? 4 : phrase ? 2 : -2;
  else score += phrase ? 3 : -2;
  score += clause === hit.clause ? 3 : clause < hit.clause ? 0 : -2;
  return score - Math.abs(slot.first - hit.anchor) / 100;
}

/** Nominal cues (`Anbieter von X`, `client de X`) need the role they govern right after them. */
function isNearEnough(hit: CueHit, slot: Slot): boolean {
  const near = hit.cue.near;
  return near === null || (slot.first > hit.anchor && slot.first - hit.anchor <= near);
}

function hasOfWordBetween(lexicon: ActionLexicon, words: readonly Word[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (isClass(lexicon, 'customer-of', (words[i] as Word).lower) || isClass(lexicon, 'target-preposition', (words[i] as Word).lower)) return true;
  return false;
}

/** True when the clause refers back (`le site`, `l'`, `leur`), so its target may sit in an earlier clause. */
function hasAnaphor(lexicon: ActionLexicon, words: readonly Word[], clause: Clause): boolean {
  for (let i = clause.first; i <= clause.last; i++) {
    const word = words[i] as Word;
    if (isClass(lexicon, 'third-person', word.lower)) return true;
    // French `le/la/les/l'` are pronouns only right before a verb (`l'a bloqué`, `les bloque`).
    const next = words[i + 1];
    if (isClass(lexicon, 'clitic', word.lower) && next && (next.tags.has('Verb') || isClass(lexicon, 'clitic-host', next.lower))) return true;
    if (isClass(lexicon, 'anaphoric-determiner', word.lower) && next && isClass(lexicon, 'anaphoric-noun', next.lower)) return true;
  }
  return false;
}

/** True when the clause holds a demonstrative description (`ce site`, `diese Firma`): its own typed slot resolves it. */
function hasDemonstrative(lexicon: ActionLexicon, words: readonly Word[], clause: Clause): boolean {
  for (let i = clause.first; i < clause.last; i++) {
    const next = (words[i + 1] as Word).lower;
    if (isClass(lexicon, 'demonstrative', (words[i] as Word).lower) && (isClass(lexicon, 'site-noun', next) || isClass(lexicon, 'company-noun', next))) return true;
  }
  return false;
}

/**
 * Picks the provider and the targets of one cue hit. The provider is the subject
 * in the active voice, the agent (`von X`, `par X`, `der Cloud der X`) in the
 * passive, the phrase complement for inverse cues (`nutzt die Dienste von X`);
 * the target is the nearest other named entity, with whatever is coordinated to it.
 */
export function assignRoles(
  lexicon: ActionLexicon,
  text: string,
  words: readonly Word[],
  clauses: readonly Clause[],
  hit: CueHit,
  slots: readonly Slot[],
  antecedent: Slot | null,
  grammar: ArgumentContext,
): Roles | null {
  const clause = clauses[hit.clause] as Clause;
  // The clause grammar decides first; where it finds no roles, the scored positions of the older rules still may.
  const byGrammar = !hit.cue.noun && !hit.cue.inverse ? assignByGrammar(lexicon, text, words, clause, hit, slots, antecedent, grammar) : null;
  // When the clause's grammar says there is no action (no provider acts, or acts on nothing named), no positional guess stands in.
  if (byGrammar === NO_ACTION) return null;
  if (byGrammar) return byGrammar;
  if (hit.cue.inverse && !hit.cue.noun) {
    const inverse = findInverseArguments(grammar, hit);
    if (inverse === NO_ACTION) return null;
    if (inverse?.target) return { providers: inverse.providers, targets: coordinated(text, words, slots, inverse.target).filter((slot) => slot.canBeTarget && !inverse.providers.some((p) => p.id === slot.id)) };
  }
  const nominal = hit.cue.noun && !hit.cue.inverse ? findNominalArguments(grammar, hit) : null;
  if (nominal?.target) {
    const taken = new Set(nominal.providers.map((slot) => slot.id));
    return { providers: nominal.providers, targets: coordinated(text, words, slots, nominal.target).filter((slot) => slot.canBeTarget && !taken.has(slot.id)) };
  }
  const voice = voiceOf(lexicon, words, clause, hit, slots);
  let provider: Slot | null = null;
  let best = -Infinity;
  for (const slot of slots) {
    if (slot.providerRank === 0) continue;
    const score = scoreProvider(lexicon, words, slot, voice, hit);
    if (score === null || (voice === 'inverse' && !isNearEnough(hit, slot))) continue;
    if (score > best) [provider, best] = [slot, score];
  }
  if (!provider || best < MIN_PROVIDER_SCORE) return null;
  const providers = coordinated(text, words, slots, provider).filter((slot) => slot.providerRank > 0);
  const taken = new Set(providers.map((slot) => slot.id));
  let target: Slot | null = null;
  best = -Infinity;
  for (const raw of slots) {
    const slot = resolveSlot(raw, taken);
    if (!slot || !slot.canBeTarget || taken.has(slot.id) || isAccountPlatform(lexicon, text, words, slot)) continue;
    const slotClause = (words[slot.first] as Word).clause;
    if (Math.abs(slotClause - hit.clause) > MAX_CLAUSE_DISTANCE) continue;
    const before = slotClause < hit.clause || (slotClause === hit.clause && slot.first < hit.anchor);
    if (slot.isPerson && (slotClause !== hit.clause || (voice === 'active' && before))) continue;
    // French objects follow the verb (clitics aside): `Cloudflare a déconnecté The Daily Stormer`.
    if (lexicon.lang === 'fr' && voice === 'active' && before && !hit.cue.noun && (slotClause === hit.clause || !hasAnaphor(lexicon, words, clause))) continue;
    if (voice !== 'inverse' && !isNearEnough(hit, slot)) continue;
    // `der Hoster von X`, `le fournisseur de X`: a nominal cue's target completes it; `der Provider NTT Docomo` names the provider itself.
    if (voice !== 'inverse' && hit.cue.near !== null && !hasOfWordBetween(lexicon, words, hit.anchor, slot.first)) continue;
    const phrase = isInPhrase(lexicon, words, slot);
    let score = (slotClause === hit.clause ? 3 : 0) - Math.abs(slot.first - hit.anchor) / 10 - (slot.isPerson ? 3 : 0);
    // `durch Amazon`, `par Voxility` name an agent, not the one acted upon.
    if (phrase === 'agent') score -= 3;
    if (voice !== 'active') score += phrase ? -2 : 1;
    if (score > best) [target, best] = [slot, score];
  }
  // `Wir waren nie ihr Hosting-Anbieter`: a pronoun stands for the previous sentence's entity.
  if (!target && antecedent && voice === 'active' && !taken.has(antecedent.id) && hasAnaphor(lexicon, words, clause) && !hasDemonstrative(lexicon, words, clause)) {
    return { providers, targets: [antecedent] };
  }
  if (!target) return null;
  const targets = coordinated(text, words, slots, target).filter((slot) => slot.canBeTarget && !taken.has(slot.id));
  return { providers, targets };
}

/** Roles of a verbal cue from its clause's grammar (find-arguments), with coordination and a pronoun's antecedent. */
function assignByGrammar(lexicon: ActionLexicon, text: string, words: readonly Word[], clause: Clause, hit: CueHit, slots: readonly Slot[], antecedent: Slot | null, grammar: ArgumentContext): Roles | typeof NO_ACTION | null {
  const found = findArguments(grammar, hit);
  if (!found || found === NO_ACTION) return found;
  const providers = found.providers;
  const taken = new Set(providers.map((slot) => slot.id));
  if (!found.target) {
    // `nachdem wir sie aus dem Netz genommen hatten`: an object pronoun stands for what an earlier clause names.
    // An ownerless service withdrawn (`die Hosting-Dienste zurückgezogen`) was the service of the site just named; one offered was not.
    const withdrawn = polarityOf(hit.cue.action) === 'withdraw' && hasServiceObject(lexicon, words, clause);
    const earlier = hasAnaphor(lexicon, words, clause) || withdrawn ? findEarlierTarget(text, words, slots, clause, taken) : [];
    if (earlier.length) return { providers, targets: earlier };
    const owner = found.passive ? null : (findAccountOwner(grammar, clause, taken, antecedent) ?? findDescribedPerson(grammar, clause, hit.anchor, taken));
    if (owner) return { providers, targets: [owner] };
    // `Wir waren nie ihr Hosting-Anbieter`, `Cloudflare l'a bloqué`: a pronoun stands for the previous sentence's entity.
    if (antecedent && !found.passive && !taken.has(antecedent.id) && hasAnaphor(lexicon, words, clause) && !hasDemonstrative(lexicon, words, clause)) return { providers, targets: [antecedent] };
    return NO_ACTION;
  }
  const target = resolveSlot(found.target, taken);
  if (!target) return null;
  const targets = coordinateInConjunct(grammar, target).filter((slot) => slot.canBeTarget && !taken.has(slot.id));
  return targets.length ? { providers, targets } : null;
}

/** True when the clause's object is a service with no owner named (`nachdem Amazon die Hosting-Dienste zurückgezogen hatte`). */
function hasServiceObject(lexicon: ActionLexicon, words: readonly Word[], clause: Clause): boolean {
  for (let i = clause.first; i <= clause.last; i++) if (isClass(lexicon, 'service', (words[i] as Word).lower) && !isClass(lexicon, 'customer-of', words[i + 1]?.lower ?? '')) return true;
  return false;
}

/** The nearest site or organisation before the clause in its sentence, with what is coordinated to it. */
function findEarlierTarget(text: string, words: readonly Word[], slots: readonly Slot[], clause: Clause, taken: ReadonlySet<string>): Slot[] {
  // Sites and the like, not infrastructure providers: `bien que Cloudflare …, BitMitigate a été ravi de fournir des services`.
  const before = slots.filter((slot) => slot.last < clause.first && slot.first >= 0 && slot.canBeTarget && !slot.isPerson && slot.providerRank <= 1 && !taken.has(slot.id)).sort((a, b) => b.first - a.first);
  const nearest = before[0];
  return nearest ? coordinated(text, words, slots, nearest).filter((slot) => slot.canBeTarget && !taken.has(slot.id)) : [];
}
