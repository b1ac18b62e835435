// Holds the knowledge the bot is answering from. A reload swaps in new knowledge only when the
// folder checks clean; otherwise the last good knowledge stays and the problems are returned.
import { KnowledgeError, type KnowledgeProblem } from '../errors.js';
import { buildSearchIndex, type LearnedPhrase, type SearchIndex } from '../nlp/search-index.js';
import { loadKnowledge } from './load-knowledge.js';
import type { KnowledgeBase } from './model.js';
import { readKnowledgeFolder } from './read-folder.js';

export interface KnowledgeSnapshot {
  kb: KnowledgeBase;
  index: SearchIndex;
  loadedAt: Date;
  /** A hash of the folder's content: changes exactly when a file does (health check, cache key). */
  version: string;
}

export interface ReloadOutcome {
  ok: boolean;
  problems: KnowledgeProblem[];
  entries: number;
  ms: number;
}

export class KnowledgeHolder {
  private snapshot: KnowledgeSnapshot;
  private learned: LearnedPhrase[];

  private constructor(private readonly dir: string, snapshot: KnowledgeSnapshot, learned: LearnedPhrase[]) {
    this.snapshot = snapshot;
    this.learned = learned;
  }

  /** Loads the folder; throws KnowledgeError with every problem when it has errors. */
  static open(dir: string, learned: LearnedPhrase[] = []): KnowledgeHolder {
    const { kb, problems } = loadKnowledge(dir);
    if (!kb) throw new KnowledgeError(problems);
    return new KnowledgeHolder(dir, { kb, index: buildSearchIndex(kb, learned), loadedAt: new Date(), version: readKnowledgeFolder(dir).version }, learned);
  }

  get current(): KnowledgeSnapshot {
    return this.snapshot;
  }

  get folder(): string {
    return this.dir;
  }

  reload(): ReloadOutcome {
    const started = performance.now();
    const { kb, problems } = loadKnowledge(this.dir);
    if (kb) this.snapshot = { kb, index: buildSearchIndex(kb, this.learned), loadedAt: new Date(), version: readKnowledgeFolder(this.dir).version };
    return { ok: Boolean(kb), problems, entries: this.snapshot.kb.entries.length, ms: Math.round(performance.now() - started) };
  }

  /** Rebuilds the index with a new set of staff-taught phrasings (no file reads). */
  setLearned(learned: LearnedPhrase[]) {
    this.learned = learned;
    this.snapshot = { ...this.snapshot, index: buildSearchIndex(this.snapshot.kb, learned) };
  }
}
