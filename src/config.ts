// The one place that reads the environment. Every setting is typed here, and a missing or
// malformed one fails start-up with the variable's name and the fix.
import { resolve } from 'node:path';
import { ConfigError } from './errors.js';
import type { LogLevel } from './log.js';
import type { RateLimitSettings } from './guard/request-limits.js';
import { readStaffSettings, type StaffSettings } from './staff/staff-config.js';
import { serviceConfig, type ServiceConfig } from './service-config.js';

export interface SlackConfig {
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  port: number;
}

export interface DiscordConfig {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
  /** Shard processes `npm run start:shards` runs: a count, or Discord's recommendation (DISCORD_SHARDS). */
  shards?: number | 'auto';
}

export interface AppConfig extends StaffSettings {
  knowledgeDir: string;
  /** The embedded store's file (used when no database is configured). */
  dataFile: string;
  /** postgres://… : share one state between several processes or machines. */
  databaseUrl?: string;
  retentionDays: number;
  watchKnowledge: boolean;
  logLevel: LogLevel;
  /** Questions and votes one person may send a minute (a burst of that many, then that pace). */
  rateLimit: RateLimitSettings;
  /**
   * Secret mixed into id hashes so stored hashes cannot be matched against known ids. When unset,
   * a random one is generated once and kept with the data (beside the file, or in the database).
   */
  hashSalt?: string;
  /** Count terminal questions in statistics and the unanswered queue (off: they are staff trying things). */
  countTerminal: boolean;
  service: ServiceConfig;
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

/** The settings once the store has settled the salt (ADVISOR_HASH_SALT or the one kept with the data). */
export type RunConfig = AppConfig & { hashSalt: string };

const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const logLevel = (get('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}").`);
  }
  return {
    knowledgeDir: resolve(get('ADVISOR_KNOWLEDGE_DIR') ?? 'knowledge'),
    dataFile: resolve(get('ADVISOR_DATA_FILE') ?? 'data/advisor.json'),
    databaseUrl: databaseUrl(get('ADVISOR_DATABASE_URL')),
    ...readStaffSettings(get),
    retentionDays: positiveInt('ADVISOR_RETENTION_DAYS', get('ADVISOR_RETENTION_DAYS'), 90),
    watchKnowledge: get('ADVISOR_WATCH_KNOWLEDGE') !== 'false',
    // Ten a minute is more than anyone types, and stops a script's flood after ten.
    rateLimit: {
      questionsPerMinute: positiveInt('ADVISOR_QUESTIONS_PER_MINUTE', get('ADVISOR_QUESTIONS_PER_MINUTE'), 10),
      votesPerMinute: positiveInt('ADVISOR_VOTES_PER_MINUTE', get('ADVISOR_VOTES_PER_MINUTE'), 10),
    },
    logLevel,
    hashSalt: hashSalt(get('ADVISOR_HASH_SALT')),
    countTerminal: get('ADVISOR_COUNT_TERMINAL') === 'true',
    service: serviceConfig(get, positiveInt),
    slack: slackConfig(get),
    discord: discordConfig(get),
  };
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(name, `${name} must be a whole number above 0 (got "${raw}").`);
  return n;
}

function databaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw new ConfigError('ADVISOR_DATABASE_URL', 'ADVISOR_DATABASE_URL must be a PostgreSQL URL such as postgres://advisor:secret@db.example.org:5432/advisor (leave it unset to use the data file).');
  }
  return raw;
}

function hashSalt(raw: string | undefined): string | undefined {
  if (raw !== undefined && raw.length < 16) {
    throw new ConfigError('ADVISOR_HASH_SALT', 'ADVISOR_HASH_SALT must be at least 16 characters of random text (for example the output of "openssl rand -hex 32"), or unset to have one generated and kept with the data.');
  }
  return raw;
}

function url(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    return raw.replace(/\/+$/, '');
  } catch {
    throw new ConfigError(name, `${name} must be an http(s) URL (got "${raw}").`);
  }
}

function slackConfig(get: (n: string) => string | undefined): SlackConfig | undefined {
  const botToken = get('SLACK_BOT_TOKEN');
  const appToken = get('SLACK_APP_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  if (!botToken) {
    if (appToken || signingSecret) {
      throw new ConfigError('SLACK_BOT_TOKEN', 'SLACK_BOT_TOKEN is missing: copy the "Bot User OAuth Token" (xoxb-...) from your Slack app\'s OAuth & Permissions page into .env.');
    }
    return undefined;
  }
  if (!botToken.startsWith('xoxb-')) {
    throw new ConfigError('SLACK_BOT_TOKEN', 'SLACK_BOT_TOKEN should be the bot token starting "xoxb-" (OAuth & Permissions page of your Slack app).');
  }
  if (appToken && !appToken.startsWith('xapp-')) {
    throw new ConfigError('SLACK_APP_TOKEN', 'SLACK_APP_TOKEN should be the app-level token starting "xapp-" (Basic Information > App-Level Tokens, scope connections:write).');
  }
  if (!appToken && !signingSecret) {
    throw new ConfigError('SLACK_APP_TOKEN', 'Slack needs SLACK_APP_TOKEN (Socket Mode, recommended) or SLACK_SIGNING_SECRET (HTTP mode); neither is set.');
  }
  return { botToken, appToken, signingSecret, apiUrl: url('SLACK_API_URL', get('SLACK_API_URL')), port: positiveInt('PORT', get('PORT'), 3000) };
}

function discordConfig(get: (n: string) => string | undefined): DiscordConfig | undefined {
  const token = get('DISCORD_TOKEN');
  if (!token) return undefined;
  const applicationId = get('DISCORD_APPLICATION_ID');
  const guildId = get('DISCORD_GUILD_ID');
  for (const [name, v] of [['DISCORD_APPLICATION_ID', applicationId], ['DISCORD_GUILD_ID', guildId]] as const) {
    if (v !== undefined && !/^\d{5,25}$/.test(v)) throw new ConfigError(name, `${name} must be a numeric Discord id (got "${v}").`);
  }
  return { token, applicationId, guildId, apiUrl: url('DISCORD_API_URL', get('DISCORD_API_URL')), shards: shardSetting(get('DISCORD_SHARDS')) };
}

function shardSetting(raw: string | undefined): number | 'auto' {
  if (raw === undefined || raw === 'auto') return 'auto';
  const n = Number(raw);
  if (Number.isInteger(n) && n > 0) return n;
  throw new ConfigError('DISCORD_SHARDS', `DISCORD_SHARDS must be a whole number above 0, or "auto" for the count Discord recommends (got "${raw}").`);
}
