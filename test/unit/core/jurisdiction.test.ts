import { describe, it, expect } from '@jest/globals';
import { detectJurisdictions } from '../../../src/nlp/jurisdiction.js';
import { normalizeText } from '../../../src/nlp/normalize.js';

const nations = (text: string) => detectJurisdictions(normalizeText(text)).nations;

describe('detectJurisdictions', () => {
  it.each([
    ['can we list a pub in Wales?', 'wales'],
    ['our pub is in Cardiff', 'wales'],
    ['Gwynedd Council wants to sell the hall', 'wales'],
    ['right to bid in Scotland', 'scotland'],
    ['a community hall in Glasgow', 'scotland'],
    ['the Highland Council is selling land', 'scotland'],
    ['community rights in Northern Ireland', 'northern-ireland'],
    ['a pub in Belfast', 'northern-ireland'],
    ['we are in Derry', 'northern-ireland'],
    ['who helps groups in ni', 'northern-ireland'],
    ['is there a right to bid in NI?', 'northern-ireland'],
  ])('given "%s", it detects %s', (text, nation) => {
    expect(nations(text)).toEqual([nation]);
  });

  it('given a place in England such as Leeds or Shropshire, it detects England and no devolved nation', () => {
    expect(nations('our pub in Leeds is for sale')).toEqual(['england']);
    expect(nations('and if it was over the border in Shropshire?')).toEqual(['england']);
  });

  it('given a town whose name is also an everyday word (Reading, Bath), it detects nothing from it', () => {
    expect(nations('reading the notice about the bath house')).toEqual([]);
  });

  it('given a question with no place at all, it detects nothing', () => {
    expect(nations('how long does a listing last')).toEqual([]);
  });

  it('given "England", it detects england', () => {
    expect(nations('does this apply in England')).toEqual(['england']);
  });

  it('given two nations, it detects both', () => {
    expect(nations('does it work in Wales and Scotland')).toEqual(expect.arrayContaining(['wales', 'scotland']));
  });

  it('given a place name, it reports the words so they can be set aside before matching', () => {
    expect([...detectJurisdictions(normalizeText('a pub in Cardiff')).placeTokens]).toEqual(['cardiff']);
    expect([...detectJurisdictions(normalizeText('the Highland Council')).placeTokens].sort()).toEqual(['council', 'highland']);
  });

  it('given a place name inside a longer word, it does not match it', () => {
    expect(nations('the fifer played at the pub')).toEqual([]);
  });
});

describe('market towns of the devolved nations', () => {
  it.each([
    ["i'm in machynlleth and the last pub in the village is up for sale", 'wales'],
    ['our hall in betws-y-coed', 'wales'],
    ['a community group in st andrews', 'scotland'],
    ['the old pier at portree', 'scotland'],
    ['our village near larne', 'northern-ireland'],
    ["I'm in Perthshire. whats our equivalent of the english right to bid", 'scotland'],
    ['on the community council in Ballater, what rights have we got up here?', 'scotland'],
    ['a chapel in snowdonia that the village wants', 'wales'],
    ['the old mill outside portadown', 'northern-ireland'],
  ])('given "%s", it reads %s (an England-only right must not be quoted there)', (text, nation) => {
    expect(nations(text)).toContain(nation);
  });
});

describe('English towns near the borders', () => {
  it.each(['and if it was in oswestry instead?', 'a pub outside hexham', 'our hall in ludlow'])('given "%s", it reads England', (text) => {
    expect(nations(text)).toEqual(['england']);
  });
});
