// The Slack manifest subscribes to what the adapter listens for and asks for no scope the code
// does not use: each scope is tied to the code that needs it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const SLACK_DIR = fileURLToPath(new URL('../../../adapters/slack', import.meta.url));
const manifest = parse(readFileSync(join(SLACK_DIR, 'manifest.yaml'), 'utf8')) as {
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] } };
};
const code = (function read(dir: string): string {
  return readdirSync(dir).map((name) => join(dir, name)).map((p) => (statSync(p).isDirectory() ? read(p) : p.endsWith('.ts') ? readFileSync(p, 'utf8') : '')).join('\n');
})(SLACK_DIR);
const events = manifest.settings.event_subscriptions.bot_events;

/** Why each scope is needed: the event or API call it allows, and the code that relies on it. */
const NEEDED_BY: Record<string, { event?: string; code: RegExp }> = {
  'app_mentions:read': { event: 'app_mention', code: /app\.event\('app_mention'/ },
  'channels:history': { event: 'message.channels', code: /isThreadFollowUp/ },
  'groups:history': { event: 'message.groups', code: /isThreadFollowUp/ },
  'im:history': { event: 'message.im', code: /channel_type === 'im'/ },
  'chat:write': { code: /chat\.postMessage/ },
  commands: { code: /app\.command\('\/rights'/ },
  // The calendar of computed deadlines, uploaded after the answer; a private answer's goes to the asker's direct messages.
  'files:write': { code: /filesUploadV2/ },
  'im:write': { code: /conversations\.open/ },
};

describe('the Slack manifest', () => {
  it('subscribes to thread replies in public and private channels, direct messages, mentions and the Home tab', () => {
    expect([...events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im']);
  });

  it('asks for each scope only because code uses what it allows', () => {
    for (const scope of manifest.oauth_config.scopes.bot) {
      const need = NEEDED_BY[scope];
      expect({ scope, known: Boolean(need) }).toEqual({ scope, known: true });
      if (need.event) expect(events).toContain(need.event);
      expect({ scope, used: need.code.test(code) }).toEqual({ scope, used: true });
    }
  });

  it('asks for every scope the events it subscribes to need', () => {
    const needs = Object.entries(NEEDED_BY).filter(([, n]) => n.event && events.includes(n.event)).map(([scope]) => scope);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(needs));
  });
});
