import { describe, expect, it } from '@jest/globals';
import { buildPhraseTable, findSpans, spansWithin } from '../../../src/dialogue/phrase-spans.js';

const table = buildPhraseTable([
  { tokens: ['who', 'can'], tag: 'who' },
  { tokens: ['who', 'can', 'help'], tag: 'help' },
  { tokens: ['help'], tag: 'help' },
  { tokens: ['how', 'long'], tag: 'time' },
]);

describe('finding phrases in a question', () => {
  it('given overlapping phrases, it takes the longest at each point and never overlaps', () => {
    expect(findSpans(['who', 'can', 'help', 'us'], table)).toEqual([{ start: 0, end: 3, tag: 'help' }]);
  });

  it('given several phrases apart, it finds each in order', () => {
    expect(findSpans(['how', 'long', 'and', 'who', 'can', 'do', 'it'], table).map((s) => s.tag)).toEqual(['time', 'who']);
  });

  it('given no known phrase, it finds nothing', () => {
    expect(findSpans(['what', 'about', 'wales'], table)).toEqual([]);
  });

  it('given a phrase of another kind that starts inside a match and runs past it, it reads that one too when allowed, and what follows it is not read again', () => {
    const signals = buildPhraseTable([
      { tokens: ['can', 'not', 'raise'], tag: 'outcome' },
      { tokens: ['raise', 'the', 'money'], tag: 'stage' },
      { tokens: ['money'], tag: 'aspect' },
    ]);
    const words = ['if', 'we', 'can', 'not', 'raise', 'the', 'money'];
    expect(findSpans(words, signals).map((s) => s.tag)).toEqual(['outcome', 'aspect']);
    expect(findSpans(words, signals, (a, b) => a !== b).map((s) => s.tag)).toEqual(['outcome', 'stage']);
    expect(findSpans(words, signals, () => false).map((s) => s.tag)).toEqual(['outcome', 'aspect']);
  });
});

describe('finding phrases inside another phrase', () => {
  const tagged = buildPhraseTable([
    { tokens: ['have', 'to', 'vote', 'yes'], tag: 'plain-outcome' },
    { tokens: ['vote'], tag: 'stage' },
    { tokens: ['vote', 'yes', 'now'], tag: 'too-long' },
  ]);
  const words = ['how', 'many', 'have', 'to', 'vote', 'yes'];

  it('given a look-alike phrase with another facet\'s word inside it, it finds that word and nothing that runs past the outer phrase', () => {
    const [outer] = findSpans(words, tagged);
    expect(outer.tag).toBe('plain-outcome');
    expect(spansWithin(words, tagged, outer, (tag) => tag !== 'plain-outcome')).toEqual([{ start: 4, end: 5, tag: 'stage' }]);
  });

  it('given nothing accepted inside, it finds nothing', () => {
    const [outer] = findSpans(words, tagged);
    expect(spansWithin(words, tagged, outer, () => false)).toEqual([]);
  });
});
