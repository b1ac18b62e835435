// Runs the real Slack adapter in HTTP mode, on the real core and the shipped knowledge, against
// the loopback fake of Slack's Web API. Everything listens on 127.0.0.1 and is closed by close().
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCore, createMemoryLogger, type Advisor, type Core } from '../../src/index.js';
import { createSlackApp, type SlackAppHandle } from '../../adapters/slack/app.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { commandForm, eventEnvelope, interactionForm, nextTs, postSigned } from './slack-signed-requests.js';

export const SIGNING_SECRET = 'test-signing-secret';

export interface SlackHarness {
  fake: FakeSlackApi;
  core: Core;
  slack: SlackAppHandle;
  logger: ReturnType<typeof createMemoryLogger>;
  eventsUrl: string;
  dataFile: string;
  /** Posts a signed event; returns the HTTP status and the event id used. */
  postEvent(event: Record<string, unknown>, options?: { eventId?: string; headers?: Record<string, string> }): Promise<{ status: number; eventId: string }>;
  /** Posts a signed slash command; returns the status and the response_url id it was given. */
  postCommand(command: string, text: string, options?: { userId?: string; channelId?: string; teamId?: string }): Promise<{ status: number; responseId: string }>;
  /** Posts a signed block_actions payload. */
  postAction(payload: Record<string, unknown>): Promise<{ status: number }>;
  /** The data file as it is on disk now. */
  readDataFile(): Record<string, unknown>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Lets a test put something between the adapter and the real advisor (to make it fail, say). */
  wrapAdvisor?: (advisor: Advisor) => Advisor;
  /** Extra settings for the core, e.g. ADVISOR_STAFF; they override the harness's own. */
  env?: Record<string, string>;
}

export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = await startFakeSlackApi();
  const dir = mkdtempSync(join(tmpdir(), 'slack-adapter-'));
  const dataFile = join(dir, 'advisor.json');
  const logger = createMemoryLogger();
  const core = await buildCore({
    logger,
    env: {
      ADVISOR_KNOWLEDGE_DIR: resolve('knowledge'),
      ADVISOR_DATA_FILE: dataFile,
      ADVISOR_WATCH_KNOWLEDGE: 'false',
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '3000',
      // Tests send many questions from one member in a few seconds; the rate-limit tests set their own.
      ADVISOR_QUESTIONS_PER_MINUTE: '100000',
      ADVISOR_VOTES_PER_MINUTE: '100000',
      ...options.env,
    },
  });
  if (!core.config.slack) throw new Error('the core did not read the Slack settings');
  const advisor = options.wrapAdvisor ? options.wrapAdvisor(core.advisor) : core.advisor;
  const slack = createSlackApp({ advisor, logger }, { ...core.config.slack, port: 0 }, { host: '127.0.0.1', webApiRetries: 0 });
  const { port } = await slack.start();
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  let responses = 0;

  return {
    fake,
    core,
    slack,
    logger,
    eventsUrl,
    dataFile,
    async postEvent(event, opts = {}) {
      const { body, eventId } = eventEnvelope({ event_ts: event.ts ?? nextTs(), ...event }, opts.eventId);
      const res = await postSigned({ url: eventsUrl, secret: SIGNING_SECRET, body, contentType: 'application/json', headers: opts.headers });
      return { status: res.status, eventId };
    },
    async postCommand(command, text, opts = {}) {
      const responseId = `cmd${++responses}`;
      const body = commandForm({
        command,
        text,
        user_id: opts.userId ?? 'UASKER01',
        channel_id: opts.channelId ?? 'CGENERAL1',
        response_url: fake.responseUrl(responseId),
        ...(opts.teamId ? { team_id: opts.teamId } : {}),
      });
      const res = await postSigned({ url: eventsUrl, secret: SIGNING_SECRET, body, contentType: 'application/x-www-form-urlencoded' });
      return { status: res.status, responseId };
    },
    async postAction(payload) {
      const res = await postSigned({ url: eventsUrl, secret: SIGNING_SECRET, body: interactionForm(payload), contentType: 'application/x-www-form-urlencoded' });
      return { status: res.status };
    },
    readDataFile: () => JSON.parse(readFileSync(dataFile, 'utf8')) as Record<string, unknown>,
    async close() {
      await slack.stop();
      await core.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
