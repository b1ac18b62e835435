// Registers the slash commands with Discord. To one server (DISCORD_GUILD_ID) the change is
// instant; globally it can take up to an hour to reach every server.
// https://discord.com/developers/docs/interactions/application-commands#registering-a-command
import { REST, Routes } from 'discord.js';
import { commands } from './commands.js';
import type { DiscordConfig } from './deps.js';

/** Raised when a setting register needs is missing; the message names the variable and the fix. */
export class MissingDiscordSettingError extends Error {
  constructor(readonly variable: string, hint: string) {
    super(`${variable} is not set. ${hint}`);
    this.name = 'MissingDiscordSettingError';
  }
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** PUTs the full command list (replacing what was there), to the guild if one is set, else globally. */
export async function registerCommands(discord: DiscordConfig | undefined): Promise<RegisterResult> {
  if (!discord?.token) {
    throw new MissingDiscordSettingError('DISCORD_TOKEN', 'Copy the bot token from the Developer Portal (your application -> Bot -> Reset Token) into .env.');
  }
  if (!discord.applicationId) {
    throw new MissingDiscordSettingError('DISCORD_APPLICATION_ID', 'Copy the Application ID from the Developer Portal (your application -> General Information) into .env.');
  }
  const rest = new REST({ version: '10', ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const registered = (await rest.put(route, { body: commands })) as { name: string }[];
  return { scope: discord.guildId ? 'guild' : 'global', names: registered.map((c) => c.name) };
}
