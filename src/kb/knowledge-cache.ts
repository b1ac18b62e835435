// The start-up cache: the knowledge as last built (checked entries, the matcher's index and what
// the check found), kept on disk so the next start reads it in instead of parsing, checking and
// indexing every file again. It is keyed by everything the build depends on: the content of the
// knowledge files, the code that reads and indexes them, the staff-taught phrasings, the size
// limits and the date (the checker's warnings about review dates change with it). Anything
// changed means another key, so a stale cache is never used; a missing, unreadable or
// unwritable cache only means building as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LearnedPhrase } from '../nlp/search-index.js';
import type { KnowledgeLimits } from '../service-config.js';

const PREFIX = 'knowledge-';
const SUFFIX = '.snapshot';

export interface CacheKeyParts {
  /** Hash of the knowledge folder's content. */
  version: string;
  learned: readonly LearnedPhrase[];
  limits?: KnowledgeLimits;
  today: Date;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(JSON.stringify({ code: codeVersion(), v: parts.version, learned: parts.learned.map((l) => [l.entryId, l.text]), limits: parts.limits ?? null, day: parts.today.toISOString().slice(0, 10) }))
    .digest('hex')
    .slice(0, 24);
}

export function readCache(dir: string, key: string): Buffer | undefined {
  try {
    return readFileSync(join(dir, `${PREFIX}${key}${SUFFIX}`));
  } catch {
    return undefined;
  }
}

/** Writes atomically (temporary file, then rename) and removes older snapshots. Never throws. */
export function writeCache(dir: string, key: string, bytes: Uint8Array): boolean {
  const name = `${PREFIX}${key}${SUFFIX}`;
  try {
    mkdirSync(dir, { recursive: true });
    const temp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temp, bytes);
    renameSync(temp, join(dir, name));
    for (const old of readdirSync(dir)) if (old !== name && old.startsWith(PREFIX) && old.endsWith(SUFFIX)) rmSync(join(dir, old), { force: true });
    return true;
  } catch {
    return false;
  }
}

let code: string | undefined;

/**
 * A hash of the code that turns files into knowledge and an index: every module (and data file,
 * such as fitted weights) in src/kb, src/nlp and the tools' readers (src/tools and its folders),
 * wherever this runs from (src/ or dist/src/).
 */
export function codeVersion(): string {
  if (code) return code;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  const tools = join(here, '..', 'tools');
  for (const folder of [here, join(here, '..', 'nlp'), tools, join(tools, 'checks'), join(tools, 'deadlines'), join(tools, 'ical')]) {
    for (const name of readdirSync(folder).sort()) {
      if (!/\.(ts|js|mjs|json)$/.test(name)) continue;
      const path = join(folder, name);
      if (statSync(path).isFile()) hash.update(`${name}\0`).update(readFileSync(path));
    }
  }
  code = hash.digest('hex').slice(0, 16);
  return code;
}
