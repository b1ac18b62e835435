// Socket Mode, the default for a small organisation: no public URL, Slack pushes envelopes down
// a WebSocket the app opens. Smoke test against a loopback socket: hello, one envelope, the ack,
// and the answer posted through the Web API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildCore, createMemoryLogger, type Core } from '../../../src/index.js';
import { createSlackApp, type SlackAppHandle } from '../../../adapters/slack/app.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { startFakeSlackSocket, type FakeSlackSocket } from '../../helpers/fake-slack-socket.js';

describe('Slack adapter in Socket Mode', () => {
  let socket: FakeSlackSocket;
  let fake: FakeSlackApi;
  let core: Core;
  let slack: SlackAppHandle;
  let dir: string;

  beforeAll(async () => {
    socket = await startFakeSlackSocket();
    fake = await startFakeSlackApi({ socketUrl: () => socket.url });
    dir = mkdtempSync(join(tmpdir(), 'slack-socket-'));
    core = await buildCore({
      logger: createMemoryLogger(),
      env: {
        ADVISOR_KNOWLEDGE_DIR: resolve('knowledge'),
        ADVISOR_DATA_FILE: join(dir, 'advisor.json'),
        ADVISOR_WATCH_KNOWLEDGE: 'false',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-test-token',
        SLACK_API_URL: fake.apiUrl,
      },
    });
    slack = createSlackApp(core, core.config.slack!, { webApiRetries: 0 });
  });

  afterAll(async () => {
    await slack.stop();
    await socket.close();
    await fake.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given an app-level token, it connects over the WebSocket, acks an envelope and answers it', async () => {
    const { mode } = await slack.start();
    expect(mode).toBe('socket');
    // The connection was opened with the app-level token, not the bot token.
    expect(fake.callsTo('apps.connections.open')[0]?.authorization).toBe('Bearer xapp-test-token');
    await socket.connected();

    const ack = await socket.deliver({
      envelope_id: 'env-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        type: 'event_callback',
        team_id: 'T0001',
        api_app_id: 'A0001',
        event_id: 'EvSocket1',
        event_time: 1712000000,
        event: { type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts: '1712000000.000100', event_ts: '1712000000.000100', text: `<@${fake.botUserId}> how long does an ACV listing last?` },
      },
    });
    expect(ack.envelope_id).toBe('env-1');

    const post = await fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === '1712000000.000100'));
    expect(post.authorization).toBe('Bearer xoxb-test-token');
    expect(String(post.args.text)).toMatch(/five years/i);
  });
});
