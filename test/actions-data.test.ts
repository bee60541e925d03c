import { describe, expect, it } from 'vitest';
import { getActionLexicon, isClass } from '../extractors/actions/load-action-data.ts';
import { splitWords, type Word } from '../extractors/actions/split-words.ts';
import { matchCues, matchModality } from '../extractors/actions/match-cues.ts';

function wordsOf(lang: string, text: string): { words: Word[]; clauses: ReturnType<typeof splitWords>['clauses'] } {
  return splitWords(lang, text, { start: 0, end: text.length, text });
}

describe.each(['de', 'fr'])('action data (%s)', (lang) => {
  const lexicon = getActionLexicon(lang);

  it('has unique ids in each list', () => {
    for (const ids of [lexicon.cues.map((c) => c.id), lexicon.modality.map((m) => m.id), [...lexicon.classes.keys()]]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it.each(lexicon.cues.map((cue) => [cue.id, cue.example] as const))('cue %s fires on its example', (id, example) => {
    const { words, clauses } = wordsOf(lang, example);
    const fired = clauses.flatMap((clause, i) => matchCues(lexicon, words, clause, i, new Set()).map((hit) => hit.cue.id));
    expect(fired).toContain(id);
  });

  it.each(lexicon.modality.map((row) => [row.id, row.example] as const))('modality %s fires on its example', (id, example) => {
    const { words } = wordsOf(lang, example);
    expect(matchModality(lexicon.modality, words, 0, words.length - 1).map((row) => row.id)).toContain(id);
  });

  it.each([...lexicon.classExamples])('word class %s has a word in its example', (id, example) => {
    const { words } = wordsOf(lang, example);
    expect(words.some((word) => isClass(lexicon, id, word.lower))).toBe(true);
  });
});
