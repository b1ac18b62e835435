// Runs the Discord shards as child processes with discord.js's ShardingManager (one process per
// shard, each the ordinary `run.mjs start` with SHARDS and SHARD_COUNT set, which the discord.js
// Client reads). The manager's own respawn is off so this file decides: a shard that dies after
// it connected is started again; one that dies before connecting, or that reports a close Discord
// will not recover from (4004: the token was reset), stops every shard and the launcher exits
// non-zero, since starting it again would only fail again in a loop.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from './deps.js';
import { isShardFatalMessage } from './shard-messages.js';

/**
 * Discord starts one session per 5 s for most bots; discord.js's ShardingManager spaces shards
 * 5.5 s apart for the same reason.
 * https://discord.com/developers/docs/events/gateway#session-start-limit-object
 */
const IDENTIFY_SPACING_MS = 5_500;

export interface ShardPlan {
  /** The script each shard runs (adapters/run.mjs) and its arguments (['start']). */
  file: string;
  args: string[];
  count: number;
  token: string;
  /** Settings for one shard on top of the launcher's environment. */
  settingsFor(shardId: number): Record<string, string>;
  logger: Logger;
}

export interface ShardSupervisor {
  /** Resolves true once every shard has connected, false when stopping came first. */
  started: Promise<boolean>;
  /** Resolves with the launcher's exit code once every shard has stopped. */
  finished: Promise<number>;
  /** Stops every shard (SIGTERM, so each finishes its answers in flight); asked again, kills them at once. */
  stop(reason: string, exitCode: number): void;
}

export function superviseShards(plan: ShardPlan): ShardSupervisor {
  const { logger, count } = plan;
  const manager = new ShardingManager(plan.file, { totalShards: count, shardArgs: plan.args, token: plan.token, respawn: false, execArgv: [] });
  const children = new Map<number, ChildProcess>();
  let halt!: () => void;
  const halted = new Promise<false>((resolve) => (halt = () => resolve(false)));
  let stopping: Promise<number> | undefined;

  const stop = (reason: string, exitCode: number, spare?: number) => {
    stopping ??= (async () => {
      halt();
      logger.info(`${reason}: stopping ${children.size} Discord shard(s)`);
      // The shard that reported a fatal close is already stopping itself; a signal would cut that short.
      await Promise.all([...children].map(([id, child]) => stopChild(child, id === spare)));
      return exitCode;
    })();
  };

  const watch = (shard: Shard) => {
    let connected = false;
    // Process mode (the manager's default) forks a ChildProcess, never a worker thread.
    shard.on('spawn', (spawned) => {
      const child = spawned as ChildProcess;
      children.set(shard.id, child);
      connected = false;
      logger.info(`Discord shard ${shard.id} started`, { shardId: shard.id, pid: child.pid });
    });
    shard.on('ready', () => {
      connected = true;
      logger.info(`Discord shard ${shard.id} of ${count} connected`, { shardId: shard.id });
    });
    shard.on('message', (message: unknown) => {
      if (!isShardFatalMessage(message)) return;
      logger.error(`Discord shard ${shard.id} cannot continue: ${message.advisorFatal.message}`, { shardId: shard.id, code: message.advisorFatal.code });
      stop(`Discord shard ${shard.id} cannot continue`, 1, shard.id);
    });
    shard.on('death', (died) => {
      const child = died as ChildProcess;
      children.delete(shard.id);
      if (stopping) return;
      const exit = { shardId: shard.id, exitCode: child.exitCode, signal: child.signalCode };
      if (!connected) {
        logger.error(`Discord shard ${shard.id} stopped before it connected (see its messages above); starting it again would fail the same way`, exit);
        return stop(`Discord shard ${shard.id} could not start`, 1);
      }
      logger.warn(`Discord shard ${shard.id} stopped unexpectedly; starting it again`, exit);
      // After 'death' the manager clears the shard's process, so a new one can be spawned.
      setImmediate(() => void respawn(shard));
    });
  };

  const respawn = async (shard: Shard) => {
    if (stopping) return;
    try {
      await shard.spawn(-1); // -1: return once forked; 'ready' and 'death' above follow it
    } catch (error) {
      logger.error(`Discord shard ${shard.id} could not be started again`, { shardId: shard.id, error: String(error) });
      stop(`Discord shard ${shard.id} could not be started again`, 1);
    }
  };

  const started = (async () => {
    for (let id = 0; id < count; id++) {
      if (stopping) return false;
      const shard = manager.createShard(id);
      Object.assign(shard.env as Record<string, string>, plan.settingsFor(id));
      watch(shard);
      const ready = new Promise<true>((resolve) => shard.once('ready', () => resolve(true)));
      await respawn(shard);
      const spacing = id < count - 1 ? sleep(IDENTIFY_SPACING_MS, true, { ref: false }) : Promise.resolve(true);
      if (!(await Promise.race([Promise.all([ready, spacing]).then(() => true), halted]))) return false;
    }
    return !stopping;
  })();

  return {
    started,
    // halt() runs inside stop(), so by the time this reads `stopping` it is set.
    finished: halted.then(() => stopping!),
    stop(reason, exitCode) {
      if (!stopping) return stop(reason, exitCode);
      logger.warn(`${reason} again: killing the shards now`);
      for (const child of children.values()) child.kill('SIGKILL');
    },
  };
}

async function stopChild(child: ChildProcess, alreadyStopping: boolean) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  if (!alreadyStopping) child.kill('SIGTERM');
  await exited;
}
