import { z } from 'zod';
import { loadData, zLexiconRow } from '../../extractors/text/load-data.ts';
import { zRegionKind, type Region } from '../../schemas/region.ts';

const zRule = zLexiconRow.extend({
  kind: zRegionKind,
  scope: z.enum(['line', 'match', 'questions', 'links']),
  maxLine: z.number().int().positive().optional(),
  pattern: z.string(),
});
const zRules = z.object({ description: z.string(), rows: z.array(zRule) });
type Rule = z.infer<typeof zRule> & { regex: RegExp };

let compiled: Rule[] | undefined;

export function loadBoilerplateRules(): Rule[] {
  compiled ??= loadData('boilerplate/rules.json', zRules).rows.map((row) => ({
    ...row,
    regex: new RegExp(row.pattern, row.scope === 'match' ? 'gu' : 'u'),
  }));
  return compiled;
}

type Line = { start: number; end: number; text: string };

/** Lines of `text`, also cut at `cuts` (where a repeated copy starts mid-line). */
function splitLines(text: string, cuts: readonly number[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    let from = start;
    for (const cut of cuts) {
      if (cut > from && cut < end) {
        lines.push({ start: from, end: cut, text: text.slice(from, cut) });
        from = cut;
      }
    }
    lines.push({ start: from, end, text: text.slice(from, end) });
    start = end + 1;
  }
  return lines;
}

// After a links heading, links are short headline lines with no full stop.
const LINK_LINE_MAX = 250;

/** The heading line plus following lines while `keep` holds (blank lines pass). */
function markBlock(lines: Line[], from: number, keep: (line: Line) => boolean): { start: number; end: number } {
  let last = from;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') continue;
    if (!keep(line)) break;
    last = i;
  }
  return { start: lines[from]!.start, end: lines[last]!.end };
}

/**
 * Marks captions, credits, share counters, reader prompts, link lists and site
 * tags. `cuts` are offsets where lines are split as if broken there.
 */
export function markBoilerplate(text: string, cuts: readonly number[] = []): Region[] {
  const regions: Region[] = [];
  const lines = splitLines(text, [...cuts].sort((a, b) => a - b));
  for (const rule of loadBoilerplateRules()) {
    const ruleId = `clean/${rule.id}`;
    if (rule.scope === 'match') {
      for (const match of text.matchAll(rule.regex)) {
        regions.push({ start: match.index, end: match.index + match[0].length, kind: rule.kind, rule: ruleId });
      }
      continue;
    }
    lines.forEach((line, index) => {
      if (!rule.regex.test(line.text)) return;
      if (rule.maxLine !== undefined && line.text.length > rule.maxLine) return;
      let span = { start: line.start, end: line.end };
      if (rule.scope === 'questions') span = markBlock(lines, index, (l) => /\?\s*$/u.test(l.text));
      if (rule.scope === 'links') span = markBlock(lines, index, (l) => l.text.length <= LINK_LINE_MAX && !/[.!]\s*$/u.test(l.text));
      regions.push({ ...span, kind: rule.kind, rule: ruleId });
    });
  }
  return regions;
}
