// Names of pubs, places and people ("the Red Lion in Bishops Castle") are words the knowledge has
// never seen, but they are not words against a match: every measure of likeness scores a question
// that names its pub as the same question without the name. How much of the question was names is
// measured on its own, and the fit weighs that: a question that is mostly names is mostly unknown.
import { describe, expect, it } from '@jest/globals';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { extractFeatures, FEATURES } from '../../../src/nlp/features.js';
import { stem } from '../../../src/nlp/natural.js';
import { buildSearchIndex } from '../../../src/nlp/search-index.js';
import { KNOWLEDGE_DIR } from '../../integration/core/support/shipped-advisor.js';

const { kb } = loadKnowledge(KNOWLEDGE_DIR);
const index = buildSearchIndex(kb!);
const UNKNOWN = FEATURES.indexOf('unknownShare');

function unknownShares(question: string): Map<string, number> {
  return new Map(extractFeatures(index, analyze(question, index.lexicon), false).map((c) => [c.ie.entry.id, c.x[UNKNOWN]]));
}

describe('names in a question', () => {
  it('given a pub and a town named inside the sentence, the words the knowledge lacks weigh as if they were not there', () => {
    const named = unknownShares('the owners of the Quorlish in Wottonbury want to sell, how long do we have to bid?');
    const plain = unknownShares('the owners want to sell, how long do we have to bid?');
    expect(named.size).toBeGreaterThan(0);
    for (const [id, share] of plain) expect({ id, share: named.get(id) }).toEqual({ id, share });
  });

  it('given sums and a year the knowledge never uses ("raised 180k of the 350k", "since 2009"), they weigh as if they were not there', () => {
    const told = unknownShares('the pause ends next week and we raised 180k of the 350k since 2009, does the owner have to wait for us?');
    const plain = unknownShares('the pause ends next week and we raised, does the owner have to wait for us?');
    expect(told.size).toBeGreaterThan(0);
    for (const [id, share] of plain) expect({ id, share: told.get(id) }).toEqual({ id, share });
  });

  it('given an English county typed in lower case ("is it suffolk county council?"), it weighs as if it were not there, as the same county with a capital does', () => {
    const typed = unknownShares('is it suffolk county council?');
    const capital = unknownShares('is it Suffolk County Council?');
    expect(typed.size).toBeGreaterThan(0);
    for (const [id, share] of capital) expect({ id, share: typed.get(id) }).toEqual({ id, share });
  });

  it('given a number the knowledge uses ("21 members"), it still counts as a word of the question', () => {
    expect(index.idf.has('21')).toBe(true);
    const features = (question: string) => extractFeatures(index, analyze(question, index.lexicon), false).find((c) => c.ie.entry.id === 'acv-unincorporated-group-21-members')?.x;
    const counted = features('do we need 21 members to nominate');
    expect(counted).toBeDefined();
    expect(counted).not.toEqual(features('do we need members to nominate'));
  });

  it('given a pub named with a word the knowledge knows only from answer text ("the Crown"), the name weighs as if it were not there', () => {
    // "crown" appears in an answer's text but in no title, keyword or example, so nothing matches on it.
    expect(index.idf.has('crown')).toBe(false);
    expect(index.knownStems.has('crown')).toBe(true);
    const named = unknownShares('the owners of the Crown want to sell, how long do we have to bid?');
    const plain = unknownShares('the owners want to sell, how long do we have to bid?');
    for (const [id, share] of plain) expect({ id, share: named.get(id) }).toEqual({ id, share });
  });

  it('given a name that is a word learned from questions to decline ("Tesco"), it still counts against the match', () => {
    expect(index.declineWords.has('tesco')).toBe(true);
    const named = analyze('the owners want to sell to Tesco, how long do we have to bid?', index.lexicon);
    const features = extractFeatures(index, named, false);
    expect(features[0].x[FEATURES.indexOf('declineWords')]).toBeGreaterThan(0);
  });

  it('given the same words in lower case, they still count as words the knowledge lacks', () => {
    const lower = unknownShares('the owners of the quorlish in wottonbury want to sell, how long do we have to bid?');
    const plain = unknownShares('the owners want to sell, how long do we have to bid?');
    const id = [...plain.keys()][0];
    expect(lower.get(id)!).toBeGreaterThan(plain.get(id)!);
  });

  it('given a question that is half names ("the Berlin Wall"), the share of it that was names is measured, so what is left ("year", "fall") is not read as a whole question', () => {
    const NAMES = FEATURES.indexOf('nameShare');
    const shares = (q: string) => new Set(extractFeatures(index, analyze(q, index.lexicon), false).map((c) => c.x[NAMES]));
    expect([...shares('what year did the Berlin Wall fall?')]).toEqual([0.5]);
    expect([...shares('what year did the sale fall through?')]).toEqual([0]);
    // The fitted confidence counts names against the answer.
    expect(index.weights.calibration.w[index.weights.calibration.inputs.indexOf('top.nameShare')]).toBeLessThan(0);
  });
});


describe('places typed in lower case where a group tells its situation', () => {
  it('given "our village shop in east hendred", the place is a name the matcher sets aside, and "hendred" is not corrected to "hundred"', () => {
    const a = analyze('our village shop in east hendred got listed in 2021, has it run out?', index.lexicon);
    expect(a.names?.has('hendr')).toBe(true);
    expect(a.corrections.map((c) => c.from)).not.toContain('hendred');
  });
  it('given a place whose name begins with a small word ("our pub in much wenlock"), the word after it is the name the matcher sets aside', () => {
    const a = analyze('the red lion in much wenlock is up for sale, can we get it listed? theres a few of us regulars', index.lexicon);
    expect(a.names?.has(stem('wenlock'))).toBe(true);
  });
  it('given a bare question with a subject after "in" ("CIC in medicine means what"), the word is not taken as a place', () => {
    expect(analyze('CIC in medicine means what', index.lexicon).names?.has('medicin') ?? false).toBe(false);
  });
});
