import { describe, expect, it } from 'vitest';
import { boundSentence, MAX_SENTENCE_WORDS } from '../extractors/actions/bound-sentences.ts';
import { buildDoc, extractor } from './actions-fixture.ts';

// Issue 18: one sentence without punctuation made the clause analysis quadratic. Long runs are read in
// pieces; these tests check the pieces and the answers on generated input, not the time (that is the bench's).
describe('actions on hostile input', () => {
  it('cuts a sentence longer than the bound into slice-exact pieces that cover every word, preferring a comma', () => {
    const words = Array.from({ length: 300 }, (_, i) => (i % 50 === 49 ? `w${i},` : `w${i}`));
    const text = words.join(' ');
    const pieces = boundSentence(text, { start: 0, end: text.length, text });
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      expect(piece.text).toBe(text.slice(piece.start, piece.end));
      expect(piece.text.split(/\s+/u).length).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    }
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
    expect(pieces[0]?.text.endsWith(',')).toBe(true);
  });

  it('keeps a sentence within the bound whole', () => {
    const text = 'Cloudflare sperrt 8chan.';
    expect(boundSentence(text, { start: 0, end: text.length, text })).toEqual([{ start: 0, end: text.length, text }]);
  });

  it('still reads the actions of a long run without punctuation (a cut inside a clause may add a wrong one)', () => {
    const text = 'Cloudflare sperrt den Account von 8chan und Twitter hat Parler gesperrt und '.repeat(400);
    const doc = buildDoc(text, 'de', { entities: ['Cloudflare:organization', '8chan:site', 'Twitter:site', 'Parler:site'] });
    const facts = extractor.extract(doc);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.evidence.text).toBe(text.slice(fact.evidence.start, fact.evidence.end));
    const distinct = new Set(facts.map((f) => `${f.provider.name}>${f.action}>${f.target.name}`));
    expect(distinct).toContain('Cloudflare>suspend_account>8chan');
    expect(distinct).toContain('Twitter>block_access>Parler');
    expect(distinct.size).toBeLessThanOrEqual(4);
  });
});
