// A lock shared by every process using one data file (the bot, `npm run admin`, `npm run
// kb:learned`): a lock file created exclusively, holding the owner's pid, host and start time.
// A lock whose owner has died (SIGKILL, power cut) or that is older than staleMs is broken;
// breaking renames it first and checks it is still the one found stale, so two waiters cannot
// both break it and then both hold the lock.
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { StoreError } from '../../errors.js';
import { TIMINGS } from '../limits.js';

export interface LockOptions {
  /** Give up after this long (a live owner holds the lock only for one small write). */
  timeoutMs?: number;
  /** A lock older than this is broken whoever holds it. */
  staleMs?: number;
}

export type Release = () => Promise<void>;

export async function acquireLock(path: string, options: LockOptions = {}): Promise<Release> {
  const timeoutMs = options.timeoutMs ?? TIMINGS.lockTimeoutMs;
  const staleMs = options.staleMs ?? TIMINGS.lockStaleMs;
  const lockPath = `${path}.lock`;
  const mine = `${process.pid} ${hostname()} ${Date.now()} ${Math.random().toString(36).slice(2)}`;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(mine);
      } catch (err) {
        // A full disk can create the file but not fill it: leave no empty lock behind.
        await handle.close().catch(() => {});
        await unlink(lockPath).catch(() => {});
        throw err;
      }
      await handle.close();
      return async () => {
        // Only remove the lock if it is still ours (it may have been broken as stale).
        if ((await readFile(lockPath, 'utf8').catch(() => '')) === mine) await unlink(lockPath).catch(() => {});
      };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new StoreError(`Cannot create the lock file ${lockPath} (${code ?? (err as Error).message}).`, err);
    }
    await breakIfStale(lockPath, staleMs);
    if (Date.now() - started > timeoutMs) {
      const owner = await readFile(lockPath, 'utf8').catch(() => 'unknown');
      throw new StoreError(`The data file ${path} stayed locked for ${timeoutMs} ms (lock held by: ${owner.split(' ').slice(0, 2).join(' on ')}).`);
    }
    // Backoff with jitter, so waiting processes do not retry in step.
    await new Promise((r) => setTimeout(r, Math.min(50, 1 + attempt * 2) * (0.5 + Math.random())));
  }
}

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  const found = await readFile(lockPath, 'utf8').catch(() => undefined);
  const age = await stat(lockPath).then((s) => Date.now() - s.mtimeMs, () => 0);
  if (found === undefined || !isStale(found, age, staleMs)) return;
  const aside = `${lockPath}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // someone else broke it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== found) {
    // Between reading and renaming, another waiter broke the stale lock and took a fresh one:
    // put theirs back if the name is still free (link never replaces), so they keep it.
    await link(aside, lockPath).catch(() => {});
    await unlink(aside).catch(() => {});
    return;
  }
  await unlink(aside).catch(() => {});
}

function isStale(content: string, ageMs: number, staleMs: number): boolean {
  // An owner that died between creating the file and writing its name leaves it empty.
  if (!content.trim()) return ageMs > 2000;
  const [pid, host] = content.split(' ');
  if (ageMs > staleMs) return true;
  if (host !== hostname()) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
