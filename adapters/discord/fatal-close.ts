// Gateway close codes after which Discord will not let the bot back in until a person acts, and
// what that person should do. discord.js stops reconnecting on these (ShardDisconnect); the bot
// then stops too, loudly, instead of idling with Discord dead.
// https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
import { GatewayCloseCodes } from 'discord.js';
import { PlatformError } from '../../src/index.js';

const PORTAL = 'https://discord.com/developers/applications';

const FATAL: Record<number, { reason: string; fix: string }> = {
  [GatewayCloseCodes.AuthenticationFailed]: {
    reason: 'the bot token was rejected (gateway close 4004: the token was reset or is wrong)',
    fix: `open ${PORTAL} -> your application -> Bot -> Reset Token, put the new token in DISCORD_TOKEN, and start the bot again`,
  },
  [GatewayCloseCodes.InvalidShard]: {
    reason: 'the connection asked for a shard that does not exist (gateway close 4010)',
    fix: 'remove any shard settings you added, or check the shard count your process manager passes',
  },
  [GatewayCloseCodes.ShardingRequired]: {
    reason: 'the bot is in too many servers for one connection (gateway close 4011)',
    fix: 'run it with sharding (discord.js ShardingManager; see "Deploying" in README.md)',
  },
  [GatewayCloseCodes.InvalidAPIVersion]: {
    reason: 'Discord no longer accepts the gateway version this discord.js speaks (gateway close 4012)',
    fix: 'update discord.js (npm update discord.js), rebuild and start again',
  },
  [GatewayCloseCodes.InvalidIntents]: {
    reason: 'the bot asked for an invalid set of gateway intents (gateway close 4013)',
    fix: 'this is a fault in the bot itself: report it to its maintainers with this log line',
  },
  [GatewayCloseCodes.DisallowedIntents]: {
    reason: 'the bot asked for a privileged gateway intent its application is not allowed (gateway close 4014)',
    fix: `this bot needs no privileged intent; if you changed its code to ask for one, turn that intent on at ${PORTAL} -> your application -> Bot -> Privileged Gateway Intents, or remove it from the code`,
  },
};

/** The error to stop with for this close code, or undefined when discord.js will reconnect. */
export function fatalClose(code: number): PlatformError | undefined {
  const known = FATAL[code];
  return known ? new PlatformError('Discord', known.reason, known.fix, code) : undefined;
}
