// The advisor on the shipped knowledge, in this process, to compare a child process's output with.
import { fileURLToPath } from 'node:url';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, type FullAdvisor, type Question } from '../../../../src/index.js';

export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../../knowledge', import.meta.url));

export function shippedAdvisor(): FullAdvisor {
  return createAdvisor({
    knowledge: KnowledgeHolder.open(KNOWLEDGE_DIR),
    store: createMemoryStore(),
    logger: createMemoryLogger(),
    config: { hashSalt: 'in-process', staff: [], retentionDays: 90 },
  });
}

export function cliQuestion(text: string, threadId: string): Question {
  return { text, platform: 'cli', user: { id: 'in-process' }, channel: { id: 'terminal', isDirect: true }, threadId, receivedAt: new Date() };
}
