// One record operation in SQL, inside the caller's transaction, meaning what
// document/apply-record.ts means: counters by upsert, one vote per person per entry, capped
// conversations, and the queue operations of queue-sql.ts.
import type pg from 'pg';
import { bitOf } from '../document/people-bitmap.js';
import type { StoreLimits } from '../limits.js';
import type { RecordOp } from '../store.js';
import { allowContribution, enqueue, holdClarify, settleHeld } from './queue-sql.js';

type Db = pg.ClientBase;

export async function applyRecordSql(db: Db, op: RecordOp, limits: StoreLimits): Promise<void> {
  switch (op.type) {
    case 'question':
      return countQuestion(db, op, limits);
    case 'conversation':
      return saveConversation(db, op, limits);
    case 'unanswered':
      if (await allowContribution(db, op.userHash, op.at, limits)) await enqueue(db, op, limits);
      return;
    case 'hold-clarify':
      return holdClarify(db, op.conversation, op, limits);
    case 'settle-clarify':
      return settleHeld(db, op.conversation, op.outcome, limits);
    case 'vote':
      await db.query(
        `INSERT INTO advisor_votes (user_hash, entry_id, vote, at, platform) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_hash, entry_id) DO UPDATE SET vote = EXCLUDED.vote, at = EXCLUDED.at, platform = EXCLUDED.platform`,
        [op.userHash, op.entryId, op.vote, op.at, op.platform],
      );
      await db.query('DELETE FROM advisor_votes WHERE (user_hash, entry_id) IN (SELECT user_hash, entry_id FROM advisor_votes ORDER BY at DESC OFFSET $1)', [limits.votes]);
      return;
  }
}

async function countQuestion(db: Db, op: Extract<RecordOp, { type: 'question' }>, _limits: StoreLimits): Promise<void> {
  const day = op.at.slice(0, 10);
  const names = [`asked:${op.status}`, `platform:${op.platform}`];
  if (op.status === 'answered' && op.entryId) names.push(`entry:${op.entryId}`);
  // Decided when it was asked (usage/repeat-of-need.ts): an ordinary follow-up is not a re-ask.
  if (op.reask) names.push('reask:reasked');
  if (op.status === 'answered') names.push('reask:answers');
  await db.query(
    `INSERT INTO advisor_days (day, name, count) SELECT $1, unnest($2::text[]), 1
     ON CONFLICT (day, name) DO UPDATE SET count = advisor_days.count + 1`,
    [day, names],
  );
  await db.query(
    `INSERT INTO advisor_people (day, bits) VALUES ($1, set_bit(repeat('0', 1024)::bit(1024), $2, 1))
     ON CONFLICT (day) DO UPDATE SET bits = set_bit(advisor_people.bits, $2, 1)`,
    [day, bitOf(op.userHash)],
  );
}

async function saveConversation(db: Db, op: Extract<RecordOp, { type: 'conversation' }>, limits: StoreLimits): Promise<void> {
  if (op.state === null || op.state === undefined) {
    await db.query('DELETE FROM advisor_conversations WHERE key = $1', [op.key]);
    return;
  }
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO advisor_conversations (key, at, state) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET at = EXCLUDED.at, state = EXCLUDED.state RETURNING (xmax = 0) AS inserted`,
    [op.key, op.at, JSON.stringify(op.state)],
  );
  // Only a new conversation can take the table over its cap.
  if (rows[0]?.inserted) {
    await db.query('DELETE FROM advisor_conversations WHERE key IN (SELECT key FROM advisor_conversations ORDER BY at DESC, key OFFSET $1)', [limits.conversations]);
  }
}
