// A declined first question (or a "did you mean") still starts the conversation: its nearest entry stands in as the
// topic, in the nation the question named.
import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder, type Reply } from '../../../src/index.js';
import { nextState } from '../../../src/dialogue/next-state.js';
import { KNOWLEDGE_DIR } from '../../integration/core/support/shipped-advisor.js';

const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
const declined: Reply = { kind: 'fallback', sections: [], sources: [], followUps: [], actions: [] };
const at = new Date('2026-06-01T10:00:00Z');

describe('a declined opening question', () => {
  it('given it named Scotland, the conversation it starts is in Scotland', () => {
    const state = nextState(kb, { status: 'fallback', nearest: [{ entryId: 'acv-what-is', score: 0.3 }], nations: ['scotland'] }, declined, { text: 'do we have any rights in Fife?', at, live: undefined });
    expect(state.near).toBe('acv-what-is');
    expect(state.facets?.nation).toBe('scotland');
  });

  it('given a "did you mean" in its place that named Wales, the conversation it starts is in Wales', () => {
    const options = [{ entryId: 'acv-what-is', score: 0.4 }, { entryId: 'acv-nominate', score: 0.35 }];
    const state = nextState(kb, { status: 'clarify', options, nations: ['wales'] }, { ...declined, kind: 'clarify' }, { text: 'listing a pub in Cardiff?', at, live: undefined });
    expect(state.near).toBe('acv-what-is');
    expect(state.facets?.nation).toBe('wales');
  });

  it('given it named no nation, the conversation it starts names none (England, as every conversation that has not left it)', () => {
    const state = nextState(kb, { status: 'fallback', nearest: [{ entryId: 'acv-what-is', score: 0.3 }] }, declined, { text: 'do we have any rights?', at, live: undefined });
    expect(state.facets?.nation).toBeUndefined();
  });

  it('given a conversation already on a topic, a declined question leaves its facets alone', () => {
    const live = { at: at.toISOString(), entryId: 'acv-listing-length', facets: { subject: 'right-to-bid' } };
    const state = nextState(kb, { status: 'fallback', nearest: [{ entryId: 'acv-what-is', score: 0.3 }], nations: ['wales'] }, declined, { text: 'and the weather in Cardiff?', at, live });
    expect(state.facets).toEqual({ subject: 'right-to-bid' });
  });
});
