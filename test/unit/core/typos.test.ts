import { describe, it, expect } from '@jest/globals';
import { TypoCorrector, plainForm } from '../../../src/nlp/typos.js';
import { loadCleanFixture } from './support/fixture-kb.js';

// Knowledge words, including some that look a little like "passport" and "lasagne": a correctly
// spelt word must not be bent into one of them.
const VOCABULARY = new Set([
  'moratorium', 'nomination', 'nominate', 'listing', 'asset', 'community', 'value', 'council', 'parish', 'support',
  'passed', 'passage', 'purport', 'language', 'lasting', 'lasted', 'lasts', 'pub', 'bid', 'assets', 'committee',
  'shop', 'staff', 'bill',
]);

describe('TypoCorrector', () => {
  const typos = new TypoCorrector(VOCABULARY);

  it('given "moratorum", it corrects it to "moratorium"', () => {
    expect(typos.correct('moratorum')).toBe('moratorium');
  });

  it('given "nominaton", it corrects it to "nomination"', () => {
    expect(typos.correct('nominaton')).toBe('nomination');
  });

  it('given "comunity", it corrects it to "community"', () => {
    expect(typos.correct('comunity')).toBe('community');
  });

  it('given a correctly spelt off-topic word such as "passport", it leaves it alone (not "passed", "passage" or "purport")', () => {
    expect(typos.correct('passport')).toBeNull();
  });

  it('given "lasagne", it leaves it alone (not "language", "lasting" or "lasted")', () => {
    expect(typos.correct('lasagne')).toBeNull();
  });

  it('given a letter left out near the start of a word ("asets", "comittee"), it still corrects it', () => {
    expect(typos.correct('asets')).toBe('assets');
    expect(typos.correct('comittee')).toBe('committee');
  });

  it('given a real word one vowel away from a knowledge word ("ship", "stuff", "bell"), it leaves it alone', () => {
    expect(typos.correct('ship')).toBeNull();
    expect(typos.correct('stuff')).toBeNull();
    expect(typos.correct('bell')).toBeNull();
  });

  it('given a word already in the vocabulary, it returns null (nothing to correct)', () => {
    expect(typos.correct('listing')).toBeNull();
  });

  it('given a very short word, it does not guess', () => {
    expect(typos.correct('pbu')).toBeNull();
  });

  it('given the same typo twice, it gives the same answer both times', () => {
    expect(typos.correct('moratorum')).toBe(typos.correct('moratorum'));
  });
});

describe('typo correction against a knowledge vocabulary', () => {
  const { index } = loadCleanFixture();
  const typos = index.lexicon.typos!;

  it('given misspellings of words the knowledge uses, it corrects them', () => {
    expect(typos.correct('moratorum')).toBe('moratorium');
    expect(typos.correct('nominaton')).toBe('nomination');
  });

  it('given words the knowledge never uses, it leaves them alone', () => {
    expect(typos.correct('passport')).toBeNull();
    expect(typos.correct('lasagne')).toBeNull();
  });
});

describe('plainForm (superlatives and -able words the stemmer leaves alone)', () => {
  const known = (words: string[]) => (w: string) => words.includes(w);

  it('given "fastest" and a knowledge that says "fast", it reads "fast"', () => {
    expect(plainForm('fastest', known(['fast']))).toBe('fast');
  });

  it('given "easiest" and "latest", it finds "easy" and "late"; given "biggest", "big" is too short to trust', () => {
    expect(plainForm('easiest', known(['easy']))).toBe('easy');
    expect(plainForm('latest', known(['late']))).toBe('late');
    // "big" is under four letters: too short to trust as the plain form.
    expect(plainForm('biggest', known(['big']))).toBeNull();
  });

  it('given "forest", it never shortens it to the short word "for"', () => {
    expect(plainForm('forest', known(['for']))).toBeNull();
  });

  it('given a word that is not a superlative, it has no plain form', () => {
    expect(plainForm('fast', known(['fa', 'fast']))).toBeNull();
  });

  it('given "listable" and "saleable", it reads the word they are made from, never a look-alike ("liable")', () => {
    expect(plainForm('listable', known(['list', 'liable']))).toBe('list');
    expect(plainForm('saleable', known(['sale']))).toBe('sale');
    expect(new TypoCorrector(new Set(['list', 'liable'])).correct('listable')).toBe('list');
  });

  it('given "capable", it never shortens it to the three-letter "cap"', () => {
    expect(plainForm('capable', known(['cap']))).toBeNull();
  });

  it('given a corrector whose vocabulary has "fast", it corrects "fastest" to "fast"', () => {
    expect(new TypoCorrector(new Set(['fast', 'pub'])).correct('fastest')).toBe('fast');
  });
});
