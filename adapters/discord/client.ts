// The Discord connection: builds the discord.js Client, wires events to the handlers, and keeps
// running through what Discord throws at a long-lived bot. Rate limits (429 + retry-after) and
// gateway reconnects/resumes are handled inside discord.js; this file makes sure none of them
// reaches an unhandled 'error' event or rejection, reports the connection's state for the health
// check, and hands a close Discord will not recover from (a reset token) to `onFatal`, so the
// process stops loudly instead of running on with Discord dead.
//
// Shard id and count are left to discord.js: under the shard launcher it reads them from the
// environment the ShardingManager sets (SHARDS, SHARD_COUNT), and alone it runs one shard.
//
// No privileged intent is asked for: mentions of the bot, replies that mention it, DMs and slash
// commands all carry their text without Message Content (the bot answers nothing else).
// https://support-dev.discord.com/hc/en-us/articles/4404772028055
import { Client, Events, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import type { PlatformError } from '../../src/index.js';
import { ConnectionTracker, type PlatformStatus } from '../service/platform-status.js';
import { errorContext } from './deps.js';
import type { DiscordConfig, DiscordCore } from './deps.js';
import { fatalClose } from './fatal-close.js';
import { onInteraction } from './on-interaction.js';
import { onMessage } from './on-message.js';
import { shardFatalMessage } from './shard-messages.js';

/** A running (or startable) Discord bot. */
export interface DiscordBot {
  /** Connects and resolves once the gateway is ready; rejects on a bad token, an unreachable API or a fatal close. */
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly client: Client;
  /** The gateway connection's state, for the health check. */
  status(): PlatformStatus;
}

export interface DiscordBotOptions {
  /** Called once when Discord closes the connection for good after start (default: log only). */
  onFatal?: (error: PlatformError) => void;
  /** Wraps each event's handling, so shutdown can wait for answers in flight. */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
}

export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export function createDiscordBot(core: DiscordCore, config: DiscordConfig, options: DiscordBotOptions = {}): DiscordBot {
  const { logger } = core;
  const track = options.track ?? ((work) => work());
  const connection = new ConnectionTracker();
  let stopping = false;
  let fatal: PlatformError | undefined;
  let failStart: ((error: PlatformError) => void) | undefined;

  const client = new Client({
    intents: INTENTS,
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    // Defaults for anything sent; every send also sets them explicitly.
    allowedMentions: { parse: [], repliedUser: false },
    // Still answer if the question was deleted meanwhile, instead of failing the reply.
    failIfNotExists: false,
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });

  client.on(Events.InteractionCreate, (interaction) => void track(() => onInteraction(core, interaction)));
  client.on(Events.MessageCreate, (message) => void track(() => onMessage(core, message)));
  client.on(Events.ClientReady, (ready) => {
    connection.set('connected');
    logger.info('Discord connected', { user: ready.user.tag, guilds: ready.guilds.cache.size });
  });
  // An 'error' event with no listener would crash the process; log instead.
  client.on(Events.Error, (error) => logger.error('Discord client error', errorContext(error)));
  client.on(Events.Warn, (message) => logger.warn(`Discord: ${message}`));
  // discord.js's own trace (connects, resumes, rate-limit buckets), for LOG_LEVEL=debug; heartbeats are noise.
  client.on(Events.Debug, (message) => {
    if (!/heartbeat/i.test(message)) logger.debug(`discord.js: ${message}`);
  });
  client.on(Events.ShardError, (error, shardId) => logger.warn('Discord gateway connection error', { shardId, ...errorContext(error) }));
  client.on(Events.ShardReconnecting, (shardId) => {
    connection.set('reconnecting');
    logger.info('Discord gateway reconnecting', { shardId });
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    connection.set('connected');
    logger.info('Discord gateway resumed', { shardId, replayed });
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (stopping) return;
    const error = fatalClose(event.code);
    connection.set('down', error?.reason ?? `gateway closed with code ${event.code}`);
    if (!error) {
      logger.error('Discord gateway closed and will not reconnect by itself', { shardId, code: event.code });
      return;
    }
    if (fatal) return;
    fatal = error;
    logger.error(error.message, { shardId, code: event.code });
    // Under the shard launcher (adapters/discord/shards.ts), tell it not to start this shard again.
    client.shard?.send(shardFatalMessage(error)).catch(() => undefined);
    if (failStart) failStart(error);
    else options.onFatal?.(error);
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn('Discord rate limit hit; waiting before retrying', { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global }),
  );

  return {
    client,
    status: () => connection.status,
    async start() {
      stopping = false;
      // Ready, or a fatal close before it (a wrong token is refused at IDENTIFY), whichever comes first.
      const ready = new Promise<void>((resolve, reject) => {
        failStart = reject;
        client.once(Events.ClientReady, () => resolve());
      });
      ready.catch(() => undefined); // awaited below; this only stops an early rejection counting as unhandled
      try {
        await client.login(config.token); // login() destroys the client itself if it fails
        await ready;
      } catch (error) {
        connection.set('down', error instanceof Error ? error.message : String(error));
        await client.destroy().catch(() => undefined);
        // A close Discord explained (4004: the token) says more than discord.js's own error for it.
        throw fatal ?? error;
      } finally {
        failStart = undefined;
      }
    },
    async stop() {
      stopping = true;
      connection.set('down', 'stopped');
      await client.destroy();
    },
  };
}
