import { z } from 'zod';
import { loadData, zLexiconRow } from '../text/load-data.ts';
import { zActionType, type ActionType } from '../../schemas/action.ts';

export const zCueRow = zLexiconRow.extend({
  action: zActionType,
  terms: z.array(z.string()).min(1),
  particle: z.string().optional(),
  unless: z.string().optional(),
  previous: z.string().optional(),
  context: z.string().optional(),
  roles: z.enum(['inverse']).optional(),
  noun: z.boolean().optional(),
  near: z.number().int().positive().optional(),
});
export const zModalityRow = zLexiconRow.extend({
  kind: z.enum(['negation', 'stop', 'hedge']),
  terms: z.array(z.string()).min(1),
  adjacent: z.boolean().optional(),
  scope: z.enum(['clause', 'sentence']).optional(),
});
export const zGrammarRow = zLexiconRow.extend({ words: z.array(z.string()).min(1) });

const zFile = <T extends z.ZodType>(row: T) => z.object({ description: z.string(), rows: z.array(row) });

export interface Cue {
  id: string;
  action: ActionType;
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
  kind: 'negation' | 'stop' | 'hedge';
  terms: RegExp[];
  adjacent: boolean;
  sentence: boolean;
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
  /** Any cue's anchor, to pick candidate sentences before tagging them. */
  anchors: RegExp;
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
  const cues = cueRows.map((row): Cue => {
    if (row.context && !classes.has(row.context)) {
      throw new Error(`data/actions/cues.${lang}.json row ${row.id}: unknown context "${row.context}" (add it to grammar.${lang}.json)`);
    }
    return {
      id: row.id,
      action: row.action,
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
    example: row.example,
  }));
  const anchors = compilePattern(cueRows.map((row) => row.terms[0]).join('|'));
  const classExamples = new Map(grammarRows.map((row) => [row.id, row.example]));
  lexicon = { lang, cues, modality, classes, classExamples, anchors };
  lexicons.set(lang, lexicon);
  return lexicon;
}

/** True when `word` (lower-cased) belongs to the word class `id`. */
export function isClass(lexicon: ActionLexicon, id: string, word: string): boolean {
  return lexicon.classes.get(id)?.test(word) ?? false;
}
