// Sharing one state between processes: two bot processes asking 300 questions each while staff
// run `npm run admin -- link` and `dismiss` from the terminal, against one data file and against
// one PostgreSQL database. Every question is counted and every staff action stays in effect.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from '../../../src/log.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import type { Store } from '../../../src/store/store.js';
import { usePostgresServer } from '../../helpers/postgres-server.js';
import { FIXTURE_KNOWLEDGE } from '../../unit/staff/staff-fixture.js';
import { runCli } from '../staff/run-cli.js';
import { startChild } from './support/child.js';

const PER_PROCESS = 300;
const SALT = 'two-processes-salt-0123456789';

async function shareOneState(env: Record<string, string>, open: () => Promise<Store>) {
  // Two questions already waiting for staff.
  const seed = await open();
  const at = new Date().toISOString();
  await seed.record([
    { type: 'unanswered', at, platform: 'slack', userHash: 'seed-a', text: 'can we fly a drone over the village green', reason: 'fallback', nearest: [] },
    { type: 'unanswered', at, platform: 'slack', userHash: 'seed-b', text: 'buy cheap watches here', reason: 'fallback', nearest: [] },
  ]);
  const [drone, spam] = await seed.listOpenUnanswered(new Date());
  await seed.close();

  // The bot processes ask from the terminal; count it, as these tests are about what gets stored.
  const settings = { ...env, ADVISOR_KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, ADVISOR_HASH_SALT: SALT, ADVISOR_WATCH_KNOWLEDGE: 'false', ADVISOR_COUNT_TERMINAL: 'true' };
  const bots = ['alpha', 'beta'].map((label) => startChild('ask-many.ts', [label, String(PER_PROCESS), '10'], settings));
  await Promise.all(bots.map((b) => b.waitFor(/^ready$/)));
  // Staff act from the terminal while both bots are writing.
  const [linked, dismissed] = await Promise.all([runCli('admin', ['link', String(drone.id), 'fund-village-halls'], settings), runCli('admin', ['dismiss', String(spam.id)], settings)]);
  expect(linked.stdout).toContain(`Linked #${drone.id} to fund-village-halls`);
  expect(dismissed.stdout).toContain(`Dismissed #${spam.id}`);
  await Promise.all(bots.map((b) => b.waitFor(/^done$/, 120_000)));

  const store = await open();
  const day = new Date().toISOString().slice(0, 10);
  const stats = await store.stats(day, day);
  expect(stats).toMatchObject({ asked: 2 * PER_PROCESS, answered: 2 * PER_PROCESS * 0.8, declined: 2 * PER_PROCESS * 0.2 });
  expect(await store.getUnanswered(drone.id)).toMatchObject({ status: 'linked', entryId: 'fund-village-halls' });
  expect(await store.getUnanswered(spam.id)).toMatchObject({ status: 'dismissed' });
  expect((await store.listLearned()).map((l) => [l.text, l.entryId])).toEqual([['can we fly a drone over the village green', 'fund-village-halls']]);
  expect((await store.listAudit()).map((a) => a.action).sort()).toEqual(['dismiss', 'link']);
  const open_ = await store.listOpenUnanswered(new Date());
  expect(open_).toHaveLength(2 * PER_PROCESS * 0.2);
  expect(new Set(open_.map((i) => i.id)).size).toBe(open_.length);
  expect(open_.map((i) => i.id)).not.toContain(drone.id);
  await store.close();
}

describe('two bot processes and the terminal on one data file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'two-processes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given 300 questions from each bot while staff link and dismiss, every question is counted and both staff actions stay in effect', async () => {
    const file = join(dir, 'advisor.json');
    await shareOneState({ ADVISOR_DATA_FILE: file }, () => openLowdbStore(file, createMemoryLogger(), { hashSalt: SALT }));
  }, 180_000);
});

describe('two bot processes and the terminal on one PostgreSQL database', () => {
  const server = usePostgresServer();

  it('given 300 questions from each bot while staff link and dismiss, every question is counted and both staff actions stay in effect', async () => {
    const url = await server.createDatabase('two_processes');
    await shareOneState({ ADVISOR_DATABASE_URL: url, ADVISOR_DATA_FILE: join(tmpdir(), 'unused-when-a-database-is-set.json') }, () => openPostgresStore(url, createMemoryLogger()));
  }, 180_000);
});
