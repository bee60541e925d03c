/**
 * The source text of the number at top-level key `key` of the JSON object in
 * `json`, or null. JSON.parse rounds integers past 2^53 (Node 20 has no
 * reviver `context.source`), so an id's digits are read from the text itself.
 */
export function findNumberLiteral(json: string, key: string): string | null {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      const start = i + 1;
      for (i++; i < json.length && json[i] !== '"'; i++) if (json[i] === '\\') i++;
      if (depth !== 1 || json.slice(start, i) !== key) continue;
      const value = /^\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/u.exec(json.slice(i + 1, i + 1 + 400));
      if (value) return value[1]!;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return null;
}
