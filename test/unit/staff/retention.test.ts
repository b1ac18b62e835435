import { describe, expect, it } from '@jest/globals';
import { createMemoryLogger } from '../../../src/log.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { pruneExpired, scheduleRetention } from '../../../src/store/retention.js';
import type { RecordOp, Store } from '../../../src/store/store.js';

const DAY = 86_400_000;
const NOW = new Date('2026-11-21T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

async function storeWithAges(ages: number[]): Promise<Store> {
  const store = createMemoryStore();
  const ops: RecordOp[] = ages.flatMap((age, i): RecordOp[] => [
    { type: 'question', at: daysAgo(age), platform: 'slack', userHash: `h${i}`, status: 'fallback' },
    { type: 'vote', at: daysAgo(age), platform: 'slack', userHash: `h${i}`, entryId: 'e', vote: 'up' },
    { type: 'unanswered', at: daysAgo(age), platform: 'slack', userHash: `h${i}`, text: `question asked ${age} days ago`, reason: 'fallback', nearest: [] },
  ]);
  await store.record(ops.sort((a, b) => a.at.localeCompare(b.at)));
  await store.record([{ type: 'unanswered', at: daysAgo(400), platform: 'slack', userHash: 'x', text: 'taught long ago', reason: 'fallback', nearest: [] }]);
  const [old] = await store.listOpenUnanswered(NOW);
  await store.resolveUnanswered({ named: old.id, ids: [old.id], status: 'linked', entryId: 'e', learned: { text: 'taught long ago', entryId: 'e', by: 'slack:x', at: daysAgo(400) }, audit: { at: daysAgo(400), actor: 'slack:x', action: 'link', detail: '' } });
  return store;
}

describe('retention', () => {
  it('given questions, votes and queue items older than the retention period, it deletes them and keeps newer ones, learned phrasings and the audit log', async () => {
    const store = await storeWithAges([1, 89, 91, 200]);
    const logger = createMemoryLogger();
    const deleted = await pruneExpired(store, 90, logger, NOW);
    // Two days of counters, two votes and two queue items (plus the linked one from 400 days ago).
    expect(deleted).toBe(7);
    expect((await store.stats('2000-01-01', '2100-01-01')).asked).toBe(2);
    expect((await store.stats('2000-01-01', '2100-01-01')).votes).toEqual([{ entryId: 'e', up: 2, down: 0 }]);
    expect((await store.listOpenUnanswered(NOW)).map((i) => i.text).sort()).toEqual(['question asked 1 days ago', 'question asked 89 days ago']);
    expect(await store.listLearned()).toHaveLength(1);
    expect(await store.listAudit()).toHaveLength(1);
    expect(logger.lines.join('\n')).toContain('deleted 7 record(s) older than 90 days');
  });

  it('given a running process, it prunes again on schedule and stops when asked', async () => {
    const store = await storeWithAges([1]);
    let now = NOW;
    const stop = scheduleRetention(store, 90, createMemoryLogger(), 20, () => now);
    now = new Date(NOW.getTime() + 100 * DAY); // the 1-day-old records are now 101 days old
    await waitFor(async () => (await store.stats('2000-01-01', '2100-01-01')).asked === 0);
    stop();
    await store.record([{ type: 'question', at: daysAgo(500), platform: 'slack', userHash: 'h', status: 'fallback' }]);
    await new Promise((r) => setTimeout(r, 80));
    expect((await store.stats('2000-01-01', '2100-01-01')).asked).toBe(1);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 2000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
