// What every Slack listener needs: the core's advisor and logger, and the memory of recently
// handled deliveries that keeps each question answered once.
import type { Advisor, Logger } from '../../src/index.js';
import type { RecentKeys } from './dedupe.js';

export interface SlackDeps {
  advisor: Advisor;
  logger: Logger;
  recent: RecentKeys;
}
