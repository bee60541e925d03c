export interface SqlErrorPlace {
  line: number;
  column: number;
  lineText: string;
}

// SQLite reports no offset, only the token it stopped at (`near "FORM"`) or the
// unknown name (`no such column: foo`); its first occurrence is the best guess.
const TOKEN_PATTERNS = [/near "([^"]+)"/u, /no such (?:column|table|function): ([\w.]+)/u, /ambiguous column name: ([\w.]+)/u];

/** Line and column (1-based) of the token an SQLite error message names, if it names one. */
export function locateSqlError(sql: string, message: string): SqlErrorPlace | undefined {
  let offset = -1;
  if (/incomplete input/u.test(message)) offset = sql.trimEnd().length;
  for (const pattern of TOKEN_PATTERNS) {
    const token = pattern.exec(message)?.[1];
    if (offset < 0 && token) offset = findToken(sql, token);
  }
  if (offset < 0) return undefined;
  const before = sql.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before[line - 1]?.length ?? 0) + 1;
  return { line, column, lineText: sql.split('\n')[line - 1] ?? '' };
}

function findToken(sql: string, token: string): number {
  const exact = sql.indexOf(token);
  if (exact >= 0) return exact;
  // A qualified name (`c.foo`) is reported without its qualifier, and case may differ.
  return sql.toLowerCase().indexOf(token.toLowerCase());
}
