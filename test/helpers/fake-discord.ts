// A loopback stand-in for Discord: the REST API (records every request, answers the routes the
// bot uses) and the gateway WebSocket (HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats,
// RESUME, and dispatching events on demand). Listens on 127.0.0.1 only, on a free port.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { BOT, GUILD_ID, APPLICATION_ID, guildCreatePayload, snowflake } from './discord-payloads.js';

/** One request the bot made to the REST API. */
export interface RecordedRequest {
  method: string;
  /** Path as sent, e.g. "/api/v10/webhooks/1/tok/messages/%40original". */
  path: string;
  query: URLSearchParams;
  body: any;
  headers: IncomingMessage['headers'];
  /** Files sent as multipart/form-data (message attachments), with `body` taken from payload_json. */
  files?: { field: string; name: string; contentType: string; content: Buffer }[];
  /** Date.now() when it arrived. */
  at: number;
  /** The status the fake answered with. */
  status: number;
}

interface HoldRule {
  match: (req: RecordedRequest) => boolean;
  released: Promise<void>;
}

interface RateLimitRule {
  match: (req: RecordedRequest) => boolean;
  retryAfterSeconds: number;
}

export interface FakeDiscordOptions {
  /** Close any IDENTIFY asking for one of these intent bits with 4014 (Disallowed intents). */
  refuseIntents?: number;
  /** Close every IDENTIFY with this code (4004 for a token Discord no longer accepts). */
  closeIdentifyWith?: number;
  /** Sent in HELLO; discord.js heartbeats at this interval (with jitter first). */
  heartbeatIntervalMs?: number;
  /** The shard count GET /gateway/bot recommends (default 1). */
  recommendedShards?: number;
  /** More servers the bot is in (GUILD_CREATE payloads), sent after the main one. */
  extraGuilds?: { id: string }[];
}

export interface FakeDiscord {
  /** Pass as DISCORD_API_URL / rest.api. */
  apiUrl: string;
  gatewayUrl: string;
  requests: RecordedRequest[];
  /** Every accepted IDENTIFY, with the [shard id, shard count] it asked for (absent: unsharded). */
  identifies: { token: string; intents: number; shard?: [number, number] }[];
  /** IDENTIFYs closed with 4014 because they asked for a refused intent. */
  refusedIdentifies: { token: string; intents: number }[];
  resumes: { sessionId: string; seq: number }[];
  heartbeats: number;
  /**
   * Holds the answer to the next request matching `match` until release() is called (the request
   * is recorded at once), so a test can act while the bot waits on Discord.
   */
  holdNext(match: (req: RecordedRequest) => boolean): { release(): void };
  /** Answer the next request matching `match` with a 429 carrying this retry-after. */
  rateLimitNext(match: (req: RecordedRequest) => boolean, retryAfterSeconds: number): void;
  /** Resolves with the first request (recorded at or after index `since`) that matches. */
  waitForRequest(match: (req: RecordedRequest) => boolean, options?: { since?: number; timeoutMs?: number }): Promise<RecordedRequest>;
  /** Sends a gateway DISPATCH (op 0) to every identified connection. */
  dispatch(type: string, data: unknown): void;
  /** Sends a gateway DISPATCH only to the connection(s) identified as this shard id. */
  dispatchToShard(shardId: number, type: string, data: unknown): void;
  /** From now on, refuse IDENTIFYs asking for these intent bits (as if the portal setting was switched off). */
  setRefuseIntents(bits: number): void;
  /** Closes every gateway connection with this code (4000 = resumable, as after a network blip). */
  dropConnections(code: number): void;
  /** Resolves once at least `count` sessions have been identified or resumed in total. */
  waitForSessions(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const API = '/api/v10';

async function readMultipart(contentType: string, bytes: Buffer): Promise<Pick<RecordedRequest, 'body' | 'files'>> {
  const form = await new Request('http://127.0.0.1/upload', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(bytes) }).formData();
  const files: NonNullable<RecordedRequest['files']> = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else files.push({ field, name: value.name, contentType: value.type, content: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files };
}

export async function startFakeDiscord(initial: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const options = { ...initial };
  const requests: RecordedRequest[] = [];
  const identifies: FakeDiscord['identifies'] = [];
  const refusedIdentifies: { token: string; intents: number }[] = [];
  const resumes: { sessionId: string; seq: number }[] = [];
  const rateLimits: RateLimitRule[] = [];
  const holds: HoldRule[] = [];
  const waiters = new Set<() => void>();
  const sessions = new Set<WebSocket>();
  const shardOf = new Map<WebSocket, number>();
  let seq = 0;
  let heartbeats = 0;

  const notify = () => waiters.forEach((w) => w());

  const server: Server = createServer((req, res) => {
    void handleRest(req, res);
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/gateway')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => onGatewayConnection(ws));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  async function handleRest(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', base);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw || undefined,
      headers: req.headers,
      at: Date.now(),
      status: 0,
    };
    // Messages with attachments arrive as multipart/form-data: payload_json plus files[n].
    // https://discord.com/developers/docs/reference#uploading-files
    if (req.headers['content-type']?.startsWith('multipart/form-data')) Object.assign(record, await readMultipart(req.headers['content-type'], bytes));
    const limited = rateLimits.findIndex((r) => r.match(record));
    let status: number;
    let payload: unknown;
    const headers: Record<string, string> = {};
    if (limited !== -1) {
      // https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit
      const { retryAfterSeconds } = rateLimits.splice(limited, 1)[0]!;
      status = 429;
      payload = { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false };
      Object.assign(headers, {
        'retry-after': String(retryAfterSeconds),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(retryAfterSeconds),
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': 'user',
      });
    } else {
      [status, payload] = route(record);
    }
    record.status = status;
    requests.push(record);
    notify();
    const held = holds.findIndex((h) => h.match(record));
    if (held !== -1) await holds.splice(held, 1)[0]!.released;
    if (payload === undefined) {
      res.writeHead(status, headers).end();
    } else {
      res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(payload));
    }
  }

  function route(req: RecordedRequest): [number, unknown] {
    const { method, path } = req;
    if (!path.startsWith(API)) return [404, { message: '404: Not Found', code: 0 }];
    const p = path.slice(API.length);
    let m: RegExpMatchArray | null;
    if (method === 'GET' && p === '/gateway/bot') {
      return [200, { url: gatewayUrl, shards: options.recommendedShards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'GET' && p === '/gateway') return [200, { url: gatewayUrl }];
    if (method === 'GET' && p === '/users/@me') return [200, BOT];
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) {
      return req.query.get('with_response') === 'true' ? [200, { interaction: { id: p.split('/')[2], type: 2 } }] : [204, undefined];
    }
    if ((m = p.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/(%40original|@original|\d+)$/))) {
      if (method === 'DELETE') return [204, undefined];
      if (method === 'PATCH' || method === 'GET') return [200, messageFrom(req.body, 'channel-of-interaction', m[1])];
    }
    if (method === 'POST' && (m = p.match(/^\/webhooks\/(\d+)\/([^/]+)$/))) return [200, messageFrom(req.body, 'channel-of-interaction', m[1])];
    if (method === 'POST' && (m = p.match(/^\/channels\/(\d+)\/messages$/))) return [200, messageFrom(req.body, m[1]!)];
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(p)) return [204, undefined];
    if (method === 'PUT' && (m = p.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const body = Array.isArray(req.body) ? req.body : [];
      return [200, body.map((c: Record<string, unknown>) => ({ ...c, id: snowflake(), application_id: m![1], guild_id: m![2], version: snowflake() }))];
    }
    return [404, { message: 'Unknown route in fake Discord', code: 0 }];
  }

  function messageFrom(body: Record<string, unknown> | undefined, channelId: string, webhookId?: string) {
    return {
      id: snowflake(),
      channel_id: channelId === 'channel-of-interaction' ? snowflake() : channelId,
      author: BOT,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: body?.message_reference ? 19 : 0,
      flags: body?.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      ...(webhookId ? { webhook_id: webhookId, application_id: webhookId } : {}),
    };
  }

  // https://discord.com/developers/docs/events/gateway#connection-lifecycle
  function onGatewayConnection(ws: WebSocket) {
    send(ws, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 41_250 } });
    ws.on('message', (raw) => {
      const packet = JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> };
      switch (packet.op) {
        case 1:
          heartbeats++;
          send(ws, { op: 11 });
          break;
        case 2: {
          const intents = Number(packet.d.intents);
          if (options.closeIdentifyWith) {
            ws.close(options.closeIdentifyWith, 'Refused by the fake Discord.');
            return;
          }
          if (options.refuseIntents && (intents & options.refuseIntents) !== 0) {
            refusedIdentifies.push({ token: String(packet.d.token), intents });
            ws.close(4014, 'Disallowed intent(s).');
            return;
          }
          const shard = Array.isArray(packet.d.shard) ? (packet.d.shard as [number, number]) : undefined;
          identifies.push({ token: String(packet.d.token), intents, ...(shard ? { shard } : {}) });
          sessions.add(ws);
          shardOf.set(ws, shard?.[0] ?? 0);
          const sessionId = `session-${identifies.length}`;
          send(ws, {
            op: 0,
            t: 'READY',
            s: ++seq,
            d: {
              v: 10,
              user: BOT,
              guilds: [GUILD_ID, ...(options.extraGuilds ?? []).map((g) => g.id)].map((id) => ({ id, unavailable: true })),
              session_id: sessionId,
              resume_gateway_url: gatewayUrl,
              shard: shard ?? [0, 1],
              application: { id: APPLICATION_ID, flags: 0 },
              private_channels: [],
            },
          });
          send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: guildCreatePayload() });
          for (const guild of options.extraGuilds ?? []) send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: guild });
          notify();
          break;
        }
        case 6:
          resumes.push({ sessionId: String(packet.d.session_id), seq: Number(packet.d.seq) });
          sessions.add(ws);
          send(ws, { op: 0, t: 'RESUMED', s: ++seq, d: {} });
          notify();
          break;
        default:
          break; // presence updates and the like: nothing to do
      }
    });
    ws.on('close', () => {
      sessions.delete(ws);
      shardOf.delete(ws);
    });
  }

  function send(ws: WebSocket, packet: unknown) {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(packet));
  }

  function waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const found = check();
      if (found !== undefined) return resolve(found);
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter = () => {
        const hit = check();
        if (hit === undefined) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve(hit);
      };
      waiters.add(waiter);
    });
  }

  return {
    apiUrl: `${base}/api`,
    gatewayUrl,
    requests,
    identifies,
    refusedIdentifies,
    resumes,
    get heartbeats() {
      return heartbeats;
    },
    holdNext(match) {
      let release!: () => void;
      holds.push({ match, released: new Promise<void>((resolve) => (release = resolve)) });
      return { release: () => release() };
    },
    rateLimitNext(match, retryAfterSeconds) {
      rateLimits.push({ match, retryAfterSeconds });
    },
    waitForRequest(match, { since = 0, timeoutMs = 8000 } = {}) {
      return waitUntil(() => requests.slice(since).find(match), timeoutMs, 'a matching request');
    },
    dispatch(type, data) {
      for (const ws of sessions) send(ws, { op: 0, t: type, s: ++seq, d: data });
    },
    dispatchToShard(shardId, type, data) {
      for (const ws of sessions) if (shardOf.get(ws) === shardId) send(ws, { op: 0, t: type, s: ++seq, d: data });
    },
    setRefuseIntents(bits) {
      options.refuseIntents = bits;
    },
    dropConnections(code) {
      for (const ws of sessions) ws.close(code, 'fake Discord dropped the connection');
      sessions.clear();
    },
    async waitForSessions(count, timeoutMs = 8000) {
      await waitUntil(() => (identifies.length + resumes.length >= count ? true : undefined), timeoutMs, `${count} gateway sessions`);
    },
    async close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
