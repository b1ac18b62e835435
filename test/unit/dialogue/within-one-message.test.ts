// A finished reply must fit one message: the related-topic buttons give way from the last, and
// the buttons the caller protects (the tools' own) stay even when the reply is still long.
import { describe, expect, it } from '@jest/globals';
import { RENDERED_REPLY_MAX } from '../../../src/kb/check-rendered-length.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { withinOneMessage } from '../../../src/reply/within-one-message.js';
import type { Reply } from '../../../src/types.js';

const related = Array.from({ length: 5 }, (_, i) => ({ label: `A related topic with a title long enough to count, number ${i}`, entryId: `entry-${i}` }));
const offer = { label: 'Check your group', entryId: 'check--group' };
const reply = (bodyLength: number): Reply => ({
  kind: 'answer',
  title: 'An answer',
  sections: [{ heading: 'In short', body: 'x'.repeat(bodyLength) }],
  sources: [],
  followUps: [offer, ...related],
  actions: [],
});
const keepOffer = (f: { entryId: string }) => f.entryId === offer.entryId;

describe('keeping a finished reply within one message', () => {
  it('given a reply that fits, it is returned unchanged', () => {
    const short = reply(100);
    expect(withinOneMessage(short, keepOffer)).toBe(short);
  });

  it('given a reply a little over, the last related topics go until it fits, and the protected offer stays first', () => {
    const over = reply(RENDERED_REPLY_MAX - 250);
    expect(toPlainText(over).length).toBeGreaterThan(RENDERED_REPLY_MAX);
    const fitted = withinOneMessage(over, keepOffer);
    expect(toPlainText(fitted).length).toBeLessThanOrEqual(RENDERED_REPLY_MAX);
    expect(fitted.followUps[0]).toEqual(offer);
    expect(fitted.followUps.map((f) => f.entryId)).toContain('entry-0');
    expect(fitted.followUps.map((f) => f.entryId)).not.toContain('entry-4');
  });

  it('given a reply still over with only protected buttons left, it keeps them rather than loop or drop them', () => {
    const huge = reply(RENDERED_REPLY_MAX + 100);
    expect(withinOneMessage(huge, keepOffer).followUps).toEqual([offer]);
  });
});
