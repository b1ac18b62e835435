// What the guided tools keep in a conversation's state, read back from storage: a date the asker
// gave is kept from turn to turn; anything malformed is dropped rather than trusted.
import { describe, expect, it } from '@jest/globals';
import { asToolFlow, carriedFlow } from '../../../src/tools/tool-flow.js';

describe('the tools\' state in a conversation', () => {
  it('given a stored flow with the date the asker gave, it reads the event and date back and drops anything else in it', () => {
    expect(asToolFlow({ given: { event: 'owner-notice', date: '2026-11-03', entry: 'ignored', extra: 1 } })).toEqual({ given: { event: 'owner-notice', date: '2026-11-03' } });
  });

  it('given stored dates that were shown, it reads back the event, day, entry and order, and drops a malformed day', () => {
    expect(asToolFlow({ dates: { event: 'listed', date: '2025-03-01', entry: 'acv-listing-length', answerFirst: true } })).toEqual({ dates: { event: 'listed', date: '2025-03-01', entry: 'acv-listing-length', answerFirst: true } });
    expect(asToolFlow({ dates: { event: 'listed', date: 'March' } })).toBeUndefined();
  });

  it('given a malformed date the asker gave (not a day, not text), it is no flow at all', () => {
    expect(asToolFlow({ given: { event: 'owner-notice', date: '3 Nov' } })).toBeUndefined();
    expect(asToolFlow({ given: { event: 7, date: '2026-11-03' } })).toBeUndefined();
  });

  it('given the dates just shown and the date given, the next turn keeps the date given and forgets what was shown', () => {
    const flow = { dates: { event: 'owner-notice', date: '2026-11-03', entry: 'acv-interim-moratorium-6-weeks' }, given: { event: 'owner-notice', date: '2026-11-03' } };
    expect(carriedFlow(flow)).toEqual({ given: { event: 'owner-notice', date: '2026-11-03' } });
    expect(carriedFlow({ dates: flow.dates })).toBeUndefined();
  });

  it('given the units the asker gave for an answer, they are read back and carried to the next turn; a malformed count is dropped', () => {
    const units = { entry: 'np-cil', count: 420 };
    expect(asToolFlow({ units })).toEqual({ units });
    expect(carriedFlow({ units, dates: { event: 'listed', date: '2025-03-01' } })).toEqual({ units });
    expect(asToolFlow({ units: { entry: 'np-cil', count: -3 } })).toBeUndefined();
    expect(asToolFlow({ units: { entry: 'np-cil', count: '420' } })).toBeUndefined();
  });
});
