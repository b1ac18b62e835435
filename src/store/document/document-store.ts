// The Store over one JSON document, for the embedded backends: the host decides where the
// document lives (memory, or a locked file) and this decides what every operation means.
import type { Logger } from '../../log.js';
import { checkOps } from '../check-ops.js';
import type { StoreLimits } from '../limits.js';
import { cleanAudit, cleanLearned, phrasingKey } from '../staff-records.js';
import type { AuditRecord, Store, UnansweredItem } from '../store.js';
import { applyRecord } from './apply-record.js';
import { claimIn } from './claims.js';
import { readConversation } from './conversations.js';
import { allocateId, type StoreDocument, type StoredItem } from './document.js';
import { pruneDocument } from './prune-document.js';
import { resolve, sweepHeld } from './queue.js';
import { summariseStats } from './summarise-stats.js';

export interface DocumentHost {
  /** The latest document (another process's writes included); treat as read-only. */
  read(): Promise<StoreDocument>;
  /** Applies a change to the latest document and resolves once it is durable. */
  mutate<T>(change: (doc: StoreDocument) => T): Promise<T>;
  hashSalt(): Promise<{ salt: string; created: boolean; where: string }>;
  close(): Promise<void>;
}

export function createDocumentStore(host: DocumentHost, backend: 'memory' | 'file', limits: StoreLimits, logger: Logger): Store {
  const appendAudit = (doc: StoreDocument, record: AuditRecord) => {
    doc.audit.push(cleanAudit(record));
    if (doc.audit.length > limits.audit) doc.audit.splice(0, doc.audit.length - limits.audit);
  };

  return {
    backend,
    hashSalt: () => host.hashSalt(),
    getConversation: async (key, now) => readConversation(await host.read(), key, now, limits),
    record: async (ops) => {
      const checked = checkOps(ops, limits);
      for (const d of checked.dropped) logger.warn(`store: a "${d.type}" record was not kept: ${d.why}`);
      if (checked.ops.length === 0) return;
      await host.mutate((doc) => {
        for (const op of checked.ops) applyRecord(doc, op, limits);
      });
    },
    listOpenUnanswered: async (now) => {
      let doc = await host.read();
      const due = Object.values(doc.held).some((h) => now.getTime() - Date.parse(h.at) > limits.clarifyTtlMs);
      if (due) doc = await host.mutate((d) => (sweepHeld(d, now, limits), d));
      return doc.unanswered.filter((i) => i.status === 'open').sort((a, b) => a.id - b.id).map(publicItem);
    },
    getUnanswered: async (id) => {
      const item = (await host.read()).unanswered.find((i) => i.id === id);
      return item ? publicItem(item) : undefined;
    },
    resolveUnanswered: (r) =>
      host.mutate((doc) => {
        const changed = resolve(doc, r, limits);
        if (changed.length === 0) return changed;
        if (r.learned) {
          const learned = cleanLearned(r.learned, limits);
          const key = phrasingKey(learned.text);
          doc.learned = doc.learned.filter((l) => phrasingKey(l.text) !== key);
          doc.learned.push({ id: allocateId(doc), ...learned });
          if (doc.learned.length > limits.learned) doc.learned.splice(0, doc.learned.length - limits.learned);
        }
        appendAudit(doc, r.audit);
        return changed;
      }),
    listLearned: async () => structuredClone((await host.read()).learned),
    removeLearned: (ids, audit) =>
      host.mutate((doc) => {
        const gone = new Set(ids);
        doc.learned = doc.learned.filter((l) => !gone.has(l.id));
        if (audit) appendAudit(doc, audit);
      }),
    appendAudit: (record) => host.mutate((doc) => appendAudit(doc, record)),
    listAudit: async (limit = limits.audit) => structuredClone((await host.read()).audit.slice(-limit)),
    stats: async (fromDay, toDay) => summariseStats(await host.read(), fromDay, toDay),
    claimOnce: (key, at, ttlMs) => host.mutate((doc) => claimIn(doc, key, at, ttlMs, limits)),
    prune: (now, days) => host.mutate((doc) => pruneDocument(doc, now, days, limits)),
    close: () => host.close(),
  };
}

function publicItem(item: StoredItem): UnansweredItem {
  const { key: _key, closedAt: _closedAt, ...rest } = structuredClone(item);
  return rest;
}
