// Holds the knowledge the bot is answering from. Opening and reloading use every valid entry: a
// file with errors keeps its last good version (or is left out until fixed) and its problems are
// returned, so one broken edit never takes the rest of the knowledge down with it.
import { KnowledgeError, type KnowledgeProblem } from '../errors.js';
import { buildSearchIndex, type LearnedPhrase, type SearchIndex } from '../nlp/search-index.js';
import { buildKnowledge, type BuiltKnowledge } from './build-knowledge.js';
import type { KnowledgeLimits } from '../service-config.js';
import type { KnowledgeBase } from './model.js';
import { reloadInWorker } from './background-reload.js';
import type { ReloadReply } from './reload-messages.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';

export interface KnowledgeSnapshot {
  kb: KnowledgeBase;
  index: SearchIndex;
  loadedAt: Date;
  /** A hash of the folder's content: changes exactly when a file does (health check, cache key). */
  version: string;
}

export interface ReloadOutcome {
  /** No errors anywhere: every file is in use as written. */
  ok: boolean;
  /** New knowledge was swapped in (false only when nothing usable was found). */
  applied: boolean;
  problems: KnowledgeProblem[];
  entries: number;
  ms: number;
  /** Files with errors answered from their last good version. */
  keptPrevious: string[];
  /** Files with errors not in use at all. */
  leftOut: string[];
}

export interface HolderOptions {
  limits?: KnowledgeLimits;
  /** Told (once) when background reloads cannot use a worker thread and run in this thread instead. */
  onWorkerFailure?: (reason: string) => void;
  /** Folder for the start-up cache (see knowledge-cache.ts); no cache without it. */
  cacheDir?: string;
}

export class KnowledgeHolder {
  private snapshot: KnowledgeSnapshot;
  private learned: LearnedPhrase[];
  private pending: Promise<unknown> = Promise.resolve();
  /** The current knowledge base, encoded, for the worker's "last good version" of broken files. */
  private bytes?: Uint8Array;
  private warnedWorker = false;
  private fromCache = false;
  /** What opening found wrong (the bot started anyway with every valid entry). */
  readonly openingProblems: ReloadOutcome;

  private constructor(private readonly dir: string, snapshot: KnowledgeSnapshot, learned: LearnedPhrase[], private readonly options: HolderOptions, opening: ReloadOutcome) {
    this.snapshot = snapshot;
    this.learned = learned;
    this.openingProblems = opening;
  }

  /**
   * Loads the folder (from the start-up cache when it holds this exact knowledge); throws
   * KnowledgeError only when nothing usable is there at all.
   */
  static open(dir: string, learned: LearnedPhrase[] = [], options: HolderOptions = {}): KnowledgeHolder {
    const started = performance.now();
    const result = buildKnowledge({ dir, learned, limits: options.limits, cacheDir: options.cacheDir });
    if (!result.built) throw new KnowledgeError(result.problems);
    const { built } = result;
    const snapshot = { kb: built.kb, index: built.index, loadedAt: new Date(), version: built.version };
    const holder = new KnowledgeHolder(dir, snapshot, learned, options, outcome(built, snapshot, started));
    holder.bytes = result.bytes;
    holder.fromCache = result.fromCache;
    return holder;
  }

  /** Whether opening read the knowledge from the start-up cache. */
  get openedFromCache(): boolean {
    return this.fromCache;
  }

  get current(): KnowledgeSnapshot {
    return this.snapshot;
  }

  get folder(): string {
    return this.dir;
  }

  /** Reloads in this thread (answers wait meanwhile); the bot uses reloadInBackground. */
  reload(): ReloadOutcome {
    const started = performance.now();
    const result = buildKnowledge({ dir: this.dir, learned: this.learned, limits: this.options.limits, previous: this.snapshot.kb, cacheDir: this.options.cacheDir });
    if (!result.built) return outcome({ applied: false, problems: result.problems, keptPrevious: [], leftOut: [] }, this.snapshot, started);
    const { built } = result;
    this.snapshot = { kb: built.kb, index: built.index, loadedAt: new Date(), version: built.version };
    this.bytes = result.bytes;
    return outcome({ ...built, applied: true }, this.snapshot, started);
  }

  /**
   * Reloads without holding up answers: the folder is read, checked and indexed in a worker
   * thread while questions are answered from the current knowledge, which is swapped for the new
   * one when it is ready. Reloads never overlap; a second call waits for the first.
   */
  reloadInBackground(): Promise<ReloadOutcome> {
    const next = this.pending.then(() => this.reloadInWorker());
    this.pending = next.catch(() => undefined);
    return next;
  }

  private async reloadInWorker(): Promise<ReloadOutcome> {
    const started = performance.now();
    const learned = this.learned;
    let reply: ReloadReply;
    try {
      this.bytes ??= encodeSnapshot({ kb: this.snapshot.kb });
      reply = await reloadInWorker({ dir: this.dir, limits: this.options.limits, learned, previous: this.bytes, cacheDir: this.options.cacheDir });
    } catch (err) {
      reply = { ok: false, error: (err as Error)?.message ?? String(err) };
    }
    if (!reply.ok) {
      // The worker could not run (or met knowledge the codec cannot carry): reload here instead.
      if (!this.warnedWorker) this.options.onWorkerFailure?.(reply.error);
      this.warnedWorker = true;
      return this.reload();
    }
    if (!reply.snapshot) return outcome({ applied: false, problems: reply.problems, keptPrevious: [], leftOut: [] }, this.snapshot, started);
    const built = decodeSnapshot<BuiltKnowledge>(reply.snapshot);
    this.snapshot = { kb: built.kb, index: built.index, loadedAt: new Date(), version: built.version };
    this.bytes = reply.snapshot;
    // Staff taught a phrasing while the worker was busy: index it too.
    if (this.learned !== learned) this.setLearned(this.learned);
    return outcome({ ...built, applied: true }, this.snapshot, started);
  }

  /** Rebuilds the index with a new set of staff-taught phrasings (no file reads). */
  setLearned(learned: LearnedPhrase[]) {
    this.learned = learned;
    this.snapshot = { ...this.snapshot, index: buildSearchIndex(this.snapshot.kb, learned) };
  }
}

function outcome(load: { applied?: boolean; problems: KnowledgeProblem[]; keptPrevious: string[]; leftOut: string[] }, current: KnowledgeSnapshot, started: number): ReloadOutcome {
  const applied = load.applied ?? true;
  return {
    ok: applied && !load.problems.some((p) => p.severity === 'error'),
    applied,
    problems: load.problems,
    entries: current.kb.entries.length,
    ms: Math.round(performance.now() - started),
    keptPrevious: load.keptPrevious,
    leftOut: load.leftOut,
  };
}
