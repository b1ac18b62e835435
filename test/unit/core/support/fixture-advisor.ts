// An advisor over the clean fixture knowledge with an in-memory store and logger.
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, type FullAdvisor, type Question, type Store } from '../../../../src/index.js';
import { CLEAN_KB_DIR, TODAY } from './fixture-kb.js';

export interface FixtureAdvisor {
  advisor: FullAdvisor;
  store: Store;
  logger: ReturnType<typeof createMemoryLogger>;
  holder: KnowledgeHolder;
}

export function fixtureAdvisor(dir: string = CLEAN_KB_DIR): FixtureAdvisor {
  const holder = KnowledgeHolder.open(dir);
  const store = createMemoryStore();
  const logger = createMemoryLogger();
  const advisor = createAdvisor({
    knowledge: holder,
    store,
    logger,
    // Fixture questions come from the terminal; these tests are about what gets recorded, so count it.
    config: { hashSalt: 'fixture-salt', staff: [], retentionDays: 90, countTerminal: true },
    now: () => TODAY,
  });
  return { advisor, store, logger, holder };
}

/** A question from the terminal, in its own thread unless one is given. */
export function question(text: string, options: { threadId?: string; at?: Date; userId?: string } = {}): Question {
  return {
    text,
    platform: 'cli',
    user: { id: options.userId ?? 'volunteer-1' },
    channel: { id: 'terminal', isDirect: true },
    threadId: options.threadId ?? `thread-${Math.random().toString(36).slice(2)}`,
    receivedAt: options.at ?? TODAY,
  };
}
