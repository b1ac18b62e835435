import { describe, it, expect, afterEach } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeError, KnowledgeHolder } from '../../../src/index.js';
import { CLEAN_KB_DIR } from './support/fixture-kb.js';

const made: string[] = [];
function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-holder-'));
  made.push(dir);
  cpSync(CLEAN_KB_DIR, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('KnowledgeHolder', () => {
  it('given a clean folder, it opens with every entry indexed', () => {
    const holder = KnowledgeHolder.open(copyOfFixture());
    expect(holder.current.kb.entries.length).toBe(holder.current.index.entries.length);
    expect(holder.current.kb.byId.has('acv-listing-length')).toBe(true);
  });

  it('given a broken folder, opening throws a KnowledgeError carrying the problems', () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'phrases.yaml'), 'greeting: only this\n');
    expect(() => KnowledgeHolder.open(dir)).toThrow(KnowledgeError);
    try {
      KnowledgeHolder.open(dir);
    } catch (err) {
      expect((err as KnowledgeError).problems.some((p) => p.file === 'phrases.yaml' && p.field === 'disclaimer')).toBe(true);
    }
  });

  it('given a reload of a broken copy, it keeps the last good version of the broken file and reports the problems', () => {
    const dir = copyOfFixture();
    const holder = KnowledgeHolder.open(dir);
    const before = holder.current;
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, ''));

    const outcome = holder.reload();

    expect(outcome).toMatchObject({ ok: false, applied: true, keptPrevious: ['right-to-bid/acv-listing-length.md'], leftOut: [] });
    expect(outcome.problems).toContainEqual(expect.objectContaining({ file: 'right-to-bid/acv-listing-length.md', field: 'title', severity: 'error' }));
    expect(holder.current.kb.byId.get('acv-listing-length')).toBe(before.kb.byId.get('acv-listing-length'));
    expect(holder.current.kb.byId.get('acv-listing-length')?.title).toBe('How long does an asset of community value listing last?');
    expect(outcome.entries).toBe(before.kb.entries.length);
  });

  it('given one broken file and a good edit to another in the same reload, it uses the good edit and the last good version of the broken file', () => {
    const dir = copyOfFixture();
    const holder = KnowledgeHolder.open(dir);
    const broken = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^title: .*$/m, ''));
    const edited = join(dir, 'right-to-bid', 'acv-nominate.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: How do we nominate a building?'));

    const outcome = holder.reload();

    expect(outcome).toMatchObject({ ok: false, applied: true, keptPrevious: ['right-to-bid/acv-listing-length.md'] });
    expect(holder.current.kb.byId.get('acv-nominate')?.title).toBe('How do we nominate a building?');
    expect(holder.current.kb.byId.get('acv-listing-length')?.title).toBe('How long does an asset of community value listing last?');
  });

  it('given a folder with a broken file, it opens with every other entry and reports the broken file as left out', () => {
    const dir = copyOfFixture();
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));

    const holder = KnowledgeHolder.open(dir);

    expect(holder.current.kb.entries).toHaveLength(8);
    expect(holder.current.kb.byId.has('acv-listing-length')).toBe(false);
    expect(holder.openingProblems).toMatchObject({ ok: false, applied: true, leftOut: ['right-to-bid/acv-listing-length.md'], entries: 8 });
    expect(holder.openingProblems.problems).toContainEqual(expect.objectContaining({ file: 'right-to-bid/acv-listing-length.md', severity: 'error', line: expect.any(Number) }));
    // An entry that listed the broken one as related no longer offers it.
    for (const e of holder.current.kb.entries) expect(e.related).not.toContain('acv-listing-length');
  });

  it('given an entry whose `then` names a broken entry, it opens without that pointer and keeps it when the entry is whole', () => {
    const dir = copyOfFixture();
    const nominate = join(dir, 'right-to-bid', 'acv-nominate.md');
    writeFileSync(nominate, readFileSync(nominate, 'utf8').replace(/^related:/m, 'then: acv-listing-length\nrelated:'));
    expect(KnowledgeHolder.open(dir).current.kb.byId.get('acv-nominate')?.then).toBe('acv-listing-length');

    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
    const holder = KnowledgeHolder.open(dir);
    expect(holder.current.kb.byId.get('acv-nominate')?.then).toBeUndefined();
    expect(holder.current.kb.byId.get('acv-nominate')?.related).toEqual(['acv-what-is']);
  });

  it('given an entry left out at opening, fixing it brings it in on the next reload', () => {
    const dir = copyOfFixture();
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^---\n/, ''));
    const holder = KnowledgeHolder.open(dir);
    expect(holder.current.kb.byId.has('acv-listing-length')).toBe(false);

    writeFileSync(file, good);

    expect(holder.reload()).toMatchObject({ ok: true, entries: 9 });
    expect(holder.current.kb.byId.has('acv-listing-length')).toBe(true);
  });

  it('given a reload after a good edit, it swaps in the new knowledge', () => {
    const dir = copyOfFixture();
    const holder = KnowledgeHolder.open(dir);
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: How long is a listing valid for?'));

    const outcome = holder.reload();

    expect(outcome).toMatchObject({ ok: true, entries: 9 });
    expect(holder.current.kb.byId.get('acv-listing-length')?.title).toBe('How long is a listing valid for?');
  });

  it('given a broken reload then a fixed one, it recovers', () => {
    const dir = copyOfFixture();
    const holder = KnowledgeHolder.open(dir);
    const phrases = join(dir, 'phrases.yaml');
    const good = readFileSync(phrases, 'utf8');
    writeFileSync(phrases, 'greeting: [unclosed\n');
    expect(holder.reload().ok).toBe(false);
    writeFileSync(phrases, good.replace('FIXTURE-GREETING', 'FIXTURE-GREETING-2'));
    expect(holder.reload().ok).toBe(true);
    expect(holder.current.kb.phrases.greeting).toContain('FIXTURE-GREETING-2');
  });
});

describe('KnowledgeHolder.reloadInBackground', () => {
  it('given edits, it reloads in a worker thread (never falling back to this one) and swaps in the new knowledge, broken files at their last good version', async () => {
    const dir = copyOfFixture();
    const fallbacks: string[] = [];
    const holder = KnowledgeHolder.open(dir, [], { onWorkerFailure: (reason) => fallbacks.push(reason) });
    const edited = join(dir, 'right-to-bid', 'acv-nominate.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: How do we nominate a building?'));
    const broken = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^title: .*$/m, ''));

    const outcome = await holder.reloadInBackground();

    expect(fallbacks).toEqual([]);
    expect(outcome).toMatchObject({ ok: false, applied: true, entries: 9, keptPrevious: ['right-to-bid/acv-listing-length.md'] });
    expect(holder.current.kb.byId.get('acv-nominate')?.title).toBe('How do we nominate a building?');
    expect(holder.current.kb.byId.get('acv-listing-length')?.title).toBe('How long does an asset of community value listing last?');
    expect(holder.current.index.entries).toHaveLength(9);
  });

  it('given two reloads asked for at once, they run one after the other and the second sees the latest files', async () => {
    const dir = copyOfFixture();
    const holder = KnowledgeHolder.open(dir);
    const file = join(dir, 'right-to-bid', 'acv-nominate.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^title: .*$/m, 'title: First?'));
    const first = holder.reloadInBackground();
    writeFileSync(file, text.replace(/^title: .*$/m, 'title: Second?'));
    const second = holder.reloadInBackground();
    await Promise.all([first, second]);
    expect(holder.current.kb.byId.get('acv-nominate')?.title).toBe('Second?');
  });
});
