// How many shards to run: DISCORD_SHARDS as a number, or `auto` for the count Discord recommends
// for this bot (GET /gateway/bot). The request goes to the configured API base (DISCORD_API_URL),
// so a proxy or a test's loopback fake answers it too; discord.js's own fetchRecommendedShardCount
// always asks discord.com.
// https://discord.com/developers/docs/events/gateway#get-gateway-bot
import { REST, Routes } from 'discord.js';
import { PlatformError } from '../../src/index.js';
import type { DiscordConfig } from './deps.js';

export async function shardCount(config: DiscordConfig): Promise<number> {
  const setting = config.shards ?? 'auto';
  if (setting !== 'auto') return setting;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
    return shards;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new PlatformError('Discord', `it did not say how many shards to run (GET /gateway/bot: ${why})`, 'check DISCORD_TOKEN (and DISCORD_API_URL if set), or set DISCORD_SHARDS to a number');
  }
}
