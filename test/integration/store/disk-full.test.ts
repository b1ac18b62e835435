// The data file on a full disk: a real tmpfs of a few hundred kilobytes, filled to the last byte.
// Where the machine does not allow mounting (not root, or in a container without the right), the
// same failure is injected at the file-system boundary instead (the store's write function
// throws ENOSPC as the kernel would) and the test says which it used.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdvisor } from '../../../src/advisor.js';
import { buildCore } from '../../../src/bootstrap.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { createMemoryLogger } from '../../../src/log.js';
import { writeDurably, type WriteDurably } from '../../../src/store/file/durable-write.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { FIXTURE_KNOWLEDGE, question, STAFF_CONFIG, TODAY } from '../../unit/staff/staff-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'disk-full-'));
const mountPoint = join(root, 'tmpfs');
let mounted = false;
let full = false;
/** Used only when no tmpfs can be mounted: the kernel's answer to a write on a full disk. */
const injected: WriteDurably = async (path, text) => {
  if (full) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', errno: -28 });
  return writeDurably(path, text);
};

beforeAll(() => {
  mkdirSync(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (err) {
    console.warn(`disk-full test: cannot mount a tmpfs here (${(err as Error).message.split('\n')[0]}); injecting ENOSPC at the file-system boundary instead`);
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(root, { recursive: true, force: true });
});

/** Fills the disk holding `dir` to the last byte (or, without a tmpfs, switches the fault on). */
function fillDisk(dir: string): () => void {
  if (!mounted) {
    full = true;
    return () => (full = false);
  }
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: now try smaller writes until not one more byte fits
    try {
      for (;;) writeSync(fd, block.subarray(0, 1));
    } catch {
      // full
    }
  } finally {
    closeSync(fd);
  }
  return () => rmSync(filler);
}

describe('a full disk', () => {
  it('given the disk fills up, every question still gets its answer, the log says once why nothing is recorded, what was stored stays, and recording resumes when space returns', async () => {
    const file = join(mounted ? mountPoint : root, 'advisor.json');
    const logger = createMemoryLogger();
    const store = await openLowdbStore(file, logger, { write: injected });
    const advisor = createAdvisor({ knowledge: KnowledgeHolder.open(FIXTURE_KNOWLEDGE), store, logger, config: STAFF_CONFIG, now: () => TODAY });
    for (let i = 0; i < 10; i++) await advisor.ask(question('how long does an acv listing last', { user: `before-${i}` }));
    await advisor.ask(question('can we race rubber ducks on the canal', { user: 'before-queue' }));
    await advisor.flush();
    const before = readFileSync(file, 'utf8');
    const [queued] = await store.listOpenUnanswered(TODAY);

    const freeSpace = fillDisk(mounted ? mountPoint : root);
    try {
      await whileFull();
    } finally {
      freeSpace();
    }
    expect(await advisor.flush(20_000)).toBe(true);
    const stats = await store.stats('2026-11-21', '2026-11-21');
    expect(stats.asked).toBe(311);
    expect(logger.lines.some((l) => /recording to the store works again/.test(l))).toBe(true);
    expect((await store.getUnanswered(queued.id))?.status).toBe('open');
    await store.close();

    // Everything asked while the disk is full, and what staff are told.
    async function whileFull() {
      const replies = [];
      for (let i = 0; i < 300; i++) {
        const text = i % 3 ? 'how long does an acv listing last' : `can we fly drone number ${i} over the green`;
        replies.push(await advisor.ask(question(text, { user: `during-${i}` })));
      }
      expect(replies.filter((r) => r.kind === 'error')).toEqual([]);
      expect(replies.filter((r) => r.kind === 'answer')).toHaveLength(200);
      await new Promise((r) => setTimeout(r, 300));
      const errors = logger.lines.filter((l) => / ERROR /.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/recording to the store failed \(ENOSPC/);
      // What was stored before is untouched: the file is the same, and still loads.
      expect(readFileSync(file, 'utf8')).toBe(before);

      // Staff are told plainly that the store cannot be written, and nothing changes.
      const refused = await advisor.staff({ platform: 'cli', id: 'operator', trusted: true }, `dismiss ${queued.id}`);
      expect(refused.title).toBe('The store is not available');
      expect(refused.sections[0].body).toContain('ENOSPC');
    }
  }, 60_000);

  it('given the disk is already full when the bot starts, it starts, answers, and says why nothing is recorded', async () => {
    const folder = mounted ? mountPoint : root;
    const file = join(folder, 'advisor-start.json');
    const first = await openLowdbStore(file, createMemoryLogger(), { write: injected });
    await first.record([{ type: 'question', at: TODAY.toISOString(), platform: 'cli', userHash: 'h', status: 'fallback' }]);
    await first.close();
    const freeSpace = fillDisk(folder);
    try {
      const logger = createMemoryLogger();
      const core = await buildCore({ env: { ADVISOR_DATA_FILE: file, ADVISOR_KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, ADVISOR_HASH_SALT: STAFF_CONFIG.hashSalt, ADVISOR_WATCH_KNOWLEDGE: 'false' }, logger, storeOptions: { write: injected } });
      const reply = await core.advisor.ask(question('how long does an acv listing last'));
      expect(reply.kind).toBe('answer');
      await core.advisor.flush(300);
      expect(logger.lines.filter((l) => / ERROR /.test(l)).join('\n')).toMatch(/ENOSPC/);
      freeSpace();
      expect(await core.flush()).toBe(true);
      expect((await core.store.stats('2000-01-01', '2100-01-01')).asked).toBe(2);
      await core.close();
    } finally {
      if (full) freeSpace();
    }
  }, 60_000);
});
