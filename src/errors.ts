// Coded errors, kept apart from "the user should see this" replies: an expected miss (no match,
// unknown button) is a Reply, never one of these.

/** A setting is missing or malformed; the message names the variable and how to fix it. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** One problem found in a knowledge file, worded for the staff member who will fix it. */
export interface KnowledgeProblem {
  file: string;
  field?: string;
  /** 1-based line in the file, where the checker can tell. */
  line?: number;
  /** 1-based column on that line, where the checker can tell (file format errors). */
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** The knowledge folder has errors; carries every problem, not just the first. */
export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`${problems.filter((p) => p.severity === 'error').length} problem(s) in the knowledge folder`);
    this.name = 'KnowledgeError';
  }
}

/** The data file could not be read or written. */
export class StoreError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * A chat platform refused the bot for good (a reset token, an intent not allowed): reconnecting
 * cannot help, so the process stops with a non-zero exit and this message names cause and fix.
 */
export class PlatformError extends Error {
  constructor(readonly platform: string, readonly reason: string, readonly fix: string, readonly code?: number) {
    super(`${platform} stopped the bot: ${reason}. To fix: ${fix}`);
    this.name = 'PlatformError';
  }
}
