// The bounded memory of handled deliveries.
import { describe, expect, it } from '@jest/globals';
import { RecentKeys } from '../../../adapters/slack/dedupe.js';

describe('RecentKeys', () => {
  it('given a key seen for the first time, it says so; given it again, it says it is a repeat', () => {
    const keys = new RecentKeys();
    expect(keys.firstSeen('Ev1')).toBe(true);
    expect(keys.firstSeen('Ev1')).toBe(false);
    expect(keys.firstSeen('Ev2')).toBe(true);
  });

  it('given a key older than its time to live, it treats it as new again and forgets expired keys', () => {
    let now = 0;
    const keys = new RecentKeys({ ttlMs: 1000, now: () => now });
    keys.firstSeen('Ev1');
    now = 999;
    expect(keys.firstSeen('Ev1')).toBe(false);
    now = 2500;
    expect(keys.firstSeen('Ev2')).toBe(true);
    expect(keys.size).toBe(1);
    expect(keys.firstSeen('Ev1')).toBe(true);
  });

  it('given more keys than its bound, it forgets the oldest and never grows past the bound', () => {
    const keys = new RecentKeys({ maxKeys: 3 });
    for (const k of ['a', 'b', 'c', 'd']) keys.firstSeen(k);
    expect(keys.size).toBe(3);
    expect(keys.firstSeen('d')).toBe(false);
    expect(keys.firstSeen('a')).toBe(true);
  });
});
