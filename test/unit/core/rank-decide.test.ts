import { describe, it, expect } from '@jest/globals';
import { analyze } from '../../../src/nlp/analyze.js';
import { decide } from '../../../src/nlp/decide.js';
import { FEATURES } from '../../../src/nlp/features.js';
import { matchOffTopic, rankEntries } from '../../../src/nlp/rank.js';
import { linearScore } from '../../../src/nlp/score.js';
import { loadCleanFixture } from './support/fixture-kb.js';

const { index } = loadCleanFixture();

function route(text: string) {
  const analysis = analyze(text, index.lexicon);
  const offTopicId = matchOffTopic(index, analysis);
  const candidates = rankEntries(index, analysis, 5, { offTopic: offTopicId !== undefined });
  return { candidates, decision: decide(candidates, index.weights, offTopicId) };
}

describe('ranking and deciding on a small knowledge base, with the fitted weights', () => {
  it('given a question close to one entry, it answers with that entry, confidently', () => {
    const { decision } = route('how long does an ACV listing last?');
    expect(decision.status).toBe('answered');
    if (decision.status !== 'answered') return;
    expect(decision.top.entryId).toBe('acv-listing-length');
    expect(decision.confidence).toBeGreaterThanOrEqual(index.weights.thresholds.answer);
    expect(decision.confidence).toBeLessThanOrEqual(1);
  });

  it('given a paraphrase not among the examples, it ranks the right entry first', () => {
    const { candidates } = route('how do we go about nominating the village pub as an asset of community value');
    expect(candidates[0].entryId).toBe('acv-nominate');
  });

  it('given a question about something the knowledge does not cover, it falls back', () => {
    const { decision } = route("what's the weather in Leeds tomorrow");
    expect(decision.status).toBe('fallback');
    if (decision.status !== 'fallback') return;
    expect(decision.offTopicId).toBeUndefined();
  });

  it('given an off-topic need (eviction) mixed with on-topic words, it does not answer and shows the signpost', () => {
    const { candidates, decision } = route('my landlord is selling the pub, is it an asset of community value');
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates[0].parts.offTopic).toBe(1);
    expect(decision).toMatchObject({ status: 'fallback', nearest: [], offTopicId: 'housing' });
  });

  it('given an off-topic phrase of two words, it matches the signpost', () => {
    expect(route('how do I claim universal credit').decision).toMatchObject({ status: 'fallback', offTopicId: 'benefits' });
  });

  it('given any question, candidates come best first, shares in 0..1 summing to at most 1, each score the fitted weights applied to its features', () => {
    const { candidates } = route('how do we nominate our pub as an ACV');
    expect(candidates.length).toBeGreaterThan(1);
    for (let i = 1; i < candidates.length; i++) expect(candidates[i - 1].raw).toBeGreaterThanOrEqual(candidates[i].raw);
    expect(candidates.reduce((a, c) => a + c.score, 0)).toBeLessThanOrEqual(1);
    for (const c of candidates) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.raw).toBeCloseTo(linearScore(index.weights.rank, Float64Array.from(FEATURES.map((f) => c.parts[f]))), 10);
    }
    expect(candidates[0].keywordsHit).toContain('nominate');
  });

  it('given a question that matches an entry pattern, the candidate records the pattern hit', () => {
    const { candidates } = route('how long will the listing stay');
    expect(candidates.find((c) => c.entryId === 'acv-listing-length')?.patternHit).toBe(true);
  });

  it('given a question carrying an entry\'s own concept, the candidate names that concept', () => {
    const { candidates } = route('what is the moratorium');
    const moratorium = candidates.find((c) => c.entryId === 'acv-moratorium');
    expect(moratorium?.anchorLevel).toBeGreaterThan(0);
    expect(moratorium?.anchorUnit).toMatch(/morator/);
  });

  it('given a question with only stop words, it ranks nothing and falls back', () => {
    const { candidates, decision } = route('what is it');
    expect(candidates).toEqual([]);
    expect(decision.status).toBe('fallback');
  });
});
