// Audit records and learned phrasings as every backend writes them: text redacted and cut,
// so a detail or phrasing can never carry personal data or grow without bound.
import type { StoreLimits } from './limits.js';
import { redact } from './privacy.js';
import type { AuditRecord, LearnedRecord } from './store.js';

export function cleanAudit(record: AuditRecord): AuditRecord {
  return {
    at: new Date(record.at).toISOString(),
    actor: String(record.actor).slice(0, 80),
    action: String(record.action).slice(0, 40),
    detail: redact(String(record.detail)).slice(0, 200),
  };
}

export function cleanLearned(record: Omit<LearnedRecord, 'id'>, limits: StoreLimits): Omit<LearnedRecord, 'id'> {
  return {
    text: redact(String(record.text)).slice(0, limits.itemTextChars),
    entryId: String(record.entryId).slice(0, 200),
    by: String(record.by).slice(0, 80),
    at: new Date(record.at).toISOString(),
  };
}

/** Same comparison the knowledge checker uses for duplicate example questions. */
export function phrasingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9£]+/g, ' ').trim();
}
