// The shipped knowledge's matcher vocabulary, for tests that read questions as the bot does.
import { fileURLToPath } from 'node:url';
import { KnowledgeHolder } from '../../../../src/kb/knowledge-holder.js';
import type { Lexicon } from '../../../../src/nlp/analyze.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../../knowledge', import.meta.url));

export function shippedAdvisorKnowledge(): { lexicon: Lexicon; entryIds: string[] } {
  const { kb, index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
  return { lexicon: index.lexicon, entryIds: kb.entries.map((e) => e.id) };
}
