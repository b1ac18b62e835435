// @-mentions in channels (answered in the message's thread), direct messages (answered in the
// conversation), and plain replies in a thread the bot has answered in (answered there).
// https://docs.slack.dev/reference/events/app_mention, .../message.im, .../message.channels
import type { AllMiddlewareArgs, App, Context } from '@slack/bolt';
import { answerSafely } from '../answer.js';
import type { SlackDeps } from '../deps.js';
import { helpReply } from '../home.js';
import { isAnswerableMessage, questionFromMessage, type SlackMessageEvent } from '../inbound.js';
import { readMessageEvent } from '../read-payload.js';
import { renderReply } from '../render.js';
import { isThreadFollowUp } from '../thread-reply.js';
import { uploadTo } from '../upload-files.js';

export function registerMessageListeners(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client, context }) => {
    const read = readMessageEvent(event);
    if (!read.ok) return deps.logger.warn('slack: ignoring a malformed app_mention', { field: read.field });
    await answerMessage(deps, client, context, read.value, true);
  });
  // Channel messages are answered only as follow-ups in a thread the bot has answered in; other
  // chatter in the channels it has joined is never answered.
  app.event('message', async ({ event, client, context }) => {
    // Fields of the wrong type make the event unreadable: ignored, with the field named.
    const read = readMessageEvent(event);
    if (!read.ok) {
      if ((event as { channel_type?: unknown }).channel_type === 'im' || (event as { thread_ts?: unknown }).thread_ts !== undefined) deps.logger.warn('slack: ignoring a malformed message', { field: read.field });
      return;
    }
    const message = read.value;
    if (message.channel_type === 'im') return answerMessage(deps, client, context, message, false);
    const self = { botUserId: context.botUserId, botId: context.botId };
    if (!isThreadFollowUp(message, self)) return;
    const { threadId } = questionFromMessage(message, self);
    if (!(await deps.advisor.inConversation(threadId))) return;
    await answerMessage(deps, client, context, message, true, true);
  });
}

async function answerMessage(deps: SlackDeps, client: AllMiddlewareArgs['client'], context: Context, event: SlackMessageEvent, inThread: boolean, followUp = false) {
  const self = { botUserId: context.botUserId, botId: context.botId };
  if (!followUp && !isAnswerableMessage(event, self)) return;
  // A mention in a direct message can arrive as both app_mention and message.im: answer once.
  if (!deps.recent.firstSeen(`message:${event.channel}:${event.ts}`)) return;
  const question = questionFromMessage(event, self);
  const threadTs = inThread ? (event.thread_ts ?? event.ts) : event.thread_ts;
  await answerSafely({
    logger: deps.logger,
    what: event.type,
    context: { channel: event.channel, ts: event.ts, threadId: question.threadId, retryNum: context.retryNum },
    produce: async () =>
      renderReply(question.text ? await deps.advisor.ask(question) : helpReply(deps.advisor.describe())),
    // Link previews would bury the answer under a card for every source.
    send: (message) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message, unfurl_links: false, unfurl_media: false }),
    upload: uploadTo(client, event.channel, threadTs),
  });
}
