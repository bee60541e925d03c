import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import { zActionType, type ActionType } from '../../schemas/action.ts';
import { buildFrenchVerbForms, buildGermanVerbForms, type VerbForms } from './verb-forms.ts';

export const zCueRow = zLexiconRow.extend({
  action: zActionType,
  /** Lemmas whose every form anchors the cue (from the morphological lexicons); `terms` then only add words the clause must hold. */
  verbs: z.array(z.string()).min(1).optional(),
  terms: z.array(z.string()).default([]),
  particle: z.string().optional(),
  unless: z.string().optional(),
  previous: z.string().optional(),
  context: z.string().optional(),
  roles: z.enum(['inverse']).optional(),
  noun: z.boolean().optional(),
  near: z.number().int().positive().optional(),
});
export const zModalityRow = zLexiconRow.extend({
  kind: z.enum(['negation', 'stop', 'hedge', 'again']),
  terms: z.array(z.string()).min(1),
  adjacent: z.boolean().optional(),
  /** sentence: looks beyond the clause; governed-infinitive: also governs the infinitive clause after it (`weigert sich, X zu sperren`). */
  scope: z.enum(['clause', 'sentence', 'governed-infinitive']).optional(),
});
export const zGrammarRow = zLexiconRow.extend({ words: z.array(z.string()).min(1) });

const zFile = <T extends z.ZodType>(row: T) => z.object({ description: z.string(), rows: z.array(row) });

export interface Cue {
  id: string;
  action: ActionType;
  /** Lemmas the anchor must be a form of, or null when `terms[0]` is the anchor. */
  verbs: ReadonlySet<string> | null;
  terms: RegExp[];
  particle: RegExp | null;
  unless: RegExp | null;
  previous: RegExp | null;
  context: string | null;
  inverse: boolean;
  noun: boolean;
  /** For nominal cues: the governed role must start within this many words after the anchor. */
  near: number | null;
  example: string;
}
export interface Modality {
  id: string;
  kind: 'negation' | 'stop' | 'hedge' | 'again';
  terms: RegExp[];
  adjacent: boolean;
  sentence: boolean;
  /** Also governs the infinitive clause that follows its own (`lehnt es ab, Parler wieder zu hosten`). */
  governs: boolean;
  example: string;
}
export interface ActionLexicon {
  lang: string;
  cues: Cue[];
  modality: Modality[];
  /** Word classes by id (`service`, `preposition`, `first-person`, …). */
  classes: Map<string, RegExp>;
  /** Each word class's example, for the data test. */
  classExamples: Map<string, string>;
  /** Any regex cue's anchor, to pick candidate sentences before tagging them. */
  anchors: RegExp;
  /** Every form of every cue verb. */
  forms: VerbForms;
}

/** Data patterns write `\w` for "a letter"; JS's `\w` is ASCII-only, so widen it. */
export function compilePattern(source: string): RegExp {
  return new RegExp(source.replaceAll('\\w', '[\\p{L}\\p{N}_]'), 'iu');
}

const lexicons = new Map<string, ActionLexicon>();

/** The action lexicon for `lang`, validated and compiled once per process. */
export function getActionLexicon(lang: string): ActionLexicon {
  let lexicon = lexicons.get(lang);
  if (lexicon) return lexicon;
  const cueRows = loadData(`actions/cues.${lang}.json`, zFile(zCueRow)).rows;
  const modalityRows = loadData(`actions/modality.${lang}.json`, zFile(zModalityRow)).rows;
  const grammarRows = loadData(`actions/grammar.${lang}.json`, zFile(zGrammarRow)).rows;
  const classes = new Map(grammarRows.map((row) => [row.id, compilePattern(row.words.join('|'))]));
  const lemmas = [...new Set(cueRows.flatMap((row) => row.verbs ?? []))];
  const wordsOf = (id: string) => grammarRows.find((row) => row.id === id)?.words ?? [];
  const forms =
    lang === 'de'
      ? buildGermanVerbForms(lemmas, { particles: wordsOf('separable-particle').map((w) => w.replace(/^\^|\$$/gu, '')).sort((a, b) => b.length - a.length), inseparable: compilePattern(wordsOf('inseparable-prefix').join('|')) })
      : buildFrenchVerbForms(lemmas);
  const cues = cueRows.map((row): Cue => {
    if (!row.verbs && row.terms.length === 0) throw new Error(`data/actions/cues.${lang}.json row ${row.id}: needs verbs or terms`);
    if (row.context && !classes.has(row.context)) {
      throw new Error(`data/actions/cues.${lang}.json row ${row.id}: unknown context "${row.context}" (add it to grammar.${lang}.json)`);
    }
    return {
      id: row.id,
      action: row.action,
      verbs: row.verbs ? new Set(row.verbs) : null,
      terms: row.terms.map(compilePattern),
      particle: row.particle ? compilePattern(row.particle) : null,
      unless: row.unless ? compilePattern(row.unless) : null,
      previous: row.previous ? compilePattern(row.previous) : null,
      context: row.context ?? null,
      inverse: row.roles === 'inverse',
      noun: row.noun ?? false,
      near: row.near ?? null,
      example: row.example,
    };
  });
  const modality = modalityRows.map((row): Modality => ({
    id: row.id,
    kind: row.kind,
    terms: row.terms.map(compilePattern),
    adjacent: row.adjacent ?? false,
    sentence: row.scope === 'sentence',
    governs: row.scope === 'governed-infinitive',
    example: row.example,
  }));
  const anchors = compilePattern(cueRows.flatMap((row) => (row.verbs ? [] : [row.terms[0]])).join('|'));
  const classExamples = new Map(grammarRows.map((row) => [row.id, row.example]));
  lexicon = { lang, cues, modality, classes, classExamples, anchors, forms };
  lexicons.set(lang, lexicon);
  return lexicon;
}

/** True when `word` (lower-cased) belongs to the word class `id`. */
export function isClass(lexicon: ActionLexicon, id: string, word: string): boolean {
  return lexicon.classes.get(id)?.test(word) ?? false;
}

/** Index of the first word of class `id` in words[from..to] (inclusive), or null. */
export function findClassWord(lexicon: ActionLexicon, words: ReadonlyArray<{ lower: string }>, from: number, to: number, id: string): number | null {
  for (let i = from; i <= to; i++) if (isClass(lexicon, id, (words[i] as { lower: string }).lower)) return i;
  return null;
}

/** True when `word` (lower-cased) can anchor some cue: a regex anchor or a form of a cue verb. */
export function isAnchor(lexicon: ActionLexicon, word: string): boolean {
  return lexicon.forms.has(word) || lexicon.anchors.test(word);
}
