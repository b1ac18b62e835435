// The embedded store: one small JSON file through lowdb, safe to share between the processes
// of one machine (the bot, `npm run admin`, `npm run kb:learned`). Every write takes a
// cross-process lock, re-reads the file if another process changed it, applies this process's
// pending operations to that fresh copy and writes it durably (see file/). Operations arriving
// while a write is under way are batched into the next one, so under load a write carries many
// changes. The file stays small because what grows with traffic is aggregated or capped.
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { StoreError } from '../errors.js';
import type { Logger } from '../log.js';
import { createDocumentStore, type DocumentHost } from './document/document-store.js';
import { emptyDocument, type StoreDocument } from './document/document.js';
import { reasonOf } from './failure-log.js';
import { removeStaleTemporaries, type WriteDurably } from './file/durable-write.js';
import { acquireLock, type LockOptions } from './file/file-lock.js';
import { DurableJsonFile, type ReadText } from './file/json-file-adapter.js';
import { readDataFile } from './file/read-data-file.js';
import { loadOrCreateSalt } from './file/salt-file.js';
import { DEFAULT_LIMITS, type StoreLimits } from './limits.js';
import type { Store } from './store.js';

export interface FileStoreOptions {
  limits?: Partial<StoreLimits>;
  lock?: LockOptions;
  /** ADVISOR_HASH_SALT, when set: used to pseudonymise staff ids when an old file is upgraded. */
  hashSalt?: string;
  /** The file-system boundary for writes; tests replace it to simulate a full disk. */
  write?: WriteDurably;
  /** The file-system boundary for reads; tests replace it to hold a re-read part-way. */
  read?: ReadText;
}

interface Waiting {
  change: (doc: StoreDocument) => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

export async function openLowdbStore(path: string, logger: Logger, options: FileStoreOptions = {}): Promise<Store> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    throw new StoreError(`Cannot create the folder for the data file ${path}. Check ADVISOR_DATA_FILE.`, err);
  }
  await removeStaleTemporaries(path);
  const db = new Low<StoreDocument>(new DurableJsonFile<StoreDocument>(path, options.write, options.read), emptyDocument());
  const salt = async () => options.hashSalt ?? (await loadOrCreateSalt(path)).salt;
  /** Identity of the file version the cached document came from (a rename makes a new inode); undefined: unknown. */
  let stamp: string | undefined;
  /** Counts writes begun; a re-read that overlapped one may hold an older copy than the cache. */
  let writesBegun = 0;
  const pending: Waiting[] = [];
  let flushing: Promise<void> | undefined;
  // One load at a time: a read and a write that both notice a change share the same load.
  let loading: Promise<boolean> | undefined;
  const loadOnce = (atStart: boolean) =>
    (loading ??= load(atStart).finally(() => {
      loading = undefined;
    }));
  const stale = async () => stamp === undefined || (await currentStamp()) !== stamp;

  async function currentStamp(): Promise<string> {
    const s = await stat(path).catch(() => undefined);
    // A missing file is a version too (the empty store), or a write loop would wait for it forever.
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : 'missing';
  }

  /** Reads and validates the file into db.data; true when it must be written back (new, repaired, upgraded). */
  async function load(atStart: boolean): Promise<boolean> {
    const writes = writesBegun;
    const seen = await currentStamp();
    const read = await readDataFile(db.adapter, path, { limits, logger, salt, atStart });
    if (read === 'keep') return false;
    // A write of this process began meanwhile: the cache already holds what this read saw and
    // more, so keep it (the next locked write re-reads if another process wrote since).
    if (writes !== writesBegun && !read.movedAside) return false;
    db.data = read.doc;
    stamp = read.movedAside ? undefined : seen;
    return read.mustWrite;
  }

  async function write() {
    writesBegun++;
    const written = db.data;
    await db.write();
    const after = await currentStamp();
    // A re-read that finished during the write replaced the copy with what it saw, which may be
    // older than what was just written: the copy's version is then unknown, and the next write
    // re-reads the file instead of building on it (losing what was just written).
    stamp = db.data === written ? after : undefined;
  }

  async function flush(): Promise<void> {
    while (pending.length) {
      const batch = pending.splice(0);
      let release: (() => Promise<void>) | undefined;
      let settle: () => void;
      try {
        release = await acquireLock(path, options.lock);
        // Holding the lock, nobody else writes: once loaded, the copy is the file.
        while (await stale()) await loadOnce(true);
        const results = batch.map((w) => {
          try {
            return { ok: true as const, value: w.change(db.data) };
          } catch (err) {
            return { ok: false as const, err };
          }
        });
        await write();
        settle = () => batch.forEach((w, i) => (results[i].ok ? w.resolve(results[i].value) : w.reject(results[i].err)));
      } catch (err) {
        // The cached copy may hold changes that never reached the disk: forget it.
        stamp = undefined;
        const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
        const failure = err instanceof StoreError ? err : new StoreError(`Could not write the data file ${path} (${reason}).`, err);
        settle = () => batch.forEach((w) => w.reject(failure));
      }
      // The lock goes before anyone hears back, so a caller that exits at once leaves none behind.
      await release?.().catch(() => {});
      settle();
    }
  }

  /** Starts a write for whatever is pending, unless one is under way (it picks them up). */
  function kick() {
    if (flushing) return;
    flushing = new Promise<void>((r) => setImmediate(r))
      .then(flush)
      .finally(() => {
        flushing = undefined;
        if (pending.length) kick();
      });
  }

  const host: DocumentHost = {
    read: async () => {
      if (await stale()) await loadOnce(false).catch((err) => logger.warn(`data file ${path} could not be re-read; using the copy in memory`, { err }));
      return db.data;
    },
    mutate: <T>(change: (doc: StoreDocument) => T) =>
      new Promise<T>((resolve, reject) => {
        pending.push({ change, resolve: resolve as (v: unknown) => void, reject });
        kick();
      }),
    hashSalt: () => loadOrCreateSalt(path),
    close: async () => {
      while (flushing) await flushing;
    },
  };

  // Open under the lock, so an upgrade or repair is not interleaved with another process's write.
  // A disk that is full or read-only must not stop the bot starting: it then starts from the file
  // as it is, answers, and the recorder keeps retrying its writes (the log says why, once).
  const release = await acquireLock(path, options.lock).catch((err) => {
    logger.error(`data file ${path}: cannot take its lock (${reasonOf(err)}); starting from the file as it is, and recording will be retried`);
    return undefined;
  });
  try {
    const mustWrite = await load(true);
    if (mustWrite && release) {
      await write().catch((err) => {
        stamp = undefined; // the next locked write re-reads (and re-repairs) the file
        logger.error(`data file ${path}: cannot write it (${reasonOf(err)}); starting from the file as it is, and recording will be retried`);
      });
    } else await chmod(path, 0o600).catch(() => {});
  } catch (err) {
    throw err instanceof StoreError ? err : new StoreError(`Could not prepare the data file ${path}.`, err);
  } finally {
    await release?.();
  }
  return createDocumentStore(host, 'file', limits, logger);
}
