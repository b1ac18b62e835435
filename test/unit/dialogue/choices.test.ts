import { describe, expect, it } from '@jest/globals';
import { asksForMore, pickChoice } from '../../../src/dialogue/choices.js';

const offered = [
  { label: 'How long does a listing last?', entryId: 'acv-listing-length' },
  { label: 'Who can nominate?', entryId: 'acv-who-can-nominate' },
  { label: 'Yes, we are a charity', option: 'charity' },
];

describe('typing a choice', () => {
  it.each(['2', ' 2 ', '#2', '2.', '2)', 'no. 2', 'number 2', 'option 2'])('given "%s", it picks the second choice', (text) => {
    expect(pickChoice(text, offered)).toBe(offered[1]);
  });

  it('given a choice\'s label, whatever its case and punctuation, it picks that choice', () => {
    expect(pickChoice('who can nominate', offered)).toBe(offered[1]);
    expect(pickChoice('YES, we are a charity!', offered)).toBe(offered[2]);
  });

  it('given a number past the end, a question, or no choices offered, it picks nothing', () => {
    expect(pickChoice('4', offered)).toBeUndefined();
    expect(pickChoice('0', offered)).toBeUndefined();
    expect(pickChoice('how long does a listing last for 2 pubs?', offered)).toBeUndefined();
    expect(pickChoice('1', undefined)).toBeUndefined();
  });

  it('given "more" or "tell me more", it asks for more; a question that starts with "more" does not', () => {
    const words = ['more', 'tell me more'];
    expect(asksForMore('More', words)).toBe(true);
    expect(asksForMore('tell me more!', words)).toBe(true);
    expect(asksForMore('more about community shares', words)).toBe(false);
  });
});
