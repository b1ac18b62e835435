import { describe, it, expect, afterEach } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger, openLowdbStore } from '../../../src/index.js';
import { writeDurably } from '../../../src/store/file/durable-write.js';
import { DEFAULT_LIMITS } from '../../../src/store/limits.js';
import { openStore } from '../../../src/store/open-store.js';
import { pseudonym } from '../../../src/store/privacy.js';
import type { RecordOp } from '../../../src/store/store.js';

const made: string[] = [];
function dataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lowdb-store-'));
  made.push(dir);
  return join(dir, 'advisor.json');
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const NOW = new Date('2026-11-21T12:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const mode = (file: string) => statSync(file).mode & 0o777;
const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const fallback = (i: number, user = `u${i}`): RecordOp => ({ type: 'unanswered', at: at(0), platform: 'slack', userHash: user, text: `question ${i} ${'z'.repeat(i % 9)}`, reason: 'fallback', nearest: [] });

describe('the data file', () => {
  it('given no data file yet, it creates one (and its folder) holding an empty version-2 document, readable only by its owner', async () => {
    const file = join(dataFile(), '..', 'nested', 'folder', 'advisor.json');
    const store = await openLowdbStore(file, createMemoryLogger());
    expect(onDisk(file)).toMatchObject({ version: 2, nextId: 1, unanswered: [], learned: [], audit: [] });
    expect(mode(file)).toBe(0o600);
    await store.close();
  });

  it('given a file made private with chmod 600, it is still 600 after questions are recorded; a 644 file is made private when opened', async () => {
    const file = dataFile();
    await (await openLowdbStore(file, createMemoryLogger())).close();
    chmodSync(file, 0o600);
    const store = await openLowdbStore(file, createMemoryLogger());
    await store.record([fallback(1)]);
    expect(mode(file)).toBe(0o600);
    await store.close();
    chmodSync(file, 0o644);
    await (await openLowdbStore(file, createMemoryLogger())).close();
    expect(mode(file)).toBe(0o600);
  });

  it('given many records at once, it batches them into far fewer file writes, and every one is on disk when its promise resolves', async () => {
    const file = dataFile();
    let writes = 0;
    const store = await openLowdbStore(file, createMemoryLogger(), { write: (path, text) => (writes++, writeDurably(path, text)) });
    const before = writes;
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.record([{ type: 'question', at: at(i), platform: 'cli', userHash: `h${i}`, status: 'answered', entryId: 'e1' }])));
    expect(writes - before).toBeLessThan(20);
    expect(Object.values(onDisk(file).days)).toEqual([expect.objectContaining({ asked: { answered: 200, clarify: 0, fallback: 0 } })]);
    await store.close();
  });

  it('given two stores on one file (as two processes have), writes from both are kept and a staff link in one is not undone by the other', async () => {
    const file = dataFile();
    const bot = await openLowdbStore(file, createMemoryLogger());
    const admin = await openLowdbStore(file, createMemoryLogger());
    await bot.record([fallback(1), fallback(2)]);
    const [first] = await admin.listOpenUnanswered(NOW);
    const botWrites = Array.from({ length: 100 }, (_, i) => bot.record([{ type: 'question', at: at(i), platform: 'slack', userHash: `h${i}`, status: 'fallback' }]));
    const link = admin.resolveUnanswered({ named: first.id, ids: [first.id], status: 'linked', entryId: 'e1', learned: { text: 'question 1', entryId: 'e1', by: 'cli:x', at: at(1) }, audit: { at: at(1), actor: 'cli:x', action: 'link', detail: 'linked' } });
    await Promise.all([...botWrites, link]);
    await bot.record([fallback(3)]);
    const reopened = await openLowdbStore(file, createMemoryLogger());
    expect((await reopened.stats('2026-11-21', '2026-11-21')).asked).toBe(100);
    expect(await reopened.getUnanswered(first.id)).toMatchObject({ status: 'linked' });
    expect(await reopened.listLearned()).toHaveLength(1);
    expect((await reopened.listAudit()).map((a) => a.detail)).toEqual(['linked']);
    expect((await reopened.listOpenUnanswered(NOW)).map((i) => i.text)).toEqual(['question 2 zz', 'question 3 zzz']);
    await Promise.all([bot.close(), admin.close(), reopened.close()]);
  });

  it('given a lock left by a process that was killed, it breaks the lock and writes', async () => {
    const file = dataFile();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(`${file}.lock`, `${dead} ${(await import('node:os')).hostname()} ${Date.now()} x`);
    const store = await openLowdbStore(file, createMemoryLogger(), { lock: { timeoutMs: 3000 } });
    await store.record([fallback(1)]);
    expect(existsSync(`${file}.lock`)).toBe(false);
    await store.close();
  });

  it('given a lock held by a live process for longer than the wait, it fails with an error naming the data file', async () => {
    const file = dataFile();
    const store = await openLowdbStore(file, createMemoryLogger(), { lock: { timeoutMs: 200 } });
    writeFileSync(`${file}.lock`, `${process.pid} ${(await import('node:os')).hostname()} ${Date.now()} someone-else`);
    await expect(store.record([fallback(1)])).rejects.toThrow(/advisor\.json stayed locked/);
    rmSync(`${file}.lock`);
    await store.record([fallback(2)]);
    expect(await store.listOpenUnanswered(NOW)).toHaveLength(1);
    await store.close();
  });

  it('given a temporary file left by a killed writer, it removes it when opening', async () => {
    const file = dataFile();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stray = join(file, '..', `.advisor.json.${dead}.abcd1234.tmp`);
    writeFileSync(stray, '{"half":');
    await (await openLowdbStore(file, createMemoryLogger())).close();
    expect(existsSync(stray)).toBe(false);
  });
});

describe('the hashing salt', () => {
  it('given no ADVISOR_HASH_SALT, it generates a random salt once, keeps it beside the data file with mode 600, warns, and reuses it', async () => {
    const file = dataFile();
    const logger = createMemoryLogger();
    const first = await openStore({ dataFile: file }, logger);
    expect(first.salt).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(`${file}.salt`, 'utf8')).toBe(first.salt);
    expect(mode(`${file}.salt`)).toBe(0o600);
    expect(logger.lines.filter((l) => /WARN/.test(l) && /ADVISOR_HASH_SALT is not set/.test(l))).toHaveLength(1);
    await first.store.close();
    const second = await openStore({ dataFile: file }, createMemoryLogger());
    expect(second.salt).toBe(first.salt);
    await second.store.close();
    const other = await openStore({ dataFile: dataFile() }, createMemoryLogger());
    expect(other.salt).not.toBe(first.salt);
    await other.store.close();
  });

  it('given ADVISOR_HASH_SALT, it uses it and keeps no salt file', async () => {
    const file = dataFile();
    const opened = await openStore({ dataFile: file, hashSalt: 'a-configured-salt-0123456789' }, createMemoryLogger());
    expect(opened.salt).toBe('a-configured-salt-0123456789');
    expect(existsSync(`${file}.salt`)).toBe(false);
    await opened.store.close();
  });
});

describe('bounded by design', () => {
  it('given every cap filled with the largest records allowed, and 90 days of every entry answered, the file stays under 1 MB', async () => {
    const file = dataFile();
    const store = await openLowdbStore(file, createMemoryLogger());
    const L = DEFAULT_LIMITS;
    const long = (i: number) => `${i} ${'question words '.repeat(150)}`.slice(0, 2000);
    // Entry ids as long as the knowledge's average (about 20 characters); 100 entries.
    const entry = (e: number) => `entry-id-typical-${String(e).padStart(3, '0')}`;
    const nearest = [entry(1), entry(2), entry(3)].map((entryId, k) => ({ entryId, score: 0.5 - k / 10 }));
    const by = 'discord:0123456789abcdef';
    const fill = async (ops: RecordOp[]) => {
      for (let i = 0; i < ops.length; i += 2000) await store.record(ops.slice(i, i + 2000));
    };
    // Slack event claims first, while the file is small (each claim is one locked write).
    for (let i = 0; i < L.claims + 50; i++) await store.claimOnce(`slack-event:Ev${i}`, NOW, 10 * 60_000);
    await fill(Array.from({ length: 90 * 100 }, (_, n): RecordOp => ({ type: 'question', at: new Date(NOW.getTime() - Math.floor(n / 100) * 86_400_000).toISOString(), platform: 'discord', userHash: `${n}`.padStart(16, '0'), status: 'answered', entryId: entry(n % 100) })));
    // Learned phrasings and closed items, each with an audit record.
    for (let round = 0; round < 2; round++) {
      await fill(Array.from({ length: L.openItems }, (_, i): RecordOp => ({ type: 'unanswered', at: at(round), platform: 'slack', userHash: `teach-${round}-${i}`, text: long(i + round * 1000), reason: 'fallback', nearest })));
      for (const item of await store.listOpenUnanswered(NOW)) {
        await store.resolveUnanswered({ named: item.id, ids: [item.id], status: 'linked', entryId: entry(1), learned: { text: long(item.id), entryId: entry(1), by, at: at(3) }, audit: { at: at(3), actor: by, action: 'link', detail: long(item.id) } });
      }
    }
    await fill([
      ...Array.from({ length: 3000 }, (_, i): RecordOp => ({ type: 'conversation', key: `c:${i.toString(16).padStart(24, '0')}`, at: at(i / 1000), state: { text: 'x'.repeat(L.conversationStateChars - 20) } })),
      ...Array.from({ length: L.heldClarifies + 50 }, (_, i): RecordOp => ({ type: 'hold-clarify', conversation: `h:${i}`, at: at(i / 100), platform: 'slack', userHash: `held-${i}`, text: long(i), nearest })),
      ...Array.from({ length: L.votes + 500 }, (_, i): RecordOp => ({ type: 'vote', at: at(i / 100), platform: 'discord', userHash: `${i}`.padStart(16, 'f'), entryId: entry(i % 100), vote: 'up' })),
      ...Array.from({ length: L.openItems + 100 }, (_, i): RecordOp => ({ type: 'unanswered', at: at(5 + i / 100), platform: 'discord', userHash: `user-${i}`, text: long(i + 5000), reason: 'thumbs-down', nearest, entryId: entry(1) })),
      ...Array.from({ length: L.trackedPeople + 100 }, (_, i): RecordOp => ({ type: 'question', at: at(9), platform: 'discord', userHash: `answered-${i}`.padStart(16, '0'), status: 'answered', entryId: entry(1) })),
    ]);
    expect(await store.listOpenUnanswered(NOW)).toHaveLength(L.openItems);
    expect(await store.listLearned()).toHaveLength(L.learned);
    await store.close();
    expect(Object.keys(onDisk(file).claims)).toHaveLength(L.claims);
    expect(statSync(file).size).toBeLessThan(1024 * 1024);
  }, 60_000);
});

describe('a data file removed under a running bot', () => {
  it('given the file deleted while the store is open, the next write creates it again', async () => {
    const file = dataFile();
    const store = await openLowdbStore(file, createMemoryLogger());
    rmSync(file);
    await store.record([fallback(1)]);
    expect(onDisk(file).unanswered).toHaveLength(1);
    await store.close();
  });
});
