// Button identifiers carry the entry id both ways.
import { describe, expect, it } from '@jest/globals';
import { decodeActionId, encodeActionId, type ButtonIntent } from '../../../adapters/slack/action-ids.js';

describe('action ids', () => {
  it.each<ButtonIntent>([
    { kind: 'followUp', entryId: 'acv-what-is' },
    { kind: 'clarify', entryId: 'rtb-moratorium' },
    { kind: 'more', entryId: 'acv-listing-length' },
    { kind: 'more', entryId: 'acv-listing-length', from: 12 },
    { kind: 'share', entryId: 'acv-listing-length' },
    { kind: 'feedback', vote: 'up', entryId: 'acv-listing-length' },
    { kind: 'feedback', vote: 'down', entryId: 'acv-listing-length' },
  ])('given %o, it reads back what it wrote', (intent) => {
    expect(decodeActionId(encodeActionId(intent))).toEqual(intent);
  });

  it('given an action id from elsewhere or a malformed one, it gives null', () => {
    expect(decodeActionId('approve_request')).toBeNull();
    expect(decodeActionId('rights:feedback:sideways:x')).toBeNull();
    expect(decodeActionId('rights:followUp:')).toBeNull();
  });
});
