import { createHash } from 'node:crypto';

/** A deterministic id: `prefix` + the first 16 hex digits of sha256 over the parts. */
export function hashId(prefix: string, ...parts: readonly string[]): string {
  const hash = createHash('sha256').update(parts.join('\u001f')).digest('hex');
  return `${prefix}_${hash.slice(0, 16)}`;
}
