/**
 * The one normalisation, done before any offset exists: Unicode NFC, line
 * breaks as `\n`, every other kind of space as a plain space, runs of spaces
 * collapsed, spaces at line ends removed, at most one blank line in a row.
 * Nothing later changes the text.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\t\v\f\p{Zs}\u200b\ufeff]+/gu, ' ')
    .replace(/ +\n/gu, '\n')
    .replace(/\n +/gu, '\n')
    .replace(/ {2,}/gu, ' ')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
