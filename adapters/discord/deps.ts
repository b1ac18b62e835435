// What the Discord adapter needs from the core: the advisor to ask and a logger to report to.
// Typed structurally (a Core satisfies it) so tests can hand in a stub to exercise failure paths.
import type { Advisor, DiscordConfig, Logger } from '../../src/index.js';

export type { DiscordConfig, Logger };

/** The part of the core the adapter talks to. */
export interface DiscordCore {
  advisor: Advisor;
  logger: Logger;
}

/** An error as a log context value: message and stack, never the whole object (it may hold a token). */
export function errorContext(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
