// Slash commands. Both are acknowledged at once (Slack allows 3 seconds) and answered through
// the command's response_url, visible only to the person who asked.
// https://docs.slack.dev/interactivity/implementing-slash-commands
import type { App } from '@slack/bolt';
import { answerSafely } from '../answer.js';
import type { SlackDeps } from '../deps.js';
import { helpReply } from '../home.js';
import { questionFromCommand } from '../inbound.js';
import { readCommand } from '../read-payload.js';
import { renderReply } from '../render.js';
import { uploadToDirectMessages } from '../upload-files.js';

export function registerCommandListeners(app: App, deps: SlackDeps): void {
  // `/rights <question>`: the answer comes with a "Share in channel" button.
  app.command('/rights', async ({ command: raw, ack, respond, client }) => {
    await ack();
    const read = readCommand(raw);
    if (!read.ok) return deps.logger.warn('slack: ignoring a malformed /rights', { field: read.field });
    const command = read.value;
    const question = questionFromCommand(command);
    await answerSafely({
      logger: deps.logger,
      what: '/rights',
      // Not the conversation key: it holds the member's id.
      context: { channel: command.channel_id },
      produce: async () =>
        renderReply(question.text ? await deps.advisor.ask(question) : helpReply(deps.advisor.describe()), { shareable: true }),
      send: (message) => respond({ response_type: 'ephemeral', ...message }),
      // The answer is private, so its calendar goes to the asker's direct messages.
      upload: uploadToDirectMessages(client, command.user_id),
    });
  });

  // `/rights-admin <verb> ...`: the core decides who is staff and answers everyone else politely.
  app.command('/rights-admin', async ({ command: raw, ack, respond }) => {
    await ack();
    const read = readCommand(raw);
    if (!read.ok) return deps.logger.warn('slack: ignoring a malformed /rights-admin', { field: read.field });
    const command = read.value;
    await answerSafely({
      logger: deps.logger,
      what: '/rights-admin',
      context: { channel: command.channel_id },
      // Staff are listed per workspace: the same user id in another workspace is someone else.
      produce: async () => renderReply(await deps.advisor.staff({ platform: 'slack', id: command.user_id, workspace: command.team_id }, (command.text ?? '').trim())),
      send: (message) => respond({ response_type: 'ephemeral', ...message }),
    });
  });
}
