// Builds what the bot answers from, through the start-up cache: the folder is read once (its
// content gives the cache key); a snapshot stored under that key is used as it is, and otherwise
// every file is checked, the index built, and the result stored for next time. Used at start-up
// (in the answering thread, before any question) and by the reload worker.
import { existsSync } from 'node:fs';
import type { KnowledgeProblem } from '../errors.js';
import { buildSearchIndex, type LearnedPhrase, type SearchIndex } from '../nlp/search-index.js';
import type { KnowledgeLimits } from '../service-config.js';
import { cacheKey, readCache, writeCache } from './knowledge-cache.js';
import type { KnowledgeBase } from './model.js';
import { readKnowledgeFolder } from './read-folder.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';
import { loadUsableKnowledge } from './usable-knowledge.js';

/** What is stored: the knowledge, its index, and what checking it found. */
export interface BuiltKnowledge {
  kb: KnowledgeBase;
  index: SearchIndex;
  version: string;
  problems: KnowledgeProblem[];
  keptPrevious: string[];
  leftOut: string[];
}

export interface BuildRequest {
  dir: string;
  learned: LearnedPhrase[];
  limits?: KnowledgeLimits;
  /** The knowledge being replaced, for the last good version of files broken now. */
  previous?: KnowledgeBase;
  /** Where snapshots are kept; no caching without it. */
  cacheDir?: string;
}

export type BuildResult =
  | { built: BuiltKnowledge; bytes?: Uint8Array; fromCache: boolean }
  | { built?: undefined; problems: KnowledgeProblem[]; version: string };

export function buildKnowledge(request: BuildRequest, today = new Date()): BuildResult {
  const { dir, learned, limits, previous, cacheDir } = request;
  const read = existsSync(dir) ? readKnowledgeFolder(dir, limits) : undefined;
  // The cache holds what a fresh start makes. A reload that keeps earlier versions of broken
  // files makes something else, so such a result is not stored, and a stored one that left
  // broken files out is not used for a reload.
  // The version hashes what was read; what was found but not read (an oversized file, a link
  // loop) is in the key too, or a cached clean build would be served without reporting it.
  const found = read && read.problems.length ? `${read.version}:${JSON.stringify(read.problems.map((p) => [p.file, p.field, p.message]))}` : read?.version;
  const key = cacheDir && read && found ? cacheKey({ version: found, learned, limits, today }) : undefined;
  const bytes = key && cacheDir ? readCache(cacheDir, key) : undefined;
  if (bytes) {
    try {
      const cached = decodeSnapshot<BuiltKnowledge>(bytes);
      if (!previous || cached.leftOut.length === 0) return { built: cached, bytes, fromCache: true };
    } catch {
      // Written by a version that stored something else: build afresh below.
    }
  }
  const load = loadUsableKnowledge(dir, { limits, previous, read, today });
  if (!load.kb) return { problems: load.problems, version: load.version };
  const built: BuiltKnowledge = { kb: load.kb, index: buildSearchIndex(load.kb, learned), version: load.version, problems: load.problems, keptPrevious: load.keptPrevious, leftOut: load.leftOut };
  if (!key || !cacheDir) return { built, fromCache: false };
  let encoded: Uint8Array;
  try {
    encoded = encodeSnapshot(built);
  } catch {
    return { built, fromCache: false }; // the index holds something the codec cannot store
  }
  if (load.keptPrevious.length === 0) writeCache(cacheDir, key, encoded);
  return { built, bytes: encoded, fromCache: false };
}
