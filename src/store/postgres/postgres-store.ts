// The store in PostgreSQL, for more than one process: Slack in HTTP mode behind a load balancer,
// Discord shards, or the bot on several machines. Same operations and meaning as the embedded
// file (the contract tests run against both); every operation is one transaction, counters are
// upserts, and migrations run at start-up (migrate.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { StoreError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { checkOps } from '../check-ops.js';
import { claimKey } from '../claim-key.js';
import { estimateFromSetBits } from '../document/people-bitmap.js';
import { failureLog } from '../failure-log.js';
import { DEFAULT_LIMITS, type StoreLimits } from '../limits.js';
import { cleanAudit, cleanLearned, phrasingKey } from '../staff-records.js';
import { withStoreErrors } from '../store-errors.js';
import type { AuditRecord, StatsSummary, Store } from '../store.js';
import { migrate } from './migrate.js';
import { applyRecordSql } from './record-sql.js';
import { resolve, sweepHeld } from './queue-sql.js';
import { auditOf, itemOf, learnedOf, type ItemRow } from './rows.js';

export interface PostgresStoreOptions {
  limits?: Partial<StoreLimits>;
  /** Connections this process may hold. */
  poolSize?: number;
}

export async function openPostgresStore(url: string, logger: Logger, options: PostgresStoreOptions = {}): Promise<Store> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 5, connectionTimeoutMillis: 5000 });
  const idle = failureLog(logger, 'the database connection', 'it will be reopened for the next operation');
  // An idle connection dropped by the server must not crash the process.
  pool.on('error', (err) => idle.failed(err));
  try {
    const applied = await migrate(pool);
    if (applied.length) logger.info(`database: applied migration(s) ${applied.join(', ')}`);
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StoreError(`Cannot use the database at ${withoutPassword(url)} (${(err as Error).message}). Check ADVISOR_DATABASE_URL and that the server is running.`, err);
  }

  async function inTransaction<T>(work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const db = await pool.connect();
    try {
      await db.query('BEGIN');
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (err) {
      await db.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      db.release();
    }
  }

  const appendAudit = async (db: pg.ClientBase, record: AuditRecord) => {
    const a = cleanAudit(record);
    await db.query('INSERT INTO advisor_audit (at, actor, action, detail) VALUES ($1, $2, $3, $4)', [a.at, a.actor, a.action, a.detail]);
    await db.query('DELETE FROM advisor_audit WHERE id IN (SELECT id FROM advisor_audit ORDER BY id DESC OFFSET $1)', [limits.audit]);
  };

  return withStoreErrors({
    backend: 'postgres',
    hashSalt: async () => {
      const fresh = randomBytes(32).toString('hex');
      const created = await pool.query<{ value: string }>(`INSERT INTO advisor_settings (key, value) VALUES ('hash_salt', $1) ON CONFLICT (key) DO NOTHING RETURNING value`, [fresh]);
      if (created.rows[0]) return { salt: created.rows[0].value, created: true, where: 'the database (advisor_settings)' };
      const kept = await pool.query<{ value: string }>(`SELECT value FROM advisor_settings WHERE key = 'hash_salt'`);
      return { salt: kept.rows[0].value, created: false, where: 'the database (advisor_settings)' };
    },
    getConversation: async (key, now) => {
      const { rows } = await pool.query<{ at: Date; state: unknown }>('SELECT at, state FROM advisor_conversations WHERE key = $1', [key]);
      const row = rows[0];
      return row && now.getTime() - row.at.getTime() <= limits.conversationTtlMs ? row.state : undefined;
    },
    record: async (ops) => {
      const checked = checkOps(ops, limits);
      for (const d of checked.dropped) logger.warn(`store: a "${d.type}" record was not kept: ${d.why}`);
      if (checked.ops.length === 0) return;
      await inTransaction(async (db) => {
        for (const op of checked.ops) await applyRecordSql(db, op, limits);
      });
    },
    listOpenUnanswered: async (now) => {
      await inTransaction((db) => sweepHeld(db, now, limits));
      const { rows } = await pool.query<ItemRow>(`SELECT * FROM advisor_unanswered WHERE status = 'open' ORDER BY id`);
      return rows.map(itemOf);
    },
    getUnanswered: async (id) => {
      const { rows } = await pool.query<ItemRow>('SELECT * FROM advisor_unanswered WHERE id = $1', [id]);
      return rows[0] ? itemOf(rows[0]) : undefined;
    },
    resolveUnanswered: (r) =>
      inTransaction(async (db) => {
        const changed = await resolve(db, r, limits);
        if (changed.length === 0) return changed;
        if (r.learned) {
          const l = cleanLearned(r.learned, limits);
          const key = phrasingKey(l.text);
          await db.query('DELETE FROM advisor_learned WHERE key = $1', [key]);
          await db.query('INSERT INTO advisor_learned (key, text, entry_id, by, at) VALUES ($1, $2, $3, $4, $5)', [key, l.text, l.entryId, l.by, l.at]);
          await db.query('DELETE FROM advisor_learned WHERE id IN (SELECT id FROM advisor_learned ORDER BY id DESC OFFSET $1)', [limits.learned]);
        }
        await appendAudit(db, r.audit);
        return changed;
      }),
    listLearned: async () => (await pool.query('SELECT id, text, entry_id, by, at FROM advisor_learned ORDER BY id')).rows.map(learnedOf),
    removeLearned: (ids, audit) =>
      inTransaction(async (db) => {
        await db.query('DELETE FROM advisor_learned WHERE id = ANY($1::bigint[])', [[...ids]]);
        if (audit) await appendAudit(db, audit);
      }),
    appendAudit: (record) => inTransaction((db) => appendAudit(db, record)),
    listAudit: async (limit = limits.audit) => (await pool.query('SELECT at, actor, action, detail FROM advisor_audit ORDER BY id DESC LIMIT $1', [limit])).rows.map(auditOf).reverse(),
    stats: (fromDay, toDay) => stats(pool, fromDay, toDay),
    claimOnce: async (key, at, ttlMs) => {
      // A live claim blocks the insert; an expired one is taken over, atomically.
      const { rowCount } = await pool.query(
        `INSERT INTO advisor_claims (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE advisor_claims.expires_at <= $3`,
        [claimKey(key), new Date(at.getTime() + ttlMs), at],
      );
      return rowCount === 1;
    },
    prune: (now, days) =>
      inTransaction(async (db) => {
        await sweepHeld(db, now, limits);
        const cutoff = new Date(now.getTime() - days * 86_400_000);
        const cutoffDay = cutoff.toISOString().slice(0, 10);
        const gone = await db.query<{ day: string }>('DELETE FROM advisor_days WHERE day < $1 RETURNING day', [cutoffDay]);
        await db.query('DELETE FROM advisor_people WHERE day < $1', [cutoffDay]);
        const votes = await db.query('DELETE FROM advisor_votes WHERE at < $1', [cutoff]);
        const items = await db.query('DELETE FROM advisor_unanswered WHERE last_at < $1', [cutoff]);
        await db.query('DELETE FROM advisor_conversations WHERE at < $1', [new Date(now.getTime() - limits.conversationTtlMs)]);
        await db.query('DELETE FROM advisor_rate WHERE hour <> $1', [now.toISOString().slice(0, 13)]);
        await db.query('DELETE FROM advisor_claims WHERE expires_at <= $1', [now]);
        return new Set(gone.rows.map((r) => r.day)).size + (votes.rowCount ?? 0) + (items.rowCount ?? 0);
      }),
    close: () => pool.end(),
  }, `the database at ${withoutPassword(url)}`);
}

async function stats(pool: pg.Pool, fromDay: string, toDay: string): Promise<StatsSummary> {
  const counters = await pool.query<{ name: string; n: string }>('SELECT name, sum(count) AS n FROM advisor_days WHERE day BETWEEN $1 AND $2 GROUP BY name', [fromDay, toDay]);
  const get = (name: string) => Number(counters.rows.find((r) => r.name === name)?.n ?? 0);
  const people = await pool.query<{ set: string | null }>(`SELECT length(replace(bit_or(bits)::text, '0', '')) AS set FROM advisor_people WHERE day BETWEEN $1 AND $2`, [fromDay, toDay]);
  const votes = await pool.query<{ entry_id: string; up: string; down: string }>(
    `SELECT entry_id, count(*) FILTER (WHERE vote = 'up') AS up, count(*) FILTER (WHERE vote = 'down') AS down FROM advisor_votes
     WHERE to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') BETWEEN $1 AND $2 GROUP BY entry_id`,
    [fromDay, toDay],
  );
  const answered = get('asked:answered');
  const clarified = get('asked:clarify');
  const declined = get('asked:fallback');
  return {
    fromDay,
    toDay,
    asked: answered + clarified + declined,
    answered,
    clarified,
    declined,
    people: estimateFromSetBits(Number(people.rows[0]?.set ?? 0)),
    mostAsked: counters.rows
      .filter((r) => r.name.startsWith('entry:'))
      .map((r) => ({ entryId: r.name.slice('entry:'.length), count: Number(r.n) }))
      .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId)),
    votes: votes.rows
      .map((r) => ({ entryId: r.entry_id, up: Number(r.up), down: Number(r.down) }))
      .sort((a, b) => b.up + b.down - (a.up + a.down) || a.entryId.localeCompare(b.entryId)),
    reask: { answers: get('reask:answers'), reasked: get('reask:reasked') },
  };
}

/** The URL as it may appear in a log or an error: never with its password. */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured database';
  }
}
