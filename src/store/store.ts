// The storage interface: a small set of operations that an embedded file and PostgreSQL both
// implement with the same meaning (one contract test suite runs against every backend). What
// grows with traffic is aggregated or capped (see limits.ts), so no operation's cost grows with
// the bot's history. Everything personal is hashed or redacted before it gets here, and the
// store redacts text again at its own door.

export type QuestionStatus = 'answered' | 'clarify' | 'fallback';
export type UnansweredReason = 'fallback' | 'clarify-abandoned' | 'thumbs-down';

export interface NearestEntry {
  entryId: string;
  score: number;
}

/**
 * A write the advisor hands to the recorder. A batch of these is applied in order as one unit
 * (one locked file write, one SQL transaction). Times are ISO strings; user hashes and
 * conversation keys are already hashed with the salt.
 */
export type RecordOp =
  /** reask: it asked again for what the previous answer in the conversation gave (usage/repeat-of-need.ts). */
  | { type: 'question'; at: string; platform: string; userHash: string; status: QuestionStatus; entryId?: string; reask?: boolean }
  /** Conversation state is opaque JSON; null forgets it. It expires (limits.conversationTtlMs) after `at`. */
  | { type: 'conversation'; key: string; at: string; state: unknown }
  | { type: 'unanswered'; at: string; platform: string; userHash: string; text: string; reason: UnansweredReason; nearest: NearestEntry[]; entryId?: string }
  /** A "did you mean" waiting for the person's choice; joins the queue if abandoned or left too long. */
  | { type: 'hold-clarify'; conversation: string; at: string; platform: string; userHash: string; text: string; nearest: NearestEntry[] }
  | { type: 'settle-clarify'; conversation: string; at: string; outcome: 'chosen' | 'abandoned' }
  /** One vote per person per entry: a later vote replaces an earlier one. */
  | { type: 'vote'; at: string; platform: string; userHash: string; entryId: string; vote: 'up' | 'down' };

/** A question the bot could not answer well, with every time it (or the same words) was asked. */
export interface UnansweredItem {
  id: number;
  /** Redacted text of the first asking. */
  text: string;
  count: number;
  platforms: string[];
  reasons: Partial<Record<UnansweredReason, number>>;
  firstAt: string;
  lastAt: string;
  /** Closest entries, best score per entry, best first, at most three. */
  nearest: NearestEntry[];
  status: 'open' | 'linked' | 'dismissed';
  entryId?: string;
}

export interface LearnedRecord {
  id: number;
  text: string;
  entryId: string;
  /** Pseudonymous staff id ("slack:3f2a…"). */
  by: string;
  at: string;
}

export interface AuditRecord {
  at: string;
  /** Pseudonymous staff id ("slack:3f2a…"). */
  actor: string;
  action: string;
  detail: string;
}

/** Counters over a run of whole days (UTC), for "stats". */
export interface StatsSummary {
  fromDay: string;
  toDay: string;
  asked: number;
  answered: number;
  clarified: number;
  declined: number;
  /** Distinct people, estimated from a fixed-size bitmap (exact for small numbers, never a list of ids). */
  people: number;
  /** Answers per entry, most first. */
  mostAsked: { entryId: string; count: number }[];
  /** Each person's latest vote per entry, counted per entry, most votes first. */
  votes: { entryId: string; up: number; down: number }[];
  /** Answers, and those followed by another question from the same person within the re-ask window. */
  reask: { answers: number; reasked: number };
}

/** Staff taking items off the queue: link (with a learned phrasing) or dismiss, audited. */
export interface Resolution {
  /** The item staff named; nothing changes unless it is still open. */
  named: number;
  /** Every item of its group (including the named one). */
  ids: number[];
  status: 'linked' | 'dismissed';
  entryId?: string;
  /** Replaces any learned phrasing with the same words. */
  learned?: Omit<LearnedRecord, 'id'>;
  audit: AuditRecord;
}

export interface Store {
  readonly backend: 'memory' | 'file' | 'postgres';
  /** The salt for hashing ids: generated once and kept with the data when none is configured. */
  hashSalt(): Promise<{ salt: string; created: boolean; where: string }>;
  /** The conversation's state, or undefined when there is none or it has expired. */
  getConversation(key: string, now: Date): Promise<unknown>;
  record(ops: readonly RecordOp[]): Promise<void>;
  /** Open items, oldest first; held "did you mean"s that are now overdue join the queue first. */
  listOpenUnanswered(now: Date): Promise<UnansweredItem[]>;
  /** Any item by id, open or not (closed items are kept, capped, to say what became of them). */
  getUnanswered(id: number): Promise<UnansweredItem | undefined>;
  /** Applies the resolution in one unit; returns the ids it changed (none if `named` was not open). */
  resolveUnanswered(resolution: Resolution): Promise<number[]>;
  listLearned(): Promise<LearnedRecord[]>;
  removeLearned(ids: readonly number[], audit?: AuditRecord): Promise<void>;
  appendAudit(record: AuditRecord): Promise<void>;
  /** The latest audit records, oldest first. */
  listAudit(limit?: number): Promise<AuditRecord[]>;
  /** Counters for the UTC days fromDay..toDay inclusive ("YYYY-MM-DD"). */
  stats(fromDay: string, toDay: string): Promise<StatsSummary>;
  /**
   * Claims `key` for `ttlMs` from `at`: true for the first claimer, false while that claim lasts,
   * in this process or any other sharing the store (one Slack event answered by one replica).
   * The key is kept hashed. Expired claims are swept by prune.
   */
  claimOnce(key: string, at: Date, ttlMs: number): Promise<boolean>;
  /** Deletes what is older than the retention period; returns how many records went. */
  prune(now: Date, retentionDays: number): Promise<number>;
  close(): Promise<void>;
}
