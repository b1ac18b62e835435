// The typed writes the core makes. Every text passes through redact() here, at the one door
// into the store, so nothing personal is written by any caller.
import { redact } from './privacy.js';
import type { NearestEntry, Store, StoreData, ThreadContext, UnansweredReason } from './store.js';

/** Thread context older than this is forgotten: a follow-up half an hour later is a new question. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;
const MAX_CONTEXTS = 5000;

export function getContext(store: Store, threadId: string, now: Date): ThreadContext | undefined {
  const ctx = store.read().contexts[threadId];
  if (!ctx || now.getTime() - Date.parse(ctx.at) > CONTEXT_TTL_MS) return undefined;
  return ctx;
}

export function setContext(data: StoreData, threadId: string, ctx: ThreadContext) {
  data.contexts[threadId] = ctx;
  const keys = Object.keys(data.contexts);
  if (keys.length > MAX_CONTEXTS) {
    // Trim to 80% in one go, oldest first, so the sort runs once per 1,000 new threads rather
    // than on every question once the limit is reached.
    const byAge = keys.map((k) => [k, Date.parse(data.contexts[k].at)] as const).sort((a, b) => a[1] - b[1]);
    for (const [k] of byAge.slice(0, keys.length - Math.floor(MAX_CONTEXTS * 0.8))) delete data.contexts[k];
  }
}

export function addUnanswered(data: StoreData, item: { text: string; platform: string; at: Date; reason: UnansweredReason; nearest: NearestEntry[]; entryId?: string }) {
  const id = data.nextId++;
  data.unanswered.push({
    id,
    text: redact(item.text).slice(0, 1000),
    platform: item.platform,
    at: item.at.toISOString(),
    reason: item.reason,
    nearest: item.nearest.slice(0, 3).map((n) => ({ entryId: n.entryId, score: round(n.score) })),
    status: 'open',
    ...(item.entryId ? { entryId: item.entryId } : {}),
  });
  return id;
}

/** A clarify the user walked away from (asked something else, or never chose) joins the queue. */
export function settleAbandonedClarify(data: StoreData, threadId: string) {
  const pending = data.contexts[threadId]?.pendingClarify;
  if (!pending) return;
  addUnanswered(data, { text: pending.text, platform: pending.platform, at: new Date(pending.at), reason: 'clarify-abandoned', nearest: pending.nearest });
  delete data.contexts[threadId].pendingClarify;
}

/** Moves every expired, unresolved clarify into the queue; run before staff read the queue. */
export function sweepAbandonedClarifies(data: StoreData, now: Date) {
  for (const [threadId, ctx] of Object.entries(data.contexts)) {
    if (ctx.pendingClarify && now.getTime() - Date.parse(ctx.pendingClarify.at) > CONTEXT_TTL_MS) settleAbandonedClarify(data, threadId);
  }
}

/** Deletes stored questions and feedback older than the retention period. */
export function pruneOlderThan(data: StoreData, days: number, now: Date): number {
  const cutoff = now.getTime() - days * 86_400_000;
  const keep = <T extends { at: string }>(list: T[]) => list.filter((r) => Date.parse(r.at) >= cutoff);
  const before = data.feedback.length + data.unanswered.length + data.questions.length;
  data.feedback = keep(data.feedback);
  data.unanswered = keep(data.unanswered);
  data.questions = keep(data.questions);
  for (const [k, ctx] of Object.entries(data.contexts)) if (Date.parse(ctx.at) < cutoff) delete data.contexts[k];
  return before - (data.feedback.length + data.unanswered.length + data.questions.length);
}

export function audit(data: StoreData, actor: string, action: string, detail: string, at: Date) {
  data.audit.push({ at: at.toISOString(), actor, action, detail: redact(detail).slice(0, 300) });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
