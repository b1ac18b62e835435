import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdvisor } from '../../../src/advisor.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { createMemoryLogger } from '../../../src/log.js';
import type { StoreDocument } from '../../../src/store/document/document.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import type { Platform } from '../../../src/types.js';
import { FIXTURE_KNOWLEDGE, question, STAFF_CONFIG } from '../../unit/staff/staff-fixture.js';

async function twoAdaptersOneFile() {
  const path = join(mkdtempSync(join(tmpdir(), 'staff-concurrent-')), 'advisor.json');
  const logger = createMemoryLogger();
  const store = await openLowdbStore(path, logger);
  const advisor = createAdvisor({ knowledge: KnowledgeHolder.open(FIXTURE_KNOWLEDGE), store, config: STAFF_CONFIG, logger });
  const reopen = () => JSON.parse(readFileSync(path, 'utf8')) as StoreDocument;
  const close = async () => {
    await advisor.flush();
    await store.close();
  };
  return { advisor, store, reopen, close };
}

/** slack, discord, slack, discord, ... */
const interleaved = (n: number): Platform[] => Array.from({ length: n }, (_, i) => (i % 2 ? 'discord' : 'slack'));

describe('concurrent writes from two adapters to one data file', () => {
  it('given 100 Slack and 100 Discord votes at once, the file on disk holds all 200, and every thumbs-down is counted on the queue', async () => {
    const { advisor, close, reopen } = await twoAdaptersOneFile();
    await Promise.all(
      interleaved(200).map((platform, i) =>
        advisor.act({ type: 'feedback', vote: i % 3 ? 'up' : 'down', entryId: 'acv-nominate', question: question('how do we nominate an acv', { platform, user: `u${i}` }) }),
      ),
    );
    await close();
    const data = reopen();
    expect(Object.keys(data.votes)).toHaveLength(200);
    expect(Object.values(data.votes).filter((v) => v.vote === 'down')).toHaveLength(Math.ceil(200 / 3));
    // The thumbs-downs all say the same thing, so they are one queue item asked 67 times.
    expect(data.unanswered.map((u) => u.count)).toEqual([Math.ceil(200 / 3)]);
  });

  it('given 100 Slack and 100 Discord questions at once, the file on disk counts all 200', async () => {
    const { advisor, close, reopen } = await twoAdaptersOneFile();
    await Promise.all(interleaved(200).map((platform, i) => advisor.ask(question(i % 2 ? 'how long does an acv listing last' : 'what colour is the bicycle shed', { platform, user: `u${i}` }))));
    await close();
    const data = reopen();
    const [day] = Object.values(data.days);
    expect(day.asked.answered + day.asked.clarify + day.asked.fallback).toBe(200);
    expect(day.platforms).toEqual({ slack: 100, discord: 100 });
    expect(data.unanswered.map((u) => [u.text, u.count])).toEqual([['what colour is the bicycle shed', 100]]);
    expect(Object.keys(data.conversations)).toHaveLength(200);
  });
});
