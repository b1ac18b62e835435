// The last words of a process that could not start or had to stop: the plain explanation on
// stderr, or the same words as one JSON log line when LOG_FORMAT=json, so a log shipper that
// parses every line still gets the reason.
import { createLogger } from '../../src/index.js';
import { explainStartupFailure } from '../cli/fail.js';
import { printErr } from '../cli/terminal-output.js';

export function reportStartupFailure(err: unknown, env: NodeJS.ProcessEnv = process.env) {
  const text = explainStartupFailure(err);
  if (env.LOG_FORMAT?.trim() === 'json') createLogger('error', undefined, 'json').error(text, { error: err });
  else printErr(text + '\n');
}
