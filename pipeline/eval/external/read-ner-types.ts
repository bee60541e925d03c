/** Gold labels the NER scorer compares: outer-level PER, ORG, LOC only. */
export type NerLabel = 'PER' | 'ORG' | 'LOC';

/** A stretch of text rebuilt from a token corpus, with gold entity spans into it. */
export interface NerUnit {
  text: string;
  spans: Array<{ start: number; end: number; label: NerLabel }>;
}

/** Maps a corpus tag's type to PER/ORG/LOC, or null for OTH, time, prod, *deriv, *part. */
export function toLabel(type: string): NerLabel | null {
  const t = type.toLowerCase();
  if (t === 'per' || t === 'pers') return 'PER';
  if (t === 'org') return 'ORG';
  if (t === 'loc') return 'LOC';
  return null;
}

/**
 * Builds a unit from tokens with IOB2 tags (`B-PER`, `I-PER`, `O`), joining tokens
 * with a space unless `noSpaceAfter` says otherwise. Offsets come from the join.
 */
export function buildUnit(tokens: ReadonlyArray<{ text: string; tag: string; noSpaceAfter?: boolean }>): NerUnit {
  let text = '';
  const spans: NerUnit['spans'] = [];
  let open: { start: number; end: number; type: string } | null = null;
  const close = (): void => {
    const label = open ? toLabel(open.type) : null;
    if (open && label) spans.push({ start: open.start, end: open.end, label });
    open = null;
  };
  for (const token of tokens) {
    const start = text.length;
    text += token.text;
    const end = text.length;
    if (!token.noSpaceAfter) text += ' ';
    const [prefix, type = ''] = token.tag.split('-', 2) as [string, string?];
    if (prefix === 'B' || (prefix === 'I' && (!open || open.type !== type))) {
      close();
      open = { start, end, type };
    } else if (prefix === 'I' && open) {
      open.end = end;
    } else close();
  }
  close();
  return { text: text.trimEnd(), spans };
}
