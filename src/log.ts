// A tiny levelled logger writing one line per event to stderr, so stdout stays clean for
// `npm run ask -- --json` and piped terminal chat. Context is appended as JSON for grepping.
// Every line passes through redaction on its way out, so personal details in an error message
// or its context never reach a log file.
import { redact } from './store/privacy.js';

/** Longest line written; longer ones (huge contexts) are cut before redaction runs. */
const MAX_LINE_CHARS = 16_000;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type LogFn = (message: string, context?: Record<string, unknown>) => void;
export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const at = (lvl: Exclude<LogLevel, 'silent'>): LogFn => (message, context) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const extra = context && Object.keys(context).length ? ' ' + safeJson(context) : '';
    write(`${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${redact(`${message}${extra}`, MAX_LINE_CHARS)}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function safeJson(value: Record<string, unknown>): string {
  try {
    return JSON.stringify(value, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v));
  } catch {
    return '[unserialisable context]';
  }
}

/** A logger that records lines in memory, for tests. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger('debug', (l) => lines.push(l)), { lines });
}
