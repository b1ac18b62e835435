// A phrasing taught in another process (the terminal, another replica) reaches a running bot's
// answers without a restart.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdvisor } from '../../../src/advisor.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { createMemoryLogger } from '../../../src/log.js';
import { refreshLearned } from '../../../src/staff/refresh-learned.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { FIXTURE_KNOWLEDGE, question, STAFF_CONFIG, TODAY, UNKNOWN_QUESTION } from '../../unit/staff/staff-fixture.js';

describe('learned phrasings from another process', () => {
  it('given staff link a question through another store on the same file, the running bot answers it within the poll interval', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'learned-refresh-')), 'advisor.json');
    const logger = createMemoryLogger();
    const botStore = await openLowdbStore(file, logger);
    const knowledge = KnowledgeHolder.open(FIXTURE_KNOWLEDGE);
    const bot = createAdvisor({ knowledge, store: botStore, logger, config: STAFF_CONFIG, now: () => TODAY });
    const stop = refreshLearned(botStore, knowledge, logger, 20);
    expect((await bot.ask(question(UNKNOWN_QUESTION))).kind).toBe('fallback');
    await bot.flush();

    const terminal = await openLowdbStore(file, createMemoryLogger());
    const [item] = await terminal.listOpenUnanswered(TODAY);
    const at = TODAY.toISOString();
    await terminal.resolveUnanswered({ named: item.id, ids: [item.id], status: 'linked', entryId: 'fund-village-halls', learned: { text: UNKNOWN_QUESTION, entryId: 'fund-village-halls', by: 'cli:x', at }, audit: { at, actor: 'cli:x', action: 'link', detail: '' } });
    await terminal.close();

    const started = Date.now();
    while ((await bot.ask(question(UNKNOWN_QUESTION))).kind !== 'answer') {
      if (Date.now() - started > 5000) throw new Error('the running bot never picked up the phrasing');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await bot.ask(question(UNKNOWN_QUESTION))).toMatchObject({ kind: 'answer', entryId: 'fund-village-halls' });
    stop();
    await bot.flush();
    await botStore.close();
  });
});
