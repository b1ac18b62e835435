// The data file's in-memory copy when a read re-loads the file while this process is writing it.
// Every answered question reads the conversation state, so under traffic a re-read of the file
// (started because another process wrote it) can still be running when this process's next
// write begins. The re-read must never leave the copy older than the file while the store
// believes the copy is current: the following write would build on it and drop a record.
// The file-system boundaries (read and write) are held at chosen points to make the overlap
// happen every time; everything else is the real store on a real file.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from '../../../src/log.js';
import { writeDurably, type WriteDurably } from '../../../src/store/file/durable-write.js';
import type { ReadText } from '../../../src/store/file/json-file-adapter.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import type { AuditRecord } from '../../../src/store/store.js';

/** A point where an operation waits until the test lets it go on. */
function gate() {
  let arrive!: () => void;
  let open!: () => void;
  const arrived = new Promise<void>((r) => (arrive = r));
  const opened = new Promise<void>((r) => (open = r));
  return { arrived, open, pass: () => (arrive(), opened) };
}

type Gate = ReturnType<typeof gate>;

/**
 * The file-system boundaries, each holding once at the gate armed with `next`: a write after its
 * text is on disk (before the store notes which version it wrote), a read after it has taken the
 * file's text (before handing it back).
 */
function heldBoundaries() {
  const next: { write?: Gate; read?: Gate } = {};
  const passArmed = async (kind: 'write' | 'read') => {
    const g = next[kind];
    next[kind] = undefined;
    if (g) await g.pass();
  };
  const write: WriteDurably = async (path, text) => {
    await writeDurably(path, text);
    await passArmed('write');
  };
  const read: ReadText = async (path) => {
    const text = await readFile(path, 'utf8');
    await passArmed('read');
    return text;
  };
  return { next, write, read };
}

const audit = (detail: string): AuditRecord => ({ at: new Date().toISOString(), actor: 'cli:test', action: 'note', detail });

describe('a re-read of the data file that overlaps this process writing it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reads-during-writes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given a re-read that starts during one write and ends during the next, no write is lost', async () => {
    const file = join(dir, 'advisor.json');
    const { next, read, write } = heldBoundaries();
    const store = await openLowdbStore(file, createMemoryLogger(), { read, write });

    // The first write is on disk and not yet noted; a read now sees the file changed and re-reads it.
    const firstWrite = (next.write = gate());
    const first = store.appendAudit(audit('first'));
    await firstWrite.arrived;
    const reRead = (next.read = gate());
    const reading = store.listAudit();
    await reRead.arrived;
    firstWrite.open();
    await first;

    // The second write is applied to the copy and reaches the disk while the re-read (of the file
    // as it was after the first) is still out; the re-read returns before the write is noted.
    const secondWrite = (next.write = gate());
    const second = store.appendAudit(audit('second'));
    await secondWrite.arrived;
    reRead.open();
    await reading;
    secondWrite.open();
    await second;

    await store.appendAudit(audit('third'));
    expect((await store.listAudit()).map((a) => a.detail)).toEqual(['first', 'second', 'third']);
    await store.close();

    const reopened = await openLowdbStore(file, createMemoryLogger());
    expect((await reopened.listAudit()).map((a) => a.detail)).toEqual(['first', 'second', 'third']);
    await reopened.close();
  });

  it('given another process wrote and a re-read is under way, a write builds on that re-read and both records stay', async () => {
    const file = join(dir, 'advisor-2.json');
    const { next, read } = heldBoundaries();
    const store = await openLowdbStore(file, createMemoryLogger(), { read });
    const other = await openLowdbStore(file, createMemoryLogger());
    await other.appendAudit(audit('from another process'));

    const reRead = (next.read = gate());
    const reading = store.listAudit();
    await reRead.arrived;
    // This write re-reads the file under the lock itself, so it does not wait for the held read.
    const writing = store.appendAudit(audit('mine'));
    await Promise.race([writing, new Promise((r) => setTimeout(r, 200))]);
    reRead.open();
    await Promise.all([reading, writing]);
    expect((await store.listAudit()).map((a) => a.detail)).toEqual(['from another process', 'mine']);
    await Promise.all([store.close(), other.close()]);
  });
});
