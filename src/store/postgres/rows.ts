// Rows as the Store interface returns them: times as ISO strings, ids as numbers.
import type { AuditRecord, LearnedRecord, UnansweredItem } from '../store.js';

export interface ItemRow {
  id: string;
  key: string;
  text: string;
  count: number;
  platforms: string[];
  reasons: UnansweredItem['reasons'];
  first_at: Date;
  last_at: Date;
  nearest: UnansweredItem['nearest'];
  status: UnansweredItem['status'];
  entry_id: string | null;
}

export function itemOf(r: ItemRow): UnansweredItem {
  return {
    id: Number(r.id),
    text: r.text,
    count: r.count,
    platforms: r.platforms,
    reasons: r.reasons,
    firstAt: r.first_at.toISOString(),
    lastAt: r.last_at.toISOString(),
    nearest: r.nearest,
    status: r.status,
    ...(r.entry_id ? { entryId: r.entry_id } : {}),
  };
}

export function learnedOf(r: { id: string; text: string; entry_id: string; by: string; at: Date }): LearnedRecord {
  return { id: Number(r.id), text: r.text, entryId: r.entry_id, by: r.by, at: r.at.toISOString() };
}

export function auditOf(r: { at: Date; actor: string; action: string; detail: string }): AuditRecord {
  return { at: r.at.toISOString(), actor: r.actor, action: r.action, detail: r.detail };
}
