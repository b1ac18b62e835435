import { describe, expect, it } from '@jest/globals';
import { createMemoryLogger } from '../../../src/log.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { pruneExpired, scheduleRetention } from '../../../src/store/retention.js';
import { emptyData, type StoreData } from '../../../src/store/store.js';

const DAY = 86_400_000;
const NOW = new Date('2026-11-21T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

function dataWithAges(ages: number[]): StoreData {
  const data = emptyData();
  for (const age of ages) {
    data.questions.push({ at: daysAgo(age), platform: 'slack', userHash: 'h', status: 'fallback' });
    data.feedback.push({ id: data.nextId++, entryId: 'e', vote: 'up', platform: 'slack', userHash: 'h', at: daysAgo(age) });
    data.unanswered.push({ id: data.nextId++, text: 'q', platform: 'slack', at: daysAgo(age), reason: 'fallback', nearest: [], status: 'open' });
  }
  data.learned.push({ id: data.nextId++, text: 'taught long ago', entryId: 'e', by: 'slack:U1', at: daysAgo(400) });
  data.audit.push({ at: daysAgo(400), actor: 'slack:U1', action: 'link', detail: '' });
  return data;
}

describe('retention', () => {
  it('given questions and feedback older than the retention period, it deletes them and keeps newer ones, learned phrasings and the audit log', async () => {
    const store = createMemoryStore(dataWithAges([1, 89, 91, 200]));
    const logger = createMemoryLogger();
    const deleted = await pruneExpired(store, 90, logger, NOW);
    const data = store.read();
    expect(deleted).toBe(6);
    expect(data.questions.map((q) => q.at)).toEqual([daysAgo(1), daysAgo(89)]);
    expect(data.feedback).toHaveLength(2);
    expect(data.unanswered).toHaveLength(2);
    expect(data.learned).toHaveLength(1);
    expect(data.audit).toHaveLength(1);
    expect(logger.lines.join('\n')).toContain('deleted 6 record(s) older than 90 days');
  });

  it('given a running process, it prunes again on schedule and stops when asked', async () => {
    const store = createMemoryStore(dataWithAges([1]));
    let now = NOW;
    const stop = scheduleRetention(store, 90, createMemoryLogger(), 20, () => now);
    now = new Date(NOW.getTime() + 100 * DAY); // the 1-day-old records are now 101 days old
    await waitFor(() => store.read().questions.length === 0);
    stop();
    await store.update((d) => d.questions.push({ at: daysAgo(500), platform: 'slack', userHash: 'h', status: 'fallback' }));
    await new Promise((r) => setTimeout(r, 80));
    expect(store.read().questions).toHaveLength(1);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
