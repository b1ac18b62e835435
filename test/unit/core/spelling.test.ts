import { describe, it, expect } from '@jest/globals';
import { toUkSpelling } from '../../../src/nlp/spelling.js';

describe('toUkSpelling', () => {
  it.each([
    ['neighborhood', 'neighbourhood'],
    ['neighbor', 'neighbour'],
    ['center', 'centre'],
    ['program', 'programme'],
    ['license', 'licence'],
    ['labor', 'labour'],
  ])('given the US spelling "%s", it returns "%s"', (us, uk) => {
    expect(toUkSpelling(us)).toBe(uk);
  });

  it.each([
    ['organization', 'organisation'],
    ['organizations', 'organisations'],
    ['organize', 'organise'],
    ['organized', 'organised'],
    ['recognizing', 'recognising'],
  ])('given the -ize form "%s", it returns the -ise form "%s"', (us, uk) => {
    expect(toUkSpelling(us)).toBe(uk);
  });

  it.each(['size', 'prize', 'seize', 'neighbourhood', 'centre', 'organisation', 'moratorium'])(
    'given "%s" (short, or already UK), it leaves it unchanged',
    (word) => {
      expect(toUkSpelling(word)).toBe(word);
    },
  );
});
