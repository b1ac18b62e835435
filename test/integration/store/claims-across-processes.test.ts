// Store.claimOnce across processes: two processes claiming the same keys at once, on one data
// file and on one PostgreSQL database, win each key exactly once between them (what keeps a Slack
// event retried to another replica from being answered twice). And what the claims leave behind:
// hashed keys only, bounded in the file, swept at prune.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createMemoryLogger } from '../../../src/log.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import { usePostgresServer } from '../../helpers/postgres-server.js';
import { startChild } from './support/child.js';

const KEYS = 60;

async function race(target: string) {
  const sides = [startChild('claim-race.ts', [target, String(KEYS)]), startChild('claim-race.ts', [target, String(KEYS)])];
  await Promise.all(sides.map((s) => s.waitFor(/^ready$/)));
  for (const s of sides) s.process.kill('SIGUSR1');
  await Promise.all(sides.map((s) => s.waitFor(/^done$/, 120_000)));
  const wins = sides.map((s) => s.lines.filter((l) => l.startsWith('won ')).map((l) => Number(l.slice(4))));
  // Every key won once: by one side or the other, never both, never neither.
  expect([...wins[0]!, ...wins[1]!].sort((a, b) => a - b)).toEqual(Array.from({ length: KEYS }, (_, i) => i));
  return wins;
}

const dir = mkdtempSync(join(tmpdir(), 'claims-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claiming keys on one data file', () => {
  it('given two processes claiming the same 60 keys at once, each key is won exactly once', async () => {
    await race(join(dir, 'race.json'));
  }, 180_000);

  it('given claims, the file holds only hashed keys with their expiry, at most limits.claims of them, and prune sweeps the expired', async () => {
    const file = join(dir, 'bounded.json');
    const store = await openLowdbStore(file, createMemoryLogger(), { limits: { claims: 3 }, hashSalt: 'claims-salt-0123456789' });
    const t0 = Date.parse('2026-11-21T12:00:00Z');
    for (let n = 0; n < 5; n++) await store.claimOnce(`event:Ev${n}`, new Date(t0 + n * 1000), 60_000);
    const claims = () => JSON.parse(readFileSync(file, 'utf8')).claims as Record<string, string>;
    expect(Object.keys(claims())).toHaveLength(3);
    for (const [key, expires] of Object.entries(claims())) {
      expect(key).toMatch(/^[0-9a-f]{32}$/);
      expect(Date.parse(expires)).toBeGreaterThan(t0);
    }
    expect(readFileSync(file, 'utf8')).not.toContain('Ev');
    await store.prune(new Date(t0 + 10 * 60_000), 90);
    expect(claims()).toEqual({});
    await store.close();
  });
});

describe('claiming keys on one PostgreSQL database', () => {
  const server = usePostgresServer();

  it('given two processes claiming the same 60 keys at once, each key is won exactly once; the table holds hashed keys, and prune sweeps the expired', async () => {
    const url = await server.createDatabase('claims_race');
    // Opened first, so the migration is not part of the race.
    const store = await openPostgresStore(url, createMemoryLogger());
    await race(url);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const keys = (await db.query<{ key: string }>('SELECT key FROM advisor_claims')).rows.map((r) => r.key);
      expect(keys).toHaveLength(KEYS);
      for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
      await store.prune(new Date(Date.now() + 11 * 60_000), 90);
      expect((await db.query('SELECT count(*)::int AS n FROM advisor_claims')).rows[0].n).toBe(0);
    } finally {
      await db.end();
      await store.close();
    }
  }, 180_000);
});
