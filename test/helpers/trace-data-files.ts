/**
 * Run by test/extractor-data.test.ts in a process of its own, so that no other
 * extractor has loaded anything yet: prints which data files creating the one
 * extractor named on the command line loads, which the whole configuration
 * loads, and which a run over the seeds loads after that (it should load none).
 */
import { createEntityExtractor } from '../../extractors/entities/create-entity-extractor.ts';
import { createDateExtractor } from '../../extractors/dates/create-date-extractor.ts';
import { createQuoteExtractor } from '../../extractors/quotes/create-quote-extractor.ts';
import { createActionExtractor } from '../../extractors/actions/create-action-extractor.ts';
import { listLoadedDataFiles } from '../../extractors/text/load-data.ts';
import { createPipelineConfig } from '../../pipeline/pipeline-config.ts';
import { readInputs } from '../../pipeline/ingest/read-inputs.ts';
import { ingest } from '../../pipeline/stages/ingest.ts';
import { processArticle } from '../../pipeline/process-article.ts';
import { ROOT } from './run-cli.ts';

const CREATE: Record<string, () => unknown> = {
  entities: createEntityExtractor,
  dates: createDateExtractor,
  quotes: createQuoteExtractor,
  actions: createActionExtractor,
};

const create = CREATE[process.argv[2] ?? ''];
if (!create) throw new Error(`usage: trace-data-files.ts ${Object.keys(CREATE).join('|')}`);
create();
const created = listLoadedDataFiles();
const config = createPipelineConfig();
const configured = listLoadedDataFiles();
const messages: string[] = [];
for await (const item of readInputs([`${ROOT}seeds`], ROOT)) {
  if (item.kind !== 'article') continue;
  const { doc } = processArticle(ingest(item.input), config);
  messages.push(...doc.messages.map((m) => m.ruleId));
}
process.stdout.write(JSON.stringify({ created, configured, afterRun: listLoadedDataFiles(), messages }));
