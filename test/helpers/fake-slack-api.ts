// A loopback stand-in for Slack's Web API (https://docs.slack.dev/reference/methods) and for the
// response_url endpoints Slack hands out with commands and button presses. It records every call
// and refuses what the real API refuses (too many blocks, oversized sections), so a test that
// passes here would not be rejected by Slack for size.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  authorization?: string;
}

export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeSlackApiOptions {
  botUserId?: string;
  botId?: string;
  /** What apps.connections.open returns (a loopback WebSocket for Socket Mode tests). */
  socketUrl?: () => string;
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL. */
  apiUrl: string;
  botUserId: string;
  botId: string;
  calls: RecordedCall[];
  /** Bodies POSTed to response URLs, in order. */
  responses: RecordedResponse[];
  /** A fresh response_url on this server. */
  responseUrl(id?: string): string;
  callsTo(method: string): RecordedCall[];
  responsesTo(id: string): RecordedResponse[];
  /** Makes the next call to `method` fail with Slack's `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /** Resolves once `check` returns something truthy; rejects after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

// Mirrors the limits Slack enforces (https://docs.slack.dev/reference/block-kit/blocks).
function sizeProblem(body: Record<string, unknown>): string | undefined {
  const blocks = body.blocks as { type: string; text?: { text?: string }; elements?: unknown[] }[] | undefined;
  if (typeof body.text === 'string' && body.text.length > 40000) return 'msg_too_long';
  if (!blocks) return undefined;
  if (!Array.isArray(blocks) || blocks.length > 50) return 'invalid_blocks';
  for (const block of blocks) {
    if (block.type === 'section' && (block.text?.text?.length ?? 0) > 3000) return 'invalid_blocks';
    if (block.type === 'header' && (block.text?.text?.length ?? 0) > 150) return 'invalid_blocks';
    if (block.type === 'actions' && (block.elements?.length ?? 0) > 25) return 'invalid_blocks';
    if (block.type === 'context' && (block.elements?.length ?? 0) > 10) return 'invalid_blocks';
  }
  const total = JSON.stringify(blocks).length;
  return total > 40000 ? 'invalid_blocks' : undefined;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  // The Web API client sends form fields; structured ones (blocks, view) as JSON strings.
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const botUserId = options.botUserId ?? 'UBOT0001';
  const botId = options.botId ?? 'BBOT0001';
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const failures = new Map<string, string>();
  let ts = 1_700_000_000;
  let responseIds = 0;

  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return { ok: false, error: failure };
    }
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://example.slack.com/', team: 'Test', user: 'rights', team_id: 'T0001', user_id: botUserId, bot_id: botId };
      case 'chat.postMessage': {
        const problem = sizeProblem(args);
        if (problem) return { ok: false, error: problem };
        ts += 1;
        return { ok: true, channel: args.channel, ts: `${ts}.000100`, message: { ...args, ts: `${ts}.000100`, bot_id: botId } };
      }
      case 'chat.postEphemeral': {
        const problem = sizeProblem(args);
        return problem ? { ok: false, error: problem } : { ok: true, message_ts: `${++ts}.000200` };
      }
      case 'views.publish': {
        const view = args.view as { blocks?: unknown[] } | undefined;
        if (!view || (view.blocks?.length ?? 0) > 100) return { ok: false, error: 'invalid_blocks' };
        return { ok: true, view: { id: 'V0001', ...view } };
      }
      case 'apps.connections.open':
        return options.socketUrl ? { ok: true, url: options.socketUrl() } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: true };
    }
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const api = /^\/api\/([\w.]+)$/.exec(path);
      if (req.method === 'POST' && api) {
        calls.push({ method: api[1], args: body, authorization: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(api[1], body)));
        return;
      }
      const respond = /^\/respond\/([\w-]+)$/.exec(path);
      if (req.method === 'POST' && respond) {
        responses.push({ id: respond[1], body });
        const problem = sizeProblem(body);
        res.writeHead(problem ? 400 : 200, { 'content-type': 'text/plain' }).end(problem ?? 'ok');
        return;
      }
      res.writeHead(404).end();
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api`,
    botUserId,
    botId,
    calls,
    responses,
    responseUrl: (id = `r${++responseIds}`) => `${base}/respond/${id}`,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responsesTo: (id) => responses.filter((r) => r.id === id),
    failNext: (method, error) => void failures.set(method, error),
    async waitFor(check, timeoutMs = 15000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const value = check();
        if (value) return value;
        if (Date.now() > until) throw new Error('fake Slack: timed out waiting for the expected call');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
