// Button presses on the adapter's own messages: follow-ups, clarify choices, "more", feedback
// and "Share in channel". Acknowledged first; the answer follows.
// https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
import type { AllMiddlewareArgs, App, RespondFn } from '@slack/bolt';
import { answerSafely, type Send } from '../answer.js';
import { ACTION_PATTERN } from '../action-ids.js';
import { SLACK_COPY } from '../copy.js';
import type { SlackDeps } from '../deps.js';
import { actionFromBlockActions, type ReplyTarget } from '../inbound.js';
import { readBlockActions } from '../read-payload.js';
import { renderReply } from '../render.js';
import { uploadTo, uploadToDirectMessages } from '../upload-files.js';

export function registerActionListeners(app: App, deps: SlackDeps): void {
  app.action({ type: 'block_actions', action_id: ACTION_PATTERN }, async ({ ack, body, client, respond }) => {
    await ack();
    const read = readBlockActions(body);
    if (!read.ok) return deps.logger.warn('slack: ignoring a malformed button press', { field: read.field });
    const payload = read.value;
    const inbound = actionFromBlockActions(payload);
    if (!inbound) return;
    const context = { channel: payload.channel?.id, action: payload.actions[0]?.action_id };
    const ephemeral: Send = (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message });

    if (inbound.kind === 'share') {
      const { question } = inbound;
      await answerSafely({
        logger: deps.logger,
        what: 'share button',
        context,
        produce: async () => {
          const reply = await deps.advisor.act({ type: 'followUp', entryId: inbound.entryId, question });
          return reply && renderReply(reply, { preface: SLACK_COPY.sharedBy(userMention(question.user.id)) });
        },
        send: (message) => shareInChannel(respond, message, deps),
        sendApology: ephemeral,
      });
      return;
    }

    const { event, target, renderFrom } = inbound;
    await answerSafely({
      logger: deps.logger,
      what: `${event.type} button`,
      // Not the conversation key: for a private /rights answer it holds the member's id.
      context: { ...context, messageTs: payload.message?.ts ?? payload.container?.message_ts },
      produce: async () => {
        const reply = await deps.advisor.act(event);
        // Answers to presses on a private /rights reply stay private, and stay shareable.
        return reply && renderReply(reply, { shareable: target.kind === 'ephemeral', startAt: renderFrom });
      },
      // Feedback is acknowledged to the voter alone; answers go where the button was.
      send: event.type === 'feedback' ? ephemeral : (message) => sendTo(target, message, client, ephemeral, deps),
      upload: target.kind === 'ephemeral' ? uploadToDirectMessages(client, event.question.user.id) : uploadTo(client, target.channel, target.threadTs),
    });
  });
}

/** Posts in the thread; if the bot may not post there (not a member), answers privately instead. */
async function sendTo(target: ReplyTarget, message: Parameters<Send>[0], client: AllMiddlewareArgs['client'], ephemeral: Send, deps: SlackDeps) {
  if (target.kind === 'ephemeral') return ephemeral(message);
  try {
    return await client.chat.postMessage({ channel: target.channel, thread_ts: target.threadTs, ...message, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    deps.logger.warn('slack: could not post a button answer in the channel; answering privately', { channel: target.channel, error: (error as Error).message });
    return ephemeral(message);
  }
}

/**
 * Posts a private answer publicly through the button's response_url (this works in channels the
 * bot has not joined), then removes the private copy.
 */
async function shareInChannel(respond: RespondFn, message: Parameters<Send>[0], deps: SlackDeps) {
  await respond({ response_type: 'in_channel', replace_original: false, ...message });
  try {
    await respond({ delete_original: true });
  } catch (error) {
    deps.logger.warn('slack: shared, but the private copy could not be removed', { error: (error as Error).message });
  }
}

/** `<@U123>` for ids Slack issues; anything else is not turned into a mention. */
function userMention(id: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(id) ? `<@${id}>` : 'someone';
}
