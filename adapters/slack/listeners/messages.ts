// @-mentions in channels (answered in the message's thread) and direct messages (answered in
// the conversation). https://docs.slack.dev/reference/events/app_mention, .../message.im
import type { AllMiddlewareArgs, App, Context } from '@slack/bolt';
import { answerSafely } from '../answer.js';
import type { SlackDeps } from '../deps.js';
import { helpReply } from '../home.js';
import { isAnswerableMessage, questionFromMessage, type SlackMessageEvent } from '../inbound.js';
import { renderReply } from '../render.js';
import { uploadTo } from '../upload-files.js';

export function registerMessageListeners(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client, context }) => {
    await answerMessage(deps, client, context, event as unknown as SlackMessageEvent, true);
  });
  // Subscribed only to message.im, but a workspace may add channel message events later:
  // plain channel chatter that does not mention the bot is never answered.
  app.event('message', async ({ event, client, context }) => {
    const message = event as unknown as SlackMessageEvent;
    if (message.channel_type !== 'im') return;
    await answerMessage(deps, client, context, message, false);
  });
}

async function answerMessage(deps: SlackDeps, client: AllMiddlewareArgs['client'], context: Context, event: SlackMessageEvent, inThread: boolean) {
  const self = { botUserId: context.botUserId, botId: context.botId };
  if (!isAnswerableMessage(event, self)) return;
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
