import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { createMemoryLogger } from '../../../src/log.js';
import { exportLearned } from '../../../src/staff/export-learned.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import type { Store } from '../../../src/store/store.js';
import { copyFixtureKnowledge } from '../../unit/staff/staff-fixture.js';
import { runCli } from './run-cli.js';

const TAUGHT = 'can we fly a drone over the village green';
type Teaching = [text: string, entryId: string];

/** Teaches phrasings the way staff do: a queued question, then link. */
async function teach(store: Store, teachings: Teaching[]): Promise<Store> {
  for (const [i, [text, entryId]] of teachings.entries()) {
    const at = `2026-11-20T10:0${i}:00.000Z`;
    await store.record([{ type: 'unanswered', at, platform: 'slack', userHash: `u${i}`, text: `${text} (asked ${i})`, reason: 'fallback', nearest: [] }]);
    const item = (await store.listOpenUnanswered(new Date(at))).at(-1)!;
    await store.resolveUnanswered({ named: item.id, ids: [item.id], status: 'linked', entryId, learned: { text, entryId, by: 'slack:abc123', at }, audit: { at, actor: 'slack:abc123', action: 'link', detail: '' } });
  }
  return store;
}
const storeWith = (teachings: Teaching[]) => teach(createMemoryStore(), teachings);
const kbLearnedAudit = async (store: Store) => (await store.listAudit()).filter((a) => a.action === 'kb:learned');

describe('exporting learned phrasings into the knowledge files', () => {
  it('given a learned phrasing, it appends it to the entry\'s example questions, changes nothing else, and the checker still passes', async () => {
    const dir = copyFixtureKnowledge();
    const file = join(dir, 'funding/fund-village-halls.md');
    const before = readFileSync(file, 'utf8');
    const store = await storeWith([[TAUGHT, 'fund-village-halls']]);

    const result = await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });

    expect(result).toMatchObject({ ok: true, written: [{ entryId: 'fund-village-halls', file: 'funding/fund-village-halls.md', text: TAUGHT }] });
    expect(readFileSync(file, 'utf8')).toBe(before.replace('  - vilage hall roof funding\n', `  - vilage hall roof funding\n  - ${TAUGHT}\n`));
    const { kb, problems } = loadKnowledge(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb!.byId.get('fund-village-halls')!.questions).toContain(TAUGHT);
  });

  it('given it has written a phrasing, it removes it from the store and audits it, so a second run writes nothing', async () => {
    const dir = copyFixtureKnowledge();
    const store = await storeWith([[TAUGHT, 'fund-village-halls']]);
    await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });
    expect(await store.listLearned()).toEqual([]);
    expect(await kbLearnedAudit(store)).toMatchObject([{ actor: 'cli:operator', action: 'kb:learned' }]);
    const file = readFileSync(join(dir, 'funding/fund-village-halls.md'), 'utf8');

    await teach(store, [[`${TAUGHT}?`, 'fund-village-halls']]);
    const again = await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });
    expect(again.written).toEqual([]);
    expect(again.alreadyThere).toHaveLength(1);
    expect(readFileSync(join(dir, 'funding/fund-village-halls.md'), 'utf8')).toBe(file);
    expect(await store.listLearned()).toEqual([]);
  });

  it('given a phrasing already an example of another entry, or for an entry that is gone, it skips it and keeps it in the store', async () => {
    const dir = copyFixtureKnowledge();
    const store = await storeWith([['how do we nominate an ACV', 'acv-listing-length'], ['who mows the green', 'gone-entry']]);
    const ids = (await store.listLearned()).map((l) => l.id);
    const result = await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });
    expect(result.written).toEqual([]);
    expect(result.skipped.map((s) => s.why)).toEqual(['it is already an example question of acv-nominate', 'the entry no longer exists; link the question again']);
    expect((await store.listLearned()).map((l) => l.id)).toEqual(ids);
    expect(loadKnowledge(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('given npm run kb:learned against a data file, it prints what it wrote and writes it into the file', async () => {
    const dir = copyFixtureKnowledge();
    const dataFile = join(mkdtempSync(join(tmpdir(), 'staff-kb-learned-')), 'advisor.json');
    await (await teach(await openLowdbStore(dataFile, createMemoryLogger()), [[TAUGHT, 'fund-village-halls']])).close();

    const run = await runCli('kb-learned', [], { ADVISOR_KNOWLEDGE_DIR: dir, ADVISOR_DATA_FILE: dataFile });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote    funding/fund-village-halls.md: "${TAUGHT}"`);
    expect(run.stdout).toContain('1 phrasing(s) written to 1 file(s)');
    expect(loadKnowledge(dir).kb!.byId.get('fund-village-halls')!.questions).toContain(TAUGHT);
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).learned).toEqual([]);
  }, 30_000);
});
