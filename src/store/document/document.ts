// The embedded store's data: one JSON document (the file's format, version 2), shared by the
// file store and the in-memory twin. Maps keyed by ids, hashes or entry ids are null-prototype
// objects, so a key such as "constructor" is just a key.
import type { AuditRecord, LearnedRecord, NearestEntry, UnansweredItem } from '../store.js';

export interface DayCounters {
  asked: { answered: number; clarify: number; fallback: number };
  platforms: Dict<number>;
  /** Answers per entry. */
  entries: Dict<number>;
  reask: { answers: number; reasked: number };
  /** Base64 bitmap of people seen that day (see people-bitmap.ts). */
  people: string;
}

export interface StoredConversation {
  at: string;
  state: unknown;
  /** JSON length of the state, for the file's conversation budget. */
  chars: number;
}

export interface StoredItem extends UnansweredItem {
  /** The question's words, normalised: repeats share a key and so one item. */
  key: string;
  closedAt?: string;
}

export interface HeldClarify {
  at: string;
  platform: string;
  userHash: string;
  text: string;
  nearest: NearestEntry[];
}

/** Kept small: the entry is in the key, and statistics and retention need only the day. */
export interface StoredVote {
  vote: 'up' | 'down';
  day: string;
}

export type Dict<T> = Record<string, T>;

export interface StoreDocument {
  version: 2;
  nextId: number;
  conversations: Dict<StoredConversation>;
  /** Counters per UTC day, keyed "YYYY-MM-DD". */
  days: Dict<DayCounters>;
  unanswered: StoredItem[];
  /** conversation key -> the "did you mean" waiting there. */
  held: Dict<HeldClarify>;
  /** userHash -> queue contributions in the current hour ("YYYY-MM-DDTHH"). */
  rate: Dict<{ hour: string; count: number }>;
  /** "userHash entryId" (see voteKey) -> that person's latest vote on that entry. */
  votes: Dict<StoredVote>;
  learned: LearnedRecord[];
  audit: AuditRecord[];
  /** Hashed claimed key (claim-key.ts) -> when the claim expires (Store.claimOnce). */
  claims: Dict<string>;
}

export function dict<T>(entries: Iterable<[string, T]> = []): Dict<T> {
  const d = Object.create(null) as Dict<T>;
  for (const [k, v] of entries) d[k] = v;
  return d;
}

export function emptyDocument(): StoreDocument {
  return {
    version: 2,
    nextId: 1,
    conversations: dict(),
    days: dict(),
    unanswered: [],
    held: dict(),
    rate: dict(),
    votes: dict(),
    learned: [],
    audit: [],
    claims: dict(),
  };
}

/** A fresh id, never one already in use (a file whose nextId was reset keeps working). */
export function allocateId(doc: StoreDocument): number {
  return doc.nextId++;
}

/** Drops the oldest entries of a map until it holds at most `keep`, in one sort. */
export function trimOldest<T>(map: Dict<T>, keep: number, at: (value: T) => string): string[] {
  const keys = Object.keys(map);
  if (keys.length <= keep) return [];
  const byAge = keys.sort((a, b) => at(map[a]).localeCompare(at(map[b])));
  const gone = byAge.slice(0, keys.length - keep);
  for (const k of gone) delete map[k];
  return gone;
}
