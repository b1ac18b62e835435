// The embedded store: one small JSON file through lowdb, safe to share between the processes
// of one machine (the bot, `npm run admin`, `npm run kb:learned`). Every write takes a
// cross-process lock, re-reads the file if another process changed it, applies this process's
// pending operations to that fresh copy and writes it durably (see file/). Operations arriving
// while a write is under way are batched into the next one, so under load a write carries many
// changes. The file stays small because what grows with traffic is aggregated or capped.
import { chmod, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { StoreError } from '../errors.js';
import type { Logger } from '../log.js';
import { createDocumentStore, type DocumentHost } from './document/document-store.js';
import { emptyDocument, type StoreDocument } from './document/document.js';
import { validateDocument, type SetAside } from './document/validate-document.js';
import { reasonOf } from './failure-log.js';
import { removeStaleTemporaries, type WriteDurably } from './file/durable-write.js';
import { acquireLock, type LockOptions } from './file/file-lock.js';
import { DurableJsonFile, UnreadableDataFile } from './file/json-file-adapter.js';
import { loadOrCreateSalt } from './file/salt-file.js';
import { DEFAULT_LIMITS, type StoreLimits } from './limits.js';
import { pseudonym } from './privacy.js';
import type { Store } from './store.js';

export interface FileStoreOptions {
  limits?: Partial<StoreLimits>;
  lock?: LockOptions;
  /** ADVISOR_HASH_SALT, when set: used to pseudonymise staff ids when an old file is upgraded. */
  hashSalt?: string;
  /** The file-system boundary for writes; tests replace it to simulate a full disk. */
  write?: WriteDurably;
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
  const db = new Low<StoreDocument>(new DurableJsonFile<StoreDocument>(path, options.write), emptyDocument());
  const salt = async () => options.hashSalt ?? (await loadOrCreateSalt(path)).salt;
  /** Identity of the file version the cached document came from; a rename makes a new inode. */
  let stamp: string | undefined;
  const pending: Waiting[] = [];
  let flushing: Promise<void> | undefined;
  // One load at a time: a read and a write that both notice a change share the same load.
  let loading: Promise<boolean> | undefined;
  const loadOnce = (atStart: boolean) =>
    (loading ??= load(atStart).finally(() => {
      loading = undefined;
    }));
  const stale = async () => stamp === undefined || (await currentStamp()) !== stamp;

  async function currentStamp(): Promise<string | undefined> {
    const s = await stat(path).catch(() => undefined);
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : undefined;
  }

  /** Reads and validates the file into db.data; true when it must be written back (new, repaired, upgraded). */
  async function load(atStart: boolean): Promise<boolean> {
    const seen = await currentStamp();
    let raw: unknown;
    try {
      raw = (await db.adapter.read()) ?? undefined;
    } catch (err) {
      if (!(err instanceof UnreadableDataFile)) throw new StoreError(`Cannot read the data file ${path}. Check its permissions or ADVISOR_DATA_FILE.`, err);
      raw = null;
    }
    const pseudonymiser = await pseudonymiserFor(raw);
    const loaded = raw === undefined ? undefined : validateDocument(raw, limits, pseudonymiser);
    if (raw !== undefined && !loaded) {
      if (!atStart) return false; // a bad file appeared under a running bot: keep our copy until the next (locked) write
      await moveAside();
      db.data = emptyDocument();
      stamp = undefined;
      return true;
    }
    db.data = loaded?.doc ?? emptyDocument();
    stamp = seen;
    if (loaded?.setAside.length) await reportSetAside(loaded.setAside);
    if (loaded?.migrated) logger.info(`data file ${path} upgraded to version 2 (counters instead of a record per question; staff ids pseudonymised)`);
    return raw === undefined || Boolean(loaded?.migrated) || Boolean(loaded?.setAside.length);
  }

  async function pseudonymiserFor(raw: unknown): Promise<(actor: string) => string> {
    const isV1 = typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version !== 2;
    if (!isV1) return (actor) => actor;
    const s = await salt();
    return (actor) => {
      const at = actor.indexOf(':');
      return at > 0 ? pseudonym(actor.slice(0, at), actor.slice(at + 1), s) : pseudonym('unknown', actor, s);
    };
  }

  async function moveAside() {
    const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, aside);
    logger.error(`DATA FILE CORRUPT: ${path} could not be read as advisor data. It was moved to ${aside} and the bot is starting with an empty store. Inspect or delete the moved file.`, { path, movedTo: aside });
  }

  async function reportSetAside(found: SetAside[]) {
    const records = found.filter((f) => !f.repaired);
    const aside = `${path}.set-aside-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    if (records.length) await writeFile(aside, JSON.stringify(records, null, 2) + '\n', { mode: 0o600 });
    for (const f of found.slice(0, 20)) {
      logger.warn(`data file ${path}: ${f.field} ${f.problem}${f.repaired ? '' : `; the record was set aside in ${aside}`}`);
    }
    if (found.length > 20) logger.warn(`data file ${path}: ${found.length - 20} more problem(s); see ${aside}`);
  }

  async function write() {
    await db.write();
    stamp = await currentStamp();
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
