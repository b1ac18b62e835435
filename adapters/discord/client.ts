// The Discord connection: builds the discord.js Client, wires events to the handlers, and keeps
// running through what Discord throws at a long-lived bot. Rate limits (429 + retry-after) and
// gateway reconnects/resumes are handled inside discord.js; this file only makes sure none of
// them reaches an unhandled 'error' event or rejection, and falls back when the privileged
// Message Content intent is refused.
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import { errorContext } from './deps.js';
import type { DiscordConfig, DiscordCore } from './deps.js';
import { MESSAGE_CONTENT_HINT } from './messages.js';
import { onInteraction } from './on-interaction.js';
import { onMessage } from './on-message.js';

/** A running (or startable) Discord bot. */
export interface DiscordBot {
  /** Connects and resolves once the gateway is ready; rejects on a bad token or unreachable API. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The current discord.js Client (replaced if the bot restarts without Message Content). */
  readonly client: Client;
}

// Message Content is privileged: https://discord.com/developers/docs/topics/gateway#privileged-intents
const BASE_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export function createDiscordBot(core: DiscordCore, config: DiscordConfig): DiscordBot {
  const { logger } = core;
  let client = buildClient(true);
  let started = false;
  let stopping = false;
  let intentsRefused = false;

  function buildClient(withMessageContent: boolean): Client {
    const next = new Client({
      intents: withMessageContent ? [...BASE_INTENTS, GatewayIntentBits.MessageContent] : BASE_INTENTS,
      // DM channels are not cached before their first message; without this, DMs are dropped.
      partials: [Partials.Channel],
      // Defaults for anything sent; every send also sets them explicitly.
      allowedMentions: { parse: [], repliedUser: false },
      // Still answer if the question was deleted meanwhile, instead of failing the reply.
      failIfNotExists: false,
      rest: config.apiUrl ? { api: config.apiUrl } : {},
    });
    wire(next);
    return next;
  }

  function wire(target: Client): void {
    target.on(Events.InteractionCreate, (interaction) => void onInteraction(core, interaction));
    target.on(Events.MessageCreate, (message) => void onMessage(core, message));
    target.on(Events.ClientReady, (ready) =>
      logger.info('Discord connected', { user: ready.user.tag, guilds: ready.guilds.cache.size }),
    );
    // An 'error' event with no listener would crash the process; log instead.
    target.on(Events.Error, (error) => logger.error('Discord client error', errorContext(error)));
    target.on(Events.Warn, (message) => logger.warn(`Discord: ${message}`));
    // discord.js's own trace (connects, resumes, rate-limit buckets), for LOG_LEVEL=debug; heartbeats are noise.
    target.on(Events.Debug, (message) => {
      if (!/heartbeat/i.test(message)) logger.debug(`discord.js: ${message}`);
    });
    target.on(Events.ShardError, (error, shardId) => {
      if (!isDisallowedIntents(error)) logger.warn('Discord gateway connection error', { shardId, ...errorContext(error) });
    });
    target.on(Events.ShardReconnecting, (shardId) => logger.info('Discord gateway reconnecting', { shardId }));
    target.on(Events.ShardResume, (shardId, replayed) => logger.info('Discord gateway resumed', { shardId, replayed }));
    target.on(Events.ShardDisconnect, (event, shardId) => {
      if (stopping) return;
      if (event.code !== GatewayCloseCodes.DisallowedIntents) {
        logger.error('Discord gateway closed and will not reconnect by itself', { shardId, code: event.code });
        return;
      }
      // Message Content refused: start() falls back at once; later on (the intent was switched
      // off while running) restart here. Either way MESSAGE_CONTENT_HINT is the one line logged.
      intentsRefused = true;
      if (started && target === client) void restartWithoutMessageContent();
    });
    target.rest.on(RESTEvents.RateLimited, (info) =>
      logger.warn('Discord rate limit hit; waiting before retrying', { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global }),
    );
  }

  async function connect(target: Client): Promise<void> {
    const ready = new Promise<void>((resolve) => target.once(Events.ClientReady, () => resolve()));
    await target.login(config.token); // login() destroys the client itself if it fails
    await ready;
  }

  async function restartWithoutMessageContent(): Promise<void> {
    logger.warn(MESSAGE_CONTENT_HINT, { applicationId: config.applicationId });
    await client.destroy().catch(() => undefined);
    client = buildClient(false);
    try {
      await connect(client);
    } catch (error) {
      logger.error('Discord: could not reconnect without the Message Content intent', errorContext(error));
    }
  }

  return {
    get client() {
      return client;
    },
    async start() {
      stopping = false;
      try {
        await connect(client);
      } catch (error) {
        if (!intentsRefused && !isDisallowedIntents(error)) throw error;
        logger.warn(MESSAGE_CONTENT_HINT, { applicationId: config.applicationId });
        client = buildClient(false);
        await connect(client);
      }
      started = true;
    },
    async stop() {
      stopping = true;
      started = false;
      await client.destroy();
    },
  };
}

/** The gateway closed with 4014: the app asked for a privileged intent it is not allowed. */
function isDisallowedIntents(error: unknown): boolean {
  return error instanceof Error && /disallowed intents/i.test(error.message);
}
