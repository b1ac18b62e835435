// Turns start-up failures into messages a newcomer can act on, instead of stack traces.
import { ConfigError, KnowledgeError, PlatformError, StoreError } from '../../src/index.js';
import { formatProblems } from './format-problems.js';

export function explainStartupFailure(err: unknown): string {
  if (err instanceof ConfigError) return `Setting problem (${err.variable}): ${err.message}`;
  if (err instanceof KnowledgeError) return `The knowledge folder has nothing the bot can answer from, so it cannot start:\n${formatProblems(err.problems)}`;
  if (err instanceof StoreError) return `Data file problem: ${err.message}`;
  if (err instanceof PlatformError) return err.message;
  return `Unexpected error while starting: ${(err as Error)?.stack ?? String(err)}`;
}
