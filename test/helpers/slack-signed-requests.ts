// Requests as Slack sends them to an HTTP-mode app: signed with the app's signing secret
// (https://docs.slack.dev/authentication/verifying-requests-from-slack), in the body formats
// Slack uses for events (JSON), slash commands (form) and interactions (form field `payload`).
import { createHmac } from 'node:crypto';

export interface SignedPost {
  /** Full URL of the app's /slack/events. */
  url: string;
  secret: string;
  body: string;
  contentType: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  headers?: Record<string, string>;
}

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`, keyed with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

export async function postSigned(req: SignedPost): Promise<{ status: number; text: string }> {
  const timestamp = req.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(req.url, {
    method: 'POST',
    headers: {
      'content-type': req.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(req.secret, timestamp, req.body),
      ...req.headers,
    },
    body: req.body,
  });
  return { status: res.status, text: await res.text() };
}

let eventCounter = 0;

/** An Events API envelope around `event`. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++eventCounter}`): { body: string; eventId: string } {
  const body = JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0001', user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    event,
  });
  return { body, eventId };
}

/** A slash command as Slack posts it (application/x-www-form-urlencoded). */
export function commandForm(fields: { command: string; text: string; user_id: string; channel_id: string; response_url: string; channel_name?: string; team_id?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'example',
    channel_name: 'general',
    user_name: 'volunteer',
    api_app_id: 'A0001',
    trigger_id: `${Date.now()}.1.abc`,
    ...fields,
  }).toString();
}

/** An interaction payload as Slack posts it: one form field, `payload`, holding JSON. */
export function interactionForm(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

let tsCounter = 0;

/** A unique message timestamp in Slack's "seconds.micros" form. */
export function nextTs(): string {
  tsCounter += 1;
  return `${1_712_000_000 + tsCounter}.${String(tsCounter).padStart(6, '0')}`;
}
