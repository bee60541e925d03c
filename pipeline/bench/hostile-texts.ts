import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One text of the hostile-input benchmark: what it is, and the text. */
export interface HostileText {
  name: string;
  text: string;
}

const fill = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/**
 * The hostile texts of issue 18, each `chars` long: runs of quotation marks and
 * full stops, nested quotations, dates without a sentence end, initials, and
 * one sentence without punctuation; first, real articles (the seeds, joined and
 * repeated) of the same size to compare with.
 */
export function makeHostileTexts(chars: number, seedsDir: string): HostileText[] {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8').replace(/^\s*date\s+\S+\s*/u, ''));
  const half = Math.floor(chars / 2);
  return [
    { name: 'real articles (seeds)', text: fill(`${seeds.join('\n\n')}\n\n`, chars) },
    { name: '„ repeated', text: fill('„', chars) },
    { name: '. repeated', text: fill('.', chars) },
    { name: 'nested „»‚ … ‘«“', text: fill('„»‚', half) + fill('‘«“', chars - half) },
    { name: '« « « ', text: fill('« ', chars) },
    { name: '12.12.2021 repeated', text: fill('12.12.2021 ', chars) },
    { name: 'a. repeated', text: fill('a.', chars) },
    { name: 'one sentence, no punctuation', text: fill('der Hoster Cloudflare hat den Dienst für 8chan beendet und ', chars) },
  ];
}
