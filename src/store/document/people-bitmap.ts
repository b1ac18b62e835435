// Distinct people per day without keeping who they were: each person's hash sets one bit of a
// fixed-size bitmap, and the count is estimated from the share of bits still clear ("linear
// counting", Whang et al. 1990). Exact in practice for small numbers (5 people among 1,024 bits
// collide with probability ~1%), within a few per cent up to a few thousand, and the same size
// whatever the traffic. Bitmaps of several days OR together into the period's count.
import { PEOPLE_BITS } from '../limits.js';

export function emptyBitmap(): Uint8Array {
  return new Uint8Array(PEOPLE_BITS / 8);
}

/** Index of a person's bit: FNV-1a over their hash, so any string spreads evenly. */
export function bitOf(userHash: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < userHash.length; i++) {
    h ^= userHash.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % PEOPLE_BITS;
}

export function setBit(bits: Uint8Array, index: number): void {
  bits[index >> 3] |= 1 << (index & 7);
}

export function estimatePeople(bits: Uint8Array): number {
  let set = 0;
  for (const byte of bits) for (let b = byte; b; b &= b - 1) set++;
  return estimateFromSetBits(set);
}

/** The estimate from how many of the PEOPLE_BITS bits are set (PostgreSQL counts them itself). */
export function estimateFromSetBits(set: number): number {
  const clear = PEOPLE_BITS - set;
  if (set === 0) return 0;
  // Saturated: every bit set; the estimate is unbounded, so report the most it can tell apart.
  if (clear === 0) return Math.round(PEOPLE_BITS * Math.log(PEOPLE_BITS));
  return Math.round(-PEOPLE_BITS * Math.log(clear / PEOPLE_BITS));
}

export function toBase64(bits: Uint8Array): string {
  return Buffer.from(bits).toString('base64');
}

export function fromBase64(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  return bytes.length === PEOPLE_BITS / 8 ? bytes : undefined;
}
