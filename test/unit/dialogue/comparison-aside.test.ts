// A follow-up that closes by comparing with another scheme is read without the comparison, when
// the compared words name a subject; otherwise it is read as typed.
import { describe, expect, it } from '@jest/globals';
import { withoutClosingComparison } from '../../../src/dialogue/comparison-aside.js';

const OPENERS = ['like with', 'as with', 'like for'];
const namesScheme = (words: string) => /\bacvs?\b|right to bid|neighbourhood plan/i.test(words);
const read = (text: string) => withoutClosingComparison(text, OPENERS, namesScheme);

describe('a closing comparison with another scheme', () => {
  it('given "do they need a local connection like with ACVs?", it is read as "do they need a local connection?"', () => {
    expect(read('do they need a local connection like with ACVs?')).toBe('do they need a local connection?');
  });

  it('given the comparison after a comma and naming the scheme in several words, it is dropped just the same', () => {
    expect(read('is there a time limit, as with the old right to bid')).toBe('is there a time limit');
  });

  it('given compared words that name no scheme ("like for buyers"), the question is read as typed', () => {
    expect(read('does it show up anywhere else, like for buyers')).toBe('does it show up anywhere else, like for buyers');
  });

  it('given a comparison that is the whole question ("like with acvs?"), it is read as typed', () => {
    expect(read('like with acvs?')).toBe('like with acvs?');
  });

  it('given a comparison in the middle, followed by more of the question, it is read as typed', () => {
    expect(read('like with acvs do we need 21 members for this too and who checks them all')).toBe('like with acvs do we need 21 members for this too and who checks them all');
  });
});
