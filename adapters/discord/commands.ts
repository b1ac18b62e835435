// Slash command definitions, registered by register.ts and dispatched on by handlers.ts.
// https://discord.com/developers/docs/interactions/application-commands#application-command-object
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

export const ASK_COMMAND = 'rights';
export const ADMIN_COMMAND = 'rights-admin';
export const QUESTION_OPTION = 'question';
export const PRIVATE_OPTION = 'private';

/** `/rights question:<text> [private:<bool>]`, usable in servers and in a DM with the bot. */
export const askCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: ASK_COMMAND,
  type: ApplicationCommandType.ChatInput,
  description: 'Ask about community rights in England (general information, not legal advice)',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: QUESTION_OPTION,
      description: 'Your question, e.g. how long does an ACV listing last?',
      required: true,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: PRIVATE_OPTION,
      description: 'Only you see the answer',
      required: false,
    },
  ],
};

const itemOption = {
  type: ApplicationCommandOptionType.Integer,
  name: 'item',
  description: 'Number of the unanswered question, as listed by /rights-admin unanswered',
  required: true,
  min_value: 1,
} as const;

/**
 * `/rights-admin …` for staff. Hidden from members without Manage Server by default (server admins
 * can widen that under Integrations); the core still checks ADVISOR_STAFF_ROLE on every call.
 */
export const adminCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: ADMIN_COMMAND,
  type: ApplicationCommandType.ChatInput,
  description: 'Staff tools for the community rights advisor',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'unanswered', description: 'List questions the advisor could not answer' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'link',
      description: 'Teach the advisor: route an unanswered question to an existing answer',
      options: [
        itemOption,
        { type: ApplicationCommandOptionType.String, name: 'entry', description: 'The answer to link it to', required: true, autocomplete: true },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'dismiss', description: 'Remove a question from the unanswered list', options: [itemOption] },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'stats',
      description: 'Questions, answers and feedback over recent days',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'days', description: 'How many days back (default 7)', required: false, min_value: 1, max_value: 365 }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'stale', description: 'Answers due for review' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'reload', description: 'Reload the knowledge files' },
  ],
};

/** Everything `npm run discord:register` sends. */
export const commands = [askCommand, adminCommand];

/**
 * Permissions the invite asks for: View Channels, Send Messages, Send Messages in Threads,
 * Embed Links, Read Message History (= 274877991936). https://discord.com/developers/docs/topics/permissions
 */
export const INVITE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** The OAuth2 URL that adds the bot to a server with its slash commands. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions: INVITE_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
