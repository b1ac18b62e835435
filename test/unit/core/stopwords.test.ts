import { describe, it, expect } from '@jest/globals';
import { REFERRING_WORDS, STOPWORDS } from '../../../src/nlp/stopwords.js';

describe('STOPWORDS', () => {
  it('given digits, it keeps them as content (six weeks vs six months matters)', () => {
    for (const digit of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) expect(STOPWORDS.has(digit)).toBe(false);
  });

  it('given "before", "after", "under" and "over", it keeps them as content', () => {
    for (const w of ['before', 'after', 'under', 'over']) expect(STOPWORDS.has(w)).toBe(false);
  });

  it('given "own" ("I own a pub that has just been listed"), it keeps it: an owner asks from the other side', () => {
    expect(STOPWORDS.has('own')).toBe(false);
  });

  it('given common English function words, it drops them', () => {
    for (const w of ['the', 'a', 'an', 'is', 'what', 'how', 'of', 'to']) expect(STOPWORDS.has(w)).toBe(true);
  });

  it('given chat filler such as "please", "hi" and "wat", it drops them', () => {
    for (const w of ['please', 'hi', 'thanks', 'wat', 'whats', 'pls']) expect(STOPWORDS.has(w)).toBe(true);
  });

  it('given a trailing "tho" or "innit" ("who can nominate tho"), it drops them: they had counted as rare words the knowledge never uses', () => {
    for (const w of ['tho', 'though', 'innit']) expect(STOPWORDS.has(w)).toBe(true);
  });

  it('given the calendar a story is told by ("since easter", "last autumn", "in March"), it drops it as context, so "easter" is never corrected to "easier"', () => {
    for (const w of ['easter', 'christmas', 'autumn', 'march', 'saturday']) expect(STOPWORDS.has(w)).toBe(true);
  });

  it('given "or whatever it is called" and "nr Malton", it drops the filler', () => {
    for (const w of ['whatever', 'nr']) expect(STOPWORDS.has(w)).toBe(true);
  });

  it('given "wise" as in "cil wise any benefit?" (regarding the levy), it drops it: it had counted as a rare word the knowledge never uses', () => {
    expect(STOPWORDS.has('wise')).toBe(true);
  });

  it('given topic words, it keeps them', () => {
    for (const w of ['pub', 'listing', 'moratorium', 'long', 'last', 'nominate', 'council']) expect(STOPWORDS.has(w)).toBe(false);
  });

  it('given words that point back at the previous answer, it lists them as referring words', () => {
    for (const w of ['that', 'it', 'this', 'they']) expect(REFERRING_WORDS.has(w)).toBe(true);
    expect(REFERRING_WORDS.has('pub')).toBe(false);
  });
});
