import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdvisor } from '../../../src/advisor.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { createMemoryLogger } from '../../../src/log.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import type { StoreData } from '../../../src/store/store.js';
import type { Platform } from '../../../src/types.js';
import { FIXTURE_KNOWLEDGE, question, STAFF_CONFIG } from '../../unit/staff/staff-fixture.js';

async function twoAdaptersOneFile() {
  const path = join(mkdtempSync(join(tmpdir(), 'staff-concurrent-')), 'advisor.json');
  const logger = createMemoryLogger();
  const store = await openLowdbStore(path, logger);
  const advisor = createAdvisor({ knowledge: KnowledgeHolder.open(FIXTURE_KNOWLEDGE), store, config: STAFF_CONFIG, logger });
  const reopen = () => JSON.parse(readFileSync(path, 'utf8')) as StoreData;
  return { advisor, store, reopen };
}

/** slack, discord, slack, discord, ... */
const interleaved = (n: number): Platform[] => Array.from({ length: n }, (_, i) => (i % 2 ? 'discord' : 'slack'));

describe('concurrent writes from two adapters to one data file', () => {
  it('given 100 Slack and 100 Discord votes at once, the file on disk holds all 200 with distinct ids', async () => {
    const { advisor, store, reopen } = await twoAdaptersOneFile();
    await Promise.all(
      interleaved(200).map((platform, i) =>
        advisor.act({ type: 'feedback', vote: i % 3 ? 'up' : 'down', entryId: 'acv-nominate', question: question('how do we nominate an acv', { platform, user: `u${i}` }) }),
      ),
    );
    await store.close();
    const data = reopen();
    expect(data.feedback).toHaveLength(200);
    expect(new Set(data.feedback.map((f) => f.id)).size).toBe(200);
    expect(data.feedback.filter((f) => f.platform === 'slack')).toHaveLength(100);
    // Every thumbs-down also queues an item; none lost, none sharing an id with a vote.
    expect(data.unanswered).toHaveLength(Math.ceil(200 / 3));
    expect(new Set([...data.feedback.map((f) => f.id), ...data.unanswered.map((u) => u.id)]).size).toBe(200 + data.unanswered.length);
  });

  it('given 100 Slack and 100 Discord questions at once, the file on disk logs all 200', async () => {
    const { advisor, store, reopen } = await twoAdaptersOneFile();
    await Promise.all(interleaved(200).map((platform, i) => advisor.ask(question(i % 2 ? 'how long does an acv listing last' : 'what colour is the bicycle shed', { platform, user: `u${i}` }))));
    await store.close();
    const data = reopen();
    expect(data.questions).toHaveLength(200);
    expect(data.questions.filter((q) => q.platform === 'discord')).toHaveLength(100);
    expect(data.unanswered).toHaveLength(100);
    expect(Object.keys(data.contexts)).toHaveLength(200);
  });
});
