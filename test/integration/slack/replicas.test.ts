// Slack HTTP mode behind a load balancer: two replicas (two real Bolt apps, each on its own core)
// sharing one PostgreSQL database. Slack's retry of an event can reach the other replica; the
// claim in the shared store makes exactly one of them answer.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSlackApp, type SlackAppHandle } from '../../../adapters/slack/app.js';
import { buildCore, createMemoryLogger, type Core } from '../../../src/index.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { startPostgres, type PostgresServer } from '../../helpers/postgres-server.js';
import { eventEnvelope, nextTs, postSigned } from '../../helpers/slack-signed-requests.js';

const SECRET = 'replica-signing-secret';
const RETRY = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };

interface Replica {
  core: Core;
  slack: SlackAppHandle;
  logger: ReturnType<typeof createMemoryLogger>;
  url: string;
}

let server: PostgresServer;
let fake: FakeSlackApi;
const replicas: Replica[] = [];
const dir = mkdtempSync(join(tmpdir(), 'slack-replicas-'));

async function startReplica(databaseUrl: string): Promise<Replica> {
  const logger = createMemoryLogger();
  const core = await buildCore({
    logger,
    env: {
      ADVISOR_KNOWLEDGE_DIR: resolve('knowledge'),
      ADVISOR_DATABASE_URL: databaseUrl,
      ADVISOR_DATA_FILE: join(dir, 'unused-with-a-database.json'),
      ADVISOR_HASH_SALT: 'replicas-salt-0123456789',
      ADVISOR_WATCH_KNOWLEDGE: 'false',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
    },
  });
  // A generous bound for the claim: on a loaded test machine the 500 ms default could pass, and
  // then both replicas would answer by design (the store-too-slow case has its own unit test).
  const slack = createSlackApp(core, { ...core.config.slack!, port: 0 }, { host: '127.0.0.1', webApiRetries: 0, claimTimeoutMs: 20_000 });
  const { port } = await slack.start();
  return { core, slack, logger, url: `http://127.0.0.1:${port}/slack/events` };
}

beforeAll(async () => {
  server = await startPostgres();
  fake = await startFakeSlackApi();
  const url = await server.createDatabase('slack_replicas');
  replicas.push(await startReplica(url), await startReplica(url));
}, 90_000);
afterAll(async () => {
  for (const r of replicas) {
    await r.slack.stop();
    await r.core.close();
  }
  await fake?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const mention = () => ({ type: 'app_mention', user: 'UASKER001', channel: 'CGENERAL1', ts: nextTs(), text: `<@${fake.botUserId}> how long does an ACV listing last?` });
const answersIn = (ts: unknown) => fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts);
// Matched by the lines logged since the test began, not by the event id: the log redacts long
// digit runs that pass the card-number check, and a timestamp-made id sometimes does.
const mark = () => replicas.map((r) => r.logger.lines.length);
const declined = (r: Replica, since: number[]) => r.logger.lines.slice(since[replicas.indexOf(r)]).some((l) => l.includes('another replica has already taken'));

describe('two Slack replicas on one PostgreSQL store', () => {
  it('given one event delivered to one replica and its retry to the other, exactly one answer is posted', async () => {
    const event = mention();
    const since = mark();
    const { body, eventId } = eventEnvelope({ event_ts: event.ts, ...event });
    expect((await postSigned({ url: replicas[0]!.url, secret: SECRET, body, contentType: 'application/json' })).status).toBe(200);
    await fake.waitFor(() => answersIn(event.ts).length === 1);
    const retry = eventEnvelope({ event_ts: event.ts, ...event }, eventId).body;
    expect((await postSigned({ url: replicas[1]!.url, secret: SECRET, body: retry, contentType: 'application/json', headers: RETRY })).status).toBe(200);

    await fake.waitFor(() => declined(replicas[1]!, since));
    expect(answersIn(event.ts)).toHaveLength(1);
    expect(String(answersIn(event.ts)[0]!.args.text)).toMatch(/five years/i);
  }, 60_000);

  it('given the same event reaching both replicas at once, exactly one of them answers', async () => {
    const event = mention();
    const since = mark();
    const { body, eventId } = eventEnvelope({ event_ts: event.ts, ...event });
    const retry = eventEnvelope({ event_ts: event.ts, ...event }, eventId).body;
    await Promise.all([
      postSigned({ url: replicas[0]!.url, secret: SECRET, body, contentType: 'application/json' }),
      postSigned({ url: replicas[1]!.url, secret: SECRET, body: retry, contentType: 'application/json', headers: RETRY }),
    ]);

    await fake.waitFor(() => answersIn(event.ts).length >= 1 && replicas.some((r) => declined(r, since)));
    expect(replicas.filter((r) => declined(r, since))).toHaveLength(1);
    expect(answersIn(event.ts)).toHaveLength(1);
  }, 60_000);
});
