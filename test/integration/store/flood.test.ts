// A flood of unique nonsense into one data file, from one person and from thousands: the file
// stays small, the queue stays capped, and staff can still read it. (Speed side by side with a
// baseline is measured by `npm run bench:store`; here only generous safety bounds.)
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdvisor } from '../../../src/advisor.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { createMemoryLogger } from '../../../src/log.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { DEFAULT_LIMITS } from '../../../src/store/limits.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { FIXTURE_KNOWLEDGE, question, SLACK_STAFF, STAFF_CONFIG } from '../../unit/staff/staff-fixture.js';
import { overBound } from '../../helpers/time-bound.js';

const dir = mkdtempSync(join(tmpdir(), 'flood-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const nonsense = (i: number) => `can the blorp ${i.toString(36)} fizzwick ${(i * 7919).toString(36)} do a quandle`;

describe('5,000 unique nonsense questions into one data file', () => {
  it.each([
    ['one person', (_i: number) => 'U0FLOODER'],
    ['5,000 different people', (i: number) => `U0PERSON${i}`],
  ])('given them from %s, the file stays under 2 MB, the queue stays within its cap, and "unanswered" answers within seconds', async (_who, user) => {
    const file = join(dir, `advisor-${user(1)}.json`);
    const logger = createMemoryLogger();
    const store = await openLowdbStore(file, logger);
    const now = () => new Date();
    const advisor = createAdvisor({ knowledge: KnowledgeHolder.open(FIXTURE_KNOWLEDGE), store, logger, config: STAFF_CONFIG, now });
    for (let i = 0; i < 5000; i++) await advisor.ask({ ...question(nonsense(i), { user: user(i) }), receivedAt: now() });
    await advisor.flush();

    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    const open = await store.listOpenUnanswered(now());
    expect(open.length).toBeLessThanOrEqual(DEFAULT_LIMITS.openItems);
    expect((await store.stats('2000-01-01', '2100-01-01')).asked).toBe(5000);

    let reply = await advisor.staff(SLACK_STAFF, 'unanswered');
    const listUnanswered = async () => {
      reply = await advisor.staff(SLACK_STAFF, 'unanswered');
    };
    expect(await overBound(listUnanswered, { boundMs: 5000 })).toBeUndefined();
    expect(toPlainText(reply)).toContain(`Unanswered questions: ${open.reduce((n, i) => n + i.count, 0)} open`);
    await store.close();
  }, 120_000);
});
