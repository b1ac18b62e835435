import { describe, it, expect } from '@jest/globals';
import { analyze } from '../../../src/nlp/analyze.js';
import { decide, THRESHOLDS } from '../../../src/nlp/decide.js';
import { matchOffTopic, rankEntries } from '../../../src/nlp/rank.js';
import { loadCleanFixture } from './support/fixture-kb.js';

const { index } = loadCleanFixture();

function route(text: string) {
  const analysis = analyze(text, index.lexicon);
  const candidates = rankEntries(index, analysis);
  return { candidates, decision: decide(candidates, matchOffTopic(index, analysis)) };
}

describe('ranking and deciding on a small knowledge base', () => {
  it('given a question close to one entry, it answers with that entry, confidently', () => {
    const { decision } = route('how long does an ACV listing last?');
    expect(decision.status).toBe('answered');
    if (decision.status !== 'answered') return;
    expect(decision.top.entryId).toBe('acv-listing-length');
    expect(decision.top.score).toBeGreaterThanOrEqual(THRESHOLDS.answer);
    expect(decision.top.score).toBeLessThanOrEqual(1);
  });

  it('given a paraphrase not among the examples, it still answers with the right entry', () => {
    const { decision } = route('how do we go about nominating the village pub');
    expect(decision.status === 'answered' && decision.top.entryId).toBe('acv-nominate');
  });

  it('given a question that fits two entries equally well, it asks which one, offering both', () => {
    const { decision } = route('allotment plot');
    expect(decision.status).toBe('clarify');
    if (decision.status !== 'clarify') return;
    expect(decision.options.map((o) => o.entryId).sort()).toEqual(['allotment-rent', 'allotment-waiting']);
  });

  it('given a question about something the knowledge does not cover, it falls back', () => {
    const { decision } = route("what's the weather in Leeds tomorrow");
    expect(decision.status).toBe('fallback');
    if (decision.status !== 'fallback') return;
    expect(decision.offTopicId).toBeUndefined();
  });

  it('given an off-topic need (eviction) mixed with on-topic words, the off-topic signpost wins', () => {
    const { candidates, decision } = route('my landlord is selling the pub, is it an asset of community value');
    expect(candidates.length).toBeGreaterThan(0);
    expect(decision).toEqual({ status: 'fallback', nearest: [], offTopicId: 'housing' });
  });

  it('given an off-topic phrase of two words, it matches the signpost', () => {
    expect(route('how do I claim universal credit').decision).toMatchObject({ status: 'fallback', offTopicId: 'benefits' });
  });

  it('given any question, candidates come best first with scores in 0..1 and say why they scored', () => {
    const { candidates } = route('how do we nominate our pub as an ACV');
    expect(candidates.length).toBeGreaterThan(1);
    for (let i = 1; i < candidates.length; i++) expect(candidates[i - 1].score).toBeGreaterThanOrEqual(candidates[i].score);
    for (const c of candidates) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
    expect(candidates[0].keywordsHit).toContain('nominate');
  });

  it('given a question that matches an entry pattern, the candidate records the pattern hit', () => {
    const { candidates } = route('how long will the listing stay');
    expect(candidates.find((c) => c.entryId === 'acv-listing-length')?.patternHit).toBe(true);
  });

  it('given a question with only stop words, it ranks nothing and falls back', () => {
    const { candidates, decision } = route('what is it');
    expect(candidates).toEqual([]);
    expect(decision.status).toBe('fallback');
  });
});
