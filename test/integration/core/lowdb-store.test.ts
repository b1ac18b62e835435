import { describe, it, expect, afterEach } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger, openLowdbStore } from '../../../src/index.js';
import { emptyData } from '../../../src/store/store.js';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lowdb-store-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the lowdb store on a real file', () => {
  it('given no data file yet, it creates one (and its folder) holding empty data', async () => {
    const file = join(tempDir(), 'nested', 'folder', 'advisor.json');
    const store = await openLowdbStore(file, createMemoryLogger());
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(emptyData());
    expect(store.read()).toEqual(emptyData());
    await store.close();
  });

  it('given a write through update, re-opening the file reads the same data back', async () => {
    const file = join(tempDir(), 'advisor.json');
    const first = await openLowdbStore(file, createMemoryLogger());
    const id = await first.update((d) => {
      const n = d.nextId++;
      d.feedback.push({ id: n, entryId: 'acv-listing-length', vote: 'up', platform: 'slack', userHash: 'abc123', at: '2026-11-21T10:00:00.000Z' });
      d.contexts['slack:C1:1.2'] = { at: '2026-11-21T10:00:00.000Z', entryId: 'acv-what-is', question: 'what is an acv' };
      d.unanswered.push({ id: d.nextId++, text: 'weather', platform: 'cli', at: '2026-11-21T10:01:00.000Z', reason: 'fallback', nearest: [], status: 'open' });
      return n;
    });
    expect(id).toBe(1);
    const written = structuredClone(first.read());
    await first.close();

    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.feedback).toHaveLength(1);

    const second = await openLowdbStore(file, createMemoryLogger());
    expect(second.read()).toEqual(written);
    expect(second.read().nextId).toBe(3);
    expect(second.read().contexts['slack:C1:1.2'].entryId).toBe('acv-what-is');
    await second.close();
  });

  it('given an update, the file on disk has changed by the time update resolves', async () => {
    const file = join(tempDir(), 'advisor.json');
    const store = await openLowdbStore(file, createMemoryLogger());
    await store.update((d) => d.audit.push({ at: '2026-11-21T10:00:00.000Z', actor: 'cli:x', action: 'test', detail: 'written' }));
    expect(JSON.parse(readFileSync(file, 'utf8')).audit[0].detail).toBe('written');
    await store.close();
  });

  it('given many overlapping updates, none is lost', async () => {
    const file = join(tempDir(), 'advisor.json');
    const store = await openLowdbStore(file, createMemoryLogger());
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.update((d) => d.questions.push({ at: `2026-11-21T10:00:${String(i).padStart(2, '0')}.000Z`, platform: 'cli', userHash: 'h', status: 'answered' }))));
    await store.close();
    const reopened = await openLowdbStore(file, createMemoryLogger());
    expect(reopened.read().questions).toHaveLength(25);
    await reopened.close();
  });

  it('given an older file missing some lists, it fills them in and keeps what was there', async () => {
    const dir = tempDir();
    const file = join(dir, 'advisor.json');
    writeFileSync(file, JSON.stringify({ version: 1, nextId: 7, feedback: [{ id: 6, entryId: 'x', vote: 'down', platform: 'cli', userHash: 'h', at: '2026-11-20T00:00:00.000Z' }] }));
    const store = await openLowdbStore(file, createMemoryLogger());
    expect(store.read().nextId).toBe(7);
    expect(store.read().feedback).toHaveLength(1);
    expect(store.read().unanswered).toEqual([]);
    expect(store.read().learned).toEqual([]);
    await store.close();
  });
});
