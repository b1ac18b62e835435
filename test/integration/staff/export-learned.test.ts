import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { createMemoryLogger } from '../../../src/log.js';
import { exportLearned } from '../../../src/staff/export-learned.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { emptyData, type LearnedRecord, type StoreData } from '../../../src/store/store.js';
import { copyFixtureKnowledge } from '../../unit/staff/staff-fixture.js';
import { runCli } from './run-cli.js';

const TAUGHT = 'can we fly a drone over the village green';
const learned = (id: number, text: string, entryId: string): LearnedRecord => ({ id, text, entryId, by: 'slack:U123', at: '2026-11-20T10:00:00.000Z' });

function storeWith(records: LearnedRecord[]) {
  const data: StoreData = { ...emptyData(), learned: records, nextId: 100 };
  return createMemoryStore(data);
}

describe('exporting learned phrasings into the knowledge files', () => {
  it('given a learned phrasing, it appends it to the entry\'s example questions, changes nothing else, and the checker still passes', async () => {
    const dir = copyFixtureKnowledge();
    const file = join(dir, 'funding/fund-village-halls.md');
    const before = readFileSync(file, 'utf8');
    const store = storeWith([learned(1, TAUGHT, 'fund-village-halls')]);

    const result = await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });

    expect(result).toMatchObject({ ok: true, written: [{ entryId: 'fund-village-halls', file: 'funding/fund-village-halls.md', text: TAUGHT }] });
    expect(readFileSync(file, 'utf8')).toBe(before.replace('  - vilage hall roof funding\n', `  - vilage hall roof funding\n  - ${TAUGHT}\n`));
    const { kb, problems } = loadKnowledge(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb!.byId.get('fund-village-halls')!.questions).toContain(TAUGHT);
  });

  it('given it has written a phrasing, it removes it from the store and audits it, so a second run writes nothing', async () => {
    const dir = copyFixtureKnowledge();
    const store = storeWith([learned(1, TAUGHT, 'fund-village-halls')]);
    await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });
    expect(store.read().learned).toEqual([]);
    expect(store.read().audit).toMatchObject([{ actor: 'cli:operator', action: 'kb:learned' }]);
    const file = readFileSync(join(dir, 'funding/fund-village-halls.md'), 'utf8');

    await store.update((d) => d.learned.push(learned(2, `${TAUGHT}?`, 'fund-village-halls')));
    const again = await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });
    expect(again.written).toEqual([]);
    expect(again.alreadyThere).toHaveLength(1);
    expect(readFileSync(join(dir, 'funding/fund-village-halls.md'), 'utf8')).toBe(file);
    expect(store.read().learned).toEqual([]);
  });

  it('given a phrasing already an example of another entry, or for an entry that is gone, it skips it and keeps it in the store', async () => {
    const dir = copyFixtureKnowledge();
    const store = storeWith([learned(1, 'how do we nominate an ACV', 'acv-listing-length'), learned(2, 'who mows the green', 'gone-entry')]);
    const result = await exportLearned({ knowledgeDir: dir, store, by: 'cli:operator' });
    expect(result.written).toEqual([]);
    expect(result.skipped.map((s) => s.why)).toEqual(['it is already an example question of acv-nominate', 'the entry no longer exists; link the question again']);
    expect(store.read().learned.map((l) => l.id)).toEqual([1, 2]);
    expect(loadKnowledge(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('given npm run kb:learned against a data file, it prints what it wrote and writes it into the file', async () => {
    const dir = copyFixtureKnowledge();
    const dataFile = join(mkdtempSync(join(tmpdir(), 'staff-kb-learned-')), 'advisor.json');
    const store = await openLowdbStore(dataFile, createMemoryLogger());
    await store.update((d) => d.learned.push(learned(1, TAUGHT, 'fund-village-halls')));
    await store.close();

    const run = await runCli('kb-learned', [], { ADVISOR_KNOWLEDGE_DIR: dir, ADVISOR_DATA_FILE: dataFile });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote    funding/fund-village-halls.md: "${TAUGHT}"`);
    expect(run.stdout).toContain('1 phrasing(s) written to 1 file(s)');
    expect(loadKnowledge(dir).kb!.byId.get('fund-village-halls')!.questions).toContain(TAUGHT);
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).learned).toEqual([]);
  }, 30_000);
});
