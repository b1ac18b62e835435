// Files that go with a reply (the calendar of computed deadlines), uploaded after the message
// through Slack's files.uploadV2 flow: https://docs.slack.dev/messaging/working-with-files#upload
// A file cannot be attached to a private (ephemeral) reply, so those go to the person's direct
// messages with the bot instead.
import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Attachment } from '../../src/index.js';

type Client = AllMiddlewareArgs['client'];

export type Upload = (files: Attachment[]) => Promise<void>;

/** Shares the files in a channel, in the thread when there is one. */
export function uploadTo(client: Client, channel: string, threadTs: string | undefined): Upload {
  return async (files) => {
    for (const f of files) {
      const file = { file: Buffer.from(f.content, 'utf8'), filename: f.filename, title: f.filename };
      await (threadTs ? client.filesUploadV2({ channel_id: channel, thread_ts: threadTs, ...file }) : client.filesUploadV2({ channel_id: channel, ...file }));
    }
  };
}

/** Shares the files in the person's direct messages with the bot (for replies only they can see). */
export function uploadToDirectMessages(client: Client, userId: string): Upload {
  return async (files) => {
    const opened = await client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) throw new Error('conversations.open returned no channel');
    await uploadTo(client, channel, undefined)(files);
  };
}
