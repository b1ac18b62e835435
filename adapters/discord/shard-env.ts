// The settings each shard process gets on top of the launcher's environment. Shards run Discord
// only: the Slack settings are blanked (an empty value also wins over ./.env, which the shard
// reads again), because Slack in every shard would fight over PORT and answer each Slack event
// once per shard. Each shard serves its own health check on HEALTH_PORT + its shard id, so no two
// processes fight over one port and each report still covers that shard's knowledge, store and
// Discord connection.

/** Settings that switch Slack on or steer it. */
const SLACK_SETTING = /^SLACK_/;

export interface ShardSettings {
  /** Set on top of the inherited environment. */
  overrides: Record<string, string>;
  /** The Slack settings that were set and are blanked, for the launcher's log. */
  blanked: string[];
  /** The shard's health port, when HEALTH_PORT names one (0 asks the system for a free port). */
  healthPort?: number;
}

export function shardSettings(base: NodeJS.ProcessEnv, shardId: number): ShardSettings {
  const overrides: Record<string, string> = {};
  const blanked: string[] = [];
  for (const [name, value] of Object.entries(base)) {
    if (!SLACK_SETTING.test(name)) continue;
    if (value?.trim()) blanked.push(name);
    overrides[name] = '';
  }
  const health = base.HEALTH_PORT?.trim();
  if (!health || !(Number(health) > 0)) return { overrides, blanked };
  const healthPort = Number(health) + shardId;
  overrides.HEALTH_PORT = String(healthPort);
  return { overrides, blanked, healthPort };
}
