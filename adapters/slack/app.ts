// Wires the pure pieces to Bolt. Socket Mode when an app-level token is set (no public URL: the
// easy choice for a small organisation); otherwise HTTP mode on PORT at /slack/events, where
// Bolt verifies each request's signature and rejects forged or stale ones.
// https://docs.slack.dev/tools/bolt-js/concepts/socket-mode
import type { AddressInfo } from 'node:net';
import { App, type AppOptions, type CustomRoute } from '@slack/bolt';
import type { Advisor, AppConfig, Logger, Store } from '../../src/index.js';
import { ConnectionTracker, type PlatformStatus } from '../service/platform-status.js';
import { boltLogger } from './bolt-logger.js';
import { EVENT_MEMORY_MS, RecentKeys } from './dedupe.js';
import type { SlackDeps } from './deps.js';
import { registerActionListeners } from './listeners/actions.js';
import { registerCommandListeners } from './listeners/commands.js';
import { registerHomeListener } from './listeners/home.js';
import { registerMessageListeners } from './listeners/messages.js';
import { sharedClaim } from './shared-claim.js';

export type SlackConfig = NonNullable<AppConfig['slack']>;

/** The parts of the core the adapter uses (the whole core fits). */
export interface SlackCore {
  advisor: Advisor;
  logger: Logger;
  /** The store shared with other replicas: a retried event is answered by one of them only. */
  store?: Pick<Store, 'claimOnce'>;
}

export interface SlackAppOptions {
  /** Interface to listen on in HTTP mode; all of them unless set. */
  host?: string;
  /**
   * How often the Web API client retries a failed call. Bolt's default (ten tries over about
   * thirty minutes) suits production; tests want failures at once.
   */
  webApiRetries?: number;
  /** Extra routes on Bolt's own server in HTTP mode (the health check). */
  customRoutes?: CustomRoute[];
  /** How long an event waits for the shared store's claim before it is answered anyway (default CLAIM_TIMEOUT_MS). */
  claimTimeoutMs?: number;
  /** Wraps each request's handling, so shutdown can wait for answers in flight. */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
}

export interface SlackAppHandle {
  app: App;
  /** Starts listening (HTTP) or connects (Socket Mode); resolves once ready. */
  start(): Promise<{ mode: 'socket' | 'http'; port?: number }>;
  stop(): Promise<void>;
  /** The connection's state, for the health check. */
  status(): PlatformStatus;
}

export function createSlackApp(core: SlackCore, config: SlackConfig, options: SlackAppOptions = {}): SlackAppHandle {
  const socketMode = Boolean(config.appToken);
  const clientOptions: NonNullable<AppOptions['clientOptions']> = {
    // The Web API client joins method names onto this base, so it must end with a slash.
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.replace(/\/*$/, '/') } : {}),
    ...(options.webApiRetries !== undefined ? { retryConfig: { retries: options.webApiRetries } } : {}),
  };
  const app = new App({
    token: config.botToken,
    logger: boltLogger(core.logger),
    clientOptions,
    // In Socket Mode, Bolt hands the same clientOptions to the client that opens the WebSocket.
    ...(socketMode
      ? { socketMode: true, appToken: config.appToken }
      : { signingSecret: config.signingSecret, port: config.port, ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}) }),
  });
  const connection = new ConnectionTracker(socketMode ? 'socket' : 'http');
  if (socketMode) watchSocket(app, connection);

  const deps: SlackDeps = { advisor: core.advisor, logger: core.logger, recent: new RecentKeys() };

  // Everything a listener does for one request, answer included, counts as one answer in flight.
  if (options.track) {
    const track = options.track;
    app.use(({ next }) => track(next));
  }
  // Slack redelivers events it believes were missed (x-slack-retry-num); answer each event_id
  // once: first the cheap in-process memory, then a claim in the store other replicas share.
  const claim = core.store ? sharedClaim(core.store, core.logger, EVENT_MEMORY_MS, options.claimTimeoutMs) : undefined;
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      const repeat = { eventId, retryNum: context.retryNum, retryReason: context.retryReason };
      if (!deps.recent.firstSeen(`event:${eventId}`)) {
        core.logger.info('slack: ignoring a repeated delivery', repeat);
        return;
      }
      if (claim && !(await claim(`slack-event:${eventId}`))) {
        core.logger.info('slack: ignoring a delivery another replica has already taken', repeat);
        return;
      }
    }
    await next();
  });
  registerMessageListeners(app, deps);
  registerCommandListeners(app, deps);
  registerActionListeners(app, deps);
  registerHomeListener(app, deps);
  // Anything a listener did not handle itself ends here, logged, instead of vanishing.
  app.error(async (error) => {
    core.logger.error('slack: unhandled error', { code: (error as { code?: string }).code, error });
  });

  return {
    app,
    async start() {
      if (socketMode) {
        await app.start();
        connection.set('connected');
        core.logger.info('slack: connected in Socket Mode');
        return { mode: 'socket' };
      }
      const server = await app.start({ port: config.port, host: options.host });
      const port = (server.address() as AddressInfo | null)?.port ?? config.port;
      connection.set('connected');
      core.logger.info('slack: listening for events over HTTP', { port, path: '/slack/events' });
      return { mode: 'http', port };
    },
    async stop() {
      connection.set('down', 'stopped');
      await app.stop();
    },
    status: () => connection.status,
  };
}

/** Socket Mode's client reports its WebSocket's ups and downs; Bolt keeps it behind `receiver`. */
function watchSocket(app: App, connection: ConnectionTracker) {
  const client = (app as unknown as { receiver?: { client?: { on(event: string, listener: () => void): void } } }).receiver?.client;
  client?.on('connected', () => connection.set('connected'));
  client?.on('reconnecting', () => connection.set('reconnecting'));
  client?.on('disconnected', () => connection.set('down', 'Socket Mode disconnected'));
}
