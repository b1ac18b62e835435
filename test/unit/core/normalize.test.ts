import { describe, it, expect } from '@jest/globals';
import { normalizeText, stripMarkup, tokenize } from '../../../src/nlp/normalize.js';

const words = (text: string) => stripMarkup(text).split(/\s+/).filter(Boolean);

describe('stripMarkup', () => {
  it('given a Slack user mention, it removes the mention and keeps the question', () => {
    expect(words('<@U123ABC> what is an ACV?')).toEqual(['what', 'is', 'an', 'ACV?']);
  });

  it('given Slack special mentions such as <!channel> and <!here>, it removes them', () => {
    expect(words('<!channel> <!here|here> listing question')).toEqual(['listing', 'question']);
  });

  it('given a Slack channel link, it removes it', () => {
    expect(words('asked in <#C024BE7LR|general> about pubs')).toEqual(['asked', 'in', 'about', 'pubs']);
  });

  it('given a Slack link with a label, it keeps the label and drops the address', () => {
    const out = stripMarkup('see <http://x.example/page|the council guidance> first');
    expect(words(out)).toEqual(['see', 'the', 'council', 'guidance', 'first']);
    expect(out).not.toContain('http');
  });

  it('given Discord user, nickname and role mentions, it removes them', () => {
    expect(words('<@123456789012> <@!123456789012> <@&987654321> hello')).toEqual(['hello']);
  });

  it('given @everyone, @here or @channel, it removes them', () => {
    expect(words('@everyone @here @channel moratorium')).toEqual(['moratorium']);
  });

  it('given bare URLs, it removes them', () => {
    const out = stripMarkup('read https://www.gov.uk/guidance?a=1 and www.example.org/page now');
    expect(words(out)).toEqual(['read', 'and', 'now']);
  });

  it('given plain text, it leaves the words alone', () => {
    expect(words('how long does a listing last')).toEqual(['how', 'long', 'does', 'a', 'listing', 'last']);
  });
});

describe('normalizeText', () => {
  it('given mixed case, it lower-cases everything', () => {
    expect(normalizeText('How Long Does An ACV LAST')).toBe('how long does an acv last');
  });

  it('given punctuation, it replaces it with single spaces and trims', () => {
    expect(normalizeText('  what?!  is... an "ACV",  (really)?  ')).toBe('what is an acv really');
  });

  it('given markup, it strips it before normalising', () => {
    expect(normalizeText('<@U1> What is the <http://a.example|Right to Bid>?')).toBe('what is the right to bid');
  });

  it('given curly apostrophes, it treats them as straight ones', () => {
    expect(normalizeText('what\u2019s the council\u2019s view')).toBe(normalizeText("what's the council's view"));
  });

  it('given "n\'t" contractions, it spells out "not"', () => {
    expect(normalizeText("we don't know")).toBe('we do not know');
    expect(normalizeText("it isn't listed")).toBe('it is not listed');
    expect(normalizeText("they haven't replied")).toBe('they have not replied');
  });

  it('given "can\'t", it reads as "can not", leaving no half-word behind', () => {
    expect(normalizeText("we can't find the list")).toMatch(/^we (can not|cannot) find the list$/);
  });

  it('given "won\'t", it reads as "will not", leaving no half-word behind', () => {
    expect(normalizeText("the council won't list our pub")).toBe('the council will not list our pub');
  });

  it('given "cant" and "wont" typed without the apostrophe, it reads them as "can not" and "will not"', () => {
    expect(normalizeText('what services cant we challenge')).toBe('what services can not we challenge');
    expect(normalizeText('the owner wont sell')).toBe('the owner will not sell');
  });

  it('given "\'s", "\'re" and "\'ve" endings, it drops them', () => {
    expect(normalizeText("what's the pub's status, we're sure we've asked")).toBe('what the pub status we sure we asked');
  });

  it('given hyphenated words, it keeps inner hyphens but not stray ones', () => {
    expect(normalizeText('a right-to-bid - query -')).toBe('a right-to-bid query');
  });

  it('given a pound sign, it keeps it with the amount', () => {
    expect(normalizeText('a £5000 grant')).toBe('a £5000 grant');
  });
});

describe('tokenize', () => {
  it('given a sentence, it returns lower-case words without punctuation', () => {
    expect(tokenize('What is an ACV?')).toEqual(['what', 'is', 'an', 'acv']);
  });

  it('given number words, it turns them into digits', () => {
    expect(tokenize('six weeks or six months')).toEqual(['6', 'weeks', 'or', '6', 'months']);
    expect(tokenize('five years')).toEqual(['5', 'years']);
  });

  it('given "twenty one" written as two words or hyphenated, it reads 21', () => {
    expect(tokenize('twenty one members')).toEqual(['21', 'members']);
    expect(tokenize('twenty-one members')).toEqual(['21', 'members']);
  });

  it('given a hyphenated phrase, it splits it into words', () => {
    expect(tokenize('right-to-bid')).toEqual(['right', 'to', 'bid']);
  });

  it('given US spellings, it returns the UK spelling', () => {
    expect(tokenize('neighborhood center')).toEqual(['neighbourhood', 'centre']);
  });

  it('given only markup, it returns no tokens', () => {
    expect(tokenize('<@U1> <!channel> https://example.org')).toEqual([]);
  });

  it('given letters with accents, it reads them as the plain letters, not cut off ("café" is "cafe", not "caf")', () => {
    expect(tokenize('our community café in Ynys Môn')).toEqual(['our', 'community', 'cafe', 'in', 'ynys', 'mon']);
  });

  it('given a transfer "for £1" or "for one pound", it reads the nominal sum, and leaves larger sums and pence as amounts', () => {
    expect(normalizeText('hand it to us for £1.')).toBe('hand it to us for nominal sum');
    expect(normalizeText('a lease at one pound a year')).toBe('a lease at nominal sum a year');
    expect(normalizeText('we raised £10 and £1.50 and £1,000')).toBe('we raised £10 and £1 50 and £1000');
  });
});
