// Predicates over requests the bot made to the fake Discord, named after what the bot did.
import { APPLICATION_ID } from './discord-payloads.js';
import type { RecordedRequest } from './fake-discord.js';

interface InteractionRef {
  id: string;
  token: string;
}

/** The first response to an interaction: POST /interactions/:id/:token/callback. */
export const callbackOf = (i: InteractionRef) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/api/v10/interactions/${i.id}/${i.token}/callback`;

/** editReply after deferReply: PATCH /webhooks/:app/:token/messages/%40original (the @ is encoded). */
export const editOriginalOf = (i: InteractionRef) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${i.token}/messages/%40original`;

/** deleteReply: DELETE of the original response. */
export const deleteOriginalOf = (i: InteractionRef) => (r: RecordedRequest) =>
  r.method === 'DELETE' && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${i.token}/messages/%40original`;

/** followUp: POST /webhooks/:app/:token. */
export const followUpOf = (i: InteractionRef) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${i.token}`;

/** message.reply to a given message: POST /channels/:id/messages referencing it. */
export const replyTo = (message: { id: string; channel_id: string }) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/api/v10/channels/${message.channel_id}/messages` && r.body?.message_reference?.message_id === message.id && r.status === 200;

/** Any message posted to a channel. */
export const isChannelMessage = (r: RecordedRequest) => r.method === 'POST' && /^\/api\/v10\/channels\/\d+\/messages$/.test(r.path);

/** Everything a rendered message shows, as one string, for "contains the fact" assertions. */
export function shownText(body: any): string {
  const embeds = (body?.embeds ?? []) as { title?: string; description?: string; fields?: { value: string }[]; footer?: { text: string } }[];
  return [body?.content ?? '', ...embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => f.value), e.footer?.text ?? ''])].join('\n');
}
