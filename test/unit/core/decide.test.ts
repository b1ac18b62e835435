import { describe, it, expect } from '@jest/globals';
import { anchored, decide } from '../../../src/nlp/decide.js';
import type { Candidate } from '../../../src/nlp/rank.js';
import { confidence } from '../../../src/nlp/score.js';
import { WEIGHTS, type Weights } from '../../../src/nlp/weights.js';

// decide() reads ids, shares, fitted scores and whether the question carries the entry's defining
// concept. The weights are the fitted ones; the thresholds are taken from them, so these tests
// hold whatever a refit chooses.
const candidate = (entryId: string, raw: number, share: number, extra: Partial<Candidate> = {}) =>
  ({ entryId, title: entryId, topic: `topic-${entryId}`, related: [], score: share, raw, bestCosine: 0, exactAsked: false, parts: {} as Candidate['parts'], keywordsHit: [], patternHit: false, verbatim: false, anchorLevel: 2, ...extra }) as Candidate;

const weights: Weights = WEIGHTS;
const { answer, clarifyMass, nearest } = weights.thresholds;
const conf = (cs: Candidate[]) => confidence(weights, cs.map((c) => ({ raw: c.raw, share: c.score, anchorLevel: c.anchorLevel, topic: c.topic, parts: c.parts })));

describe('decide', () => {
  it('has fitted thresholds in a sensible order', () => {
    expect(answer).toBeGreaterThan(0);
    expect(answer).toBeLessThan(1);
    expect(nearest).toBeLessThan(answer);
    expect(clarifyMass).toBeGreaterThan(0);
  });

  it('given an anchored top candidate clearly ahead, it answers exactly when the calibrated confidence reaches the fitted threshold', () => {
    const strong = Object.fromEntries(['example', 'coverage', 'bm25', 'title', 'evidence', 'answer', 'keyword', 'pairs', 'bodyBm25', 'questionForm'].map((f) => [f, 1])) as Candidate['parts'];
    const statuses = [0, 2, 4, 6, 8, 10].map((raw) => {
      const share = Math.exp(raw) / (1 + Math.exp(raw) + Math.exp(raw - 6));
      const cs = [candidate('a', raw, share, { parts: strong }), candidate('b', raw - 6, share * Math.exp(-6))];
      const d = decide(cs, weights);
      expect(d.confidence).toBeCloseTo(conf(cs), 10);
      expect(d.status).toBe(d.confidence >= answer ? 'answered' : 'fallback');
      if (d.status === 'answered') expect(d.top.entryId).toBe('a');
      return d.status;
    });
    expect(statuses).toContain('answered');
    expect(statuses[statuses.length - 1]).toBe('answered');
  });

  it('given the same candidate without its defining concept, it does not answer, however high the score', () => {
    const strong = Object.fromEntries(['example', 'coverage', 'bm25', 'title', 'evidence', 'answer', 'keyword', 'pairs', 'bodyBm25', 'questionForm'].map((f) => [f, 1])) as Candidate['parts'];
    const d = decide([candidate('a', 10, 0.99, { anchorLevel: 0, parts: strong }), candidate('b', 1, 0.001, { anchorLevel: 0 })], weights);
    expect(d.status).toBe('fallback');
  });

  it('given a question worded exactly like one entry\'s example, it answers that entry even with low confidence and no concept', () => {
    const d = decide([candidate('a', -3, 0.05, { bestCosine: 1, exactAsked: true, anchorLevel: 0 }), candidate('b', -4, 0.02)], weights);
    expect(d).toMatchObject({ status: 'answered', top: { entryId: 'a' } });
  });

  it('given a question with one example\'s words but asked another way ("how many" of a "what is" example), it is not answered on that likeness alone', () => {
    const d = decide([candidate('a', -3, 0.05, { bestCosine: 1, exactAsked: false, anchorLevel: 0 }), candidate('b', -4, 0.02)], weights);
    expect(d.status).not.toBe('answered');
  });

  it('given an off-topic signpost and an example with the same content words but other wording ("right to challenge a will"), the signpost wins', () => {
    const d = decide([candidate('a', 3, 0.9, { bestCosine: 1, exactAsked: true }), candidate('b', -4, 0.02)], weights, 'wills-and-probate');
    expect(d).toMatchObject({ status: 'fallback', offTopicId: 'wills-and-probate' });
  });

  it('given an off-topic signpost and a question that is an example word for word, the example answers', () => {
    const d = decide([candidate('a', -3, 0.05, { bestCosine: 1, exactAsked: true, verbatim: true }), candidate('b', -4, 0.02)], weights, 'wills-and-probate');
    expect(d).toMatchObject({ status: 'answered', top: { entryId: 'a' } });
  });

  it('given a staff pattern hit, the entry counts as anchored', () => {
    expect(anchored(candidate('a', 1, 0.5, { anchorLevel: 0, patternHit: true }))).toBe(true);
    expect(anchored(candidate('a', 1, 0.5, { anchorLevel: 0 }))).toBe(false);
  });

  it('given a low-confidence top candidate, it falls back and offers the candidates holding a fair share of the belief as nearest topics', () => {
    const cs = [candidate('a', -3, 0.04), candidate('b', -3.2, 0.03, { anchorLevel: 0 }), candidate('c', -6, 0.04 * nearest * 0.5)];
    const d = decide(cs, weights);
    expect(d.status).toBe('fallback');
    if (d.status === 'fallback') expect(d.nearest.map((n) => n.entryId)).toEqual(['a', 'b']);
  });

  it('given no candidates at all, it falls back with no nearest topics and zero confidence', () => {
    expect(decide([], weights)).toEqual({ status: 'fallback', nearest: [], confidence: 0 });
  });

  it('given an off-topic signpost and no confident answer, the signpost wins', () => {
    const d = decide([candidate('a', -2, 0.1)], weights, 'housing');
    expect(d).toMatchObject({ status: 'fallback', nearest: [], offTopicId: 'housing' });
  });

  it('given two anchored candidates sharing most of the belief but neither confident alone, it asks which one', () => {
    const tuned: Weights = { ...weights, thresholds: { ...weights.thresholds, answer: 0.99, clarifyMass: 0.8 } };
    const d = decide([candidate('a', 2, 0.45), candidate('b', 2, 0.45), candidate('c', -5, 0.001)], tuned);
    expect(d.status).toBe('clarify');
    if (d.status === 'clarify') expect(d.options.map((o) => o.entryId)).toEqual(['a', 'b']);
  });

  it('given a higher confidence, the calibrated confidence never goes down (it is monotone in the top share)', () => {
    const low = conf([candidate('a', 1, 0.4), candidate('b', 0, 0.2)]);
    const high = conf([candidate('a', 3, 0.8), candidate('b', 0, 0.05)]);
    expect(high).toBeGreaterThan(low);
  });
});
