const GAP = '  ';
const MIN_WIDTH = 8;
const PROSE_MIN_WIDTH = 20;
/** A wrapped cell stops after this many lines and ends with `…`, so one long quote cannot fill the screen. */
const MAX_LINES = 4;

/** How a value looks in a table or CSV cell: NULL is empty, a blob is hex, line breaks become spaces. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Uint8Array) return `x'${Buffer.from(value).toString('hex')}'`;
  return String(value);
}

function lengthOf(text: string): number {
  return [...text].length;
}

/**
 * A plain-text table. With `width` (a terminal's columns) the widest columns
 * shrink until the table fits and their cells wrap; without it nothing is cut.
 */
export function formatTable(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>, width?: number): string {
  const cells = rows.map((row) => columns.map((c) => showValue(row[c]).replace(/[\r\n\t]+/gu, ' ')));
  const widths = columns.map((c, i) => Math.max(lengthOf(c), ...cells.map((r) => lengthOf(r[i] ?? ''))));
  const prose = columns.map((_, i) => cells.some((r) => (r[i] ?? '').includes(' ')));
  if (width !== undefined) shrinkWidths(widths, prose, width - GAP.length * (columns.length - 1));
  const lines = [joinLine(columns.map((c, i) => cutText(c, widths[i] ?? 0)), widths), joinLine(widths.map((w) => '-'.repeat(w)), widths)];
  for (const row of cells) {
    const wrapped = row.map((cell, i) => (width === undefined ? [cell] : wrapText(cell, widths[i] ?? 0)));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    for (let line = 0; line < height; line++) lines.push(joinLine(wrapped.map((w) => w[line] ?? ''), widths));
  }
  if (rows.length === 0) lines.push('(no rows)');
  return `${lines.join('\n')}\n`;
}

function joinLine(parts: readonly string[], widths: readonly number[]): string {
  return parts.map((p, i) => p + ' '.repeat(Math.max(0, (widths[i] ?? 0) - lengthOf(p)))).join(GAP).trimEnd();
}

/**
 * Takes one column at a time off the widest column until the total fits. Prose
 * columns (cells with spaces) give way first, so ids and file names stay whole.
 */
function shrinkWidths(widths: number[], prose: readonly boolean[], available: number): void {
  let total = widths.reduce((a, b) => a + b, 0);
  for (const [allowed, floor] of [[prose, PROSE_MIN_WIDTH], [widths.map(() => true), MIN_WIDTH]] as const) {
    while (total > available) {
      const widest = widths.reduce((best, w, i) => (allowed[i] && w > (widths[best] ?? 0) ? i : best), allowed.indexOf(true));
      if (widest < 0 || (widths[widest] ?? 0) <= floor) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      total--;
    }
  }
}

function cutText(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Breaks at spaces where it can, inside a word where it must, and cuts after MAX_LINES. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (lengthOf(rest) > width && lines.length < MAX_LINES) {
    const chars = [...rest];
    const head = chars.slice(0, width + 1).join('');
    const space = head.lastIndexOf(' ');
    const cut = space > 0 ? space : chars.slice(0, width).join('').length;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (lines.length === MAX_LINES && rest) lines[MAX_LINES - 1] = cutText(`${lines[MAX_LINES - 1] ?? ''} ${rest}`, width);
  else lines.push(rest);
  return lines;
}
