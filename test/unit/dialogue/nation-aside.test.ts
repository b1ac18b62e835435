// The place kept aside while another nation is visited as a comparison is read back from storage:
// only a nation the advisor knows is restored, so a damaged record cannot become the conversation's place.
import { describe, expect, it } from '@jest/globals';
import { backFromAside } from '../../../src/dialogue/nation-aside.js';
import type { ConversationState } from '../../../src/dialogue/conversation-state.js';

const visiting: ConversationState = { at: '2026-06-01T10:00:00Z', entryId: 'scotland-community-rights', facets: { subject: 'asset-transfer', nation: 'scotland' } };

describe('reading a conversation back after a nation visited as a comparison', () => {
  it('given England kept aside and a question naming no nation, it is read in England', () => {
    expect(backFromAside({ ...visiting, nationBefore: 'england' }, 'freehold or lease?')).toEqual({ ...visiting, facets: { subject: 'asset-transfer' } });
  });

  it('given Wales kept aside, it is read in Wales', () => {
    expect(backFromAside({ ...visiting, nationBefore: 'wales' }, 'how long a lease?')?.facets?.nation).toBe('wales');
  });

  it('given a kept-aside value that is no nation (a damaged record), it drops the value and stays where it was', () => {
    expect(backFromAside({ ...visiting, nationBefore: 'atlantis' }, 'freehold or lease?')).toEqual(visiting);
    expect(backFromAside({ ...visiting, nationBefore: 42 as unknown as string }, 'freehold or lease?')).toEqual(visiting);
  });
});
