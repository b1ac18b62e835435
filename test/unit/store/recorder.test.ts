// Answering never waits on recording: with a store that cannot write, or cannot even be read,
// people still get their answers; the failure is logged once with its reason; and what was
// recorded while it failed is stored once it works again.
import { describe, expect, it } from '@jest/globals';
import { createAdvisor } from '../../../src/advisor.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { createMemoryLogger } from '../../../src/log.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { createRecorder } from '../../../src/store/recorder.js';
import type { Store } from '../../../src/store/store.js';
import { CLEAN_KB_DIR, TODAY } from '../core/support/fixture-kb.js';
import { question } from '../core/support/fixture-advisor.js';

/** A real in-memory store behind a switch that makes its writes (or reads) fail as a full disk does. */
function faultyStore() {
  const store = createMemoryStore();
  const faults = { writes: false, reads: false as false | 'fail' | 'hang' };
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const wrapped: Store = {
    ...store,
    record: async (ops) => {
      if (faults.writes) throw enospc();
      return store.record(ops);
    },
    getConversation: (key, now) => {
      if (faults.reads === 'fail') return Promise.reject(new Error('ECONNREFUSED'));
      if (faults.reads === 'hang') return new Promise(() => {});
      return store.getConversation(key, now);
    },
  };
  return { store: wrapped, faults };
}

function world() {
  const { store, faults } = faultyStore();
  const logger = createMemoryLogger();
  const recorder = createRecorder(store, logger, { retryMinMs: 5, retryMaxMs: 20, readTimeoutMs: 100 });
  const advisor = createAdvisor({ knowledge: KnowledgeHolder.open(CLEAN_KB_DIR), store, logger, recorder, config: { hashSalt: 'recorder-salt-0123456789', staff: [], retentionDays: 90, countTerminal: true }, now: () => TODAY });
  const errors = () => logger.lines.filter((l) => / ERROR /.test(l));
  return { store, faults, logger, advisor, recorder, errors };
}

describe('answering while the store cannot record', () => {
  it('given a store that cannot write, every question gets its answer, the log says why once, and nothing is lost once it can write again', async () => {
    const w = world();
    w.faults.writes = true;
    const replies = [];
    for (let i = 0; i < 300; i++) replies.push(await w.advisor.ask(question(i % 2 ? 'how long does an ACV listing last?' : `zebra crossing ${i} timetable`, { userId: `u${i}` })));
    expect(replies.filter((r) => r.kind === 'error')).toEqual([]);
    expect(replies.filter((r) => r.kind === 'answer')).toHaveLength(150);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.errors()).toHaveLength(1);
    expect(w.errors()[0]).toContain('ENOSPC');

    w.faults.writes = false;
    expect(await w.recorder.flush(5000)).toBe(true);
    expect((await w.store.stats('2026-11-21', '2026-11-21')).asked).toBe(300);
    expect(w.logger.lines.some((l) => /works again after \d+ failed attempt/.test(l))).toBe(true);
  });

  it('given a store whose reads fail or hang, it answers without the earlier context and logs it once', async () => {
    const w = world();
    await w.advisor.ask(question('what is an ACV?', { threadId: 't1' }));
    await w.recorder.flush();
    for (const fault of ['fail', 'hang'] as const) {
      w.faults.reads = fault;
      const follow = await w.advisor.explain(question('how long does that last?', { threadId: `t-${fault}` }));
      expect(follow.reply.kind).not.toBe('error');
      expect(follow.usedContext).toBe(false);
    }
    expect(w.errors().filter((l) => l.includes('reading conversation state'))).toHaveLength(1);
  });

  it('given a follow-up before the earlier question is stored, it still has the earlier context', async () => {
    const w = world();
    w.faults.writes = true;
    await w.advisor.ask(question('what is an ACV?', { threadId: 't1' }));
    const follow = await w.advisor.explain(question('how long does that last?', { threadId: 't1' }));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe('acv-listing-length');
    w.faults.writes = false;
    await w.recorder.flush();
  });

  it('given the store failing for longer than the recorder can hold, it drops the oldest records with one log line and stores the rest when it recovers', async () => {
    const { store, faults } = faultyStore();
    const logger = createMemoryLogger();
    const recorder = createRecorder(store, logger, { retryMinMs: 5, retryMaxMs: 10, maxQueued: 50 });
    faults.writes = true;
    for (let i = 0; i < 80; i++) recorder.record([{ type: 'question', at: TODAY.toISOString(), platform: 'cli', userHash: `u${i}`, status: 'fallback' }]);
    expect(logger.lines.filter((l) => l.includes('fallen 50 operations behind'))).toHaveLength(1);
    faults.writes = false;
    await recorder.flush();
    const asked = (await store.stats('2026-11-21', '2026-11-21')).asked;
    expect(asked).toBeGreaterThanOrEqual(50);
    expect(asked).toBeLessThan(80);
  });
});
