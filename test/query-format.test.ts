import { describe, expect, it } from 'vitest';
import { formatTable, wrapText } from '../pipeline/query/format-table.ts';
import { locateSqlError } from '../pipeline/query/locate-sql-error.ts';
import { toMatchQuery } from '../pipeline/query/run-reports.ts';
import { suggestNames } from '../pipeline/query/suggest-names.ts';
import { formatRows } from '../pipeline/query/write-rows.ts';

const result = {
  columns: ['id', 'text', 'n'],
  rows: [
    { id: 'claim_1', text: 'Cloudflare kündigt 8chan, "sofort", ab', n: 1 },
    { id: 'claim_2', text: null, n: 2 },
  ],
};

describe('query output', () => {
  it('prints whole cells without a width, and NULL as empty', () => {
    expect(formatTable(result.columns, result.rows)).toBe(
      'id       text                                    n\n' +
        '-------  --------------------------------------  -\n' +
        'claim_1  Cloudflare kündigt 8chan, "sofort", ab  1\n' +
        'claim_2                                          2\n',
    );
  });

  it('wraps prose to the width and keeps ids whole', () => {
    const lines = formatTable(result.columns, result.rows, 30).trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(30);
    expect(lines[2]).toMatch(/^claim_1 /u);
    expect(wrapText('eins zwei drei vier fünf sechs sieben acht neun zehn elf', 9)).toEqual(['eins zwei', 'drei vier', 'fünf', 'sechs si…']);
  });

  it('writes CSV with quoted fields and JSON with nulls', () => {
    expect(formatRows(result, { format: 'csv' })).toBe('id,text,n\r\nclaim_1,"Cloudflare kündigt 8chan, ""sofort"", ab",1\r\nclaim_2,,2\r\n');
    expect(JSON.parse(formatRows(result, { format: 'json' }))).toEqual(result.rows);
    expect(formatRows(result, { format: 'jsonl' }).split('\n')).toHaveLength(3);
  });
});

describe('query helpers', () => {
  it('finds the token an SQLite error names', () => {
    expect(locateSqlError('SELECT 1\nFORM x', 'near "x": syntax error')).toMatchObject({ line: 2, column: 6 });
    expect(locateSqlError('select (1', 'incomplete input')).toMatchObject({ line: 1, column: 10 });
    expect(locateSqlError('SELECT 1', 'database is locked')).toBeUndefined();
  });

  it('quotes every search word so FTS5 syntax cannot leak in', () => {
    expect(toMatchQuery(' Hass  "online" OR ')).toBe('"Hass" """online""" "OR"');
    expect(toMatchQuery('  ')).toBeNull();
  });

  it('suggests the nearest names, not far-off ones', () => {
    const candidates = [
      { alias: 'Cloudflare', name: 'Cloudflare' },
      { alias: 'Cloudfare', name: 'Cloudflare' },
      { alias: 'Amazon', name: 'Amazon Web Services' },
    ];
    expect(suggestNames('cloudflair', candidates)).toEqual(['Cloudflare']);
    expect(suggestNames('Amazn', candidates)).toEqual(['Amazon Web Services (as "Amazon")']);
    expect(suggestNames('Twitter', candidates)).toEqual([]);
  });
});
