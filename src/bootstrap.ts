// Builds the core once: settings, logger, store, knowledge and advisor. Every adapter in the
// process shares what this returns.
import { dirname, join } from 'node:path';
import { createAdvisor, type FullAdvisor } from './advisor.js';
import { loadConfig, type AppConfig } from './config.js';
import { KnowledgeHolder } from './kb/knowledge-holder.js';
import { reportKnowledgeOutcome } from './kb/report-problems.js';
import { watchKnowledge } from './kb/watch-knowledge.js';
import { configuredLogger } from './configured-logger.js';
import type { Logger } from './log.js';
import { openLowdbStore } from './store/lowdb-store.js';
import { pruneExpired, scheduleRetention } from './store/retention.js';
import type { Store } from './store/store.js';

export interface Core {
  advisor: FullAdvisor;
  store: Store;
  knowledge: KnowledgeHolder;
  config: AppConfig;
  logger: Logger;
  close(): Promise<void>;
}

export interface BuildOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Overrides ADVISOR_WATCH_KNOWLEDGE; one-shot commands have no use for a watcher. */
  watchKnowledge?: boolean;
}

export async function buildCore(options: BuildOptions = {}): Promise<Core> {
  const config = loadConfig(options.env ?? process.env);
  const logger = options.logger ?? configuredLogger(config);
  const store = await openLowdbStore(config.dataFile, logger);
  await pruneExpired(store, config.retentionDays, logger);
  const knowledge = KnowledgeHolder.open(config.knowledgeDir, store.read().learned.map((l) => ({ text: l.text, entryId: l.entryId })), {
    limits: config.service.knowledgeLimits,
    // Beside the data file: the one folder the bot may always write to.
    cacheDir: join(dirname(config.dataFile), 'cache'),
    onWorkerFailure: (reason) => logger.warn('knowledge reloads cannot use a worker thread, so they run in the answering thread (answers wait while one runs)', { reason }),
  });
  reportKnowledgeOutcome(logger, knowledge.openingProblems, 'start');
  const advisor = createAdvisor({ knowledge, store, config, logger });
  const stopWatching = (options.watchKnowledge ?? config.watchKnowledge) ? watchKnowledge({ knowledge, logger }) : () => {};
  const stopRetention = scheduleRetention(store, config.retentionDays, logger);
  return {
    advisor,
    store,
    knowledge,
    config,
    logger,
    close: async () => {
      stopWatching();
      stopRetention();
      await store.close();
    },
  };
}
