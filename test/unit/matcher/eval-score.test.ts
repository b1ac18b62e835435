// The eval command's counting, on hand-made ask lines: the shared scorer's rules (answered and
// every fact present and at most 4,000 characters; declines pass as fallback or a signpost that
// matches orFacts; unparseable lines reported, not counted) plus the additions.
import { describe, it, expect } from '@jest/globals';
import { riskCoverage, scoreRun, topicOf, type AskLine, type EvalCase } from '../../../adapters/cli/eval-score.js';

const cases: EvalCase[] = [
  { id: 'a-1', q: 'how long does a listing last', facts: ['five years'], topic: 'acv' },
  { id: 'a-2', q: 'what is the moratorium', facts: ['6 weeks'], topic: 'acv' },
  { id: 'a-3', q: 'too long', facts: ['x'], topic: 'acv' },
  { id: 'n-1', q: 'who can make a plan', facts: ['forum'] },
  { id: 'o-1', q: 'weather', abstain: true },
  { id: 'o-2', q: 'council house', abstain: true, orFacts: ['Right to Buy'] },
  { id: 'o-3', q: 'recipe', abstain: true },
];
const candidate = (entryId: string, confidence: number, text: string, eligible = true) => ({ entryId, confidence, eligible, always: false, title: 'T', text });
const lines: (AskLine | null)[] = [
  { status: 'answered', title: 'Listing', text: 'It lasts five years.', candidate: candidate('e1', 0.9, 'It lasts five years.') },
  { status: 'answered', title: 'Moratorium', text: 'It lasts six months.', candidate: candidate('e2', 0.95, 'It lasts six months.') },
  { status: 'answered', title: 'x', text: 'x'.repeat(4001), candidate: candidate('e3', 0.99, 'x'.repeat(4001)) },
  { status: 'clarify', title: null, text: 'Which one?', candidate: candidate('e4', 0.5, 'a neighbourhood forum') },
  { status: 'fallback', text: 'Sorry', candidate: candidate('e5', 0.2, 'nothing', false) },
  { status: 'answered', title: 'Not the same scheme', text: 'The council tenants Right to Buy is different.', candidate: candidate('e6', 0.97, 'The council tenants Right to Buy is different.') },
  null,
];

describe('scoring a question file', () => {
  const r = scoreRun(cases, lines);

  it('given answers, it counts correct only when answered with every fact and at most 4,000 characters', () => {
    expect({ correct: r.correct, inScope: r.inScope, wrong: r.wrong, clarify: r.clarify }).toEqual({ correct: 1, inScope: 4, wrong: 2, clarify: 1 });
    expect(r.accuracy).toBeCloseTo(0.25);
    expect(r.wrongRate).toBeCloseTo(0.5);
  });

  it('given declines, it counts a fallback or a signpost matching orFacts as declined, and skips an unparseable line as the shared scorer does', () => {
    expect({ declines: r.declines, declined: r.declined }).toEqual({ declines: 2, declined: 2 });
    expect(r.failures).toContain('o-3: unparseable output');
  });

  it('given topics, it breaks the counts down by topic, or by the id prefix when a line has none', () => {
    expect(topicOf({ id: 'd-acv-07', q: '' })).toBe('d-acv');
    expect(r.topics.find((t) => t.topic === 'acv')).toMatchObject({ inScope: 3, correct: 1, wrong: 2 });
    expect(r.topics.find((t) => t.topic === 'n')).toMatchObject({ inScope: 1, correct: 0 });
  });

  it('given candidates, the risk-coverage table answers only eligible candidates at or above each threshold', () => {
    const [low, high] = riskCoverage(cases, lines, [0.4, 0.92]);
    // At 0.4: e1 right, e2 wrong, e3 too long (wrong), e4 right (a clarify whose top states "forum").
    expect(low).toMatchObject({ threshold: 0.4, answered: 1, accuracyAnswered: 0.5, wrongRate: 0.5 });
    // The council-house signpost counts as declining; the unparseable recipe line is skipped.
    expect(low.declineAnswered).toBe(0);
    expect(high).toMatchObject({ threshold: 0.92, answered: 0.5, wrongRate: 0.5 });
  });
});

describe('scoring answers that give two readings', () => {
  it('given a two-readings answer with the facts and one without, it counts both as two readings and one as right', () => {
    const qs: EvalCase[] = [
      { id: 'a', q: 'how long does a listing last', facts: ['five years'] },
      { id: 'b', q: 'how long is the moratorium', facts: ['six months'] },
    ];
    const got: AskLine[] = [
      { status: 'answered', title: null, text: 'Either of these.\n\nListing\nIt lasts five years.\n\nNomination\nAny group can nominate.', readings: ['e1', 'e7'] },
      { status: 'answered', title: null, text: 'Either of these.\n\nListing\nIt lasts five years.\n\nNomination\nAny group can nominate.', readings: ['e1', 'e7'] },
    ];
    const r = scoreRun(qs, got);
    expect({ twoReadings: r.twoReadings, twoReadingsRight: r.twoReadingsRight, correct: r.correct, wrong: r.wrong }).toEqual({ twoReadings: 2, twoReadingsRight: 1, correct: 1, wrong: 1 });
  });
});
