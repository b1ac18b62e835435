// Groups open queue items that ask the same thing, so staff see "asked 7 times" once rather
// than seven lines. Two items are the same question when their text is identical (ignoring
// case, punctuation and personal details) or their content terms overlap almost entirely.
import { withoutPersonalDetails } from '../store/privacy.js';
import type { NearestEntry, UnansweredItem, UnansweredReason } from '../store/store.js';
import { questionKey } from './teachable-text.js';

/** Jaccard similarity of content-term sets at or above which two questions are one. */
export const SAME_QUESTION_SIMILARITY = 0.8;

/** One line of the queue: a question and every time it was asked. */
export interface QueueGroup {
  /** The first item's id: the handle staff pass to link and dismiss. */
  id: number;
  /** The first item's redacted text. */
  text: string;
  count: number;
  itemIds: number[];
  platforms: string[];
  /** The most frequent reason (the latest wins a tie). */
  reason: UnansweredReason;
  reasons: UnansweredReason[];
  firstAskedAt: string;
  lastAskedAt: string;
  /** Closest entries across the group, best score per entry, best first. */
  nearest: NearestEntry[];
}

interface Draft {
  items: UnansweredItem[];
  key: string;
  terms: Set<string>;
}

/** Groups the given items (pass only open ones), most-asked first, then most recently asked. termsOf gets text without personal details. */
export function groupUnanswered(items: readonly UnansweredItem[], termsOf: (text: string) => string[]): QueueGroup[] {
  const drafts: Draft[] = [];
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    const text = withoutPersonalDetails(item.text);
    const key = questionKey(text);
    const terms = new Set(termsOf(text));
    // Compare with each group's first question only, so a chain of small drifts cannot merge
    // two different questions.
    const home = drafts.find((d) => d.key === key || jaccard(d.terms, terms) >= SAME_QUESTION_SIMILARITY);
    if (home) home.items.push(item);
    else drafts.push({ items: [item], key, terms });
  }
  return drafts.map(summarise).sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt) || a.id - b.id);
}

/** The group holding an item, whichever of its items' ids is given. */
export function findGroup(groups: readonly QueueGroup[], itemId: number): QueueGroup | undefined {
  return groups.find((g) => g.itemIds.includes(itemId));
}

function summarise(draft: Draft): QueueGroup {
  const { items } = draft;
  const times = items.map((i) => i.at).sort();
  const reasonCounts = new Map<UnansweredReason, number>();
  for (const i of items) reasonCounts.set(i.reason, (reasonCounts.get(i.reason) ?? 0) + 1);
  const latest = [...items].sort((a, b) => b.at.localeCompare(a.at))[0];
  let reason = latest.reason;
  for (const [r, n] of reasonCounts) if (n > reasonCounts.get(reason)!) reason = r;
  const best = new Map<string, number>();
  for (const n of items.flatMap((i) => i.nearest)) best.set(n.entryId, Math.max(best.get(n.entryId) ?? 0, n.score));
  return {
    id: items[0].id,
    text: items[0].text,
    count: items.length,
    itemIds: items.map((i) => i.id),
    platforms: [...new Set(items.map((i) => i.platform))].sort(),
    reason,
    reasons: [...reasonCounts.keys()],
    firstAskedAt: times[0],
    lastAskedAt: times[times.length - 1],
    nearest: [...best].map(([entryId, score]) => ({ entryId, score })).sort((a, b) => b.score - a.score).slice(0, 3),
  };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}
