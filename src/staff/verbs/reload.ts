// "reload": re-reads the knowledge folder now, without holding up answers meanwhile. A file with
// errors is refused (it keeps its last good version, or stays out until fixed) while every other
// edit is used; staff get every problem, and the log gets them too.
import type { ReloadOutcome } from '../../kb/knowledge-holder.js';
import { describeKnowledgeProblem } from '../../kb/report-problems.js';
import type { StaffActor } from '../../types.js';
import { auditActor } from '../is-staff.js';
import type { StaffDeps } from '../staff-deps.js';
import { formatWhen, staffReply, type Section } from '../staff-reply.js';
import type { VerbResult } from './verb-result.js';

export async function reload(deps: StaffDeps, actor: StaffActor): Promise<VerbResult> {
  const by = auditActor(actor, deps.config.hashSalt);
  const outcome = await safeReload(deps);
  const errors = outcome.problems.filter((p) => p.severity === 'error');
  const warnings = outcome.problems.filter((p) => p.severity === 'warning');
  const detail = outcome.ok ? `ok: ${outcome.entries} entries in ${outcome.ms} ms` : `refused: ${errors.length} problem(s)`;
  await deps.store.appendAudit({ at: deps.now().toISOString(), actor: by, action: 'reload', detail });

  const warningSection: Section[] = warnings.length ? [{ heading: `Warnings (${warnings.length})`, body: warnings.map((p) => `- ${describeKnowledgeProblem(p)}`).join('\n') }] : [];
  if (outcome.ok) {
    deps.logger.info(`knowledge reloaded by ${by}: ${outcome.entries} entries in ${outcome.ms} ms`);
    return { ok: true, reply: staffReply('Knowledge reloaded', [{ body: `Loaded **${outcome.entries} entries** in **${outcome.ms} ms**. The bot is answering from them now.` }, ...warningSection]) };
  }
  for (const p of errors) deps.logger.warn(`knowledge reload refused: ${describeKnowledgeProblem(p)}`, { file: p.file, field: p.field });
  const since = formatWhen(deps.knowledge.current.loadedAt.toISOString());
  const notInUse = [...outcome.keptPrevious.map((f) => `- ${f}: its last good version is still in use`), ...outcome.leftOut.map((f) => `- ${f}: left out until fixed`)];
  return {
    ok: false,
    reply: staffReply('Reload refused: the knowledge has errors', [
      {
        body: outcome.applied
          ? `The bot keeps answering from the last good knowledge (${outcome.entries} entries, loaded ${since}): every file that checks clean, and the last good version of the rest. Fix these, then reload again:`
          : `The bot keeps answering from the last good knowledge (${outcome.entries} entries, loaded ${since}). Fix these, then reload again:`,
      },
      { heading: `Errors (${errors.length})`, body: errors.map((p) => `- ${describeKnowledgeProblem(p)}`).join('\n') },
      ...(notInUse.length ? [{ heading: 'Not in use as written', body: notInUse.join('\n') }] : []),
      ...warningSection,
    ]),
  };
}

/** A file can vanish between listing and reading while an editor saves; report it, don't throw. */
async function safeReload(deps: StaffDeps): Promise<ReloadOutcome> {
  try {
    return await deps.knowledge.reloadInBackground();
  } catch (err) {
    deps.logger.warn('knowledge reload failed while reading the folder', { err });
    const message = `The folder could not be read (${(err as Error).message}). If files were being saved, try again.`;
    const entries = deps.knowledge.current.kb.entries.length;
    return { ok: false, applied: false, problems: [{ file: '.', severity: 'error', message }], entries, ms: 0, keptPrevious: [], leftOut: [] };
  }
}
