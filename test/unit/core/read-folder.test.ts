// Reading the knowledge folder survives what a file system can hold: links that loop, links to
// nothing, and files far bigger than any answer, each reported rather than fatal.
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { readKnowledgeFolder } from '../../../src/kb/read-folder.js';
import { CLEAN_KB_DIR, TODAY } from './support/fixture-kb.js';

const made: string[] = [];
function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-read-'));
  made.push(dir);
  cpSync(CLEAN_KB_DIR, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LIMITS = { maxFileBytes: 16 * 1024, maxTotalBytes: 1024 * 1024 };

describe('reading a knowledge folder', () => {
  it('given a link inside the folder back to the folder itself, it reads every file once and warns about the link', () => {
    const dir = copyOfFixture();
    symlinkSync(dir, join(dir, 'right-to-bid', 'loop'));
    const clean = readKnowledgeFolder(CLEAN_KB_DIR);

    const read = readKnowledgeFolder(dir);

    expect(read.entries.map((e) => e.file)).toEqual(clean.entries.map((e) => e.file));
    expect(read.problems).toEqual([expect.objectContaining({ file: 'right-to-bid/loop', severity: 'warning', message: expect.stringContaining('link back to a folder already read') })]);
  });

  it('given a link that points at itself and one that points at nothing, it skips both with a warning each', () => {
    const dir = copyOfFixture();
    symlinkSync(join(dir, 'right-to-bid', 'self.md'), join(dir, 'right-to-bid', 'self.md'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'right-to-bid', 'gone.md'));

    const { problems } = readKnowledgeFolder(dir);

    expect(problems).toContainEqual(expect.objectContaining({ file: 'right-to-bid/self.md', severity: 'warning', message: expect.stringContaining('points back to itself') }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'right-to-bid/gone.md', severity: 'warning', message: expect.stringContaining('does not exist') }));
  });

  it('given a link loop, the strict check still loads the knowledge (warnings only) and the bot opens', () => {
    const dir = copyOfFixture();
    symlinkSync(dir, join(dir, 'right-to-bid', 'loop'));
    symlinkSync(join(dir, 'right-to-bid', 'self.md'), join(dir, 'right-to-bid', 'self.md'));

    const { kb, problems } = loadKnowledge(dir, TODAY);

    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb?.entries).toHaveLength(9);
    expect(KnowledgeHolder.open(dir).current.kb.entries).toHaveLength(9);
  });

  it('given a file over the per-file limit, it sets it aside with an error naming the size and the setting, and reads the rest', () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'right-to-bid', 'huge.md'), `---\nid: huge\n---\n${'lorem ipsum '.repeat(4000)}`);

    const read = readKnowledgeFolder(dir, LIMITS);

    expect(read.entries.map((e) => e.file)).not.toContain('right-to-bid/huge.md');
    expect(read.problems).toEqual([expect.objectContaining({ file: 'right-to-bid/huge.md', severity: 'error', message: expect.stringMatching(/47 KB, over the 16 KB limit.*ADVISOR_KNOWLEDGE_MAX_FILE_KB/) })]);
  });

  it('given files over the total limit, it reads files in folder order until the limit and sets the rest aside', () => {
    const dir = copyOfFixture();
    const read = readKnowledgeFolder(dir, { maxFileBytes: 16 * 1024, maxTotalBytes: 4 * 1024 });
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.every((p) => p.severity === 'error' && p.message.includes('ADVISOR_KNOWLEDGE_MAX_TOTAL_KB'))).toBe(true);
    const readBytes = [...read.entries, ...read.extras.values()].reduce((n, f) => n + Buffer.byteLength(f.text), 0);
    expect(readBytes).toBeLessThanOrEqual(4 * 1024);
  });

  it('given an oversized entry, the bot opens with every other entry and reports it', () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'right-to-bid', 'huge.md'), `---\nid: huge\n---\n${'lorem ipsum '.repeat(4000)}`);

    const holder = KnowledgeHolder.open(dir, [], { limits: LIMITS });

    expect(holder.current.kb.entries).toHaveLength(9);
    expect(holder.openingProblems).toMatchObject({ ok: false, leftOut: ['right-to-bid/huge.md'] });
  });

  it('given the same content, it gives the same version; any change to any file changes it', () => {
    const dir = copyOfFixture();
    const first = readKnowledgeFolder(dir).version;
    expect(readKnowledgeFolder(copyOfFixture()).version).toBe(first);
    writeFileSync(join(dir, 'synonyms.yaml'), '\n', { flag: 'a' });
    expect(readKnowledgeFolder(dir).version).not.toBe(first);
  });
});
