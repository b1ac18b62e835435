// Slack redelivers an event it thinks was not acknowledged (x-slack-retry-num 1..3, up to about
// five minutes later: https://docs.slack.dev/apis/events-api/#retries), and the same message can
// arrive both as app_mention and as message.im. Remembering what was handled for a while, in a
// bounded set, makes each question answered once without a database.

/** Slack's last retry comes about five minutes after the first try; remember events twice that. */
export const EVENT_MEMORY_MS = 10 * 60 * 1000;

export interface RecentKeysOptions {
  /** How long a key is remembered; Slack's last retry comes about five minutes after the first try. */
  ttlMs?: number;
  /** The most keys kept; the oldest are forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

export class RecentKeys {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RecentKeysOptions = {}) {
    this.ttlMs = options.ttlMs ?? EVENT_MEMORY_MS;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** True the first time a key is offered within the time to live; false for a repeat. */
  firstSeen(key: string): boolean {
    const now = this.now();
    this.evict(now);
    if (this.seen.has(key)) return false;
    this.seen.set(key, now);
    if (this.seen.size > this.maxKeys) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  // Map keeps insertion order, so expired keys are always at the front.
  private evict(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}
