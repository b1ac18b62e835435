// Picks up edits to the knowledge folder while the bot runs: waits for a burst of saves to
// settle, then reloads. A broken file is refused (every problem logged) and keeps its last good
// version; the rest of the edit is used.
//
// One native watcher per folder rather than fs.watch's `recursive` option: on Linux, Node
// emulates `recursive` with a watcher per file that stays on the old file once an editor saves
// by writing a temporary file and renaming it over the original, so every later save of that
// file is missed; it also keeps the process alive whatever `persistent` says. Folder watchers
// report renames and writes of the files inside them, and are re-synced after each change so
// new topic folders are watched too.
//
// Deploy and sync tools often replace the whole folder (move it away and copy a new one in, or
// delete and re-copy). A watcher follows the folder it was given, not the path, so each watcher
// remembers the inode it watches and is replaced when the path now names another folder; the
// parent folder is watched for the knowledge folder itself coming and going, and a slow poll of
// the folder's identity catches what no event reports (a replaced parent, network drives).
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Logger } from '../log.js';
import type { KnowledgeHolder, ReloadOutcome } from './knowledge-holder.js';
import { listKnowledgeFolders } from './list-folders.js';
import { reportKnowledgeOutcome } from './report-problems.js';

export interface WatchOptions {
  knowledge: Pick<KnowledgeHolder, 'folder' | 'reloadInBackground'>;
  logger: Logger;
  /** Quiet time after the last change before reloading: editors save in several steps. */
  debounceMs?: number;
  /** How often the folder's identity is checked in case no event said it was replaced. */
  pollMs?: number;
  /** Called after every reload the watcher makes (tests and metrics). */
  onReload?: (outcome: ReloadOutcome) => void;
}

const KNOWLEDGE_FILE = new Set(['.md', '.yaml', '.yml']);
/** Swap, backup and lock files editors write next to the real one. */
const EDITOR_TEMP = /^[.#]|~$|\.(swp|swx|swo|tmp|temp|bak|orig|part|crdownload)$|^\d+$/i;

/** Starts watching; returns a function that stops it. */
export function watchKnowledge(options: WatchOptions): () => void {
  const { knowledge, logger, debounceMs = 300, pollMs = 2000, onReload } = options;
  const root = knowledge.folder;
  const watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running = false;
  let again = false;
  let rootIdentity = identity(root);

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reloadNow(), debounceMs);
    timer.unref();
  };

  const reloadNow = async () => {
    if (stopped) return;
    // One reload at a time; changes that arrive meanwhile get one more reload after it.
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      syncWatchers();
      const outcome = await knowledge.reloadInBackground();
      if (stopped) return;
      reportKnowledgeOutcome(logger, outcome, 'reload');
      onReload?.(outcome);
    } catch (err) {
      // A file deleted between listing and reading (an editor mid-save): try again shortly.
      logger.warn('knowledge changed while it was being read; reloading again shortly', { err });
      again = true;
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    }
  };

  const watchFolder = (dir: string, ino: number) => {
    try {
      // Not persistent: watching must never be what keeps a process alive.
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (isRelevant(dir, name)) schedule();
      });
      watcher.on('error', () => {
        // The folder went away; the next sync drops it and the reload reports what changed.
        watcher.close();
        if (watchers.get(dir)?.watcher === watcher) watchers.delete(dir);
        schedule();
      });
      watchers.set(dir, { watcher, ino });
    } catch (err) {
      logger.warn(`cannot watch ${dir} for knowledge edits`, { err });
    }
  };

  const syncWatchers = () => {
    const folders = new Map(listKnowledgeFolders(root).map((f) => [f.path, f.ino]));
    for (const [dir, w] of watchers) {
      if (folders.get(dir) !== w.ino) {
        w.watcher.close();
        watchers.delete(dir);
      }
    }
    for (const [dir, ino] of folders) if (!watchers.has(dir)) watchFolder(dir, ino);
    rootIdentity = identity(root);
  };

  // The parent reports the knowledge folder itself being renamed, deleted or created.
  let parentWatcher: FSWatcher | undefined;
  try {
    parentWatcher = watch(dirname(root), { persistent: false }, (_event, name) => {
      if (name === null || String(name) === basename(root)) schedule();
    });
    parentWatcher.on('error', () => parentWatcher?.close());
  } catch {
    // The poll below still notices a replaced folder.
  }
  const poll = setInterval(() => {
    if (identity(root) !== rootIdentity) schedule();
  }, pollMs);
  poll.unref();

  syncWatchers();
  logger.debug(`watching ${watchers.size} knowledge folder(s) for edits`, { root });
  return () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(poll);
    parentWatcher?.close();
    for (const w of watchers.values()) w.watcher.close();
    watchers.clear();
  };
}

/** Which folder the path names right now ("" when there is none). */
function identity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return '';
  }
}

/** Knowledge files matter; so does a folder appearing or disappearing. Editor droppings do not. */
function isRelevant(dir: string, name: string | Buffer | null): boolean {
  if (name === null) return true;
  const file = basename(String(name));
  if (EDITOR_TEMP.test(file)) return false;
  if (KNOWLEDGE_FILE.has(extname(file).toLowerCase())) return true;
  if (extname(file)) return false;
  try {
    return statSync(join(dir, file)).isDirectory();
  } catch {
    return true; // gone: it may have been a folder
  }
}
