// Serves GET /healthz: on its own small node:http server (HEALTH_PORT, any mode), and as a route
// on Bolt's own server in Slack HTTP mode (PORT). Anything else gets 404; nothing else is served.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthReport } from './health-report.js';

export const HEALTH_PATH = '/healthz';

export type ReportFn = () => HealthReport;

export function answerHealth(report: ReportFn, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const { httpStatus, body } = report();
  const json = JSON.stringify(body);
  res.writeHead(httpStatus, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(json) });
  res.end(req.method === 'HEAD' ? undefined : json);
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(report: ReportFn, port: number, host?: string): Promise<HealthServer> {
  const server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === HEALTH_PATH) answerHealth(report, req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. The health check is GET /healthz.\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
