// Who may run staff commands: the operator at the terminal, ids listed in ADVISOR_STAFF, and on
// Discord anyone holding the role named by ADVISOR_STAFF_ROLE.
import type { AppConfig } from '../config.js';
import { pseudonym } from '../store/privacy.js';
import type { StaffActor } from '../types.js';

/** The platform-prefixed id used in ADVISOR_STAFF ("slack:U123"); never stored. */
export function actorKey(actor: StaffActor): string {
  return `${actor.platform}:${actor.id}`;
}

/** The staff member as the audit log and learned phrasings name them: platform and a salted hash. */
export function auditActor(actor: StaffActor, salt: string): string {
  return pseudonym(actor.platform, actor.id, salt);
}

export function isStaff(actor: StaffActor, config: Pick<AppConfig, 'staff' | 'staffRole'>): boolean {
  // Only the terminal can vouch for its user; a chat adapter setting "trusted" by mistake must
  // not open the staff commands to a whole workspace.
  if (actor.trusted === true && actor.platform === 'cli') return true;
  if (config.staff.includes(actorKey(actor))) return true;
  const role = config.staffRole?.trim().toLowerCase();
  if (!role || actor.platform !== 'discord') return false;
  // Case-insensitive: server admins rename "Staff" to "staff" without thinking of the bot.
  return (actor.roleNames ?? []).some((name) => name.trim().toLowerCase() === role);
}
