// The small fixture knowledge folders the core's unit tests run on, so they do not depend on
// the shipped knowledge changing.
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../../../src/kb/load-knowledge.js';
import type { KnowledgeBase } from '../../../../src/kb/model.js';
import { buildSearchIndex, type SearchIndex } from '../../../../src/nlp/search-index.js';

export const CLEAN_KB_DIR = fileURLToPath(new URL('../../../fixtures/core/kb-clean', import.meta.url));
export const BROKEN_KB_DIR = fileURLToPath(new URL('../../../fixtures/core/kb-broken', import.meta.url));

/** The day the fixtures were written against; loader checks compare reviewed dates with it. */
export const TODAY = new Date('2026-11-21T12:00:00Z');

export interface LoadedFixture {
  kb: KnowledgeBase;
  index: SearchIndex;
}

/** Loads the clean fixture folder and its search index; throws if it does not load clean. */
export function loadCleanFixture(): LoadedFixture {
  const { kb, problems } = loadKnowledge(CLEAN_KB_DIR, TODAY);
  if (!kb) throw new Error(`the clean fixture knowledge has problems: ${JSON.stringify(problems)}`);
  return { kb, index: buildSearchIndex(kb) };
}
