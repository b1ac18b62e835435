// Staff commands: the same verbs from Slack, Discord and the terminal. Checks who is asking,
// parses the line, runs the verb, and records what staff did in the audit log.
import { StoreError } from '../errors.js';
import { reasonOf } from '../store/failure-log.js';
import type { Reply, StaffActor } from '../types.js';
import { auditAction } from './audit-action.js';
import { isStaff } from './is-staff.js';
import { parseStaffCommand, STAFF_USAGE, type StaffCommand } from './parse-command.js';
import type { StaffDeps } from './staff-deps.js';
import { staffReply } from './staff-reply.js';
import { dismiss } from './verbs/dismiss.js';
import { link } from './verbs/link.js';
import { reload } from './verbs/reload.js';
import { stale } from './verbs/stale.js';
import { stats } from './verbs/stats.js';
import { unanswered } from './verbs/unanswered.js';
import type { VerbResult } from './verbs/verb-result.js';

export type { StaffDeps } from './staff-deps.js';

export async function runStaffCommand(deps: StaffDeps, actor: StaffActor, line: string): Promise<Reply> {
  if (!isStaff(actor, deps.config)) {
    // Not an action, so not audited; the log says a refusal happened without naming the person.
    deps.logger.info('refused a staff command from someone who is not staff', { platform: actor.platform });
    return staffReply('Staff only', [{ body: deps.knowledge.current.kb.phrases.notStaff }]);
  }
  const parsed = parseStaffCommand(line);
  if (!parsed.ok) return usageReply(parsed.message);
  return (await executeStaffCommand(deps, actor, parsed.command)).reply;
}

/** Runs a parsed command for someone already known to be staff. */
export async function executeStaffCommand(deps: StaffDeps, actor: StaffActor, command: StaffCommand): Promise<VerbResult> {
  try {
    return await runVerb(deps, actor, command);
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    // The store cannot be read or written just now: say so plainly; nothing half-done is left behind.
    deps.logger.error(`staff command "${command.verb}" could not use the store`, { err });
    return { ok: false, reply: staffReply('The store is not available', [{ body: `"${command.verb}" could not read or write the bot's stored data (${reasonOf(err)}). Nothing was changed. Try again shortly; the log has the details.` }]) };
  }
}

async function runVerb(deps: StaffDeps, actor: StaffActor, command: StaffCommand): Promise<VerbResult> {
  switch (command.verb) {
    case 'help':
      return { ok: true, reply: staffReply('Staff commands', [{ body: STAFF_USAGE }]) };
    case 'unanswered': {
      const { reply, groups } = await unanswered(deps);
      await auditAction(deps, actor, 'unanswered', `${groups.length} group(s)`);
      return { ok: true, reply };
    }
    case 'link':
      return link(deps, actor, command.item, command.entryId);
    case 'dismiss':
      return dismiss(deps, actor, command.item);
    case 'stats': {
      const reply = await stats(deps, command.days);
      await auditAction(deps, actor, 'stats', `${command.days} day(s)`);
      return { ok: true, reply };
    }
    case 'stale': {
      const reply = stale(deps);
      await auditAction(deps, actor, 'stale', '');
      return { ok: true, reply };
    }
    case 'reload':
      return reload(deps, actor);
  }
}

export function usageReply(message: string): Reply {
  return staffReply('Staff commands', [{ body: message }, { body: STAFF_USAGE }]);
}
