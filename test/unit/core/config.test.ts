import { describe, it, expect } from '@jest/globals';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/index.js';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig defaults', () => {
  const config = loadConfig({});

  it('given no settings, it reads the shipped knowledge folder and data/advisor.json', () => {
    expect(config.knowledgeDir).toBe(resolve('knowledge'));
    expect(config.dataFile).toBe(resolve('data/advisor.json'));
  });

  it('given no settings, no platform is configured, so the terminal chat runs', () => {
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
  });

  it('given no settings, there are no staff, retention is 90 days, logs are at info and knowledge is watched', () => {
    expect(config.staff).toEqual([]);
    expect(config.retentionDays).toBe(90);
    expect(config.logLevel).toBe('info');
    expect(config.watchKnowledge).toBe(true);
  });

  it('given no ADVISOR_HASH_SALT, it sets no salt (the store generates a random one and keeps it with the data), never a shared default', () => {
    expect(config.hashSalt).toBeUndefined();
  });

  it('given a short ADVISOR_HASH_SALT, it refuses it and says how to make a good one', () => {
    expect(() => loadConfig({ ADVISOR_HASH_SALT: 'salt' })).toThrow(expect.objectContaining({ variable: 'ADVISOR_HASH_SALT', message: expect.stringContaining('openssl rand') }));
    expect(loadConfig({ ADVISOR_HASH_SALT: 'a-long-enough-secret-salt' }).hashSalt).toBe('a-long-enough-secret-salt');
  });

  it('given ADVISOR_DATABASE_URL, it uses PostgreSQL; given something else, it names the variable and the form it takes', () => {
    expect(config.databaseUrl).toBeUndefined();
    expect(loadConfig({ ADVISOR_DATABASE_URL: 'postgres://advisor:secret@db:5432/advisor' }).databaseUrl).toBe('postgres://advisor:secret@db:5432/advisor');
    expect(() => loadConfig({ ADVISOR_DATABASE_URL: 'mysql://db/advisor' })).toThrow(expect.objectContaining({ variable: 'ADVISOR_DATABASE_URL', message: expect.stringContaining('postgres://') }));
  });

  it('given ADVISOR_KNOWLEDGE_DIR and ADVISOR_DATA_FILE, it uses them', () => {
    const c = loadConfig({ ADVISOR_KNOWLEDGE_DIR: 'other/kb', ADVISOR_DATA_FILE: '/tmp/x/advisor.json' });
    expect(c.knowledgeDir).toBe(resolve('other/kb'));
    expect(c.dataFile).toBe('/tmp/x/advisor.json');
  });

  it('given blank values, it treats them as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '  ', ADVISOR_RETENTION_DAYS: '' })).toMatchObject({ slack: undefined, retentionDays: 90 });
  });
});

describe('loadConfig with valid platform settings', () => {
  it('given a Slack bot token and app token, it configures Slack in Socket Mode', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(c.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1' });
  });

  it('given a Discord token and numeric application id, it configures Discord', () => {
    const c = loadConfig({ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(c.discord).toMatchObject({ token: 'abc', applicationId: '123456789012345678' });
  });

  it('given DISCORD_SHARDS as a count or "auto", it reads it; unset means Discord\'s recommendation', () => {
    expect(loadConfig({ DISCORD_TOKEN: 'abc', DISCORD_SHARDS: '4' }).discord?.shards).toBe(4);
    expect(loadConfig({ DISCORD_TOKEN: 'abc', DISCORD_SHARDS: 'auto' }).discord?.shards).toBe('auto');
    expect(loadConfig({ DISCORD_TOKEN: 'abc' }).discord?.shards).toBe('auto');
  });

  it('given staff ids with platform and workspace or server, it reads the list', () => {
    expect(loadConfig({ ADVISOR_STAFF: 'slack:T0123:U1AB, discord:111111:123456, cli:alice' }).staff).toEqual(['slack:T0123:U1AB', 'discord:111111:123456', 'cli:alice']);
  });

  it('given staff roles and the servers where they count, it reads both; DISCORD_GUILD_ID serves when ADVISOR_DISCORD_GUILDS is unset', () => {
    expect(loadConfig({ ADVISOR_STAFF_ROLE: 'Advisor Staff, 1200000000000000030', ADVISOR_DISCORD_GUILDS: '111111, 222222' })).toMatchObject({
      staffRoles: ['Advisor Staff', '1200000000000000030'],
      staffGuilds: ['111111', '222222'],
    });
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_GUILD_ID: '333333', ADVISOR_STAFF_ROLE: 'Advisor Staff' }).staffGuilds).toEqual(['333333']);
  });
});

describe('loadConfig with malformed settings', () => {
  it.each([
    ['SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'not-a-bot-token', SLACK_APP_TOKEN: 'xapp-1' }],
    ['SLACK_BOT_TOKEN', { SLACK_APP_TOKEN: 'xapp-1' }],
    ['SLACK_APP_TOKEN', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong-kind' }],
    ['SLACK_APP_TOKEN', { SLACK_BOT_TOKEN: 'xoxb-1' }],
    ['DISCORD_APPLICATION_ID', { DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: 'my-app' }],
    ['DISCORD_SHARDS', { DISCORD_TOKEN: 'abc', DISCORD_SHARDS: 'two' }],
    ['DISCORD_SHARDS', { DISCORD_TOKEN: 'abc', DISCORD_SHARDS: '0' }],
    ['ADVISOR_STAFF', { ADVISOR_STAFF: 'U0123ABC' }],
    ['ADVISOR_STAFF', { ADVISOR_STAFF: 'slack:T1:U1,teams:T1:U2' }],
    ['ADVISOR_STAFF', { ADVISOR_STAFF: 'slack:U0123ABC' }],
    ['ADVISOR_STAFF', { ADVISOR_STAFF: 'discord:123456789012345678' }],
    ['ADVISOR_DISCORD_GUILDS', { ADVISOR_STAFF_ROLE: 'Advisor Staff' }],
    ['ADVISOR_DISCORD_GUILDS', { ADVISOR_STAFF_ROLE: 'Advisor Staff', ADVISOR_DISCORD_GUILDS: 'our-server' }],
    ['ADVISOR_RETENTION_DAYS', { ADVISOR_RETENTION_DAYS: 'ninety' }],
    ['ADVISOR_RETENTION_DAYS', { ADVISOR_RETENTION_DAYS: '0' }],
    ['ADVISOR_RETENTION_DAYS', { ADVISOR_RETENTION_DAYS: '-5' }],
    ['ADVISOR_RETENTION_DAYS', { ADVISOR_RETENTION_DAYS: '1.5' }],
  ] as [string, NodeJS.ProcessEnv][])('given a bad %s (%j), the ConfigError names it', (variable, env) => {
    const err = configError(env);
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
  });

  it('given a staff entry in the old form without its workspace, the message shows the form that works', () => {
    expect(configError({ ADVISOR_STAFF: 'slack:U0123ABC' }).message).toContain('"slack:<team id>:U0123ABC"');
    expect(configError({ ADVISOR_STAFF: 'discord:123456789012345678' }).message).toContain('"discord:<server id>:123456789012345678"');
  });

  it('given a ConfigError, its message quotes the bad value so it can be found', () => {
    expect(configError({ ADVISOR_RETENTION_DAYS: 'ninety' }).message).toContain('ninety');
  });
});
