import { describe, it, expect } from '@jest/globals';
import { decide, THRESHOLDS } from '../../../src/nlp/decide.js';
import type { Candidate } from '../../../src/nlp/rank.js';

// decide() reads ids and scores; the score's breakdown is left empty. An example cosine of 0 means
// the question was not worded exactly like one of the entry's examples.
// Unless a test says otherwise, each candidate is in a topic of its own and lists no related entries.
const candidate = (entryId: string, score: number, topic = `topic-${entryId}`, related: string[] = []) =>
  ({
    entryId,
    title: entryId,
    topic,
    related,
    score,
    bestCosine: 0,
    parts: {} as Candidate['parts'],
    keywordsHit: [],
    patternHit: false,
  }) as Candidate;

const { answer, clarifyFloor, margin, nearest, overrideOffTopic } = THRESHOLDS;

describe('decide', () => {
  it('has thresholds in a sensible order', () => {
    expect(nearest).toBeLessThan(clarifyFloor);
    expect(clarifyFloor).toBeLessThanOrEqual(answer);
    expect(answer).toBeLessThan(overrideOffTopic);
    expect(margin).toBeGreaterThan(0);
  });

  it('given a top candidate above the answer threshold and clearly ahead, it answers with it', () => {
    const d = decide([candidate('a', answer + 0.2), candidate('b', answer + 0.2 - margin * 2)]);
    expect(d).toMatchObject({ status: 'answered', top: { entryId: 'a' } });
  });

  it('given two candidates within the margin, both above the floor, it asks which one', () => {
    const d = decide([candidate('a', answer + 0.1), candidate('b', answer + 0.1 - margin / 2), candidate('c', clarifyFloor / 2)]);
    expect(d.status).toBe('clarify');
    if (d.status === 'clarify') expect(d.options.map((o) => o.entryId)).toEqual(['a', 'b']);
  });

  it('given two close candidates from the same topic, above the answer threshold, it answers with the better one', () => {
    const d = decide([candidate('a', answer + 0.1, 'right-to-bid'), candidate('b', answer + 0.1 - margin / 2, 'right-to-bid')]);
    expect(d).toMatchObject({ status: 'answered', top: { entryId: 'a' } });
  });

  it('given two close candidates linked as related, above the answer threshold, it answers with the better one', () => {
    const d = decide([candidate('a', answer + 0.1, 'funding', ['b']), candidate('b', answer + 0.1 - margin / 2, 'getting-help')]);
    expect(d).toMatchObject({ status: 'answered', top: { entryId: 'a' } });
  });

  it('given two close sibling candidates below the answer threshold, it still asks which one', () => {
    const d = decide([candidate('a', answer - 0.01, 'right-to-bid'), candidate('b', answer - 0.01 - margin / 2, 'right-to-bid')]);
    expect(d.status).toBe('clarify');
  });

  it('given many close candidates, it offers at most three options', () => {
    const d = decide([0, 1, 2, 3, 4].map((i) => candidate(`e${i}`, answer + 0.1 - i * margin * 0.1)));
    expect(d.status).toBe('clarify');
    if (d.status === 'clarify') expect(d.options).toHaveLength(3);
  });

  it('given nothing above the floor, it falls back and offers the near ones as nearest topics', () => {
    const d = decide([candidate('a', nearest + 0.05), candidate('b', nearest + 0.01), candidate('c', nearest - 0.05)]);
    expect(d.status).toBe('fallback');
    if (d.status === 'fallback') expect(d.nearest.map((n) => n.entryId)).toEqual(['a', 'b']);
  });

  it('given no candidates at all, it falls back with no nearest topics', () => {
    expect(decide([])).toEqual({ status: 'fallback', nearest: [] });
  });

  it('given a best candidate between the floor and the answer threshold, clearly ahead, it falls back', () => {
    const between = (clarifyFloor + answer) / 2;
    const d = decide([candidate('a', between), candidate('b', nearest)]);
    expect(d.status).toBe('fallback');
  });

  it('given an off-topic match and a top score below the override, the signpost wins', () => {
    const d = decide([candidate('a', overrideOffTopic - 0.01)], 'housing');
    expect(d).toEqual({ status: 'fallback', nearest: [], offTopicId: 'housing' });
  });

  it('given an off-topic match but a very confident entry, it answers', () => {
    const d = decide([candidate('a', overrideOffTopic + 0.05)], 'housing');
    expect(d).toMatchObject({ status: 'answered', top: { entryId: 'a' } });
  });
});
