// Tells the log what loading the knowledge found: each error loudly with file, line and field,
// which files are not in use as written, and the warnings as one count (kb:check lists them).
import type { KnowledgeProblem } from '../errors.js';
import type { Logger } from '../log.js';
import type { ReloadOutcome } from './knowledge-holder.js';

export function describeKnowledgeProblem(p: KnowledgeProblem): string {
  const where = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
  return `${p.file}${where}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;
}

/** After start-up or a reload: `when` says which, for the log line. */
export function reportKnowledgeOutcome(logger: Logger, outcome: ReloadOutcome, when: 'start' | 'reload') {
  const errors = outcome.problems.filter((p) => p.severity === 'error');
  const warnings = outcome.problems.length - errors.length;
  const warningNote = warnings ? `; ${warnings} warning(s) (npm run kb:check lists them)` : '';
  if (errors.length === 0) {
    if (when === 'reload') logger.info(`knowledge reloaded after an edit: ${outcome.entries} entries in ${outcome.ms} ms${warningNote}`);
    else if (warnings) logger.info(`knowledge loaded: ${outcome.entries} entries${warningNote}`);
    return;
  }
  const verb = when === 'start' ? 'knowledge problem' : 'knowledge edit refused';
  for (const p of errors) logger.error(`${verb}: ${describeKnowledgeProblem(p)}`, { file: p.file, field: p.field, line: p.line });
  const files = [...outcome.keptPrevious.map((f) => `${f} (last good version kept)`), ...outcome.leftOut.map((f) => `${f} (left out until fixed)`)];
  const which = files.length ? ` Not in use as written: ${files.join(', ')}.` : '';
  logger.error(
    `THE KNOWLEDGE FOLDER HAS ${errors.length} ERROR(S). ${when === 'start' ? 'Started' : 'Still answering'} with ${outcome.entries} entries, every file that checks clean and the last good version of the rest.${which} Fix the files named above (npm run kb:check shows each problem with its line); edits are picked up while the bot runs${warningNote}.`,
  );
}
