// Claimed keys (see Store.claimOnce) are kept as a short hash: a Slack event id is not personal,
// but whatever a caller claims with stays opaque in the store and every stored key is one size.
import { createHash } from 'node:crypto';

/** 32 hex characters (128 bits of SHA-256): collisions are not a practical concern. */
export function claimKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export const CLAIM_KEY_PATTERN = /^[0-9a-f]{32}$/;
