// An off-topic signpost may name the shape of a request with patterns as well as phrases ("do you
// reckon they will refuse it?" asks for a forecast whoever "they" are). The patterns run in the
// same linear-time engine as entries' patterns, and one that could not run safely is refused with
// the item and field named.
import { describe, it, expect } from '@jest/globals';
import { readOffTopic } from '../../../src/kb/load-extras.js';

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
