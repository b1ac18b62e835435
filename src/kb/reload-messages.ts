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
}

export type ReloadReply =
  | { ok: true; problems: KnowledgeProblem[]; version: string; keptPrevious: string[]; leftOut: string[]; snapshot?: Uint8Array }
  | { ok: false; error: string };
