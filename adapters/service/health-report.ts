// GET /healthz: one JSON document saying whether the bot can answer. 200 when every configured
// platform is connected, the store is writable and the bot is not shutting down; 503 otherwise,
// so a supervisor, container runtime or load balancer can act on the status code alone.
import type { PlatformStatus } from './platform-status.js';
import type { StoreState } from './store-state.js';

export interface HealthInputs {
  knowledge: { version: string; entries: number; loadedAt: Date; problems: number };
  store: StoreState;
  platforms: Record<string, PlatformStatus>;
  stopping: boolean;
  inFlight: number;
  startedAt: Date;
}

export interface HealthReport {
  httpStatus: 200 | 503;
  body: {
    status: 'ok' | 'degraded' | 'stopping';
    knowledge: { version: string; entries: number; loadedAt: string; problems: number };
    store: StoreState;
    platforms: Record<string, PlatformStatus>;
    inFlight: number;
    uptimeSeconds: number;
  };
}

export function healthReport(input: HealthInputs, now = new Date()): HealthReport {
  const allConnected = Object.values(input.platforms).every((p) => p.state === 'connected');
  const status = input.stopping ? 'stopping' : allConnected && input.store.state === 'ok' ? 'ok' : 'degraded';
  return {
    httpStatus: status === 'ok' ? 200 : 503,
    body: {
      status,
      knowledge: { ...input.knowledge, loadedAt: input.knowledge.loadedAt.toISOString() },
      store: input.store,
      platforms: input.platforms,
      inFlight: input.inFlight,
      uptimeSeconds: Math.round((now.getTime() - input.startedAt.getTime()) / 1000),
    },
  };
}
