// Builds the core once: settings, logger, store, knowledge and advisor. Every adapter in the
// process shares what this returns.
import { dirname, join } from 'node:path';
import { createAdvisor, type FullAdvisor } from './advisor.js';
import { loadConfig, type RunConfig } from './config.js';
import { KnowledgeHolder } from './kb/knowledge-holder.js';
import { reportKnowledgeOutcome } from './kb/report-problems.js';
import { watchKnowledge } from './kb/watch-knowledge.js';
import { configuredLogger } from './configured-logger.js';
import type { Logger } from './log.js';
import { refreshLearned } from './staff/refresh-learned.js';
import type { FileStoreOptions } from './store/lowdb-store.js';
import { openStore } from './store/open-store.js';
import { pruneExpired, scheduleRetention } from './store/retention.js';
import type { Store } from './store/store.js';

export interface Core {
  advisor: FullAdvisor;
  store: Store;
  knowledge: KnowledgeHolder;
  config: RunConfig;
  logger: Logger;
  /** Waits until everything recorded so far is stored. */
  flush(): Promise<boolean>;
  close(): Promise<void>;
}

export interface BuildOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Overrides ADVISOR_WATCH_KNOWLEDGE; one-shot commands have no use for a watcher. */
  watchKnowledge?: boolean;
  /** The data file's file-system boundary, for tests that simulate a failing disk. */
  storeOptions?: Pick<FileStoreOptions, 'write'>;
}

export async function buildCore(options: BuildOptions = {}): Promise<Core> {
  const settings = loadConfig(options.env ?? process.env);
  const logger = options.logger ?? configuredLogger(settings);
  const { store, salt } = await openStore(settings, logger, options.storeOptions);
  const config: RunConfig = { ...settings, hashSalt: salt };
  // Retention is housekeeping: a store that cannot write now must not stop the bot starting.
  await pruneExpired(store, config.retentionDays, logger).catch((err) => logger.error('retention: could not delete old records at start-up', { err }));
  const learned = await store.listLearned();
  const knowledge = KnowledgeHolder.open(config.knowledgeDir, learned.map((l) => ({ text: l.text, entryId: l.entryId })), {
    limits: config.service.knowledgeLimits,
    // Beside the data file: the one folder the bot may always write to.
    cacheDir: join(dirname(config.dataFile), 'cache'),
    onWorkerFailure: (reason) => logger.warn('knowledge reloads cannot use a worker thread, so they run in the answering thread (answers wait while one runs)', { reason }),
  });
  reportKnowledgeOutcome(logger, knowledge.openingProblems, 'start');
  const advisor = createAdvisor({ knowledge, store, config, logger });
  const stopWatching = (options.watchKnowledge ?? config.watchKnowledge) ? watchKnowledge({ knowledge, logger }) : () => {};
  const stopRetention = scheduleRetention(store, config.retentionDays, logger);
  const stopLearned = refreshLearned(store, knowledge, logger);
  return {
    advisor,
    store,
    knowledge,
    config,
    logger,
    flush: () => advisor.flush(),
    close: async () => {
      stopWatching();
      stopRetention();
      stopLearned();
      await advisor.flush();
      await store.close();
    },
  };
}
