import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ArticleDoc } from '../../schemas/article-doc.ts';
import type { ActionFact } from '../../schemas/action.ts';
import { createPipelineConfig } from '../../pipeline/pipeline-config.ts';
import { ingest } from '../../pipeline/stages/ingest.ts';
import { clean } from '../../pipeline/stages/clean.ts';
import { extract } from '../../pipeline/stages/extract.ts';

export type TableLang = 'de' | 'fr';

/** `Provider>action>Target`, then ` !neg` and/or ` ~hedge`. */
const ACTION_KEY = /^[^>]+>(terminate_service|block_access|remove_listing|suspend_account|provide_service|restore_service)>[^>]+?( !neg)?( ~hedge)?$/u;

export const zConstructionRow = z.strictObject({
  id: z.string().regex(/^(de|fr)\/[a-z-]+-\d{2}$/u),
  construction: z.string().regex(/^[a-z-]+$/u),
  text: z.string().min(1),
  expect: z.array(z.string().regex(ACTION_KEY)),
  note: z.string().optional(),
  /** Set while the current extractor gets the row wrong: the row runs as `it.fails`. */
  status: z.literal('fails').optional(),
});
export type ConstructionRow = z.infer<typeof zConstructionRow>;

export const zConstructionTable = z.strictObject({ description: z.string(), rows: z.array(zConstructionRow) });

export function loadConstructionTable(lang: TableLang): ConstructionRow[] {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../constructions/actions.${lang}.json`, import.meta.url), 'utf8'));
  return zConstructionTable.parse(raw).rows;
}

// Relative dates in the rows resolve against this day, never today.
const PUBLISHED = '2021-01-11';

let config: ReturnType<typeof createPipelineConfig> | null = null;

/**
 * The row's text as an article in the row's language, through ingest, clean and the
 * pipeline's own extractors in their order. The language is set, not detected:
 * one sentence is too short for detection to be what these tables test.
 */
export function runPipeline(text: string, lang: TableLang): ArticleDoc {
  config ??= createPipelineConfig();
  const doc = ingest({
    ref: { file: 'construction.txt', line: null, source: 'construction' },
    text,
    url: null,
    title: null,
    published: PUBLISHED,
    publishedFrom: 'record',
    declaredLanguage: lang,
    outlet: null,
  });
  const declared = { ...doc, meta: { ...doc.meta, language: { code: lang, confidence: 1, declared: lang } } };
  return extract(clean(declared), config.extractors);
}

export function describeAction(fact: ActionFact): string {
  return `${fact.provider.name}>${fact.action}>${fact.target.name}${fact.negated ? ' !neg' : ''}${fact.hedged ? ' ~hedge' : ''}`;
}

/** The distinct actions the pipeline finds in `text`, as sorted keys (dates are not compared). */
export function describeActions(text: string, lang: TableLang): string[] {
  return [...new Set(runPipeline(text, lang).facts.actions.map(describeAction))].sort();
}
