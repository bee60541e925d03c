import { z } from 'zod';

/** Where an article came from: a file and line, or a record id in a dump. */
export const zSourceRef = z.object({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  /** The file name for a text file, the record `id` for a JSON record. */
  source: z.string(),
});
export type SourceRef = z.infer<typeof zSourceRef>;

/** A record of a `.jsonl` or `.json` dump, as operators write it. */
export const zJsonRecord = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string({ error: 'record has no "text" field' }),
  url: z.string().nullish(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  source: z.string().nullish(),
  language: z.string().nullish(),
});
export type JsonRecord = z.infer<typeof zJsonRecord>;

/** What every reader hands to the pipeline, whatever the input format. */
export const zArticleInput = z.object({
  ref: zSourceRef,
  text: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** As given by the record or the text file's ` date YYYY-MM` header. */
  published: z.string().nullable(),
  publishedFrom: z.enum(['record', 'header']).nullable(),
  /** The language the record declares, checked against detection. */
  declaredLanguage: z.string().nullable(),
  /** Name of the original publisher or feed, from the record's `source`. */
  outlet: z.string().nullable(),
});
export type ArticleInput = z.infer<typeof zArticleInput>;
