import type { EntityType } from '../../schemas/entity.ts';
import { lookupLexiconTags, NO_TAGS } from '../nlp/compromise.ts';
import type { Candidate } from './candidate.ts';
import { cueOf, isCommonByEnding, isCommonWord, isListedWord, type CueKind, type Lexicon } from './lexicon.ts';
import { getNameLists, lookupKnown, type NameLists } from './name-lists.ts';
import { hasNameShape, isCapitalised, type Token } from './tokenize.ts';
import { hasNameTag, isFirstName, isLegalForm, isNameLikeRun, isPlaceLike, isSpeakerBefore, isSpeechCueAt, isSurnameShaped, opensClause } from './name-words.ts';

/** Lower-case name particles that may sit inside a person's name (`Ursula von der Leyen`). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'zu']);
/** German compound heads that make one word a place: streets, lanes, ranges. */
const PLACE_COMPOUND = /\p{Ll}(?:straße|strasse|allee|gasse|gebirge|chaussee)$/u;

const PLURAL_ARTICLES_FR = new Set(['les', 'des', 'aux', 'ces', 'nos', 'vos', 'leurs', 'plusieurs', 'certains', 'certaines', 'quelques', 'nombreux', 'nombreuses', 'deux', 'trois', 'mille', 'millions']);

/** Prepositions before a site (`auf`, `sur`): they type an unknown organisation name as a site. */
const SITE_PREPOSITIONS = new Set(['auf', 'sur']);

/** English names keep their lower-case links (`Tree of Liberty`, `Committee for Civil Rights`). */
const ENGLISH_LINKS = new Set(['of', 'for', 'and', 'on', 'the']);
/** What a look-back for a cue may step over: articles, `de`/`von`, quotes, commas. */
const SKIPPABLE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'le', 'la', 'les', 'du', 'de', 'von', 'bei', 'of', 'web', 'social', 'sociale', ',', '„', '“', '"', '«', '»', '‚', '‘']);

function isEligible(tokens: readonly Token[], i: number, claimed: readonly boolean[], lexicon: Lexicon, lowerWords: ReadonlySet<string>): boolean {
  const token = tokens[i];
  if (!token || token.kind !== 'word' || claimed[i] || !isCapitalised(token.text) || /^\d+$/u.test(token.text)) return false;
  // Ordinals, times and units (`1er`, `1h`, `30km`) start with a digit but name nothing.
  if (/^\d+(?:er|re|e|ème|eme|h|min|km|kg|ans|[a-zäöü]{0,2})$/u.test(token.text)) return false;
  // `les Américains`, `des Hispaniques`: a plural after a plural article is a people or a common noun.
  const prev = tokens[i - 1];
  if (lexicon.lang === 'fr' && prev && PLURAL_ARTICLES_FR.has(prev.text.toLowerCase()) && /[sx]$/u.test(token.text)) return false;
  if (cueOf(lexicon, token.text)) return false;
  // A listed first name is a name even where its letters end in a noun (`Wolfgang`).
  if (isCommonWord(lexicon, token.text) && !getNameLists().firstNames.has(token.text)) return false;
  // Written in lower case elsewhere in the article: an ordinary word (`Suite`, `Peu`).
  if (token.text.length > 1 && lowerWords.has(token.text.toLowerCase()) && !hasNameShape(token.text)) return false;
  // German compound tail (`Blog-Eintrag`, `Backup-Plan`): not a name of its own.
  const before = tokens[i - 1];
  const head = tokens[i - 2];
  if (lexicon.lang === 'de' && before?.kind === 'hyphen' && head && !claimed[i - 2] && !hasNameShape(token.text)) return false;
  return true;
}

/** Every word the article writes in lower case, for the ordinary-word check. */
export function collectLowerWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{M}\d])\p{Ll}[\p{L}\p{M}]+/gu) ?? []);
}

const MINISTRY = /^\p{Lu}\p{Ll}+ministeri(?:um|ums)$/u;

/** The nearest cue before token `i`, stepping over articles, claimed names and `de`/`von`. */
type FoundCue = { kind: CueKind; id: string; placeAlone?: boolean; adjacent?: boolean };

function findCue(tokens: readonly Token[], claimed: readonly boolean[], i: number, lexicon: Lexicon): FoundCue | undefined {
  let ofParticle = false;
  let name = false;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
    const t = tokens[j];
    if (!t) break;
    // Two-word cues (`maison mère`, `société mère`) are looked up as a pair first.
    const pairCue = t.kind === 'word' && j > 0 ? lexicon.cues.get(`${tokens[j - 1]?.text.toLowerCase()} ${t.text.toLowerCase()}`) : undefined;
    const cue = pairCue ?? (t.kind === 'word' ? cueOf(lexicon, t.text) : undefined);
    // `Chef des Zoos`, `directeur de l'Institut`: what follows the role is its organisation.
    if (cue && ofParticle && !name && (cue.kind === 'role' || cue.kind === 'title')) return { kind: 'org', id: cue.id };
    // A reporting verb names its speaker right after it (`sagte Nagel`, `so Schaffer`), never further on.
    if (cue?.kind === 'speech') return j === i - 1 && isSpeechCueAt(tokens, j) ? cue : undefined;
    if (cue) return { ...cue, adjacent: j === i - 1 };
    if (OF_PARTICLES.has(t.text.toLowerCase())) ofParticle = true;
    if (claimed[j]) name = true;
    if (t.kind === 'hyphen' && j === i - 1) break;
    if (t.kind === 'hyphen' || t.kind === 'elision' || claimed[j] || SKIPPABLE.has(t.text.toLowerCase()) || t.text === '.') continue;
    break;
  }
  return undefined;
}

const OF_PARTICLES = new Set(['des', 'der', 'de', 'du', 'von', 'of']);

const CUE_TYPES: Record<CueKind, EntityType> = { title: 'person', role: 'person', org: 'organization', site: 'site', location: 'location', speech: 'person' };

const ACRONYM = /^\p{Lu}{2,5}$/u;
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)$/u;
/** Surname endings of Slavic, Romanian, Greek, Spanish, Italian, Nordic and Turkish names. */
const FOREIGN_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ović|ovič|evic|ević|ovic|ovac|evac|ić|vić|ski|ska|sky|skij|czyk|wicz|enko|escu|opoulos|akis|idis|ández|ánchez|íguez|ínez|inho|elli|etti|ucci|sson|oğlu|oglu|ashvili|yan)$/u;

function typeOf(group: readonly Token[], tags: ReadonlyArray<ReadonlySet<string>>, cue: CueKind | undefined, known: EntityType | undefined, lists: NameLists): EntityType {
  // A speaker may be an organisation the lists know (`sagte Siemens`).
  if (cue === 'speech') return known ?? CUE_TYPES[cue];
  // An acronym after `in der` is an organisation (`in der NBA`), not a place.
  if (cue === 'location' && known === 'organization' && group.length === 1 && ACRONYM.test(group[0]?.text ?? '')) return known;
  if (cue && (group.length === 1 || cue !== 'location')) return CUE_TYPES[cue];
  if (known) return known;
  const first = group[0];
  const last = group[group.length - 1];
  if (first && lists.firstNames.has(first.text) && group.length > 1) return 'person';
  // A head word types the run: `Swiss Life AG`, `SV Wehen`, `Lehrter Bahnhof`.
  if (group.some((t) => lists.orgWords.has(t.text))) return 'organization';
  if (last && (lists.locWords.has(last.text) || /(?:straße|strasse|platz|bahnhof|allee|gasse|gebirge|chaussee)$/u.test(last.text))) return 'location';
  const firstTags = tags[0];
  if (firstTags?.has('FirstName') || firstTags?.has('Person')) return 'person';
  if (tags.every((t) => t.has('Place') || t.has('Country') || t.has('City'))) return 'location';
  if (group.some((t) => hasNameShape(t.text) || /^\p{Lu}{2,}$/u.test(t.text))) return 'organization';
  if (cue === 'location') return 'location';
  return group.length <= 3 ? 'person' : 'organization';
}

/**
 * Drops common nouns that German writes capitalised before a first name
 * (`Torjäger Robert Vittek`, `Popstar Anna Berger`): the name starts at the first name.
 */
function trimToFirstName(indexes: number[], tokens: readonly Token[], lists: NameLists, tagOf: (i: number) => ReadonlySet<string>): number[] {
  const firstName = (k: number): boolean => isFirstName(tokens[k]?.text ?? '', tagOf(k), lists);
  const at = indexes.findIndex((k, n) => n > 0 && firstName(k) && n < indexes.length - 1);
  if (at <= 0) return indexes;
  if (indexes.slice(0, at).some((k) => firstName(k) || hasNameShape(tokens[k]?.text ?? ''))) return indexes;
  return indexes.slice(at);
}

/**
 * Finds names the gazetteer does not know, in one sentence: capitalised runs,
 * title/role + name, cue noun + name, coined shapes, domains and handles.
 * Name tags come from compromise's lexicon, word by word (no sentence tagging).
 */
export function findPatterns(sentence: { text: string; start: number }, tokens: readonly Token[], claimed: readonly boolean[], lexicon: Lexicon, lowerWords: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (claimed[i]) return;
    if (t.kind === 'domain') out.push({ start: t.start, end: t.end, text: t.text, rule: 'entities/domain', strength: 'strong', type: 'site', tokens: 1 });
    // A ministry is a name even though German writes it as one common noun.
    if (t.kind === 'word' && MINISTRY.test(t.text)) {
      const end = t.text.endsWith('s') ? t.end - 1 : t.end;
      out.push({ start: t.start, end, text: t.text.slice(0, end - t.start), rule: 'entities/ministry', strength: 'strong', type: 'organization', tokens: 1 });
    }
    if (t.kind === 'handle') out.push({ start: t.start, end: t.end, text: t.text, rule: 'entities/handle', strength: 'handle', type: 'organization', tokens: 1 });
  });
  const eligible = tokens.map((_, i) => isEligible(tokens, i, claimed, lexicon, lowerWords));
  const lists = getNameLists();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || eligible[i] || !isSurnameShaped(tokens, i, claimed, lexicon) || lowerWords.has(t.text.toLowerCase())) continue;
    // Right after a cue noun a word that only looks common is the name (`die Firma
    // Bergmeister`, `der Hoster Felsnetz`); elsewhere it may still be the surname of a
    // person the article names in full (`Karlung` after `Jon Karlung`).
    const prevCue = tokens[i - 1]?.kind === 'word' ? cueOf(lexicon, tokens[i - 1]?.text ?? '') : undefined;
    const next = tokens[i + 1];
    const cued = prevCue && prevCue.kind !== 'location' && prevCue.kind !== 'speech';
    if ((cued || (next && isLegalForm(next, lists))) && !isCommonByEnding(lexicon, t.text)) eligible[i] = true;
    else if (lexicon.lang === 'de') out.push({ start: t.start, end: t.end, text: t.text, rule: 'entities/guessed-common', strength: 'weak', type: 'person', tokens: 1 });
  }
  if (!eligible.includes(true)) return out;
  // compromise's tagger knows names from its lexicon; looking the word up there
  // gives the same FirstName/Place tags without tagging the sentence.
  const tagOf = (i: number): ReadonlySet<string> => {
    const token = tokens[i];
    return token?.kind === 'word' ? lookupLexiconTags(lexicon.lang, token.text) : NO_TAGS;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!eligible[i]) continue;
    const indexes = [i];
    const cue = findCue(tokens, claimed, i, lexicon);
    const personContext = cue?.kind === 'title' || cue?.kind === 'role' || tagOf(i).has('FirstName');
    let j = i + 1;
    // After a first name, a capitalised word is the surname even when its ending looks
    // like a common noun's (`Jon Karlung`, `Monika Pink-Rank`, `Sven-Göran Eriksson`).
    const surnameAt = (k: number): boolean => {
      const prev = tokens[indexes[indexes.length - 1] ?? -1];
      return !!prev && isFirstName(prev.text, tagOf(indexes[indexes.length - 1] ?? -1), lists) && isSurnameShaped(tokens, k, claimed, lexicon);
    };
    while (j < tokens.length) {
      const t = tokens[j];
      const next = tokens[j + 1];
      if (t && next && PARTICLES.has(t.text) && PARTICLES.has(next.text.toLowerCase()) && eligible[j + 2] && personContext) {
        // `Ursula von der Leyen`: two particles in a row.
        indexes.push(j + 2);
        j += 3;
      } else if (t && !claimed[j] && lists.orgWords.has(t.text) && /^\p{Lu}/u.test(t.text) && !isLegalForm(t, lists)) {
        // `Baltica Holding`, `Nordsee Bank`: an organisation word goes on the name.
        indexes.push(j);
        j++;
      } else if (t && indexes.length > 0 && isLegalForm(t, lists) && !claimed[j]) {
        // `Nordwind GmbH`, `Seltron Inc.`: a legal form ends the name, with its full stop.
        indexes.push(next?.text === '.' && lists.orgWords.has(`${t.text}.`) ? j + 1 : j);
        j += next?.text === '.' && lists.orgWords.has(`${t.text}.`) ? 2 : 1;
        break;
      } else if (!eligible[j] && surnameAt(j)) {
        indexes.push(j);
        j++;
      } else if (t?.kind === 'hyphen' && next && !eligible[j + 1] && (personContext || indexes.length > 1 || surnameAt(j + 1)) && isSurnameShaped(tokens, j + 1, claimed, lexicon)) {
        indexes.push(j + 1);
        j += 2;
      } else if (eligible[j]) {
        indexes.push(j);
        j++;
      } else if (t && next && next.text === '.' && /^\p{Lu}$/u.test(t.text) && eligible[j + 2] && personContext) {
        indexes.push(j + 2);
        j += 3;
      } else if (t && next && eligible[j + 1] && (t.kind === 'hyphen' || (personContext && PARTICLES.has(t.text)) || ENGLISH_LINKS.has(t.text))) {
        indexes.push(j + 1);
        j += 2;
      } else break;
    }
    i = j - 1;
    const trimmed = trimToFirstName(indexes, tokens, lists, tagOf);
    if (trimmed !== indexes) indexes.splice(0, indexes.length, ...trimmed);
    const group = indexes.map((k) => tokens[k]).filter((t): t is Token => t !== undefined);
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const tags = indexes.map(tagOf);
    const known = tags.some((t) => t.has('FirstName') || t.has('Person') || t.has('Place') || t.has('Country') || t.has('City'));
    const shaped = group.length === 1 && hasNameShape(first.text);
    const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
    const listed = lookupKnown(lists, text, lexicon.lang);
    const acronym = group.length === 1 && ACRONYM.test(first.text);
    let strength: Candidate['strength'];
    let rule: string;
    let speakerType = false;
    const nextToken = tokens[(indexes[indexes.length - 1] ?? 0) + 1];
    // `sagte DKV-Sportdirektor Jens Kahl`: the speaker is the name after the compound.
    if (cue?.kind === 'speech' && (nextToken?.kind === 'hyphen' || first.text.length < 2)) continue;
    if (cue && cue.kind !== 'location') {
      strength = 'strong';
      rule = `entities/${cue.kind}-cue:${cue.id}`;
    } else if (cue?.placeAlone && cue.adjacent && group.length === 1 && !first.initial && first.text.length >= 3 && !acronym && !lowerWords.has(first.text.toLowerCase()) && isPlaceLike(tags[0] ?? NO_TAGS) && !lists.firstNames.has(first.text)) {
      // `in Nordhausen`, `aus Quickborn`: a capitalised word right after a place preposition,
      // with no article, that no list calls a common noun.
      strength = 'strong';
      rule = `entities/place-after-preposition:${cue.id}`;
    } else if (lexicon.lang === 'de' && group.length === 1 && !first.initial && PLACE_COMPOUND.test(first.text)) {
      // `Nußbaumallee`, `Richard-Wagner-Straße`, `Fichtelgebirge`: a street or range by its last part.
      strength = 'strong';
      rule = 'entities/place-compound';
    } else if (group.length >= 2) {
      // German capitalises every noun: two words with no first name, list word, coined
      // shape or name tag (`Tonnen Salz`, `Katholik Fischer`) only join a name found elsewhere.
      strength = lexicon.lang === 'de' && group.length === 2 && !isNameLikeRun(group, tags, lists) ? 'weak' : 'strong';
      rule = 'entities/capitalised-sequence';
    } else if (listed) {
      strength = 'strong';
      rule = `entities/name-list:${listed.id}`;
    } else if (acronym && !lexicon.functionWords.has(first.text.toLowerCase()) && !ROMAN_NUMERAL.test(first.text)) {
      // An unknown acronym with no cue is most often an organisation (`BAG`, `FMH`);
      // one seen only before a hyphen (`VRAM-Bug`, `QS-Zertifikat`) may be a thing: it
      // counts when the article also writes it alone.
      strength = nextToken?.kind === 'hyphen' ? 'weak' : 'strong';
      rule = 'entities/acronym';
    } else if (lexicon.lang === 'de' && group.length <= 2 && !acronym && opensClause(tokens[(indexes[0] ?? 0) - 1]) && isSpeakerBefore(tokens, (indexes[indexes.length - 1] ?? 0) + 1, lexicon)) {
      // `Aigner kündigte an`, `Löw: « … »`: the word before a reporting verb or a
      // quotation's colon is its speaker, at the start of a sentence too.
      strength = 'strong';
      rule = 'entities/speaker-before-verb';
      speakerType = true;
    } else if (group.length === 1 && !first.initial && FOREIGN_SURNAME.test(first.text)) {
      // `Orahovac`, `Kowalski`, `Rodríguez`, `Papadopoulos`: surname endings no German or French noun has.
      strength = 'strong';
      rule = 'entities/surname-shape';
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
    let type = typeOf(group, tags, speakerType ? 'speech' : cue?.kind, listed?.type ?? (acronym ? 'organization' : undefined), lists);
    // `auf Nordwind`, `sur Nordhost`: what one posts on, or is banned from, is a site;
    // a known place (`auf Sylt`) or a person stays what it is.
    const before = tokens[(indexes[0] ?? 0) - 1];
    if (before && SITE_PREPOSITIONS.has(before.text) && (type === 'organization' || (type === 'location' && rule.startsWith('entities/place-after'))) && !listed && !hasNameTag(tags[0])) type = 'site';
    out.push({ start: first.start, end: last.end, text, rule, strength, type, tokens: group.length });
  }
  return out;
}
