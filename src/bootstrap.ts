// Builds the core once: settings, logger, store, knowledge and advisor. Every adapter in the
// process shares what this returns.
import { createAdvisor, type FullAdvisor } from './advisor.js';
import { loadConfig, type AppConfig } from './config.js';
import { KnowledgeHolder } from './kb/knowledge-holder.js';
import { createLogger, type Logger } from './log.js';
import { openLowdbStore } from './store/lowdb-store.js';
import { pruneOlderThan } from './store/records.js';
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
}

export async function buildCore(options: BuildOptions = {}): Promise<Core> {
  const config = loadConfig(options.env ?? process.env);
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = await openLowdbStore(config.dataFile, logger);
  const pruned = await store.update((d) => pruneOlderThan(d, config.retentionDays, new Date()));
  if (pruned) logger.info(`retention: deleted ${pruned} record(s) older than ${config.retentionDays} days`);
  const knowledge = KnowledgeHolder.open(config.knowledgeDir, store.read().learned.map((l) => ({ text: l.text, entryId: l.entryId })));
  const advisor = createAdvisor({ knowledge, store, config, logger });
  return {
    advisor,
    store,
    knowledge,
    config,
    logger,
    close: async () => {
      await store.close();
    },
  };
}
