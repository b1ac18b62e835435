// `/rights` and `/rights-admin`. Both defer at once: Discord fails an interaction that is not
// acknowledged within 3 seconds, and deferring costs one request whatever the core then takes.
// https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
import { GuildMember, MessageFlags } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { StaffActor } from '../../src/index.js';
import { adminCommandLine, roleNames } from './admin-command.js';
import { apologiseToInteraction } from './apologise.js';
import { PRIVATE_OPTION, QUESTION_OPTION } from './commands.js';
import type { DiscordCore } from './deps.js';
import { helpReply } from './help.js';
import { fromCommand } from './inbound.js';
import { renderReply } from './render.js';

/** `/rights question:… [private:true]`: answered in the channel, or only to the asker when private. */
export async function onAsk(core: DiscordCore, interaction: ChatInputCommandInteraction): Promise<void> {
  const context = { event: 'command', command: interaction.commandName, guildId: interaction.guildId, channelId: interaction.channelId, interactionId: interaction.id };
  try {
    // Raw option values, type-checked here: getString() and friends throw on a mismatched type.
    const isPrivate = optionValue(interaction, PRIVATE_OPTION) === true;
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const inbound = fromCommand(interaction, optionValue(interaction, QUESTION_OPTION));
    if (inbound.kind === 'ignore') {
      core.logger.warn('Discord: ignoring a malformed /rights', context);
      await interaction.deleteReply().catch(() => undefined);
      return;
    }
    const reply = inbound.kind === 'help' ? helpReply(core.advisor.describe()) : await core.advisor.ask(inbound.question);
    await interaction.editReply(renderReply(reply));
  } catch (error) {
    await apologiseToInteraction(interaction, core.logger, context, error);
  }
}

/** `/rights-admin <subcommand>`: always private; the core decides whether the caller is staff. */
export async function onAdmin(core: DiscordCore, interaction: ChatInputCommandInteraction): Promise<void> {
  const subcommand = interaction.options.getSubcommand(false) ?? '';
  const context = { event: 'admin', subcommand, guildId: interaction.guildId, channelId: interaction.channelId, interactionId: interaction.id };
  try {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const line =
      adminCommandLine(subcommand, {
        item: integerOption(interaction, 'item'),
        entry: stringOption(interaction, 'entry'),
        days: integerOption(interaction, 'days'),
      }) ?? subcommand; // unknown or incomplete: let the core answer with its usage text
    // The server the command came from travels with the roles: a role counts only in the
    // servers listed in ADVISOR_DISCORD_GUILDS, never by its name alone.
    const actor: StaffActor = { platform: 'discord', id: interaction.user.id, workspace: interaction.guildId ?? undefined, ...memberRoles(interaction) };
    const reply = await core.advisor.staff(actor, line);
    await interaction.editReply(renderReply(reply));
  } catch (error) {
    await apologiseToInteraction(interaction, core.logger, context, error);
  }
}

/** An option's value as sent, whatever its declared type; undefined when absent. */
function optionValue(interaction: ChatInputCommandInteraction, name: string): unknown {
  return interaction.options.get(name)?.value;
}

function integerOption(interaction: ChatInputCommandInteraction, name: string): number | null {
  const value = optionValue(interaction, name);
  return Number.isSafeInteger(value) ? (value as number) : null;
}

function stringOption(interaction: ChatInputCommandInteraction, name: string): string | null {
  const value = optionValue(interaction, name);
  return typeof value === 'string' ? value : null;
}

function memberRoles(interaction: ChatInputCommandInteraction): { roleIds: string[]; roleNames: string[] } {
  const member = interaction.member;
  if (!member || !interaction.guildId) return { roleIds: [], roleNames: [] };
  // A cached GuildMember knows its roles; a raw API member only lists role ids.
  const ids = [...(member instanceof GuildMember ? member.roles.cache.keys() : member.roles)].filter((id) => typeof id === 'string' && id !== interaction.guildId);
  return { roleIds: ids, roleNames: roleNames(ids, interaction.guildId, (id) => interaction.guild?.roles.cache.get(id)?.name) };
}
