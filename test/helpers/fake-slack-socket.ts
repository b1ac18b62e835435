// A loopback stand-in for Slack's Socket Mode WebSocket
// (https://docs.slack.dev/apis/events-api/using-socket-mode): greets each client with `hello`,
// delivers envelopes, and records the acknowledgements the client sends back.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Envelope {
  envelope_id: string;
  type: 'events_api' | 'slash_commands' | 'interactive';
  payload: Record<string, unknown>;
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface FakeSlackSocket {
  url: string;
  /** Acknowledgements received, by envelope id. */
  acks: Map<string, Record<string, unknown>>;
  /** Resolves once a client is connected and has been sent `hello`. */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends an envelope to the connected client; resolves with its ack. */
  deliver(envelope: Envelope, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Waits for clients to finish their close handshake, then stops listening. */
  close(): Promise<void>;
}

export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  const acks = new Map<string, Record<string, unknown>>();
  const waiting = new Map<string, (ack: Record<string, unknown>) => void>();
  let client: WebSocket | undefined;

  server.on('connection', (socket) => {
    client = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      const id = message.envelope_id;
      if (typeof id === 'string') {
        acks.set(id, message);
        waiting.get(id)?.(message);
      }
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'loopback', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0001' } }));
  });

  const until = async (check: () => boolean, timeoutMs: number, what: string) => {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`fake Slack socket: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  return {
    url,
    acks,
    connected: (timeoutMs = 5000) => until(() => client !== undefined, timeoutMs, 'a client'),
    deliver(envelope, timeoutMs = 5000) {
      if (!client) return Promise.reject(new Error('fake Slack socket: no client connected'));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake Slack socket: no ack for ${envelope.envelope_id}`)), timeoutMs);
        waiting.set(envelope.envelope_id, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        client!.send(JSON.stringify(envelope));
      });
    },
    async close() {
      const open = [...server.clients];
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(open.map((s) => (s.readyState === s.CLOSED ? undefined : new Promise((r) => s.once('close', r))))),
        new Promise((r) => {
          timer = setTimeout(r, 2000);
        }),
      ]);
      clearTimeout(timer);
      for (const s of server.clients) s.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
