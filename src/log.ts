// A small levelled logger writing one line per event to stderr, so stdout stays clean for
// `npm run ask -- --json` and piped terminal chat. Two formats: readable text (context appended
// as JSON for grepping), or with LOG_FORMAT=json one JSON object per line through pino, the
// format log shippers expect. pino is loaded only when JSON is asked for, so the default start
// does not pay for it. Every line passes through the privacy redaction first: a question that
// reaches a log line (in an error's context, say) never carries an email or phone number.
// Readable lines bound for the terminal also lose control and bidi characters (a question quoted
// in a log line must not recolour or reorder a staff member's screen).
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LogFormat } from './service-config.js';
import { scrubForLog } from './log-scrub.js';
import { terminalText } from './guard/terminal-text.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type LogFn = (message: string, context?: Record<string, unknown>) => void;
export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

const toStderr = (line: string) => process.stderr.write(terminalText(line) + '\n');

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = toStderr, format: LogFormat = 'text'): Logger {
  if (format === 'json') return jsonLogger(level, write === toStderr ? undefined : write);
  const at = (lvl: (typeof LEVELS)[number]): LogFn => (message, context) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const { message: text, context: extra } = scrubForLog(message, context);
    const tail = extra && Object.keys(extra).length ? ' ' + safeJson(extra) : '';
    write(`${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${text}${tail}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

interface PinoLike {
  (options: object, destination: object): Record<(typeof LEVELS)[number], (obj: object, msg: string) => void>;
  stdTimeFunctions: { isoTime: () => string };
}

// Characters JSON allows raw inside strings that still act on a terminal or reorder text when a
// log line is viewed (C1 controls, bidi overrides and isolates, line and paragraph separators).
// They can only occur inside pino's JSON strings, so escaping them as \uXXXX keeps every line
// valid JSON that decodes to exactly what was logged.
const TERMINAL_ACTIVE = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeTerminalActive = (line: string) => line.replace(TERMINAL_ACTIVE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

/** pino, writing synchronously (so the last lines before an exit are never lost) through the escaping above. */
function jsonLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const pino = createRequire(import.meta.url)('pino') as PinoLike;
  const out = write ?? ((line: string) => writeSync(2, line + '\n'));
  const destination = { write: (chunk: string) => out(escapeTerminalActive(chunk.replace(/\n$/, ''))) };
  const log = pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label: string) => ({ level: label }) },
      // Errors are already reduced (and redacted) by scrubForLog; pino's own err serializer would re-wrap them.
      serializers: { err: (v: unknown) => v },
    },
    destination,
  );
  const at = (lvl: (typeof LEVELS)[number]): LogFn => (message, context) => {
    const { message: text, context: extra } = scrubForLog(message, context);
    log[lvl](extra ?? {}, text);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function safeJson(value: Record<string, unknown>): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '[unserialisable context]';
  }
}

/** A logger that records lines in memory, for tests. */
export function createMemoryLogger(format: LogFormat = 'text'): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger('debug', (l) => lines.push(l), format), { lines });
}
