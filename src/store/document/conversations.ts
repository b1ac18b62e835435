// Conversation state: opaque JSON per (hashed) conversation key, expiring after the TTL, capped
// by count and, in the embedded file, by total size (oldest dropped first, in one sort).
import type { StoreLimits } from '../limits.js';
import { trimOldest, type StoreDocument } from './document.js';

export function readConversation(doc: StoreDocument, key: string, now: Date, limits: StoreLimits): unknown {
  const c = doc.conversations[key];
  if (!c || now.getTime() - Date.parse(c.at) > limits.conversationTtlMs) return undefined;
  return structuredClone(c.state);
}

/** state must already be checked against conversationStateChars (see check-ops.ts). */
export function saveConversation(doc: StoreDocument, key: string, at: string, state: unknown, chars: number, limits: StoreLimits): void {
  if (state === null || state === undefined) {
    delete doc.conversations[key];
    return;
  }
  delete doc.conversations[key]; // re-inserted last, so the map stays roughly oldest-first
  doc.conversations[key] = { at, state: structuredClone(state), chars };
  const keys = Object.keys(doc.conversations);
  if (keys.length > limits.conversations || totalChars(doc) > limits.conversationBudgetChars) trimConversations(doc, limits, Date.parse(at));
}

/** Drops expired conversations, then the oldest until under 90% of both bounds. */
export function trimConversations(doc: StoreDocument, limits: StoreLimits, nowMs: number): number {
  let gone = 0;
  for (const [k, c] of Object.entries(doc.conversations)) {
    if (nowMs - Date.parse(c.at) > limits.conversationTtlMs) {
      delete doc.conversations[k];
      gone++;
    }
  }
  const keepCount = Math.floor(limits.conversations * 0.9);
  gone += trimOldest(doc.conversations, keepCount, (c) => c.at).length;
  const budget = Math.floor(limits.conversationBudgetChars * 0.9);
  if (totalChars(doc) > budget) {
    let total = totalChars(doc);
    for (const k of Object.keys(doc.conversations).sort((a, b) => doc.conversations[a].at.localeCompare(doc.conversations[b].at))) {
      if (total <= budget) break;
      total -= doc.conversations[k].chars + k.length + 40;
      delete doc.conversations[k];
      gone++;
    }
  }
  return gone;
}

function totalChars(doc: StoreDocument): number {
  let total = 0;
  for (const k in doc.conversations) total += doc.conversations[k].chars + k.length + 40;
  return total;
}
