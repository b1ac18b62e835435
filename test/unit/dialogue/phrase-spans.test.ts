import { describe, expect, it } from '@jest/globals';
import { buildPhraseTable, findSpans } from '../../../src/dialogue/phrase-spans.js';

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
});
