// The storage interface: a typed document read from memory and changed through update(), which
// applies the change synchronously (so concurrent callers in one process never lose an update)
// and then persists. Implementations: lowdb on disk, and an in-memory twin for tests.
import type { CheckProgress } from '../tools/checks/check-progress.js';

/** What the bot remembers about a conversation thread, for follow-ups. */
export interface ThreadContext {
  entryId?: string;
  at: string;
  /** A clarify question waiting for the user's choice. */
  /** The last question asked in the thread (redacted), so a thumbs-down can say what was asked. */
  question?: string;
  pendingClarify?: { text: string; options: string[]; nearest: NearestEntry[]; platform: string; at: string };
  /** A guided check under way in this conversation (plain JSON, so it survives a restart). */
  flow?: CheckProgress;
}

export interface NearestEntry {
  entryId: string;
  score: number;
}

export interface FeedbackRecord {
  id: number;
  entryId: string;
  vote: 'up' | 'down';
  platform: string;
  userHash: string;
  at: string;
}

export type UnansweredReason = 'fallback' | 'clarify-abandoned' | 'thumbs-down';

/** A question the bot could not answer well; text is always redacted before it gets here. */
export interface UnansweredItem {
  id: number;
  text: string;
  platform: string;
  at: string;
  reason: UnansweredReason;
  nearest: NearestEntry[];
  status: 'open' | 'linked' | 'dismissed';
  entryId?: string;
}

/** One question asked, without its text: enough for statistics. */
export interface QuestionLogRecord {
  at: string;
  platform: string;
  userHash: string;
  status: 'answered' | 'clarify' | 'fallback';
  entryId?: string;
}

export interface LearnedRecord {
  id: number;
  text: string;
  entryId: string;
  by: string;
  at: string;
}

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  detail: string;
}

export interface StoreData {
  version: 1;
  nextId: number;
  contexts: Record<string, ThreadContext>;
  feedback: FeedbackRecord[];
  unanswered: UnansweredItem[];
  questions: QuestionLogRecord[];
  learned: LearnedRecord[];
  audit: AuditRecord[];
}

export interface Store {
  /** The current data; treat as read-only. */
  read(): Readonly<StoreData>;
  /** Applies a change in memory, then persists it; resolves once it is on disk. */
  update<T>(change: (data: StoreData) => T): Promise<T>;
  close(): Promise<void>;
}

export function emptyData(): StoreData {
  return { version: 1, nextId: 1, contexts: {}, feedback: [], unanswered: [], questions: [], learned: [], audit: [] };
}

/** Fills in anything missing from an older or partial file, so old data keeps working. */
export function withDefaults(raw: unknown): StoreData | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const d = raw as Partial<StoreData>;
  const base = emptyData();
  const arrays = ['feedback', 'unanswered', 'questions', 'learned', 'audit'] as const;
  for (const key of arrays) if (d[key] !== undefined && !Array.isArray(d[key])) return undefined;
  return {
    ...base,
    ...d,
    version: 1,
    nextId: typeof d.nextId === 'number' ? d.nextId : base.nextId,
    contexts: d.contexts && typeof d.contexts === 'object' ? d.contexts : {},
  } as StoreData;
}
