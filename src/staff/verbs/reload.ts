// "reload": re-reads the knowledge folder now. A folder with errors is refused: staff get every
// problem, the log gets them too, and the bot keeps answering from the last good knowledge.
import type { ReloadOutcome } from '../../kb/knowledge-holder.js';
import type { StaffActor } from '../../types.js';
import { describeProblem } from '../describe-problem.js';
import { auditActor } from '../is-staff.js';
import type { StaffDeps } from '../staff-deps.js';
import { formatWhen, staffReply, type Section } from '../staff-reply.js';
import type { VerbResult } from './verb-result.js';

export async function reload(deps: StaffDeps, actor: StaffActor): Promise<VerbResult> {
  const by = auditActor(actor, deps.config.hashSalt);
  const outcome = safeReload(deps);
  const errors = outcome.problems.filter((p) => p.severity === 'error');
  const warnings = outcome.problems.filter((p) => p.severity === 'warning');
  const detail = outcome.ok ? `ok: ${outcome.entries} entries in ${outcome.ms} ms` : `refused: ${errors.length} problem(s)`;
  await deps.store.appendAudit({ at: deps.now().toISOString(), actor: by, action: 'reload', detail });

  const warningSection: Section[] = warnings.length ? [{ heading: `Warnings (${warnings.length})`, body: warnings.map((p) => `- ${describeProblem(p)}`).join('\n') }] : [];
  if (outcome.ok) {
    deps.logger.info(`knowledge reloaded by ${by}: ${outcome.entries} entries in ${outcome.ms} ms`);
    return { ok: true, reply: staffReply('Knowledge reloaded', [{ body: `Loaded **${outcome.entries} entries** in **${outcome.ms} ms**. The bot is answering from them now.` }, ...warningSection]) };
  }
  for (const p of errors) deps.logger.warn(`knowledge reload refused: ${describeProblem(p)}`, { file: p.file, field: p.field });
  const since = formatWhen(deps.knowledge.current.loadedAt.toISOString());
  return {
    ok: false,
    reply: staffReply('Reload refused: the knowledge has errors', [
      { body: `The bot keeps answering from the last good knowledge (${deps.knowledge.current.kb.entries.length} entries, loaded ${since}). Fix these, then reload again:` },
      { heading: `Errors (${errors.length})`, body: errors.map((p) => `- ${describeProblem(p)}`).join('\n') },
      ...warningSection,
    ]),
  };
}

/** A file can vanish between listing and reading while an editor saves; report it, don't throw. */
function safeReload(deps: StaffDeps): ReloadOutcome {
  try {
    return deps.knowledge.reload();
  } catch (err) {
    deps.logger.warn('knowledge reload failed while reading the folder', { err });
    const message = `The folder could not be read (${(err as Error).message}). If files were being saved, try again.`;
    return { ok: false, problems: [{ file: '.', severity: 'error', message }], entries: deps.knowledge.current.kb.entries.length, ms: 0 };
  }
}
