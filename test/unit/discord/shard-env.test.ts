// What each shard process is started with: Discord only, and a health port of its own.
import { describe, expect, it } from '@jest/globals';
import { shardSettings } from '../../../adapters/discord/shard-env.js';

describe('shardSettings', () => {
  it('given Slack settings in the launcher, it blanks every one (an empty value also wins over .env) and names those that were set', () => {
    const { overrides, blanked } = shardSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: ' ', DISCORD_TOKEN: 't', PATH: '/bin' }, 1);
    expect(overrides).toEqual({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '' });
    expect(blanked).toEqual(['SLACK_BOT_TOKEN']);
  });

  it('given HEALTH_PORT, shard n serves its health check on HEALTH_PORT + n', () => {
    expect(shardSettings({ HEALTH_PORT: '8080' }, 0)).toMatchObject({ overrides: { HEALTH_PORT: '8080' }, healthPort: 8080 });
    expect(shardSettings({ HEALTH_PORT: '8080' }, 3)).toMatchObject({ overrides: { HEALTH_PORT: '8083' }, healthPort: 8083 });
  });

  it('given no HEALTH_PORT, or 0 (a free port each), it leaves the setting as it is', () => {
    expect(shardSettings({}, 2)).toEqual({ overrides: {}, blanked: [] });
    expect(shardSettings({ HEALTH_PORT: '0' }, 2)).toEqual({ overrides: {}, blanked: [] });
  });
});
