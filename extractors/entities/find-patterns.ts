import type { EntityType } from '../../schemas/entity.ts';
import { tagTerms } from '../nlp/compromise.ts';
import type { Candidate } from './candidate.ts';
import { cueOf, isCommonWord, type CueKind, type Lexicon } from './lexicon.ts';
import { hasNameShape, isCapitalised, type Token } from './tokenize.ts';

/** Lower-case name particles that may sit inside a person's name (`Ursula von der Leyen`). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'zu']);
/** What a look-back for a cue may step over: articles, `de`/`von`, quotes, commas. */
const SKIPPABLE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'le', 'la', 'les', 'du', 'de', 'von', 'bei', 'of', ',', '„', '“', '"', '«', '»', '‚', '‘']);

function isEligible(token: Token, claimed: boolean, lexicon: Lexicon): boolean {
  if (token.kind !== 'word' || claimed || !isCapitalised(token.text) || /^\d+$/u.test(token.text)) return false;
  if (cueOf(lexicon, token.text)) return false;
  return !isCommonWord(lexicon, token.text);
}

/** The nearest cue before token `i`, stepping over articles, claimed names and `de`/`von`. */
function findCue(tokens: readonly Token[], claimed: readonly boolean[], i: number, lexicon: Lexicon): { kind: CueKind; id: string } | undefined {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
    const t = tokens[j];
    if (!t) break;
    const cue = t.kind === 'word' ? cueOf(lexicon, t.text) : undefined;
    if (cue) return cue;
    if (t.kind === 'hyphen' || t.kind === 'elision' || claimed[j] || SKIPPABLE.has(t.text.toLowerCase()) || t.text === '.') continue;
    break;
  }
  return undefined;
}

const CUE_TYPES: Record<CueKind, EntityType> = { title: 'person', role: 'person', org: 'organization', site: 'site', location: 'location' };

function typeOf(group: readonly Token[], tags: ReadonlyArray<ReadonlySet<string>>, cue: CueKind | undefined): EntityType {
  if (cue && (group.length === 1 || cue !== 'location')) return CUE_TYPES[cue];
  const firstTags = tags[0];
  if (firstTags?.has('FirstName') || firstTags?.has('Person')) return 'person';
  if (tags.every((t) => t.has('Place') || t.has('Country') || t.has('City'))) return 'location';
  if (group.some((t) => hasNameShape(t.text) || /^\p{Lu}{2,}$/u.test(t.text))) return 'organization';
  if (cue === 'location') return 'location';
  return group.length <= 3 ? 'person' : 'organization';
}

/**
 * Finds names the gazetteer does not know, in one sentence: capitalised runs,
 * title/role + name, cue noun + name, coined shapes, domains and handles.
 * compromise tags the sentence only when it holds a candidate word.
 */
export function findPatterns(sentence: { text: string; start: number }, tokens: readonly Token[], claimed: readonly boolean[], lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (claimed[i]) return;
    if (t.kind === 'domain') out.push({ start: t.start, end: t.end, text: t.text, rule: 'entities/domain', strength: 'strong', type: 'site', tokens: 1 });
    if (t.kind === 'handle') out.push({ start: t.start, end: t.end, text: t.text, rule: 'entities/handle', strength: 'handle', type: 'organization', tokens: 1 });
  });
  const eligible = tokens.map((t, i) => isEligible(t, claimed[i] ?? false, lexicon));
  if (!eligible.includes(true)) return out;
  const tagsAt = new Map<number, Set<string>>();
  for (const term of tagTerms(lexicon.lang, sentence.text, sentence.start)) {
    tokens.forEach((t, i) => {
      if (t.start >= term.start && t.start < term.end) tagsAt.set(i, new Set(term.tags));
    });
  }
  const tagOf = (i: number): Set<string> => tagsAt.get(i) ?? new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!eligible[i]) continue;
    const indexes = [i];
    const cue = findCue(tokens, claimed, i, lexicon);
    const personContext = cue?.kind === 'title' || cue?.kind === 'role' || tagOf(i).has('FirstName');
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      const next = tokens[j + 1];
      if (eligible[j]) {
        indexes.push(j);
        j++;
      } else if (t && next && eligible[j + 1] && (t.kind === 'hyphen' || (personContext && PARTICLES.has(t.text)))) {
        indexes.push(j + 1);
        j += 2;
      } else break;
    }
    i = j - 1;
    const group = indexes.map((k) => tokens[k]).filter((t): t is Token => t !== undefined);
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const tags = indexes.map(tagOf);
    const known = tags.some((t) => t.has('FirstName') || t.has('Person') || t.has('Place') || t.has('Country') || t.has('City'));
    const shaped = group.length === 1 && hasNameShape(first.text);
    let strength: Candidate['strength'];
    let rule: string;
    if (cue && cue.kind !== 'location') {
      strength = 'strong';
      rule = `entities/${cue.kind}-cue:${cue.id}`;
    } else if (group.length >= 2) {
      strength = 'strong';
      rule = 'entities/capitalised-sequence';
    } else if (shaped) {
      strength = 'strong';
      rule = 'entities/name-shape';
    } else if (lexicon.lang === 'fr' && !first.initial && !/^\p{Lu}+$/u.test(first.text)) {
      strength = 'strong';
      rule = 'entities/capitalised-word';
    } else if (known && !first.initial) {
      strength = 'strong';
      rule = 'entities/tagged-name';
    } else {
      strength = 'weak';
      rule = 'entities/capitalised-word';
    }
    const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
    out.push({ start: first.start, end: last.end, text, rule, strength, type: typeOf(group, tags, cue?.kind), tokens: group.length });
  }
  return out;
}
