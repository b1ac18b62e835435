// The unanswered queue in SQL, with the embedded store's meaning (document/queue.ts): repeats
// fold into one open item by key, open items are capped (least recently asked dropped), each
// person has an hourly allowance, and held "did you mean"s join the queue when abandoned.
// Every function runs inside the caller's transaction.
import type pg from 'pg';
import { mergeNearest, queueKey, type Arrival } from '../document/queue.js';
import type { StoreLimits } from '../limits.js';
import { redact } from '../privacy.js';
import type { NearestEntry, Resolution } from '../store.js';
import type { ItemRow } from './rows.js';

type Db = pg.ClientBase;

export async function allowContribution(db: Db, userHash: string, at: string, limits: StoreLimits): Promise<boolean> {
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO advisor_rate (user_hash, hour, count) VALUES ($1, $2, 1)
     ON CONFLICT (user_hash) DO UPDATE SET count = CASE WHEN advisor_rate.hour = EXCLUDED.hour THEN advisor_rate.count + 1 ELSE 1 END, hour = EXCLUDED.hour
     RETURNING count`,
    [userHash, at.slice(0, 13)],
  );
  return rows[0].count <= limits.perUserPerHour;
}

export async function enqueue(db: Db, arrival: Arrival, limits: StoreLimits): Promise<void> {
  const text = redact(arrival.text).slice(0, limits.itemTextChars);
  const key = queueKey(text);
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await db.query<ItemRow>(`SELECT * FROM advisor_unanswered WHERE status = 'open' AND key = $1 FOR UPDATE`, [key]);
    const existing = found.rows[0];
    if (existing) {
      const reasons = { ...existing.reasons, [arrival.reason]: (existing.reasons[arrival.reason] ?? 0) + 1 };
      const platforms = existing.platforms.includes(arrival.platform) ? existing.platforms : [...existing.platforms, arrival.platform].sort();
      await db.query(
        `UPDATE advisor_unanswered SET count = count + 1, platforms = $2, reasons = $3, first_at = LEAST(first_at, $4), last_at = GREATEST(last_at, $4),
           nearest = $5, entry_id = COALESCE($6, entry_id) WHERE id = $1`,
        [existing.id, platforms, JSON.stringify(reasons), arrival.at, JSON.stringify(mergeNearest(existing.nearest, arrival.nearest)), arrival.entryId ?? null],
      );
      return;
    }
    const inserted = await db.query(
      `INSERT INTO advisor_unanswered (key, text, count, platforms, reasons, first_at, last_at, nearest, status, entry_id)
       VALUES ($1, $2, 1, $3, $4, $5, $5, $6, 'open', $7) ON CONFLICT (key) WHERE status = 'open' DO NOTHING RETURNING id`,
      [key, text, [arrival.platform], JSON.stringify({ [arrival.reason]: 1 }), arrival.at, JSON.stringify(mergeNearest([], arrival.nearest)), arrival.entryId ?? null],
    );
    if (inserted.rowCount) {
      await db.query(
        `DELETE FROM advisor_unanswered WHERE id IN (SELECT id FROM advisor_unanswered WHERE status = 'open' ORDER BY last_at DESC, id DESC OFFSET $1)`,
        [limits.openItems],
      );
      return;
    }
    // Another process queued the same question a moment ago: add to theirs.
  }
}

export async function holdClarify(db: Db, conversation: string, held: { at: string; platform: string; userHash: string; text: string; nearest: NearestEntry[] }, limits: StoreLimits): Promise<void> {
  await settleHeld(db, conversation, 'abandoned', limits);
  if (!(await allowContribution(db, held.userHash, held.at, limits))) return;
  await db.query(
    `INSERT INTO advisor_held (conversation, at, platform, user_hash, text, nearest) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (conversation) DO UPDATE SET at = EXCLUDED.at, platform = EXCLUDED.platform, user_hash = EXCLUDED.user_hash, text = EXCLUDED.text, nearest = EXCLUDED.nearest`,
    [conversation, held.at, held.platform, held.userHash, redact(held.text).slice(0, limits.itemTextChars), JSON.stringify(mergeNearest([], held.nearest))],
  );
  const over = await db.query<HeldRow>(`DELETE FROM advisor_held WHERE conversation IN (SELECT conversation FROM advisor_held ORDER BY at DESC, conversation OFFSET $1) RETURNING *`, [limits.heldClarifies]);
  for (const h of sortByAt(over.rows)) await enqueueAbandoned(db, h, limits);
}

export async function settleHeld(db: Db, conversation: string, outcome: 'chosen' | 'abandoned', limits: StoreLimits): Promise<void> {
  const { rows } = await db.query<HeldRow>('DELETE FROM advisor_held WHERE conversation = $1 RETURNING *', [conversation]);
  if (rows[0] && outcome === 'abandoned') await enqueueAbandoned(db, rows[0], limits);
}

export async function sweepHeld(db: Db, now: Date, limits: StoreLimits): Promise<void> {
  const { rows } = await db.query<HeldRow>('DELETE FROM advisor_held WHERE at < $1 RETURNING *', [new Date(now.getTime() - limits.clarifyTtlMs)]);
  for (const h of sortByAt(rows)) await enqueueAbandoned(db, h, limits);
}

export async function resolve(db: Db, r: Resolution, limits: StoreLimits): Promise<number[]> {
  const named = await db.query<{ status: string }>('SELECT status FROM advisor_unanswered WHERE id = $1 FOR UPDATE', [r.named]);
  if (named.rows[0]?.status !== 'open') return [];
  const ids = [...new Set([...r.ids, r.named])];
  const changed = await db.query<{ id: string }>(
    `UPDATE advisor_unanswered SET status = $2, closed_at = $3, entry_id = COALESCE($4, entry_id) WHERE id = ANY($1::bigint[]) AND status = 'open' RETURNING id`,
    [ids, r.status, r.audit.at, r.entryId ?? null],
  );
  await db.query(
    `DELETE FROM advisor_unanswered WHERE id IN (SELECT id FROM advisor_unanswered WHERE status <> 'open' ORDER BY closed_at DESC, id DESC OFFSET $1)`,
    [limits.closedItems],
  );
  return changed.rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}

interface HeldRow {
  conversation: string;
  at: Date;
  platform: string;
  user_hash: string;
  text: string;
  nearest: NearestEntry[];
}

function enqueueAbandoned(db: Db, h: HeldRow, limits: StoreLimits): Promise<void> {
  return enqueue(db, { at: h.at.toISOString(), platform: h.platform, text: h.text, reason: 'clarify-abandoned', nearest: h.nearest }, limits);
}

function sortByAt(rows: HeldRow[]): HeldRow[] {
  return [...rows].sort((a, b) => a.at.getTime() - b.at.getTime());
}
