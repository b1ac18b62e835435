// After an answer, the conversation takes the answered entry's facets where the entry is narrow
// enough to say what the conversation is now about, and keeps its own where the entry is broad.
import { describe, expect, it } from '@jest/globals';
import { facetsAfter } from '../../../src/dialogue/conversation-facets.js';
import type { Entry, KnowledgeBase } from '../../../src/kb/model.js';

const entry = (aspect: string[], jurisdictions = ['england'], subject = ['neighbourhood-planning']) => ({ id: 'e', facets: { subject, aspect }, jurisdictions }) as unknown as Entry;

describe('the conversation\'s facets after an answer', () => {
  it('given an entry about two aspects, neither the one asked before, the conversation moves to the entry\'s first', () => {
    expect(facetsAfter({ subject: 'neighbourhood-planning', aspect: 'what' }, entry(['cost', 'gain']), new Map(), 2).aspect).toBe('cost');
  });

  it('given an entry about many aspects, the conversation keeps the one it was asking about', () => {
    expect(facetsAfter({ subject: 'neighbourhood-planning', aspect: 'who' }, entry(['what', 'how', 'time']), new Map(), 2).aspect).toBe('who');
  });

  it('given an entry that covers the aspect asked before, the conversation keeps it', () => {
    expect(facetsAfter({ subject: 'neighbourhood-planning', aspect: 'gain' }, entry(['cost', 'gain']), new Map(), 2).aspect).toBe('gain');
  });

  it('given a follow-up that named a value the entry covers, the conversation takes that value', () => {
    expect(facetsAfter({ subject: 'neighbourhood-planning', aspect: 'what' }, entry(['cost', 'gain']), new Map([['aspect', new Set(['gain'])]]), 2).aspect).toBe('gain');
  });

  it('given an answer from an entry written for one nation other than England, the conversation is in that nation', () => {
    expect(facetsAfter({ subject: 'neighbourhood-planning', aspect: 'what' }, entry(['what'], ['northern-ireland']), new Map(), 2).nation).toBe('northern-ireland');
  });

  it('given an answer from an entry written for several nations, the conversation keeps the nation it had', () => {
    expect(facetsAfter({ subject: 'neighbourhood-planning', aspect: 'what', nation: 'scotland' }, entry(['what'], ['england', 'wales']), new Map(), 2).nation).toBe('scotland');
  });

  it('given an answer about several subjects, none the one the conversation was on, the conversation moves to the answer\'s first subject', () => {
    expect(facetsAfter({ subject: 'funding', aspect: 'help' }, entry(['help'], ['england'], ['neighbourhood-planning', 'right-to-build', 'right-to-bid']), new Map(), 2).subject).toBe('neighbourhood-planning');
  });

  it('given an answer about several subjects, one of them the conversation\'s, the conversation keeps its subject', () => {
    expect(facetsAfter({ subject: 'right-to-bid', aspect: 'help' }, entry(['help'], ['england'], ['neighbourhood-planning', 'right-to-build', 'right-to-bid']), new Map(), 2).subject).toBe('right-to-bid');
  });

  it('given a move to a subject on which no entry has the conversation\'s stage, the stage is left behind', () => {
    const staged = (subject: string, stage: string) => ({ id: `${subject}-${stage}`, facets: { subject: [subject], stage: [stage] }, jurisdictions: ['england'] }) as unknown as Entry;
    const kb = { entries: [staged('right-to-bid', 'listing'), staged('right-to-buy-2026', 'full-moratorium')] } as unknown as KnowledgeBase;
    const after = facetsAfter({ subject: 'right-to-bid', stage: 'listing', aspect: 'what' }, entry(['what', 'changes'], ['england'], ['right-to-buy-2026', 'right-to-bid']), new Map([['subject', new Set(['right-to-buy-2026'])]]), 2, kb);
    expect(after.subject).toBe('right-to-buy-2026');
    expect(after.stage).toBeUndefined();
  });

  it('given a move to a subject that has the conversation\'s stage too, the stage is kept', () => {
    const staged = (subject: string, stage: string) => ({ id: `${subject}-${stage}`, facets: { subject: [subject], stage: [stage] }, jurisdictions: ['england'] }) as unknown as Entry;
    const kb = { entries: [staged('right-to-bid', 'full-moratorium'), staged('right-to-buy-2026', 'full-moratorium')] } as unknown as KnowledgeBase;
    const after = facetsAfter({ subject: 'right-to-bid', stage: 'full-moratorium', aspect: 'what' }, entry(['what'], ['england'], ['right-to-buy-2026']), new Map(), 2, kb);
    expect(after.stage).toBe('full-moratorium');
  });
});
