import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import { stem } from '../nlp/natural.ts';

const zCueFile = z.object({
  description: z.string(),
  rows: z.array(
    zLexiconRow.extend({
      kind: z.enum(['title', 'role', 'org', 'site', 'location', 'speech']),
      cue: z.string().min(1),
      /** A location preposition before which one unknown capitalised word is a place (`in Nordhausen`). */
      placeAlone: z.boolean().default(false),
    }),
  ),
});
const zNonNameFile = z.object({
  description: z.string(),
  rows: z.array(zLexiconRow.extend({ kind: z.enum(['function', 'month', 'term', 'noun', 'suffix']), word: z.string().min(1) })),
});

export type CueKind = z.infer<typeof zCueFile>['rows'][number]['kind'];

export interface Lexicon {
  lang: string;
  /** Lower-cased cue (trailing full stop dropped) → kind and row id. */
  cues: Map<string, { kind: CueKind; id: string; placeAlone: boolean }>;
  /** Cues long enough to end a German compound (`Konzernchef`, `Raumfahrtkonzern`). */
  cueEndings: string[];
  functionWords: Set<string>;
  /** Months, days, internet terms, frequent nouns: lower-cased. */
  nonNames: Set<string>;
  /** Their stems, so inflected forms (`Inhalte`) are caught too. */
  nonNameStems: Set<string>;
  suffixes: string[];
}

/**
 * Nouns that also end place and family names (`Rheinland`, `Hoffmann`,
 * `Lauterbach`, `Eisleben`): a compound ending in one may be a name.
 */
const NAME_TAILS = new Set(['land', 'stadt', 'dorf', 'haus', 'hause', 'mann', 'berg', 'burg', 'bach', 'feld', 'wald', 'heim', 'see', 'kreis', 'leben', 'garten', 'markt', 'kirche', 'kirchen', 'brücke', 'stein', 'hof', 'tal', 'dorf', 'weg', 'ort', 'orte', 'welt', 'stern', 'kraft', 'fest', 'bund', 'werk', 'rat', 'recht', 'liga', 'zeitung', 'bank', 'post']);

/** German participles used as adjectives (`Gescheitertes`, `Versuchter`, `Geplante`): never a name. */
const PARTICIPLE_ADJECTIVE = /^(?:ge|ver|be|er|zer|ent)\p{Ll}{2,}(?:t|et|en)(?:e|er|es|en|em)$/u;

const lexicons = new Map<string, Lexicon>();

export function getLexicon(lang: string): Lexicon {
  let lexicon = lexicons.get(lang);
  if (lexicon) return lexicon;
  const l = lang === 'fr' ? 'fr' : 'de';
  const cues = new Map<string, { kind: CueKind; id: string; placeAlone: boolean }>();
  for (const row of loadData(`entities/cues.${l}.json`, zCueFile).rows) {
    cues.set(row.cue.toLowerCase().replace(/\.$/u, ''), { kind: row.kind, id: row.id, placeAlone: row.placeAlone });
  }
  const nonNameRows = loadData(`entities/non-names.${l}.json`, zNonNameFile).rows;
  const nonNames = new Set(nonNameRows.filter((r) => r.kind !== 'function' && r.kind !== 'suffix').map((r) => r.word.toLowerCase()));
  lexicon = {
    lang: l,
    cues,
    cueEndings: [...cues].filter(([cue, v]) => (v.kind !== 'location' || v.placeAlone) && v.kind !== 'speech' && cue.length >= 5 && !cue.includes(' ')).map(([cue]) => cue),
    functionWords: new Set(nonNameRows.filter((r) => r.kind === 'function').map((r) => r.word.toLowerCase())),
    nonNames,
    nonNameStems: new Set([...nonNames].filter((w) => w.length >= 4).map((w) => stem(l, w))),
    suffixes: nonNameRows.filter((r) => r.kind === 'suffix').map((r) => r.word.toLowerCase()),
  };
  lexicons.set(lang, lexicon);
  return lexicon;
}

/** The cue a word is, if any: `CEO`, `Firma`, and in German a compound ending in a role (`Konzernchef`). */
export function cueOf(lexicon: Lexicon, word: string): { kind: CueKind; id: string; placeAlone: boolean } | undefined {
  const lower = word.toLowerCase();
  const direct = lexicon.cues.get(lower);
  if (direct) return direct;
  if (lexicon.lang === 'de') {
    // Genitive and plural of a role: `des Milliardärs`, `Sprechers`, `Gründern`.
    const bare = /(?:es|s|en|n)$/u.test(lower) ? [lower.replace(/es$|s$/u, ''), lower.replace(/en$|n$/u, '')].find((b) => lexicon.cues.get(b)?.kind === 'role') : undefined;
    if (bare) return lexicon.cues.get(bare);
    const ending = lexicon.cueEndings.find((r) => lower.length > r.length + 2 && lower.endsWith(r));
    if (ending) return lexicon.cues.get(ending);
  }
  return undefined;
}

/** A function word or a listed common noun: never part of a name, not even after a first name. */
export function isListedWord(lexicon: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  return lexicon.functionWords.has(lower) || lexicon.nonNames.has(lower);
}

/**
 * True when a capitalised word is not a name on its own. German capitalises every
 * noun, so there a word is also common when its stem is a listed noun's stem or it
 * ends in a noun or adjective ending (`-ung`, `-keit`, `-liche`, `…kampagne`).
 */
export function isCommonWord(lexicon: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  if (lexicon.functionWords.has(lower) || lexicon.nonNames.has(lower)) return true;
  if (lexicon.lang !== 'de') return false;
  if (/\p{Ll}\p{Lu}|\d/u.test(word)) return false;
  if (lower.length >= 4 && lexicon.nonNameStems.has(stem('de', lower))) return true;
  if (PARTICIPLE_ADJECTIVE.test(lower)) return true;
  // Plural and dative endings too: `Naturschutzgebieten`, `Regierungskreisen`.
  const bare = lower.replace(/(?:en|n|s|e)$/u, '');
  if (lexicon.suffixes.some((s) => (lower.length >= s.length + 3 && lower.endsWith(s)) || (bare.length >= s.length + 3 && bare.endsWith(s)))) return true;
  return isCompoundOfNoun(lexicon, lower);
}

/** A German word that a noun or adjective ending or a participle shape marks as common (not only its last part). */
export function isCommonByEnding(lexicon: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  const bare = lower.replace(/(?:en|n|s|e)$/u, '');
  if (PARTICIPLE_ADJECTIVE.test(lower)) return true;
  return lexicon.suffixes.some((s) => (lower.length >= s.length + 3 && lower.endsWith(s)) || (bare.length >= s.length + 3 && bare.endsWith(s)));
}

/**
 * A German compound whose last part is a listed common noun, bare or inflected
 * (`Transfrau`, `Regierungskritikers`, `Ablehnungsschreiben`, `Weltmarktführer`).
 */
function isCompoundOfNoun(lexicon: Lexicon, lower: string): boolean {
  const bare = lower.replace(/(?:es|s|n|en)$/u, '');
  for (const form of bare === lower ? [lower] : [lower, bare]) {
    for (let cut = 3; cut <= form.length - 4; cut++) {
      if (lexicon.nonNames.has(form.slice(cut)) && !NAME_TAILS.has(form.slice(cut))) return true;
    }
  }
  return false;
}
