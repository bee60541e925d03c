/** One gold temporal expression: offsets into the plain text, its normalised value and type. */
export interface GoldTimex {
  start: number;
  end: number;
  value: string;
  type: string;
}

/** A document of an external TIMEX corpus, ready to extract from. */
export interface TimexDoc {
  id: string;
  lang: 'de' | 'fr';
  /** Document creation time, `YYYY-MM-DD`: the anchor. */
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? entity;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`, 'iu').exec(tag)?.[1];
}

/**
 * Strips inline markup from `markup`, keeping the plain text and the spans of the
 * `tagName` elements (nested ones too). Other tags are dropped, entities decoded.
 */
export function readInlineTimexes(markup: string, tagName: string, valueAttribute: string): { text: string; timexes: GoldTimex[] } {
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: Array<{ start: number; value: string; type: string }> = [];
  const token = /<[^>]*>|&[#a-zA-Z0-9]+;|[^<&]+|[<&]/gu;
  const openTag = new RegExp(`^<${tagName}\\b`, 'iu');
  const closeTag = new RegExp(`^</${tagName}\\s*>`, 'iu');
  for (let match = token.exec(markup); match; match = token.exec(markup)) {
    const piece = match[0];
    if (piece.startsWith('<') && piece.length > 1) {
      if (openTag.test(piece) && !piece.endsWith('/>')) {
        open.push({ start: text.length, value: attribute(piece, valueAttribute) ?? '', type: attribute(piece, 'type') ?? '' });
      } else if (closeTag.test(piece)) {
        const started = open.pop();
        if (started) timexes.push({ start: started.start, end: text.length, value: started.value, type: started.type });
      }
    } else if (piece.startsWith('&') && piece.length > 1) text += decodeEntity(piece);
    else text += piece;
  }
  return { text, timexes: timexes.sort((a, b) => a.start - b.start) };
}
