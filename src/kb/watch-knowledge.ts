// Picks up edits to the knowledge folder while the bot runs: waits for a burst of saves to
// settle, then reloads. A broken edit is refused (every problem logged) and the bot keeps
// answering from the last good knowledge.
//
// One native watcher per folder rather than fs.watch's `recursive` option: on Linux, Node 20
// emulates `recursive` with a watcher per file that stays on the old file once an editor saves
// by writing a temporary file and renaming it over the original, so every later save of that
// file is missed; it also keeps the process alive whatever `persistent` says. Folder watchers
// report renames and writes of the files inside them, and are re-synced after each change so
// new topic folders are watched too.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { KnowledgeProblem } from '../errors.js';
import type { Logger } from '../log.js';
import type { KnowledgeHolder, ReloadOutcome } from './knowledge-holder.js';

export interface WatchOptions {
  knowledge: KnowledgeHolder;
  logger: Logger;
  /** Quiet time after the last change before reloading: editors save in several steps. */
  debounceMs?: number;
  /** Called after every reload the watcher makes (tests and metrics). */
  onReload?: (outcome: ReloadOutcome) => void;
}

const KNOWLEDGE_FILE = new Set(['.md', '.yaml', '.yml']);
/** Swap, backup and lock files editors write next to the real one. */
const EDITOR_TEMP = /^[.#]|~$|\.(swp|swx|swo|tmp|temp|bak|orig|part|crdownload)$|^\d+$/i;

/** Starts watching; returns a function that stops it. */
export function watchKnowledge(options: WatchOptions): () => void {
  const { knowledge, logger, debounceMs = 300, onReload } = options;
  const root = knowledge.folder;
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(reloadNow, debounceMs);
    timer.unref();
  };

  const reloadNow = () => {
    if (stopped) return;
    syncWatchers();
    let outcome: ReloadOutcome;
    try {
      outcome = knowledge.reload();
    } catch (err) {
      // A file deleted between listing and reading (an editor mid-save): try again shortly.
      logger.warn('knowledge changed while it was being read; reloading again shortly', { err });
      schedule();
      return;
    }
    report(outcome, knowledge, logger);
    onReload?.(outcome);
  };

  const syncWatchers = () => {
    const folders = new Set(listFolders(root));
    for (const [dir, w] of watchers) {
      if (!folders.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const dir of folders) {
      if (watchers.has(dir)) continue;
      try {
        // Not persistent: watching must never be what keeps a process alive.
        const w = watch(dir, { persistent: false }, (_event, name) => {
          if (isRelevant(dir, name)) schedule();
        });
        w.on('error', () => {
          // The folder went away; the next sync drops it and the reload reports what changed.
          w.close();
          watchers.delete(dir);
          schedule();
        });
        watchers.set(dir, w);
      } catch (err) {
        logger.warn(`cannot watch ${dir} for knowledge edits`, { err });
      }
    }
  };

  syncWatchers();
  logger.debug(`watching ${watchers.size} knowledge folder(s) for edits`, { root });
  return () => {
    stopped = true;
    clearTimeout(timer);
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
}

function report(outcome: ReloadOutcome, knowledge: KnowledgeHolder, logger: Logger) {
  const errors = outcome.problems.filter((p) => p.severity === 'error');
  if (outcome.ok) {
    const warnings = outcome.problems.length - errors.length;
    logger.info(`knowledge reloaded after an edit: ${outcome.entries} entries in ${outcome.ms} ms${warnings ? `, ${warnings} warning(s) (npm run kb:check)` : ''}`);
    return;
  }
  for (const p of errors) logger.warn(`knowledge edit refused: ${line(p)}`, { file: p.file, field: p.field });
  logger.warn(`the knowledge folder has ${errors.length} error(s); still answering from the last good knowledge (${knowledge.current.kb.entries.length} entries)`);
}

function line(p: KnowledgeProblem): string {
  return `${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;
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

/** The root and every folder below it, skipping hidden ones (the loader skips them too). */
function listFolders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    out.push(dir);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      try {
        if (statSync(path).isDirectory()) walk(path);
      } catch {
        // Removed while listing; the next change event resyncs.
      }
    }
  };
  walk(root);
  return out;
}
