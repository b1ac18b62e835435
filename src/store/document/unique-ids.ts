// Ids are handles staff type ("link 12 …"), so they must never repeat, even in a file whose
// nextId was reset or edited by hand.
import type { StoreDocument } from './document.js';

/** A problem found while loading, and the record it was found in. */
export interface SetAside {
  /** Where in the file: "learned[3]", "days[\"2026-11-21\"]". */
  field: string;
  problem: string;
  value: unknown;
  /** The record stayed, repaired as the problem says (nothing to set aside). */
  repaired?: boolean;
}

/** Duplicates get fresh ids, and nextId is always past every id in use. */
export function keepIdsUnique(doc: StoreDocument, setAside: SetAside[]): void {
  const seen = new Set<number>();
  let max = 0;
  for (const r of [...doc.unanswered, ...doc.learned]) max = Math.max(max, r.id);
  doc.nextId = Math.max(doc.nextId, max + 1);
  for (const [name, records] of [['unanswered', doc.unanswered], ['learned', doc.learned]] as const) {
    for (const r of records) {
      if (seen.has(r.id)) {
        const fresh = doc.nextId++;
        setAside.push({ field: `${name} id ${r.id}`, problem: `is used twice; this record now has id ${fresh}`, value: null, repaired: true });
        r.id = fresh;
      }
      seen.add(r.id);
    }
  }
}
