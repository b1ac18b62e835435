// How each chat platform's connection is doing, as the health check reports it. Adapters keep
// one of these up to date from their SDK's connection events.

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'down';

export interface PlatformStatus {
  state: ConnectionState;
  /** "socket" or "http" for Slack. */
  mode?: string;
  /** Why it is not connected, when known. */
  detail?: string;
  /** When the state last changed (ISO time). */
  since: string;
}

/** A small holder an adapter updates and the health check reads. */
export class ConnectionTracker {
  private current: PlatformStatus;

  constructor(mode?: string) {
    this.current = { state: 'connecting', ...(mode ? { mode } : {}), since: new Date().toISOString() };
  }

  set(state: ConnectionState, detail?: string) {
    if (state === this.current.state && detail === this.current.detail) return;
    const { mode } = this.current;
    this.current = { state, ...(mode ? { mode } : {}), ...(detail ? { detail } : {}), since: new Date().toISOString() };
  }

  get status(): PlatformStatus {
    return this.current;
  }
}
