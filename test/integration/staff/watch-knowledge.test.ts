import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeHolder, type ReloadOutcome } from '../../../src/kb/knowledge-holder.js';
import { watchKnowledge } from '../../../src/kb/watch-knowledge.js';
import { createMemoryLogger } from '../../../src/log.js';
import { copyFixtureKnowledge } from '../../unit/staff/staff-fixture.js';
import { saveLikeAnEditor, villageGreenEntry, waitFor } from './knowledge-edits.js';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

function watched(debounceMs = 100) {
  const dir = copyFixtureKnowledge();
  const knowledge = KnowledgeHolder.open(dir);
  const reloads: ReloadOutcome[] = [];
  stop = watchKnowledge({ knowledge, logger: createMemoryLogger(), debounceMs, onReload: (o) => reloads.push(o) });
  return { dir, knowledge, reloads };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchKnowledge', () => {
  it('given an editor that saves by renaming a temporary file over the original, it picks up every save, not just the first', async () => {
    const { dir, knowledge } = watched();
    const file = join(dir, 'right-to-bid/acv-village-green.md');
    writeFileSync(file, villageGreenEntry());
    await waitFor(() => knowledge.current.kb.byId.get('acv-village-green'));
    for (const title of ['First saved title?', 'Second saved title?', 'Third saved title?']) {
      saveLikeAnEditor(file, villageGreenEntry().replace(/^title: .*$/m, `title: ${title}`));
      await waitFor(() => (knowledge.current.kb.byId.get('acv-village-green')?.title === title ? true : undefined));
    }
  });

  it('given a burst of saves, it reloads once after they settle', async () => {
    const { dir, reloads } = watched(150);
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());
      await sleep(20);
    }
    await waitFor(() => (reloads.length ? true : undefined));
    await sleep(400);
    expect(reloads).toHaveLength(1);
  });

  it('given only editor swap, backup and lock files, it does not reload', async () => {
    const { dir, reloads } = watched(50);
    for (const name of ['.acv-nominate.md.swp', '.#acv-nominate.md', '.acv-nominate.md', 'acv-nominate.md~', '4913', '#acv-nominate.md#', 'notes.tmp']) writeFileSync(join(dir, 'right-to-bid', name), 'x');
    await sleep(400);
    expect(reloads).toEqual([]);
  });

  it('given a new topic folder, it watches it and picks up entries saved into it later', async () => {
    const { dir, knowledge, reloads } = watched(50);
    mkdirSync(join(dir, 'commons'));
    await waitFor(() => (reloads.length ? true : undefined));
    await sleep(100);
    writeFileSync(join(dir, 'commons/acv-village-green.md'), villageGreenEntry());
    await waitFor(() => knowledge.current.kb.byId.get('acv-village-green'));
    expect(knowledge.current.kb.byId.get('acv-village-green')?.topic).toBe('commons');
  });

  it('given the whole folder moved away and a copy put back in its place (as deploy tools do), a later edit is picked up within seconds', async () => {
    const { dir, knowledge, reloads } = watched(50);
    renameSync(dir, `${dir}.old`);
    cpSync(`${dir}.old`, dir, { recursive: true });
    await waitFor(() => (reloads.length ? true : undefined), 5000);
    await sleep(200);

    writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());

    await waitFor(() => knowledge.current.kb.byId.get('acv-village-green'), 5000);
  });

  it('given the whole folder deleted and copied in again, a later edit is picked up within seconds', async () => {
    const { dir, knowledge, reloads } = watched(50);
    cpSync(dir, `${dir}.copy`, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    await sleep(300);
    cpSync(`${dir}.copy`, dir, { recursive: true });
    const before = reloads.length;
    await waitFor(() => (reloads.length > before && reloads.at(-1)!.entries === 4 ? true : undefined), 5000);
    await sleep(200);

    writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());

    await waitFor(() => knowledge.current.kb.byId.get('acv-village-green'), 5000);
  });

  it('given a link inside the folder that loops back to it, watching still starts and edits are still picked up', async () => {
    const dir = copyFixtureKnowledge();
    symlinkSync(dir, join(dir, 'right-to-bid', 'loop'));
    const knowledge = KnowledgeHolder.open(dir);
    stop = watchKnowledge({ knowledge, logger: createMemoryLogger(), debounceMs: 50 });
    expect(knowledge.openingProblems.problems).toContainEqual(expect.objectContaining({ file: 'right-to-bid/loop', severity: 'warning' }));

    writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());

    await waitFor(() => knowledge.current.kb.byId.get('acv-village-green'), 5000);
  });

  it('given stop(), it no longer reloads', async () => {
    const { dir, knowledge, reloads } = watched(50);
    stop!();
    writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());
    await sleep(400);
    expect(reloads).toEqual([]);
    expect(knowledge.current.kb.byId.has('acv-village-green')).toBe(false);
  });
});
