import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { EXTERNAL_DIR } from './locate-external.ts';

export const REDEWIEDERGABE_DIR = `${EXTERNAL_DIR}redewiedergabe-stwr-de`;

/** One `said` instance (all its parts joined) of one sample. */
export interface StwrInstance {
  id: string;
  mode: string;
  content: string;
  start: number;
  end: number;
  /** Text of the speaker seg(s) linked to it, or null. */
  speaker: string | null;
}

export interface StwrSample {
  file: string;
  /** Metadata `quotes`: how direct speech is marked (`german`, `chevron`, `none`, `undef`, …). */
  quoteStyle: string;
  text: string;
  instances: StwrInstance[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+);/gu, (_, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? ''),
  );
}

function attr(attrs: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? '';
}

/**
 * Reads one TEI sample: the body text with every run of white space collapsed to
 * one space (offsets refer to that text), each `said` with its parts merged into
 * one span (an interrupted direct quotation is one instance), and speaker segs
 * linked by id. A small tag walk is enough: the files use no CDATA or comments.
 */
export function parseStwrSample(file: string, xml: string): StwrSample {
  const quoteStyle = /<f name="quotes">([^<]*)<\/f>/u.exec(xml)?.[1] ?? 'undef';
  const body = /<body>([\s\S]*)<\/body>/u.exec(xml)?.[1] ?? '';
  let text = '';
  const stack: Array<{ tag: string; attrs: string; start: number }> = [];
  const saids = new Map<string, StwrInstance>();
  const speakers = new Map<string, string[]>();
  for (const m of body.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/gu)) {
    if (m[5] !== undefined) {
      const chunk = decode(m[5]).replace(/\s+/gu, ' ');
      text += text.endsWith(' ') || text === '' ? chunk.replace(/^ /u, '') : chunk;
      continue;
    }
    const [, closing, tag = '', attrs = '', selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) {
      stack.push({ tag, attrs, start: text.length });
      continue;
    }
    const open = stack.pop();
    if (!open) continue;
    const end = text.replace(/ $/u, '').length;
    if (tag === 'said') {
      const id = attr(open.attrs, 'id');
      const existing = saids.get(id);
      if (existing) existing.end = end;
      else saids.set(id, { id, mode: attr(open.attrs, 'mode'), content: attr(open.attrs, 'content'), start: open.start, end, speaker: null });
    } else if (tag === 'seg' && attr(open.attrs, 'type') === 'speaker') {
      for (const id of attr(open.attrs, 'id').split(/\s+/u)) {
        const list = speakers.get(id) ?? [];
        list.push(text.slice(open.start, end));
        speakers.set(id, list);
      }
    }
  }
  for (const instance of saids.values()) instance.speaker = speakers.get(instance.id)?.[0] ?? null;
  return { file, quoteStyle, text: text.trim(), instances: [...saids.values()] };
}

/** The newspaper and magazine samples, in file-name order; null when the corpus is absent. */
export function readRedewiedergabe(limitDocs = Infinity): StwrSample[] | null {
  const dir = `${REDEWIEDERGABE_DIR}/xml`;
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().slice(0, limitDocs);
  return files.map((f) => parseStwrSample(f, readFileSync(`${dir}/${f}`, 'utf8')));
}
