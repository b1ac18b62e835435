// Reads who counts as staff from the settings. A person is staff on one platform in one
// workspace (Slack team) or server (Discord guild): the same Slack user id can belong to someone
// else in another workspace, and anyone can add the bot to a server of their own and create a
// role with any name, so neither an id nor a role name means anything without its workspace.
import { ConfigError } from '../errors.js';

export interface StaffSettings {
  /** "slack:<team id>:<user id>", "discord:<server id>:<user id>" or "cli:<login>". */
  staff: string[];
  /** Discord role ids (preferred) or names whose members are staff, in the servers below only. */
  staffRoles: string[];
  /** The Discord servers where a staff role counts: ADVISOR_DISCORD_GUILDS, else DISCORD_GUILD_ID. */
  staffGuilds: string[];
}

const SLACK_ENTRY = /^slack:[A-Z0-9]{2,}:[A-Z0-9]{2,}$/;
const DISCORD_ENTRY = /^discord:\d{5,25}:\d{5,25}$/;
const CLI_ENTRY = /^cli:[^\s:]+$/;
const SNOWFLAKE = /^\d{5,25}$/;

export function readStaffSettings(get: (name: string) => string | undefined): StaffSettings {
  const staff = list(get('ADVISOR_STAFF')).map(checkEntry);
  const staffGuilds = guilds(get);
  const staffRoles = list(get('ADVISOR_STAFF_ROLE'));
  if (staffRoles.length && staffGuilds.length === 0) {
    throw new ConfigError(
      'ADVISOR_DISCORD_GUILDS',
      'ADVISOR_STAFF_ROLE counts only in the Discord servers you name, so anyone who adds the bot to a server of their own cannot make themselves staff. ' +
        'Set ADVISOR_DISCORD_GUILDS to your server id (right-click the server icon > Copy Server ID, with Developer Mode on), or set DISCORD_GUILD_ID.',
    );
  }
  return { staff, staffRoles, staffGuilds };
}

function list(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function checkEntry(entry: string): string {
  if (SLACK_ENTRY.test(entry) || DISCORD_ENTRY.test(entry) || CLI_ENTRY.test(entry)) return entry;
  // The old form without the workspace is refused rather than guessed: guessing would quietly
  // grant staff rights in every workspace or server the bot is ever added to.
  const [platform, id] = entry.split(':');
  const hint =
    platform === 'slack' && id && !entry.slice(6).includes(':')
      ? ` It needs the workspace too: "slack:<team id>:${id}" (the team id starts with T; Slack shows it in the browser address of your workspace, app.slack.com/client/T…).`
      : platform === 'discord' && id && !entry.slice(8).includes(':')
        ? ` It needs the server too: "discord:<server id>:${id}" (right-click the server icon > Copy Server ID, with Developer Mode on).`
        : '';
  throw new ConfigError(
    'ADVISOR_STAFF',
    `ADVISOR_STAFF entries look like "slack:T0123ABCD:U0123ABCD", "discord:<server id>:<user id>" or "cli:<login>"; "${entry}" does not.${hint}`,
  );
}

function guilds(get: (name: string) => string | undefined): string[] {
  const raw = get('ADVISOR_DISCORD_GUILDS');
  const ids = raw !== undefined ? list(raw) : list(get('DISCORD_GUILD_ID'));
  const bad = ids.find((id) => !SNOWFLAKE.test(id));
  if (bad !== undefined) {
    const name = raw !== undefined ? 'ADVISOR_DISCORD_GUILDS' : 'DISCORD_GUILD_ID';
    throw new ConfigError(name, `${name} must list numeric Discord server ids, comma-separated (got "${bad}").`);
  }
  return ids;
}
