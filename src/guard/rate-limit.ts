// A per-person allowance, as a token bucket per key: it holds up to `perMinute` tokens and
// refills at `perMinute` a minute, so someone can ask a few questions in a row and then keep a
// steady pace, while a script sending thousands is refused after the first few and costs the
// bot one map lookup each. Memory is bounded twice: a bucket that has been idle long enough to
// be full again is the same as no bucket and is dropped, and beyond `maxKeys` people the least
// recently seen is forgotten (for them that only means a fresh allowance).

/** What one request did to its bucket. */
export type Take = 'allowed' | 'limited' | 'newly-limited';

export interface RateLimiter {
  /** Spends one token of `key`'s allowance, if there is one. */
  take(key: string): Take;
  /** How many people are tracked now (for tests of the memory bound). */
  readonly size: number;
}

export interface RateLimiterOptions {
  /** Most people tracked at once. */
  maxKeys: number;
  /** Milliseconds clock; injected so tests need not wait. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
  /** Already told the log about this run of refusals. */
  limited: boolean;
}

const MINUTE_MS = 60_000;

export function createRateLimiter(perMinute: number, options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const refillPerMs = perMinute / MINUTE_MS;
  /** Time for an empty bucket to fill: after that, a bucket carries no information. */
  const idleMs = MINUTE_MS;
  // Map keeps insertion order; every take re-inserts its key, so the first key is the one seen
  // least recently, which makes both the expiry sweep and the eviction O(1).
  const buckets = new Map<string, Bucket>();

  function sweep(t: number) {
    for (let i = 0; i < 2; i++) {
      const oldest = buckets.entries().next();
      if (oldest.done || t - oldest.value[1].at < idleMs) return;
      buckets.delete(oldest.value[0]);
    }
  }

  return {
    take(key) {
      const t = now();
      sweep(t);
      const previous = buckets.get(key);
      const bucket: Bucket = previous
        ? { ...previous, tokens: Math.min(perMinute, previous.tokens + Math.max(0, t - previous.at) * refillPerMs), at: t }
        : { tokens: perMinute, at: t, limited: false };
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > options.maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.limited = false;
        return 'allowed';
      }
      if (bucket.limited) return 'limited';
      bucket.limited = true;
      return 'newly-limited';
    },
    get size() {
      return buckets.size;
    },
  };
}
