import { describe, expect, it } from '@jest/globals';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { SLACK_STAFF, staffWorld } from './staff-fixture.js';

describe('stale', () => {
  it('given an entry reviewed more than 12 months ago, it lists it with its reviewed date and file', async () => {
    const world = staffWorld({ now: () => new Date('2026-11-21T12:00:00Z') });
    const reply = await world.advisor.staff(SLACK_STAFF, 'stale');
    expect(reply.title).toBe('Entries due for review: 1');
    const text = toPlainText(reply);
    expect(text).toContain('What is the Community Right to Challenge? (rtc-what-is): reviewed 1 June 2025, due 1 June 2026. File: knowledge-staff/right-to-challenge/rtc-what-is.md');
    expect(text).not.toContain('acv-listing-length');
  });

  it('given every entry reviewed within 12 months, it says none', async () => {
    const world = staffWorld({ now: () => new Date('2026-05-31T12:00:00Z') });
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'stale'));
    expect(text).toContain('None: all 4 entries were reviewed in the last 12 months.');
  });
});
