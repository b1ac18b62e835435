// What every store means by its operations, as specifications. The same suite runs against the
// in-memory twin, the data file and PostgreSQL; a backend passes only if it behaves identically.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS, type StoreLimits } from '../../../src/store/limits.js';
import type { AuditRecord, RecordOp, Store } from '../../../src/store/store.js';

export const T0 = new Date('2026-11-21T12:00:00.000Z');
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();
const DAY = 24 * 60;

/** Small caps, so the tests can reach every one of them. */
export const CONTRACT_LIMITS: Partial<StoreLimits> = { openItems: 5, closedItems: 3, audit: 5, conversations: 10, perUserPerHour: 3, heldClarifies: 3, learned: 4 };

export interface Backend {
  /** A fresh, empty store with CONTRACT_LIMITS. */
  open(): Promise<Store>;
  /** The same data opened again (as after a restart). */
  reopen(): Promise<Store>;
}

const question = (minutes: number, user: string, status: 'answered' | 'clarify' | 'fallback', entryId?: string, platform = 'slack'): RecordOp => ({
  type: 'question', at: at(minutes), platform, userHash: user, status, ...(entryId ? { entryId } : {}),
});
const unanswered = (minutes: number, user: string, text: string, extra: Partial<Extract<RecordOp, { type: 'unanswered' }>> = {}): RecordOp => ({
  type: 'unanswered', at: at(minutes), platform: 'slack', userHash: user, text, reason: 'fallback', nearest: [], ...extra,
});
const audit = (minutes: number, detail: string): AuditRecord => ({ at: at(minutes), actor: 'slack:abc123', action: 'test', detail });

export function storeContract(name: string, backend: Backend): void {
  describe(`the ${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await backend.open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('conversations', () => {
      it('given a saved state, it reads back the same JSON, and after a restart too', async () => {
        const state = { entryId: 'acv-what-is', facets: { nation: 'england', stage: ['nominate', 2] }, note: 'café ☕', ok: true, n: null };
        await store.record([{ type: 'conversation', key: 'c:1', at: at(0), state }]);
        expect(await store.getConversation('c:1', new Date(at(1)))).toEqual(state);
        await store.close();
        store = await backend.reopen();
        expect(await store.getConversation('c:1', new Date(at(1)))).toEqual(state);
      });

      it('given a state older than the time-to-live, it reads nothing; given a newer one, the latest', async () => {
        const ttl = DEFAULT_LIMITS.conversationTtlMs / 60_000;
        await store.record([{ type: 'conversation', key: 'c:1', at: at(0), state: { v: 1 } }]);
        expect(await store.getConversation('c:1', new Date(at(ttl - 1)))).toEqual({ v: 1 });
        expect(await store.getConversation('c:1', new Date(at(ttl + 1)))).toBeUndefined();
        await store.record([{ type: 'conversation', key: 'c:1', at: at(ttl + 10), state: { v: 2 } }]);
        expect(await store.getConversation('c:1', new Date(at(ttl + 11)))).toEqual({ v: 2 });
      });

      it('given a null state, it forgets the conversation', async () => {
        await store.record([{ type: 'conversation', key: 'c:1', at: at(0), state: { v: 1 } }]);
        await store.record([{ type: 'conversation', key: 'c:1', at: at(1), state: null }]);
        expect(await store.getConversation('c:1', new Date(at(2)))).toBeUndefined();
      });

      it('given a state larger than the cap, it keeps none of it but still applies the rest of the batch', async () => {
        await store.record([
          { type: 'conversation', key: 'c:big', at: at(0), state: { text: 'x'.repeat(5000) } },
          { type: 'conversation', key: 'c:small', at: at(0), state: { v: 1 } },
        ]);
        expect(await store.getConversation('c:big', new Date(at(1)))).toBeUndefined();
        expect(await store.getConversation('c:small', new Date(at(1)))).toEqual({ v: 1 });
      });

      it('given more conversations than the cap, the most recent are kept and the oldest go', async () => {
        for (let i = 0; i < 15; i++) await store.record([{ type: 'conversation', key: `c:${i}`, at: at(i / 10), state: { i } }]);
        const now = new Date(at(2));
        const kept = await Promise.all(Array.from({ length: 15 }, (_, i) => store.getConversation(`c:${i}`, now)));
        const present = kept.map((s, i) => (s === undefined ? -1 : i)).filter((i) => i >= 0);
        expect(present.length).toBeLessThanOrEqual(10);
        expect(present).toEqual(expect.arrayContaining([6, 7, 8, 9, 10, 11, 12, 13, 14]));
        expect(present).not.toContain(0);
      });
    });

    describe('questions and statistics', () => {
      it('given questions over three days, it counts those in the period by status and the answers per entry, most first', async () => {
        await store.record([
          question(-DAY, 'a', 'answered', 'acv-nominate'),
          question(0, 'a', 'answered', 'acv-listing-length'),
          question(10, 'b', 'answered', 'acv-listing-length', 'discord'),
          question(20, 'c', 'clarify'),
          question(30, 'd', 'fallback'),
          question(DAY + 5, 'e', 'answered', 'rtc-what-is'),
        ]);
        const s = await store.stats('2026-11-21', '2026-11-22');
        expect(s).toMatchObject({ asked: 5, answered: 3, clarified: 1, declined: 1 });
        expect(s.mostAsked).toEqual([
          { entryId: 'acv-listing-length', count: 2 },
          { entryId: 'rtc-what-is', count: 1 },
        ]);
        expect((await store.stats('2026-11-20', '2026-11-20')).asked).toBe(1);
        expect((await store.stats('2026-11-23', '2026-11-30')).asked).toBe(0);
      });

      it('given the same people asking many times, it counts each person once', async () => {
        const ops = Array.from({ length: 60 }, (_, i) => question(i, `person-${i % 6}`, 'fallback'));
        await store.record(ops);
        const s = await store.stats('2026-11-21', '2026-11-21');
        expect(s.asked).toBe(60);
        expect(s.people).toBe(6);
      });

      it('given questions the advisor found to repeat the previous need, it counts them as re-asks against the answers; an ordinary follow-up, however soon, is not one', async () => {
        await store.record([
          question(0, 'alice', 'answered', 'x'), { ...(question(3, 'alice', 'answered', 'x') as Extract<RecordOp, { type: 'question' }>), reask: true }, // asked again
          question(10, 'bob', 'answered', 'x'), question(11, 'bob', 'answered', 'y'), // a follow-up a minute later
          question(30, 'carol', 'fallback'), question(31, 'carol', 'answered', 'x'),
        ]);
        expect((await store.stats('2026-11-21', '2026-11-21')).reask).toEqual({ answers: 5, reasked: 1 });
      });
    });

    describe('votes', () => {
      it('given twenty presses by one person on one entry, it counts one vote, the latest', async () => {
        const presses: RecordOp[] = Array.from({ length: 20 }, (_, i) => ({ type: 'vote', at: at(i), platform: 'slack', userHash: 'mallory', entryId: 'acv-nominate', vote: i === 19 ? 'down' : 'up' }));
        await store.record(presses);
        await store.record([{ type: 'vote', at: at(30), platform: 'discord', userHash: 'trent', entryId: 'acv-nominate', vote: 'up' }]);
        expect((await store.stats('2026-11-21', '2026-11-21')).votes).toEqual([{ entryId: 'acv-nominate', up: 1, down: 1 }]);
      });

      it('given votes on different days, it counts only those in the period', async () => {
        await store.record([
          { type: 'vote', at: at(-3 * DAY), platform: 'slack', userHash: 'a', entryId: 'e1', vote: 'up' },
          { type: 'vote', at: at(0), platform: 'slack', userHash: 'b', entryId: 'e1', vote: 'down' },
        ]);
        expect((await store.stats('2026-11-21', '2026-11-21')).votes).toEqual([{ entryId: 'e1', up: 0, down: 1 }]);
      });
    });

    describe('the unanswered queue', () => {
      it('given the same question three times in different forms, it keeps one open item with the count, platforms, reasons and best nearest entries', async () => {
        await store.record([
          unanswered(0, 'a', 'Can we fly a drone over the village green?', { nearest: [{ entryId: 'e1', score: 0.2 }] }),
          unanswered(5, 'b', 'can we fly a drone over the village green', { platform: 'discord', nearest: [{ entryId: 'e1', score: 0.3 }, { entryId: 'e2', score: 0.1 }] }),
          unanswered(9, 'c', 'can we fly a drone over the village green 07700 900123', { reason: 'thumbs-down', nearest: [{ entryId: 'e3', score: 0 }], entryId: 'e3' }),
        ]);
        const open = await store.listOpenUnanswered(new Date(at(10)));
        expect(open).toHaveLength(1);
        expect(open[0]).toMatchObject({
          text: 'Can we fly a drone over the village green?', count: 3, platforms: ['discord', 'slack'], reasons: { fallback: 2, 'thumbs-down': 1 },
          firstAt: at(0), lastAt: at(9), status: 'open', nearest: [{ entryId: 'e1', score: 0.3 }, { entryId: 'e2', score: 0.1 }, { entryId: 'e3', score: 0 }],
        });
      });

      it('given personal details in the text, it stores them redacted even when the caller did not', async () => {
        await store.record([unanswered(0, 'a', 'my name is Jo Bloggs, jo@example.org, 07700 900123, SW1A 1AA, card 4111 1111 1111 1111')]);
        const [item] = await store.listOpenUnanswered(new Date(at(1)));
        expect(item.text).toBe('my name is [name], [email], [phone], [postcode], card [card number]');
      });

      it('given more distinct questions than the cap, the least recently asked leave first', async () => {
        for (let i = 0; i < 8; i++) await store.record([unanswered(i, `u${i}`, `question number ${'abcdefgh'[i]}`)]);
        // Asked again, so no longer the least recent.
        await store.record([unanswered(20, 'u9', 'question number d')]);
        await store.record([unanswered(21, 'u10', 'question number z')]);
        const texts = (await store.listOpenUnanswered(new Date(at(30)))).map((i) => i.text);
        expect(texts).toHaveLength(5);
        expect(texts.sort()).toEqual(['question number d', 'question number f', 'question number g', 'question number h', 'question number z']);
      });

      it('given one person asking more than the hourly allowance, the rest of their questions are not queued; someone else\'s are, and so are theirs next hour', async () => {
        await store.record(Array.from({ length: 6 }, (_, i) => unanswered(i, 'flooder', `nonsense ${i} ${'x'.repeat(i)}`)));
        await store.record([unanswered(7, 'someone', 'a real question about bicycles')]);
        expect(await store.listOpenUnanswered(new Date(at(8)))).toHaveLength(4);
        await store.record([unanswered(65, 'flooder', 'nonsense next hour')]);
        expect((await store.listOpenUnanswered(new Date(at(66)))).map((i) => i.text)).toContain('nonsense next hour');
      });

      it('given a held "did you mean" that is chosen, it queues nothing; abandoned, it queues it; left past the time-to-live, it joins the queue', async () => {
        const hold = (conversation: string, minutes: number, text: string): RecordOp => ({ type: 'hold-clarify', conversation, at: at(minutes), platform: 'slack', userHash: `u-${conversation}`, text, nearest: [{ entryId: 'e1', score: 0.4 }] });
        await store.record([hold('c:1', 0, 'how long does it last'), { type: 'settle-clarify', conversation: 'c:1', at: at(1), outcome: 'chosen' }]);
        await store.record([hold('c:2', 0, 'what about the shop'), { type: 'settle-clarify', conversation: 'c:2', at: at(1), outcome: 'abandoned' }]);
        await store.record([hold('c:3', 0, 'and the field behind it')]);
        expect((await store.listOpenUnanswered(new Date(at(10)))).map((i) => [i.text, i.reasons])).toEqual([['what about the shop', { 'clarify-abandoned': 1 }]]);
        const later = await store.listOpenUnanswered(new Date(at(31)));
        expect(later.map((i) => i.text).sort()).toEqual(['and the field behind it', 'what about the shop']);
      });

      it('given a second "did you mean" in the same conversation, the first was not answered and joins the queue', async () => {
        const hold = (minutes: number, text: string): RecordOp => ({ type: 'hold-clarify', conversation: 'c:9', at: at(minutes), platform: 'cli', userHash: 'u', text, nearest: [] });
        await store.record([hold(0, 'first unclear question'), hold(2, 'second unclear question')]);
        expect((await store.listOpenUnanswered(new Date(at(3)))).map((i) => i.text)).toEqual(['first unclear question']);
      });
    });

    describe('linking and dismissing', () => {
      async function twoItems() {
        await store.record([unanswered(0, 'a', 'can we fly a drone'), unanswered(1, 'b', 'can we fly drones here'), unanswered(2, 'c', 'who mows the green')]);
        return store.listOpenUnanswered(new Date(at(3)));
      }

      it('given an open item, linking its group closes every item, learns the phrasing, audits it and returns what changed', async () => {
        const [drone, drones, green] = await twoItems();
        const changed = await store.resolveUnanswered({
          named: drone.id, ids: [drone.id, drones.id], status: 'linked', entryId: 'fund-village-halls',
          learned: { text: 'can we fly a drone', entryId: 'fund-village-halls', by: 'slack:abc', at: at(5) }, audit: audit(5, `item ${drone.id} -> fund-village-halls`),
        });
        expect(changed).toEqual([drone.id, drones.id]);
        expect((await store.listOpenUnanswered(new Date(at(6)))).map((i) => i.id)).toEqual([green.id]);
        expect(await store.getUnanswered(drones.id)).toMatchObject({ status: 'linked', entryId: 'fund-village-halls' });
        expect(await store.listLearned()).toEqual([{ id: expect.any(Number), text: 'can we fly a drone', entryId: 'fund-village-halls', by: 'slack:abc', at: at(5) }]);
        expect((await store.listAudit()).map((a) => a.detail)).toEqual([`item ${drone.id} -> fund-village-halls`]);
      });

      it('given an item no longer open, or no such item, it changes nothing and audits nothing', async () => {
        const [drone] = await twoItems();
        await store.resolveUnanswered({ named: drone.id, ids: [drone.id], status: 'dismissed', audit: audit(5, 'first') });
        expect(await store.resolveUnanswered({ named: drone.id, ids: [drone.id], status: 'linked', entryId: 'x', learned: { text: 't', entryId: 'x', by: 'b', at: at(6) }, audit: audit(6, 'second') })).toEqual([]);
        expect(await store.resolveUnanswered({ named: 9999, ids: [9999], status: 'dismissed', audit: audit(6, 'third') })).toEqual([]);
        expect(await store.getUnanswered(drone.id)).toMatchObject({ status: 'dismissed' });
        expect(await store.getUnanswered(9999)).toBeUndefined();
        expect(await store.listLearned()).toEqual([]);
        expect((await store.listAudit()).map((a) => a.detail)).toEqual(['first']);
      });

      it('given the same words taught twice, it keeps only the latest teaching', async () => {
        await store.record([unanswered(0, 'a', 'who mows the green'), unanswered(1, 'b', 'what about the pond')]);
        const [mows, pond] = await store.listOpenUnanswered(new Date(at(2)));
        await store.resolveUnanswered({ named: mows.id, ids: [mows.id], status: 'linked', entryId: 'e1', learned: { text: 'Who mows the green?', entryId: 'e1', by: 'b', at: at(3) }, audit: audit(3, 'a') });
        await store.resolveUnanswered({ named: pond.id, ids: [pond.id], status: 'linked', entryId: 'e2', learned: { text: 'who mows the green', entryId: 'e2', by: 'b', at: at(4) }, audit: audit(4, 'b') });
        expect((await store.listLearned()).map((l) => [l.text, l.entryId])).toEqual([['who mows the green', 'e2']]);
      });

      it('given more closed items than the cap, the oldest closed items are forgotten', async () => {
        for (let i = 0; i < 5; i++) {
          await store.record([unanswered(i, `u${i}`, `closed question ${'abcde'[i]}`)]);
          const [item] = await store.listOpenUnanswered(new Date(at(i)));
          await store.resolveUnanswered({ named: item.id, ids: [item.id], status: 'dismissed', audit: audit(i, `d${i}`) });
        }
        const kept = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((id) => store.getUnanswered(id)));
        expect(kept.filter(Boolean).map((i) => i!.text)).toEqual(['closed question c', 'closed question d', 'closed question e']);
      });
    });

    describe('learned phrasings and the audit log', () => {
      it('given learned phrasings removed with an audit record, they are gone and the removal is audited', async () => {
        await store.record([unanswered(0, 'a', 'who mows the green')]);
        const [item] = await store.listOpenUnanswered(new Date(at(1)));
        await store.resolveUnanswered({ named: item.id, ids: [item.id], status: 'linked', entryId: 'e1', learned: { text: 'who mows the green', entryId: 'e1', by: 'b', at: at(2) }, audit: audit(2, 'link') });
        const [learned] = await store.listLearned();
        await store.removeLearned([learned.id], audit(3, 'exported'));
        expect(await store.listLearned()).toEqual([]);
        expect((await store.listAudit()).map((a) => a.detail)).toEqual(['link', 'exported']);
      });

      it('given more audit records than the cap, it keeps the newest, oldest first, with details redacted', async () => {
        for (let i = 0; i < 8; i++) await store.appendAudit(audit(i, `step ${i} by jo@example.org`));
        const kept = await store.listAudit();
        expect(kept.map((a) => a.detail)).toEqual([3, 4, 5, 6, 7].map((i) => `step ${i} by [email]`));
        expect((await store.listAudit(2)).map((a) => a.detail)).toEqual(['step 6 by [email]', 'step 7 by [email]']);
      });

      it('given many items and phrasings, every id is unique', async () => {
        const ops = Array.from({ length: 40 }, (_, i) => unanswered(i, `u${i}`, `distinct question ${i} ${'q'.repeat(i % 7)}`));
        await store.record(ops);
        const items = await store.listOpenUnanswered(new Date(at(50)));
        for (const item of items.slice(0, 3)) {
          await store.resolveUnanswered({ named: item.id, ids: [item.id], status: 'linked', entryId: 'e', learned: { text: item.text, entryId: 'e', by: 'b', at: at(60) }, audit: audit(60, 'x') });
        }
        const ids = [...(await store.listOpenUnanswered(new Date(at(61)))).map((i) => i.id), ...items.slice(0, 3).map((i) => i.id)];
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set((await store.listLearned()).map((l) => l.id)).size).toBe(3);
      });
    });

    describe('claiming a key once', () => {
      const TTL = 10 * 60_000;

      it('given a key claimed once, a second claim while the first lasts is refused, after a restart too; once it has expired, the key can be claimed again', async () => {
        expect(await store.claimOnce('event:Ev01', new Date(at(0)), TTL)).toBe(true);
        expect(await store.claimOnce('event:Ev01', new Date(at(1)), TTL)).toBe(false);
        await store.close();
        store = await backend.reopen();
        expect(await store.claimOnce('event:Ev01', new Date(at(9)), TTL)).toBe(false);
        expect(await store.claimOnce('event:Ev01', new Date(at(10)), TTL)).toBe(true);
        expect(await store.claimOnce('event:Ev01', new Date(at(11)), TTL)).toBe(false);
      });

      it('given different keys, each is won by its first claimer', async () => {
        expect(await store.claimOnce('event:Ev01', new Date(at(0)), TTL)).toBe(true);
        expect(await store.claimOnce('event:Ev02', new Date(at(0)), TTL)).toBe(true);
        expect(await store.claimOnce('event:ev01', new Date(at(0)), TTL)).toBe(true);
      });

      it('given ten claims of one key at the same moment, exactly one wins', async () => {
        const results = await Promise.all(Array.from({ length: 10 }, () => store.claimOnce('event:Ev01', new Date(at(0)), TTL)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('given expired claims, prune sweeps them without counting them as records deleted, and live ones still hold', async () => {
        await store.claimOnce('event:old', new Date(at(0)), 60_000);
        await store.claimOnce('event:live', new Date(at(0)), TTL);
        expect(await store.prune(new Date(at(2)), 90)).toBe(0);
        expect(await store.claimOnce('event:live', new Date(at(3)), TTL)).toBe(false);
        expect(await store.claimOnce('event:old', new Date(at(3)), TTL)).toBe(true);
      });
    });

    describe('retention and checks', () => {
      it('given records older than the retention period, it deletes them and keeps newer ones, learned phrasings and the audit log', async () => {
        await store.record([
          question(-100 * DAY, 'a', 'answered', 'e1'), question(0, 'a', 'answered', 'e1'),
          { type: 'vote', at: at(-100 * DAY), platform: 'slack', userHash: 'a', entryId: 'e1', vote: 'up' },
          { type: 'vote', at: at(0), platform: 'slack', userHash: 'b', entryId: 'e1', vote: 'up' },
          unanswered(-100 * DAY, 'a', 'an old question'), unanswered(0, 'b', 'a new question'),
        ]);
        await store.appendAudit(audit(-200 * DAY, 'ancient'));
        const gone = await store.prune(new Date(at(1)), 90);
        expect(gone).toBe(3);
        expect((await store.stats('2000-01-01', '2100-01-01')).asked).toBe(1);
        expect((await store.stats('2000-01-01', '2100-01-01')).votes).toEqual([{ entryId: 'e1', up: 1, down: 0 }]);
        expect((await store.listOpenUnanswered(new Date(at(1)))).map((i) => i.text)).toEqual(['a new question']);
        expect(await store.listAudit()).toHaveLength(1);
      });

      it('given a malformed operation in a batch, it drops that one and keeps the rest', async () => {
        await store.record([
          { type: 'question', at: 'not a time', platform: 'slack', userHash: 'a', status: 'answered' },
          { type: 'nonsense' } as unknown as RecordOp,
          question(0, 'a', 'fallback'),
        ]);
        expect((await store.stats('2026-11-21', '2026-11-21')).asked).toBe(1);
      });

      it('given it is asked twice for the hashing salt, it gives the same long random salt', async () => {
        const first = await store.hashSalt();
        const second = await store.hashSalt();
        expect(first.salt).toMatch(/^[0-9a-f]{32,}$/);
        expect(second.salt).toBe(first.salt);
        expect(second.created).toBe(false);
      });
    });
  });
}
