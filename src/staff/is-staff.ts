// Who may run staff commands: the operator at the terminal; people listed in ADVISOR_STAFF, each
// on one platform in one workspace or server; and on Discord, holders of an ADVISOR_STAFF_ROLE
// role, but only in the servers listed in ADVISOR_DISCORD_GUILDS (see staff-config.ts for why).
import type { AppConfig } from '../config.js';
import { pseudonym } from '../store/privacy.js';
import type { StaffActor } from '../types.js';

/** Who is staff. Without roles or servers (a test's or a tool's own config), no role counts. */
export type StaffAccess = Pick<AppConfig, 'staff'> & Partial<Pick<AppConfig, 'staffRoles' | 'staffGuilds'>>;

/** The id used in ADVISOR_STAFF: "slack:T1:U123", "discord:<server>:<user>", "cli:alice"; never stored. */
export function actorKey(actor: StaffActor): string {
  if (actor.platform === 'cli' || !actor.workspace) return `${actor.platform}:${actor.id}`;
  return `${actor.platform}:${actor.workspace}:${actor.id}`;
}

/**
 * The staff member as the audit log and learned phrasings name them: platform and a salted hash
 * of their whole identity (workspace or server included), never the raw id.
 */
export function auditActor(actor: StaffActor, salt: string): string {
  return pseudonym(actor.platform, actor.platform === 'cli' || !actor.workspace ? actor.id : `${actor.workspace}:${actor.id}`, salt);
}

export function isStaff(actor: StaffActor, access: StaffAccess): boolean {
  // Only the terminal can vouch for its user; a chat adapter setting "trusted" by mistake must
  // not open the staff commands to a whole workspace.
  if (actor.trusted === true && actor.platform === 'cli') return true;
  // A chat platform without a workspace (a Discord DM) never matches a listed person: every
  // slack/discord entry names one, and the config refuses any that does not.
  if ((actor.platform === 'cli' || actor.workspace) && access.staff.includes(actorKey(actor))) return true;
  return actor.platform === 'discord' && holdsStaffRole(actor, access);
}

function holdsStaffRole(actor: StaffActor, access: StaffAccess): boolean {
  if (!actor.workspace || !(access.staffGuilds ?? []).includes(actor.workspace)) return false;
  const ids = new Set(actor.roleIds ?? []);
  // Case-insensitive: server admins rename "Staff" to "staff" without thinking of the bot.
  const names = new Set((actor.roleNames ?? []).map(normalise));
  return (access.staffRoles ?? []).some((role) => (/^\d+$/.test(role) ? ids.has(role) : names.has(normalise(role))));
}

function normalise(name: string): string {
  return name.trim().toLowerCase();
}
