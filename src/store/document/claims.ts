// Keys claimed once (Store.claimOnce) in the embedded document: hashed key -> when the claim
// expires. Expired claims are swept on every claim and at prune; beyond limits.claims the claims
// expiring soonest go first, so the file stays bounded under any flood of keys.
import { claimKey } from '../claim-key.js';
import type { StoreLimits } from '../limits.js';
import { trimOldest, type StoreDocument } from './document.js';

export function claimIn(doc: StoreDocument, key: string, at: Date, ttlMs: number, limits: StoreLimits): boolean {
  sweepClaims(doc, at);
  const hashed = claimKey(key);
  if (doc.claims[hashed] !== undefined) return false;
  doc.claims[hashed] = new Date(at.getTime() + ttlMs).toISOString();
  trimOldest(doc.claims, limits.claims, (expires) => expires);
  return true;
}

/** Deletes the claims that have expired by `now`. */
export function sweepClaims(doc: StoreDocument, now: Date): void {
  const iso = now.toISOString();
  for (const [key, expires] of Object.entries(doc.claims)) if (expires <= iso) delete doc.claims[key];
}
