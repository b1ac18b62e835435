// What the Discord adapter needs from the core: the advisor to ask and a logger to report to.
// Typed structurally so tests can hand in a stub core to exercise failure paths.
import type { Advisor } from '../../src/types.js';

/** Matches the core's Logger. */
export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** The part of the core the adapter talks to. */
export interface DiscordCore {
  advisor: Advisor;
  logger: Logger;
}

/** Discord settings, as the core's config reads them from the environment. */
export interface DiscordConfig {
  token: string;
  applicationId?: string;
  guildId?: string;
  /** REST base URL (default https://discord.com/api); the gateway address is then read from it. */
  apiUrl?: string;
}

/** An error as a log context value: message and stack, never the whole object (it may hold a token). */
export function errorContext(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
