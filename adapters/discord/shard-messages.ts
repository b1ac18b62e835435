// What a shard process tells its launcher besides discord.js's own messages (ready, disconnect):
// that Discord closed it for good (a reset token, 4004). The launcher then stops every shard and
// exits non-zero with this message, instead of respawning a shard Discord will refuse again.
import type { PlatformError } from '../../src/index.js';

/** Sent over the shard's IPC channel (discord.js ShardClientUtil.send) before the shard stops. */
export interface ShardFatalMessage {
  advisorFatal: { message: string; code?: number };
}

export function shardFatalMessage(error: PlatformError): ShardFatalMessage {
  return { advisorFatal: { message: error.message, code: error.code } };
}

export function isShardFatalMessage(message: unknown): message is ShardFatalMessage {
  return typeof (message as ShardFatalMessage | undefined)?.advisorFatal?.message === 'string';
}
