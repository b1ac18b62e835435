import { describe, it, expect } from '@jest/globals';
import { analyze, toTerms } from '../../../src/nlp/analyze.js';
import { stem } from '../../../src/nlp/natural.js';
import { loadCleanFixture } from './support/fixture-kb.js';

const { index } = loadCleanFixture();
const run = (text: string) => analyze(text, index.lexicon);

describe('analyze', () => {
  it('given a chat message with a mention, it keeps the lower-case text without markup for patterns', () => {
    expect(run('<@U1> How long does an ACV listing last?').normalised).toBe('how long does an acv listing last');
  });

  it('given an abbreviation, it rewrites it through the synonyms into the words', () => {
    expect(run('what is an ACV').words).toEqual(['what', 'is', 'an', 'asset', 'of', 'community', 'value']);
  });

  it('given a question, its terms are stemmed content words without stop words', () => {
    const a = run('what is an asset of community value?');
    expect(a.terms).toEqual(['asset', 'community', 'value'].map(stem));
    for (const stop of ['what', 'is', 'an', 'of']) expect(a.terms).not.toContain(stop);
  });

  it('given a misspelling of a knowledge word, it corrects it and reports the correction', () => {
    const a = run('how long is the moratorum');
    expect(a.corrections).toEqual([{ from: 'moratorum', to: 'moratorium' }]);
    expect(a.terms).toContain(stem('moratorium'));
  });

  it('given a place in Wales, it records the nation and matches on "wales" instead of the place name', () => {
    const a = run('can we list a pub in Cardiff');
    expect(a.nations).toEqual(['wales']);
    expect(a.words).toContain('wales');
    expect(a.words).not.toContain('cardiff');
  });

  it('given number words, its terms keep the digits', () => {
    expect(run('is it six weeks or six months').terms).toEqual(expect.arrayContaining(['6', stem('weeks'), stem('months')]));
  });

  it('given only stop words, it has no terms', () => {
    expect(run('what is it then').terms).toEqual([]);
  });

  it('given words, toTerms drops stop words and single letters but keeps single digits', () => {
    expect(toTerms(['the', 'x', '5', 'years'])).toEqual(['5', stem('years')]);
  });
});
