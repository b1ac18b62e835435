// Bolt and its Web API client log through the core's logger, so one LOG_LEVEL controls every
// line and Slack's own messages land in the same stream as ours.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.DEBUG;
  let name = 'slack';
  const line = (parts: unknown[]) => `${name}: ${parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ')}`;
  return {
    // The core logger filters by its own level; Bolt's is kept only because the interface has it.
    debug: (...parts: unknown[]) => logger.debug(line(parts)),
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => logger.warn(line(parts)),
    error: (...parts: unknown[]) => logger.error(line(parts)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
