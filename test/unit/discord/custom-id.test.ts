import { describe, it, expect } from '@jest/globals';
import { decodeCustomId, encodeCustomId } from '../../../adapters/discord/custom-id.js';
import type { ButtonIntent } from '../../../adapters/discord/custom-id.js';

describe('Discord custom_id codec', () => {
  const intents: ButtonIntent[] = [
    { type: 'followUp', entryId: 'acv-what-is' },
    { type: 'more', entryId: 'acv-listing-length' },
    { type: 'feedback', vote: 'up', entryId: 'acv-listing-length' },
    { type: 'feedback', vote: 'down', entryId: 'acv-listing-length' },
  ];

  it.each(intents)('given %j, it round-trips through a custom_id of at most 100 characters', (intent) => {
    const id = encodeCustomId(intent);
    expect(id).not.toBeNull();
    expect(id!.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id!)).toEqual(intent);
  });

  it('given the same entry, it gives 👍, 👎, follow-up and more distinct ids (Discord rejects duplicates in one message)', () => {
    const ids = intents.map(encodeCustomId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('given the longest entry id that fits, it encodes; one character longer, it refuses rather than exceed 100', () => {
    const fits = 'a'.repeat(100 - 'cra1:down:'.length);
    expect(encodeCustomId({ type: 'feedback', vote: 'down', entryId: fits })).toHaveLength(100);
    expect(encodeCustomId({ type: 'feedback', vote: 'down', entryId: `${fits}a` })).toBeNull();
  });

  it('given an entry id that is not lowercase letters, digits and hyphens, it refuses to encode it', () => {
    for (const entryId of ['', 'ACV', 'acv:listing', 'acv listing', '-leading']) {
      expect(encodeCustomId({ type: 'followUp', entryId })).toBeNull();
    }
  });

  it('given ids this adapter did not make, it decodes them to null', () => {
    for (const id of ['', 'cra1', 'cra1:f', 'cra1:x:acv', 'cra0:f:acv', 'cra1:f:acv:extra', 'cra1:f:ACV', 'other-bot:button']) {
      expect(decodeCustomId(id)).toBeNull();
    }
  });
});
