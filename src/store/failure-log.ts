// Logs a failing operation once per run of failures, with the reason, and once more when it
// works again: a full disk must not write a line per question into the log it is filling.
import type { Logger } from '../log.js';

export interface FailureLog {
  failed(err: unknown): void;
  succeeded(): void;
  readonly failing: boolean;
}

export function failureLog(logger: Logger, what: string, consequence: string): FailureLog {
  let failures = 0;
  return {
    failed(err) {
      failures++;
      if (failures === 1) logger.error(`${what} failed (${reasonOf(err)}); ${consequence}`, { err });
    },
    succeeded() {
      if (failures) logger.info(`${what} works again after ${failures} failed attempt(s)`);
      failures = 0;
    },
    get failing() {
      return failures > 0;
    },
  };
}

/** The most specific reason an error gives: its code (ENOSPC, EROFS, ECONNREFUSED) or message. */
export function reasonOf(err: unknown): string {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return `${code}: ${(e as Error).message}`;
    e = (e as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.message : String(err);
}
