// The unanswered queue: one item per distinct question (repeats add to its count), at most
// limits.openItems open items (the least recently asked dropped first), and at most
// limits.perUserPerHour contributions from any one person an hour, so nobody can flood it.
import type { StoreLimits } from '../limits.js';
import { redact, withoutPersonalDetails } from '../privacy.js';
import type { NearestEntry, Resolution, UnansweredReason } from '../store.js';
import { allocateId, trimOldest, type HeldClarify, type StoreDocument, type StoredItem } from './document.js';

export interface Arrival {
  at: string;
  platform: string;
  text: string;
  reason: UnansweredReason;
  nearest: NearestEntry[];
  entryId?: string;
}

/** The words of a question, normalised: "Can we fly a drone?!" and "can we fly a drone" share it. */
export function queueKey(text: string): string {
  const words = withoutPersonalDetails(text).toLowerCase().replace(/[^\p{L}\p{N}£]+/gu, ' ').trim();
  return words || text.trim().toLowerCase();
}

/** Counts a contribution against the person's hourly allowance; false when it is used up. */
export function allowContribution(doc: StoreDocument, userHash: string, at: string, limits: StoreLimits): boolean {
  const hour = at.slice(0, 13);
  const slot = doc.rate[userHash];
  if (!slot || slot.hour !== hour) {
    doc.rate[userHash] = { hour, count: 1 };
    if (Object.keys(doc.rate).length > limits.trackedPeople) trimOldest(doc.rate, Math.floor(limits.trackedPeople * 0.9), (s) => s.hour);
    return true;
  }
  if (slot.count >= limits.perUserPerHour) return false;
  slot.count++;
  return true;
}

export function enqueue(doc: StoreDocument, arrival: Arrival, limits: StoreLimits): void {
  const text = redact(arrival.text).slice(0, limits.itemTextChars);
  const key = queueKey(text);
  const existing = doc.unanswered.find((i) => i.status === 'open' && i.key === key);
  if (existing) {
    existing.count++;
    if (!existing.platforms.includes(arrival.platform)) existing.platforms = [...existing.platforms, arrival.platform].sort();
    existing.reasons[arrival.reason] = (existing.reasons[arrival.reason] ?? 0) + 1;
    if (arrival.at > existing.lastAt) existing.lastAt = arrival.at;
    if (arrival.at < existing.firstAt) existing.firstAt = arrival.at;
    existing.nearest = mergeNearest(existing.nearest, arrival.nearest);
    if (arrival.entryId) existing.entryId = arrival.entryId;
    return;
  }
  doc.unanswered.push({
    id: allocateId(doc),
    key,
    text,
    count: 1,
    platforms: [arrival.platform],
    reasons: { [arrival.reason]: 1 },
    firstAt: arrival.at,
    lastAt: arrival.at,
    nearest: mergeNearest([], arrival.nearest),
    status: 'open',
    ...(arrival.entryId ? { entryId: arrival.entryId } : {}),
  });
  capQueue(doc, limits);
}

export function holdClarify(doc: StoreDocument, conversation: string, held: HeldClarify, limits: StoreLimits): void {
  settleHeld(doc, conversation, 'abandoned', limits);
  if (!allowContribution(doc, held.userHash, held.at, limits)) return;
  doc.held[conversation] = { ...held, text: redact(held.text).slice(0, limits.itemTextChars), nearest: mergeNearest([], held.nearest) };
  const keys = Object.keys(doc.held);
  if (keys.length > limits.heldClarifies) {
    const oldest = keys.sort((a, b) => doc.held[a].at.localeCompare(doc.held[b].at)).slice(0, keys.length - limits.heldClarifies);
    for (const k of oldest) settleHeld(doc, k, 'abandoned', limits);
  }
}

/** A choice among the options withdraws the held question; anything else sends it to the queue. */
export function settleHeld(doc: StoreDocument, conversation: string, outcome: 'chosen' | 'abandoned', limits: StoreLimits): void {
  const held = doc.held[conversation];
  if (!held) return;
  delete doc.held[conversation];
  if (outcome === 'abandoned') enqueue(doc, { at: held.at, platform: held.platform, text: held.text, reason: 'clarify-abandoned', nearest: held.nearest }, limits);
}

/** Held questions nobody answered within the TTL join the queue. */
export function sweepHeld(doc: StoreDocument, now: Date, limits: StoreLimits): number {
  let moved = 0;
  for (const [conversation, held] of Object.entries(doc.held)) {
    if (now.getTime() - Date.parse(held.at) > limits.clarifyTtlMs) {
      settleHeld(doc, conversation, 'abandoned', limits);
      moved++;
    }
  }
  return moved;
}

export function resolve(doc: StoreDocument, r: Resolution, limits: StoreLimits): number[] {
  const named = doc.unanswered.find((i) => i.id === r.named);
  if (!named || named.status !== 'open') return [];
  const wanted = new Set([...r.ids, r.named]);
  const changed: number[] = [];
  for (const item of doc.unanswered) {
    if (!wanted.has(item.id) || item.status !== 'open') continue;
    item.status = r.status;
    item.closedAt = r.audit.at;
    if (r.entryId) item.entryId = r.entryId;
    changed.push(item.id);
  }
  const closed = doc.unanswered.filter((i) => i.status !== 'open');
  if (closed.length > limits.closedItems) {
    const drop = new Set(closed.sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? '')).slice(0, closed.length - limits.closedItems));
    doc.unanswered = doc.unanswered.filter((i) => !drop.has(i));
  }
  return changed;
}

function capQueue(doc: StoreDocument, limits: StoreLimits): void {
  const open = doc.unanswered.filter((i) => i.status === 'open');
  if (open.length <= limits.openItems) return;
  const drop = new Set(open.sort((a, b) => a.lastAt.localeCompare(b.lastAt) || a.id - b.id).slice(0, open.length - limits.openItems));
  doc.unanswered = doc.unanswered.filter((i) => !drop.has(i));
}

/** Best score per entry, best first, at most three. */
export function mergeNearest(a: NearestEntry[], b: NearestEntry[]): NearestEntry[] {
  const best = new Map<string, number>();
  for (const n of [...a, ...b]) best.set(n.entryId, Math.max(best.get(n.entryId) ?? -Infinity, n.score));
  return [...best].map(([entryId, score]) => ({ entryId, score: Math.round(score * 1000) / 1000 })).sort((x, y) => y.score - x.score).slice(0, 3);
}
