// What the main thread and the reload worker say to each other.
import type { KnowledgeProblem } from '../errors.js';
import type { LearnedPhrase } from '../nlp/search-index.js';
import type { KnowledgeLimits } from '../service-config.js';

export interface ReloadRequest {
  dir: string;
  limits?: KnowledgeLimits;
  learned: LearnedPhrase[];
  /** The knowledge being replaced (encoded), for the last good version of broken files. */
  previous?: Uint8Array;
  /** Where start-up snapshots are kept, so a reload also refreshes the cache for the next start. */
  cacheDir?: string;
}

export type ReloadReply =
  /** snapshot: the new knowledge (encoded BuiltKnowledge); absent when nothing usable was found. */
  | { ok: true; problems: KnowledgeProblem[]; snapshot?: Uint8Array }
  | { ok: false; error: string };
