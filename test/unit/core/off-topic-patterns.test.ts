// An off-topic signpost may name the shape of a request with patterns as well as phrases ("do you
// reckon they will refuse it?" asks for a forecast whoever "they" are). The patterns run in the
// same linear-time engine as entries' patterns, and one that could not run safely is refused with
// the item and field named.
import { describe, it, expect } from '@jest/globals';
import { readOffTopic } from '../../../src/kb/load-extras.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { matchOffTopic } from '../../../src/nlp/rank.js';
import { buildSearchIndex } from '../../../src/nlp/search-index.js';
import { loadCleanFixture } from './support/fixture-kb.js';

function read(items: unknown) {
  const problems: { field?: string; message: string }[] = [];
  const offTopic = readOffTopic(items, (field, message) => void problems.push({ field, message }));
  return { offTopic, problems };
}

const item = (patterns: unknown) => [{ id: 'forecasts', label: 'Forecasts', match: ['will we win'], patterns, reply: 'Nobody can know that.', sources: [] }];

describe('off-topic patterns', () => {
  it('given an item with patterns, it loads them as patterns that test a question', () => {
    const { offTopic, problems } = read(item(['\\b(do|d) (you|u) reckon\\b.*\\bwill\\b.*\\brefuse\\b']));
    expect(problems).toEqual([]);
    expect(offTopic[0].patterns?.map((p) => p.test('do you reckon the council will refuse it'))).toEqual([true]);
    expect(offTopic[0].patterns?.map((p) => p.test('can the council refuse it'))).toEqual([false]);
  });

  it('given an item without patterns, it loads it with none', () => {
    const { offTopic, problems } = read(item(undefined));
    expect(problems).toEqual([]);
    expect(offTopic[0].patterns).toBeUndefined();
  });

  it.each([
    ['a pattern that would backtrack without end', ['(\\w+ ?)+ reckon']],
    ['a pattern with a look-ahead', ['reckon(?= they)']],
    ['patterns that are not a list', 'reckon'],
  ])('given %s, it names the item and the field "patterns"', (_what, patterns) => {
    const { problems } = read(item(patterns));
    expect(problems.map((p) => p.field)).toEqual(['patterns']);
    expect(problems[0].message).toMatch(/forecasts/);
  });
});

// A message can hold a forecast and a fair question together ("what are the odds he sells to
// someone else anyway? is he even allowed to?"). An item's "unless" patterns name the fair
// question; where one matches, the item's patterns stand aside and the entries answer. Its
// phrases, which name a need outright, still apply.
describe('off-topic "unless" patterns', () => {
  const forecasts = [{
    id: 'forecasts', label: 'Forecasts', match: ['will we win'],
    patterns: ['\\bwhat are the odds\\b'],
    unless: ['\\bis he (even )?allowed to\\b'],
    reply: 'Nobody can know that.', sources: [],
  }];
  const { kb } = loadCleanFixture();
  const index = buildSearchIndex({ ...kb, offTopic: read(forecasts).offTopic });
  const signpost = (text: string) => matchOffTopic(index, analyze(text, index.lexicon));

  it('given an item with unless patterns, it loads them beside its patterns', () => {
    const { offTopic, problems } = read(forecasts);
    expect(problems).toEqual([]);
    expect(offTopic[0].unless?.map((p) => p.test('is he even allowed to'))).toEqual([true]);
  });

  it('given a shape the patterns name and nothing else, the item takes the question', () => {
    expect(signpost('what are the odds the buyer pulls out')).toBe('forecasts');
  });

  it('given the same shape beside a fair question an unless pattern names, the entries answer it instead', () => {
    expect(signpost('what are the odds he sells to someone else anyway, is he even allowed to')).toBeUndefined();
  });

  it('given one of the item\'s phrases, the item takes the question even where an unless pattern matches', () => {
    expect(signpost('will we win, and is he even allowed to sell')).toBe('forecasts');
  });

  it.each([
    ['an unless pattern that would backtrack without end', ['(\\w+ ?)+ allowed']],
    ['unless patterns that are not a list', 'allowed'],
  ])('given %s, it names the item and the field "unless"', (_what, unless) => {
    const { problems } = read([{ ...forecasts[0], unless }]);
    expect(problems.map((p) => p.field)).toEqual(['unless']);
    expect(problems[0].message).toMatch(/forecasts/);
  });
});
