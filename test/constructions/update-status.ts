// Rewrites the `status` flags of the construction tables from the current extractor's results:
// `npx tsx test/constructions/update-status.ts` (add --show to list the rows that changed). Run it on purpose,
// read the diff, and commit it apart from the rule change that moved the rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { describeActions, loadConstructionTable, type TableLang } from '../helpers/construction-table.ts';

const show = process.argv.includes('--show');
for (const lang of ['de', 'fr'] as TableLang[]) {
  const passes = new Map<string, boolean>();
  for (const row of loadConstructionTable(lang)) {
    const got = describeActions(row.text, lang);
    const ok = JSON.stringify(got) === JSON.stringify([...new Set(row.expect)].sort());
    passes.set(row.id, ok);
    if (show && ok === (row.status === 'fails')) console.log(`${ok ? 'now passes' : 'now fails'}: ${row.id} ${row.text}\n  got ${JSON.stringify(got)}`);
  }
  const file = new URL(`./actions.${lang}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { description: string; rows: Array<Record<string, unknown>> };
  for (const row of data.rows) {
    if (passes.get(row['id'] as string)) delete row['status'];
    else row['status'] = 'fails';
  }
  const rows = data.rows.map((row, i) => `    ${JSON.stringify(row)}${i < data.rows.length - 1 ? ',' : ''}`);
  writeFileSync(file, ['{', `  "description": ${JSON.stringify(data.description)},`, '  "rows": [', ...rows, '  ]', '}', ''].join('\n'));
  console.log(`${lang}: ${[...passes.values()].filter(Boolean).length} of ${passes.size} rows pass`);
}
