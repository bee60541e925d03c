import { describe, expect, it } from 'vitest';
import { getQuoteLexicon, loadQuoteMarkRows, loadReportingRows, type ReportingRow } from '../extractors/quotes/quote-lexicon.ts';
import { matchFormAt, matchRoleSuffix, tokenizeContext } from '../extractors/quotes/tokenize-context.ts';
import { scanQuotationMarks } from '../extractors/quotes/scan-quotation-marks.ts';
import { extractQuotes } from './quotes-helpers.ts';

const LANGS = ['de', 'fr'] as const;
const CUES = new Set(['verb', 'noun', 'preposition', 'postposition', 'reason']);

/** The rows that some word of `text` matches, as the extractor reads words. */
function matchedRows(text: string, lang: 'de' | 'fr'): Set<string> {
  const lexicon = getQuoteLexicon(lang);
  const tokens = tokenizeContext(text, 0, text.length);
  const ids = new Set<string>();
  tokens.forEach((token, i) => {
    const form = matchFormAt(tokens, i, lexicon);
    if (form) ids.add(form.row.id);
    const role = matchRoleSuffix(token, lexicon, lang);
    if (role) ids.add(role.row.id);
  });
  return ids;
}

describe.each(LANGS)('reporting lexicon (%s)', (lang) => {
  const rows = loadReportingRows(lang);

  it('has unique ids and no form in two rows', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const forms = rows.flatMap((r) => r.forms.map((f) => f.toLowerCase()));
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('lists only verb rows in appliesTo', () => {
    const verbs = new Set(rows.filter((r) => r.kind === 'verb').map((r) => r.id));
    for (const row of rows) for (const id of row.appliesTo ?? []) expect(verbs.has(id), `${row.id} → ${id}`).toBe(true);
  });

  it.each(rows.map((r) => [r.id, r] as [string, ReportingRow]))('example of %s fires its row', (_id, row) => {
    const quotes = extractQuotes(row.example, lang);
    expect(matchedRows(row.example, lang)).toContain(row.id);
    if (CUES.has(row.kind)) expect(quotes.map((q) => q.rule.split(':')[1])).toContain(row.id);
    if (row.kind === 'label' || row.kind === 'title') expect(quotes).toEqual([]);
    if (row.kind === 'spokesperson') expect(quotes.map((q) => q.speaker?.name)).toEqual(['Cloudflare']);
    if (row.kind === 'same-source') expect(quotes.map((q) => q.speaker?.name)).toEqual(['Matthew Prince', 'Matthew Prince']);
    if (row.kind === 'parenthetical') expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Cloudflare']);
    if (row.kind === 'generic') expect(quotes.map((q) => q.speaker)).toEqual([null]);
    if (row.kind === 'block-marker') expect(quotes.map((q) => [q.speaker?.name, q.rule])).toEqual([['Matthew Prince', `quotes/block-marker:${row.id}`]]);
  });
});

describe('quotation marks', () => {
  it.each(loadQuoteMarkRows().map((r) => [r.id, r] as const))('example of %s pairs its marks', (_id, row) => {
    const { spans } = scanQuotationMarks(row.example);
    const open = row.example.indexOf(row.open);
    expect(open).toBeGreaterThanOrEqual(0);
    expect(row.close.some((c) => row.example.indexOf(c, open + 1) > open)).toBe(true);
    // Inner marks (‚…‘ in „…“) stay inside the outer quotation.
    expect(spans.some((s) => s.open <= open && open < s.close && !s.unclosed)).toBe(true);
  });
});
