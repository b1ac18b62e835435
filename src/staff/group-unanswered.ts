// Groups open queue items that ask the same thing, so staff see "asked 7 times" once rather
// than seven lines. The store already folds identical wordings into one item; here two items
// are one question when their text is the same once personal details are out, or their content
// terms overlap almost entirely. Candidates come from an index of each group's rarest terms (a
// prefix filter: two term sets this alike must share one of the few rarest terms of each), so the
// work follows the rare terms questions share, not every pair of questions that share "pub".
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
  /** Times asked, across the group's items. */
  count: number;
  itemIds: number[];
  items: UnansweredItem[];
  platforms: string[];
  /** The most frequent reason (the latest item's wins a tie). */
  reason: UnansweredReason;
  reasons: UnansweredReason[];
  firstAskedAt: string;
  lastAskedAt: string;
  /** Closest entries across the group, best score per entry, best first. */
  nearest: NearestEntry[];
}

interface Draft {
  items: UnansweredItem[];
  terms: Set<string>;
}

/** Groups the given items (pass only open ones), most-asked first, then most recently asked. termsOf gets text without personal details. */
export function groupUnanswered(items: readonly UnansweredItem[], termsOf: (text: string) => string[]): QueueGroup[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, number>();
  const byTerm = new Map<string, number[]>();
  const read = [...items].sort((a, b) => a.id - b.id).map((item) => {
    const text = withoutPersonalDetails(item.text);
    return { item, key: questionKey(text), terms: new Set(termsOf(text)) };
  });
  // Terms in one fixed order, rarest across the queue first: the order the prefix filter needs.
  const frequency = new Map<string, number>();
  for (const { terms } of read) for (const t of terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rarestFirst = (terms: Set<string>) => [...terms].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  for (const { item, key, terms } of read) {
    const prefix = rarestFirst(terms).slice(0, prefixLength(terms.size));
    // Compare with each group's first question only, so a chain of small drifts cannot merge
    // two different questions; the earliest matching group wins.
    const home = byKey.get(key) ?? similarDraft(drafts, byTerm, terms, prefix);
    if (home !== undefined) {
      drafts[home].items.push(item);
      continue;
    }
    const index = drafts.push({ items: [item], terms }) - 1;
    byKey.set(key, index);
    for (const t of prefix) {
      const list = byTerm.get(t);
      if (list) list.push(index);
      else byTerm.set(t, [index]);
    }
  }
  return drafts.map(summarise).sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt) || a.id - b.id);
}

/** The group holding an item, whichever of its items' ids is given. */
export function findGroup(groups: readonly QueueGroup[], itemId: number): QueueGroup | undefined {
  return groups.find((g) => g.itemIds.includes(itemId));
}

/**
 * How many of a set's rarest terms two sets at least SAME_QUESTION_SIMILARITY alike must share one
 * of: a set of n terms can miss at most n - ceil(0.8 n) of its terms from the other's. The small
 * allowance keeps a product that should be whole (0.8 x 10) from rounding up past it in floating point.
 */
function prefixLength(size: number): number {
  return size - Math.ceil(SAME_QUESTION_SIMILARITY * size - 1e-9) + 1;
}

function similarDraft(drafts: Draft[], byTerm: Map<string, number[]>, terms: Set<string>, prefix: string[]): number | undefined {
  const candidates = new Set<number>();
  for (const t of prefix) for (const d of byTerm.get(t) ?? []) candidates.add(d);
  let best: number | undefined;
  for (const d of candidates) {
    if (best !== undefined && d > best) continue;
    let n = 0;
    for (const t of terms) if (drafts[d].terms.has(t)) n++;
    const similarity = n / (drafts[d].terms.size + terms.size - n);
    if (similarity >= SAME_QUESTION_SIMILARITY) best = d;
  }
  return best;
}

function summarise(draft: Draft): QueueGroup {
  const { items } = draft;
  const reasonCounts = new Map<UnansweredReason, number>();
  for (const i of items) for (const [r, n] of Object.entries(i.reasons) as [UnansweredReason, number][]) reasonCounts.set(r, (reasonCounts.get(r) ?? 0) + n);
  const latest = items.reduce((a, b) => (b.lastAt > a.lastAt ? b : a));
  let reason = (Object.entries(latest.reasons) as [UnansweredReason, number][]).sort((a, b) => b[1] - a[1])[0][0];
  for (const [r, n] of reasonCounts) if (n > reasonCounts.get(reason)!) reason = r;
  const best = new Map<string, number>();
  for (const n of items.flatMap((i) => i.nearest)) best.set(n.entryId, Math.max(best.get(n.entryId) ?? -Infinity, n.score));
  return {
    id: items[0].id,
    text: items[0].text,
    count: items.reduce((n, i) => n + i.count, 0),
    itemIds: items.map((i) => i.id),
    items,
    platforms: [...new Set(items.flatMap((i) => i.platforms))].sort(),
    reason,
    reasons: [...reasonCounts.keys()],
    firstAskedAt: items.map((i) => i.firstAt).sort()[0],
    lastAskedAt: latest.lastAt,
    nearest: [...best].map(([entryId, score]) => ({ entryId, score })).sort((a, b) => b.score - a.score).slice(0, 3),
  };
}
