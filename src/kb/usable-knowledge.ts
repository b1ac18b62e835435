// The knowledge the running bot answers from. Unlike the strict check, one broken file does not
// stop the bot: every valid entry is used, and a file with errors keeps its last good version
// (from the knowledge loaded before) or, at start-up, is left out until fixed. Every problem is
// still reported, so staff see exactly which files are not in use as written.
import type { KnowledgeProblem } from '../errors.js';
import { assembleKnowledge, checkKnowledgeFolder, type LoadOptions } from './load-knowledge.js';
import type { Entry, KnowledgeBase } from './model.js';

export interface UsableLoad {
  /** Undefined only when nothing usable was found: no folder, no readable phrases, no entries. */
  kb?: KnowledgeBase;
  problems: KnowledgeProblem[];
  version: string;
  /** Files with errors still answered from their last good version. */
  keptPrevious: string[];
  /** Files with errors left out (no earlier version to fall back on). */
  leftOut: string[];
}

export function loadUsableKnowledge(dir: string, options: LoadOptions & { today?: Date; previous?: KnowledgeBase } = {}): UsableLoad {
  const checked = checkKnowledgeFolder(dir, options.today ?? new Date(), options);
  const { problems, version, previous } = { ...checked, previous: options.previous };
  const none = { problems, version, keptPrevious: [], leftOut: [] };
  if (checked.missing) return none;

  const phrases = checked.phrases ?? previous?.phrases;
  if (!phrases) return none;
  // A folder-level file that could not be parsed keeps what it said before.
  const fallback = <K extends 'synonyms' | 'offTopic' | 'topics'>(key: K, file: string) => (checked.unreadable.has(file) && previous ? previous[key] : checked[key]);
  const parts = {
    synonyms: fallback('synonyms', 'synonyms.yaml'),
    offTopic: fallback('offTopic', 'off-topic.yaml'),
    topics: fallback('topics', 'topics.yaml'),
    reviewPolicy: checked.reviewPolicy ?? (checked.unreadable.has('review-policy.yaml') ? previous?.reviewPolicy : undefined),
    facets: checked.unreadable.has('facets.yaml') && previous ? previous.facets : checked.facets,
    conversation: checked.unreadable.has('conversation.yaml') && previous ? previous.conversation : checked.conversation,
    // Periods or checks with errors keep their last good version (none at start-up).
    periods: checked.tools.broken.periods ? previous?.periods : checked.tools.periods,
    checks: checked.tools.broken.checks ? previous?.checks : checked.tools.checks,
  };

  const usable = checked.entries.filter((e) => !checked.brokenFiles.has(e.file));
  const ids = new Set(usable.map((e) => e.id));
  const keptPrevious: string[] = [];
  const leftOut: string[] = [];
  for (const file of [...checked.brokenFiles].sort()) {
    const before = previous?.entries.find((e) => e.file === file);
    if (before && !ids.has(before.id)) {
      usable.push(before);
      ids.add(before.id);
      keptPrevious.push(file);
    } else leftOut.push(file);
  }
  if (usable.length === 0) return none;
  // A related entry that is not there (left out, or a typo) is simply not offered, nor followed as `then`.
  const exists = (e: Entry, id: string) => ids.has(id) && id !== e.id;
  const entries: Entry[] = usable.map((e) => {
    if (e.related.every((r) => exists(e, r)) && (e.then === undefined || exists(e, e.then))) return e;
    const { then, ...rest } = e;
    return { ...rest, related: e.related.filter((r) => exists(e, r)), ...(then !== undefined && exists(e, then) ? { then } : {}) };
  });
  return { kb: assembleKnowledge(entries, parts, phrases), problems, version, keptPrevious, leftOut };
}
