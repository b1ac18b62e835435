import { describe, it, expect } from '@jest/globals';
import { tokenize } from '../../../src/nlp/normalize.js';
import { applySynonyms, buildSynonymTable } from '../../../src/nlp/synonyms.js';

// "right" comes before "community right to bid" on purpose: the longer variant must still win.
const table = buildSynonymTable({
  right: ['rite'],
  'asset of community value': ['acv', 'acvs', 'a c v'],
  'community right to bid': ['right to bid', 'rtb'],
  'expression of interest': ['eoi'],
});
const rewrite = (text: string) => applySynonyms(tokenize(text), table).join(' ');

describe('synonym rewriting', () => {
  it('given an abbreviation, it rewrites it to the phrase the knowledge uses', () => {
    expect(rewrite('what is an acv')).toBe('what is an asset of community value');
    expect(rewrite('send an eoi')).toBe('send an expression of interest');
  });

  it('given a multi-word variant, it rewrites the whole variant', () => {
    expect(rewrite('is it an a c v')).toBe('is it an asset of community value');
  });

  it('given overlapping variants, it uses the longest one that matches ("right to bid" before "right")', () => {
    expect(rewrite('the right to bid')).toBe('the community right to bid');
  });

  it('given a variant whose replacement contains another variant, it does not rewrite the replacement again', () => {
    // "rite" -> "right"; the new "right to bid" is not then expanded a second time.
    expect(rewrite('the rite to bid')).toBe('the right to bid');
  });

  it('given the canonical phrase itself, it leaves it as it is, not duplicated', () => {
    expect(rewrite('the community right to bid')).toBe('the community right to bid');
    expect(rewrite('an asset of community value')).toBe('an asset of community value');
  });

  it('given words with no synonym, it returns them unchanged and in order', () => {
    expect(rewrite('how long does a listing last')).toBe('how long does a listing last');
  });

  it('given a variant only as part of a longer word, it does not rewrite it', () => {
    expect(rewrite('acvx rites')).toBe('acvx rites');
  });
});
