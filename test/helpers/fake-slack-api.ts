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

/** A file uploaded through the files.uploadV2 flow (getUploadURLExternal, upload, completeUploadExternal). */
export interface UploadedFile {
  id: string;
  filename: string;
  /** The bytes sent to the upload URL. */
  content: Buffer;
  /** Set by files.completeUploadExternal: where the file was shared. */
  channel?: string;
  threadTs?: string;
  title?: string;
  initialComment?: string;
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
  /** Files uploaded and shared, in the order their uploads were requested. */
  files: UploadedFile[];
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

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file in an upload: the raw body, or the one file field of a multipart form (as the Web API client sends it). */
async function uploadedBytes(req: IncomingMessage, bytes: Buffer): Promise<Buffer> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return bytes;
  const form = await new Request('http://127.0.0.1/upload', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(bytes) }).formData();
  const file = [...form.values()].find((v): v is File => typeof v !== 'string');
  return file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
}

function parseBody(req: IncomingMessage, bytes: Buffer): Record<string, unknown> {
  const raw = bytes.toString('utf8');
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
  const files: UploadedFile[] = [];
  let base = '';
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
      // files.uploadV2 is three steps: ask for an upload URL, send the bytes there, then share.
      // https://docs.slack.dev/messaging/working-with-files#upload
      case 'files.getUploadURLExternal': {
        if (typeof args.filename !== 'string' || !args.filename || !(Number(args.length) > 0)) return { ok: false, error: 'invalid_arguments' };
        const id = `F${String(files.length + 1).padStart(8, '0')}`;
        files.push({ id, filename: args.filename, content: Buffer.alloc(0) });
        return { ok: true, upload_url: `${base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const listed = (typeof args.files === 'string' ? JSON.parse(args.files) : args.files) as { id: string; title?: string }[];
        const known = listed.map((f) => files.find((u) => u.id === f.id));
        if (known.some((u) => !u || u.content.length === 0)) return { ok: false, error: 'file_not_found' };
        for (const [i, u] of known.entries()) Object.assign(u!, { channel: args.channel_id, threadTs: args.thread_ts, title: listed[i].title, initialComment: args.initial_comment });
        return { ok: true, files: listed.map((f) => ({ id: f.id, title: f.title })) };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? 'X').slice(1)}` } };
      case 'apps.connections.open':
        return options.socketUrl ? { ok: true, url: options.socketUrl() } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: true };
    }
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const bytes = await readRaw(req);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const upload = /^\/upload\/(F\d+)$/.exec(path);
      if (req.method === 'POST' && upload) {
        const file = files.find((f) => f.id === upload[1]);
        if (file) file.content = await uploadedBytes(req, bytes);
        res.writeHead(file ? 200 : 404, { 'content-type': 'text/plain' }).end(file ? `OK - ${bytes.length}` : 'not found');
        return;
      }
      const body = parseBody(req, bytes);
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
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api`,
    botUserId,
    botId,
    calls,
    responses,
    files,
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
