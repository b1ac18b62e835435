// Settings for running the bot as a service: where the health check listens, the log format,
// how long shutdown waits for answers in flight, and how much knowledge a reload may read.
// Read by loadConfig (config.ts stays the one place that reads the environment).
import { ConfigError } from './errors.js';

export type LogFormat = 'text' | 'json';

export interface KnowledgeLimits {
  /** A knowledge file larger than this is set aside (reported), not loaded. */
  maxFileBytes: number;
  /** Files beyond this total (in folder order) are set aside too. */
  maxTotalBytes: number;
}

export interface ServiceConfig {
  /** Interface the HTTP listeners (Slack HTTP mode, health check) bind to; all when unset. */
  host?: string;
  /** Where GET /healthz answers in any mode; Slack HTTP mode also answers it on PORT. */
  healthPort?: number;
  logFormat: LogFormat;
  /** How long SIGTERM waits for answers in flight before closing anyway. */
  shutdownGraceMs: number;
  knowledgeLimits: KnowledgeLimits;
}

type Get = (name: string) => string | undefined;
type WholeNumber = (name: string, raw: string | undefined, fallback: number) => number;

export function serviceConfig(get: Get, wholeNumber: WholeNumber): ServiceConfig {
  const logFormat = get('LOG_FORMAT') ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') {
    throw new ConfigError('LOG_FORMAT', `LOG_FORMAT must be "text" (one readable line per event) or "json" (one JSON object per line) (got "${logFormat}").`);
  }
  const healthPort = get('HEALTH_PORT');
  if (healthPort !== undefined && !(Number.isInteger(Number(healthPort)) && Number(healthPort) >= 0 && Number(healthPort) < 65536)) {
    throw new ConfigError('HEALTH_PORT', `HEALTH_PORT must be a port number, 0 to 65535 (got "${healthPort}").`);
  }
  return {
    host: get('HOST'),
    healthPort: healthPort === undefined ? undefined : Number(healthPort),
    logFormat,
    shutdownGraceMs: wholeNumber('ADVISOR_SHUTDOWN_GRACE_SECONDS', get('ADVISOR_SHUTDOWN_GRACE_SECONDS'), 8) * 1000,
    knowledgeLimits: {
      maxFileBytes: wholeNumber('ADVISOR_KNOWLEDGE_MAX_FILE_KB', get('ADVISOR_KNOWLEDGE_MAX_FILE_KB'), 256) * 1024,
      maxTotalBytes: wholeNumber('ADVISOR_KNOWLEDGE_MAX_TOTAL_KB', get('ADVISOR_KNOWLEDGE_MAX_TOTAL_KB'), 8192) * 1024,
    },
  };
}
