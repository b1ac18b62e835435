// The start-up cache: a second start with the same knowledge reads the built knowledge instead of
// building it, and anything that would change what is built means building again.
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { cacheKey } from '../../../src/kb/knowledge-cache.js';
import { CLEAN_KB_DIR } from './support/fixture-kb.js';

const made: string[] = [];
function world() {
  const root = mkdtempSync(join(tmpdir(), 'kb-cache-'));
  made.push(root);
  const dir = join(root, 'knowledge');
  cpSync(CLEAN_KB_DIR, dir, { recursive: true });
  return { dir, cacheDir: join(root, 'cache') };
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const titles = (h: KnowledgeHolder) => h.current.kb.entries.map((e) => `${e.id}: ${e.title}`).sort();

describe('the start-up cache', () => {
  it('given the same knowledge at the next start, it reads what was built instead of building, with the same entries, index and problems', () => {
    const { dir, cacheDir } = world();
    const first = KnowledgeHolder.open(dir, [], { cacheDir });
    const second = KnowledgeHolder.open(dir, [], { cacheDir });

    expect(first.openedFromCache).toBe(false);
    expect(second.openedFromCache).toBe(true);
    expect(titles(second)).toEqual(titles(first));
    expect(second.current.index.entries).toHaveLength(first.current.index.entries.length);
    expect(second.current.version).toBe(first.current.version);
    expect(second.openingProblems.problems).toEqual(first.openingProblems.problems);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('given an edited file, the next start builds again with the edit and the old snapshot is removed', () => {
    const { dir, cacheDir } = world();
    KnowledgeHolder.open(dir, [], { cacheDir });
    const file = join(dir, 'right-to-bid', 'acv-nominate.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: How do we nominate a building?'));

    const next = KnowledgeHolder.open(dir, [], { cacheDir });

    expect(next.openedFromCache).toBe(false);
    expect(next.current.kb.byId.get('acv-nominate')?.title).toBe('How do we nominate a building?');
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(KnowledgeHolder.open(dir, [], { cacheDir }).openedFromCache).toBe(true);
  });

  it('given a file too big to read added since the last build, it builds again and reports the file instead of serving the cached clean build', () => {
    const { dir, cacheDir } = world();
    KnowledgeHolder.open(dir, [], { cacheDir, limits: { maxFileBytes: 4096, maxTotalBytes: 1024 * 1024 } });
    writeFileSync(join(dir, 'right-to-bid', 'huge.md'), 'x'.repeat(8192));

    const next = KnowledgeHolder.open(dir, [], { cacheDir, limits: { maxFileBytes: 4096, maxTotalBytes: 1024 * 1024 } });

    expect(next.openedFromCache).toBe(false);
    expect(next.openingProblems.problems).toEqual([expect.objectContaining({ file: 'right-to-bid/huge.md', severity: 'error' })]);
  });

  it('given different staff-taught phrasings, it builds again (they are in the index)', () => {
    const { dir, cacheDir } = world();
    KnowledgeHolder.open(dir, [], { cacheDir });
    const taught = KnowledgeHolder.open(dir, [{ text: 'can we save the red lion', entryId: 'acv-nominate' }], { cacheDir });
    expect(taught.openedFromCache).toBe(false);
    expect(taught.current.index.entries.find((e) => e.entry.id === 'acv-nominate')?.examples.some((x) => x.learned)).toBe(true);
  });

  it('given a damaged snapshot file, it builds again instead of failing', () => {
    const { dir, cacheDir } = world();
    KnowledgeHolder.open(dir, [], { cacheDir });
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name), 'not a snapshot');
    const next = KnowledgeHolder.open(dir, [], { cacheDir });
    expect(next.openedFromCache).toBe(false);
    expect(next.current.kb.entries).toHaveLength(9);
  });

  it('given a folder where the cache cannot be written, it still opens', () => {
    const { dir } = world();
    const blocked = join(dir, 'right-to-bid', 'acv-nominate.md', 'cache'); // a path under a file
    expect(KnowledgeHolder.open(dir, [], { cacheDir: blocked }).current.kb.entries).toHaveLength(9);
  });

  it('given a reload after a file broke, it keeps that file\'s last good version even when a fresh start (cached) would leave it out', async () => {
    const { dir, cacheDir } = world();
    const running = KnowledgeHolder.open(dir, [], { cacheDir });
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, ''));
    expect(KnowledgeHolder.open(dir, [], { cacheDir }).openingProblems.leftOut).toEqual(['right-to-bid/acv-listing-length.md']);

    const outcome = await running.reloadInBackground();

    expect(outcome.keptPrevious).toEqual(['right-to-bid/acv-listing-length.md']);
    expect(running.current.kb.byId.has('acv-listing-length')).toBe(true);
  });

  it('given a change to the content, the phrasings, the limits or the day, the key changes', () => {
    const base = { version: 'abc', learned: [], limits: { maxFileBytes: 1, maxTotalBytes: 2 }, today: new Date('2026-11-30T10:00:00Z') };
    const key = cacheKey(base);
    expect(cacheKey({ ...base, today: new Date('2026-11-30T23:00:00Z') })).toBe(key);
    for (const change of [{ version: 'abd' }, { learned: [{ text: 'x', entryId: 'y' }] }, { limits: { maxFileBytes: 1, maxTotalBytes: 3 } }, { today: new Date('2026-12-01T10:00:00Z') }]) {
      expect(cacheKey({ ...base, ...change })).not.toBe(key);
    }
  });
});
