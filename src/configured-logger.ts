// The logger the settings ask for (LOG_LEVEL, LOG_FORMAT). One-shot commands log only warnings
// at the default level, so their stdout and stderr stay about the command's own result.
import type { AppConfig } from './config.js';
import { createLogger, type Logger } from './log.js';

export function configuredLogger(config: Pick<AppConfig, 'logLevel' | 'service'>, options: { oneShot?: boolean } = {}): Logger {
  const level = options.oneShot && config.logLevel === 'info' ? 'warn' : config.logLevel;
  return createLogger(level, undefined, config.service.logFormat);
}
