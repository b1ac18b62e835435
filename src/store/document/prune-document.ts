// Retention: counters, votes and queue items older than the period are deleted; overdue held
// questions join the queue first, and expired conversations and rate slots go. Learned
// phrasings and the audit log are kept (they are capped instead). Expired claims go too; like
// conversations and rate slots they are not counted as records deleted.
import type { StoreLimits } from '../limits.js';
import { trimConversations } from './conversations.js';
import type { StoreDocument } from './document.js';
import { sweepClaims } from './claims.js';
import { sweepHeld } from './queue.js';

export function pruneDocument(doc: StoreDocument, now: Date, retentionDays: number, limits: StoreLimits): number {
  sweepHeld(doc, now, limits);
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  let gone = 0;
  for (const day of Object.keys(doc.days)) {
    if (day < cutoff.slice(0, 10)) {
      delete doc.days[day];
      gone++;
    }
  }
  for (const [key, v] of Object.entries(doc.votes)) {
    if (v.day < cutoff.slice(0, 10)) {
      delete doc.votes[key];
      gone++;
    }
  }
  const before = doc.unanswered.length;
  doc.unanswered = doc.unanswered.filter((i) => i.lastAt >= cutoff);
  gone += before - doc.unanswered.length;
  trimConversations(doc, limits, now.getTime());
  const hour = now.toISOString().slice(0, 13);
  for (const [k, slot] of Object.entries(doc.rate)) if (slot.hour !== hour) delete doc.rate[k];
  sweepClaims(doc, now);
  return gone;
}
