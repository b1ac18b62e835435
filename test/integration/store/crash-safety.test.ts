// Crash safety: a writer process is killed with SIGKILL at a random moment in a burst of writes,
// again and again on the same data. Every time, the store must load (nothing corrupt, nothing
// moved aside) and hold every write that was acknowledged before the kill.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from '../../../src/log.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import type { Store } from '../../../src/store/store.js';
import { usePostgresServer } from '../../helpers/postgres-server.js';
import { startChild } from './support/child.js';

const limits = { audit: 1_000_000 };

/** Runs `runs` writers one after another, each killed mid-burst; returns what each acknowledged. */
async function killRepeatedly(target: string, runs: number, open: () => Promise<{ store: Store; logger: ReturnType<typeof createMemoryLogger> }>) {
  const acknowledged: string[] = [];
  for (let run = 0; run < runs; run++) {
    const writer = startChild('write-burst.ts', [target, String(run)]);
    await writer.waitFor(/^ack \d+$/);
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 400));
    writer.process.kill('SIGKILL');
    await writer.exited;
    const acks = writer.lines.filter((l) => l.startsWith('ack ')).map((l) => `${run}:${l.slice(4)}`);
    acknowledged.push(...acks);

    // The store loads after every kill and holds every acknowledged write.
    const { store, logger } = await open();
    const details = new Set((await store.listAudit(1_000_000)).map((a) => a.detail));
    expect(acks.filter((a) => !details.has(a))).toEqual([]);
    expect((await store.stats('2000-01-01', '2100-01-01')).asked).toBeGreaterThanOrEqual(acknowledged.length);
    expect(logger.lines.filter((l) => / ERROR /.test(l))).toEqual([]);
    await store.close();
  }
  return acknowledged;
}

describe('a writer killed mid-burst (data file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crash-safety-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given ten SIGKILLs at random points, the file always loads and holds every acknowledged write', async () => {
    const file = join(dir, 'advisor.json');
    const acknowledged = await killRepeatedly(file, 10, async () => {
      const logger = createMemoryLogger();
      return { store: await openLowdbStore(file, logger, { limits }), logger };
    });
    expect(acknowledged.length).toBeGreaterThan(10);
    expect(readdirSync(dir).filter((n) => n.includes('corrupt') || n.includes('set-aside'))).toEqual([]);
  }, 180_000);
});

describe('a writer killed mid-burst (PostgreSQL)', () => {
  const server = usePostgresServer();

  it('given SIGKILLs at random points, the database holds every acknowledged write', async () => {
    const url = await server.createDatabase('crash_safety');
    const acknowledged = await killRepeatedly(url, 4, async () => {
      const logger = createMemoryLogger();
      return { store: await openPostgresStore(url, logger, { limits }), logger };
    });
    expect(acknowledged.length).toBeGreaterThan(4);
  }, 180_000);
});
