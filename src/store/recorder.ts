// Answering never waits on recording. The advisor hands its writes to the recorder, which returns
// at once and stores them in the background, in order, batched. If the store cannot write (disk
// full, read-only, locked, database down) the failure is logged once with its reason and the
// batch is retried with backoff; what the store already holds is untouched. While writes are
// pending, a conversation's latest state is served from here, so a quick follow-up keeps its
// context; reads that fail or hang give "no context" rather than an error.
import type { Logger } from '../log.js';
import { failureLog } from './failure-log.js';
import { DEFAULT_LIMITS, TIMINGS } from './limits.js';
import type { RecordOp, Store } from './store.js';

export interface RecorderOptions {
  retryMinMs?: number;
  retryMaxMs?: number;
  /** Operations kept in memory while the store is failing; the oldest are dropped beyond this. */
  maxQueued?: number;
  /** A conversation read slower than this answers without context. */
  readTimeoutMs?: number;
  conversationTtlMs?: number;
}

export interface Recorder {
  /** Hands writes over; never throws, never waits. */
  record(ops: RecordOp[]): void;
  /** The conversation's state: pending here first, then the store; undefined on any failure. */
  conversation(key: string, now: Date): Promise<unknown>;
  /** Resolves once everything handed over so far is stored (or, after timeoutMs, given up on). */
  flush(timeoutMs?: number): Promise<boolean>;
  /** For the health check: whether writes are failing now, and how many wait to be stored. */
  state(): { failing: boolean; queued: number };
}

const BATCH = 500;

export function createRecorder(store: Store, logger: Logger, options: RecorderOptions = {}): Recorder {
  const retryMinMs = options.retryMinMs ?? TIMINGS.retryMinMs;
  const retryMaxMs = options.retryMaxMs ?? TIMINGS.retryMaxMs;
  const maxQueued = options.maxQueued ?? TIMINGS.maxQueuedOperations;
  const readTimeoutMs = options.readTimeoutMs ?? TIMINGS.readTimeoutMs;
  const ttl = options.conversationTtlMs ?? DEFAULT_LIMITS.conversationTtlMs;
  const queue: RecordOp[] = [];
  const latest = new Map<string, Extract<RecordOp, { type: 'conversation' }>>();
  const writes = failureLog(logger, 'recording to the store', 'people still get their answers; retrying with backoff, and nothing already stored is affected');
  const reads = failureLog(logger, 'reading conversation state', 'answering without earlier context until it works again');
  let running: Promise<void> | undefined;
  let dropped = 0;

  async function drain() {
    let delay = retryMinMs;
    while (queue.length) {
      const batch = queue.slice(0, BATCH);
      try {
        await store.record(batch);
      } catch (err) {
        writes.failed(err);
        await sleep(delay);
        delay = Math.min(retryMaxMs, delay * 2);
        continue;
      }
      writes.succeeded();
      if (dropped) logger.warn(`${dropped} record(s) were dropped while the store was failing`);
      dropped = 0;
      delay = retryMinMs;
      // The batch may have been partly dropped meanwhile (overflow); remove what was stored.
      const stored = new Set(batch);
      for (let i = queue.length - 1; i >= 0; i--) if (stored.has(queue[i])) queue.splice(i, 1);
      for (const op of batch) if (op.type === 'conversation' && latest.get(op.key) === op) latest.delete(op.key);
    }
  }

  function start() {
    running ??= drain().finally(() => {
      running = undefined;
      if (queue.length) start();
    });
  }

  return {
    record(ops) {
      for (const op of ops) {
        queue.push(op);
        if (op.type === 'conversation') latest.set(op.key, op);
      }
      if (queue.length > maxQueued) {
        const over = queue.splice(0, queue.length - maxQueued);
        for (const op of over) if (op.type === 'conversation' && latest.get(op.key) === op) latest.delete(op.key);
        if (dropped === 0) logger.error(`recording has fallen ${maxQueued} operations behind; the oldest unrecorded ones are being dropped until the store works again`);
        dropped += over.length;
      }
      start();
    },
    async conversation(key, now) {
      const pending = latest.get(key);
      if (pending) return now.getTime() - Date.parse(pending.at) > ttl ? undefined : structuredClone(pending.state ?? undefined);
      try {
        const state = await withTimeout(store.getConversation(key, now), readTimeoutMs);
        reads.succeeded();
        return state;
      } catch (err) {
        reads.failed(err);
        return undefined;
      }
    },
    state: () => ({ failing: writes.failing, queued: queue.length }),
    async flush(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (running || queue.length) {
        if (Date.now() > deadline) {
          logger.error(`${queue.length} record(s) could not be stored before shutdown`);
          return false;
        }
        start();
        // A timer that holds the process open: a one-shot command must not exit mid-flush.
        await Promise.race([running, sleep(Math.max(1, Math.min(200, deadline - Date.now())), true)]);
      }
      return true;
    },
  };
}

/** Retry waits never keep a process alive on their own. */
function sleep(ms: number, holdOpen = false): Promise<void> {
  return new Promise((r) => {
    const timer = setTimeout(r, ms);
    if (!holdOpen) timer.unref();
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
