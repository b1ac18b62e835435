// Runs the bot as a service on the configured chat platforms: the health check, answers in
// flight tracked so SIGTERM lets them finish, and a platform that refuses the bot for good
// stopping the whole process with a non-zero exit (a supervisor restarts it or raises the alarm,
// rather than a half-dead bot idling on).
import type { Core, PlatformError } from '../../src/index.js';
import { healthReport } from './health-report.js';
import { HEALTH_PATH, answerHealth, startHealthServer, type HealthServer } from './health-server.js';
import { InFlight } from './in-flight.js';
import { routeProcessWarnings } from './json-warnings.js';
import type { PlatformStatus } from './platform-status.js';
import { storeState } from './store-state.js';

interface RunningPlatform {
  name: string;
  status(): PlatformStatus;
  stop(): Promise<void>;
}

export async function runService(core: Core): Promise<void> {
  const { config, logger } = core;
  const { host, healthPort, shutdownGraceMs } = config.service;
  if (config.service.logFormat === 'json') routeProcessWarnings(logger);
  const inFlight = new InFlight();
  const track = <T>(work: () => Promise<T>) => inFlight.track(work);
  const platforms: RunningPlatform[] = [];
  const startedAt = new Date();
  let stopping = false;
  let health: HealthServer | undefined;
  let started = false;

  const report = () => {
    const { kb, loadedAt, version } = core.knowledge.current;
    return healthReport({
      knowledge: { version, entries: kb.entries.length, loadedAt, problems: core.knowledge.openingProblems.problems.filter((p) => p.severity === 'error').length },
      store: storeState({ recording: () => core.advisor.recording(), backend: core.store.backend, dataFile: config.dataFile }),
      platforms: Object.fromEntries(platforms.map((p) => [p.name, p.status()])),
      stopping,
      inFlight: inFlight.size,
      startedAt,
    });
  };

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason: string, exitCode: number) => {
    shuttingDown ??= (async () => {
      stopping = true;
      if (inFlight.size) logger.info(`${reason}: finishing ${inFlight.size} answer(s) in flight, then stopping`);
      else logger.info(`${reason}: stopping`);
      if (!(await inFlight.drain(shutdownGraceMs))) logger.warn(`stopping with ${inFlight.size} answer(s) still in flight after ${shutdownGraceMs / 1000} s (ADVISOR_SHUTDOWN_GRACE_SECONDS)`);
      await stopAll(core, platforms, health);
      logger.info('stopped');
      process.exitCode = exitCode;
      // Anything an SDK left open must not keep a stopped bot alive.
      setTimeout(() => process.exit(exitCode), 3000).unref();
    })();
    return shuttingDown;
  };
  const onFatal = (error: PlatformError) => void shutdown(`${error.platform} cannot continue`, 1);

  // Listening for signals from the start: a stop asked for while connecting is honoured too.
  let stopRequested: string | undefined;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      // Under the shard launcher the same stop can arrive twice (from the launcher, and from
      // systemd or a terminal signalling the whole process group); the launcher itself kills
      // its shards when asked a second time, so a repeat here does not cut the answers short.
      if (shuttingDown && process.env.SHARDING_MANAGER) return;
      if (shuttingDown) {
        logger.warn(`${signal} again: stopping now`);
        process.exit(1);
      }
      if (!started) {
        stopRequested = signal;
        return;
      }
      void shutdown(`${signal} received`, 0);
    });
  }

  try {
    if (healthPort !== undefined) {
      health = await startHealthServer(report, healthPort, host);
      logger.info(`health check on http://${host ?? 'localhost'}:${health.port}${HEALTH_PATH}`);
    }
    if (config.slack) {
      const { createSlackApp } = await import('../slack/app.js');
      const customRoutes = [{ path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: answerHealth.bind(null, report) }];
      const slack = createSlackApp(core, config.slack, { host, customRoutes, track });
      platforms.push({ name: 'slack', status: slack.status, stop: () => slack.stop() });
      await slack.start();
    }
    if (config.discord) {
      const { createDiscordBot } = await import('../discord/client.js');
      const discord = createDiscordBot(core, config.discord, { onFatal, track });
      platforms.push({ name: 'discord', status: discord.status, stop: () => discord.stop() });
      await discord.start();
    }
  } catch (err) {
    // One platform failing to start (bad token, unreachable API) stops everything: a half-up
    // bot is harder to notice than one that refuses to start with a clear message.
    await stopAll(core, platforms, health);
    throw err;
  }
  started = true;
  if (stopRequested) {
    void shutdown(`${stopRequested} received`, 0);
    return;
  }
  logger.info(`Community Rights Advisor is running on ${platforms.map((p) => (p.name === 'slack' ? `Slack (${p.status().mode === 'socket' ? 'Socket Mode' : `HTTP mode on port ${config.slack!.port}`})` : 'Discord')).join(' and ')}; ${core.knowledge.current.kb.entries.length} entries loaded`);
}

async function stopAll(core: Core, platforms: RunningPlatform[], health?: HealthServer) {
  for (const p of [...platforms].reverse()) {
    try {
      await p.stop();
    } catch (err) {
      core.logger.warn(`${p.name} did not stop cleanly`, { err });
    }
  }
  await core.close();
  await health?.close();
}
