// Bolt and its Web API client log through the core's logger, so one LOG_LEVEL controls every
// line and Slack's own messages land in the same stream as ours.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.DEBUG;
  let name = 'slack';
  const line = (parts: unknown[]) => `${name}: ${withoutPayload(parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' '))}`;
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

/**
 * The Web API client logs every request and response body at debug level: whole answers, staff
 * listings of members' questions, user ids in "Shared by <@U…>". Those bodies never reach the
 * log; the line keeps its size so a debugging session still sees that a call was made.
 */
const PAYLOAD_LINE = /^(http request body|http request result|http request headers): /;

function withoutPayload(text: string): string {
  const m = PAYLOAD_LINE.exec(text);
  return m ? `${m[1]}: (${text.length - m[0].length} characters, not logged)` : text;
}
