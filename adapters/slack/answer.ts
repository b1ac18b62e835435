// The Slack adapter's one error sink. Every listener produces a message and hands it here to be
// sent; if producing or sending fails, the failure is logged with its context and the person
// gets a short apology where they asked, never silence and never a stack trace.
import type { Logger } from '../../src/index.js';
import { sectionBlock } from './blocks.js';
import { SLACK_COPY } from './copy.js';
import { escapeMrkdwn } from './mrkdwn.js';
import type { SlackMessage } from './render.js';
import type { Upload } from './upload-files.js';

export type Send = (message: SlackMessage) => Promise<unknown>;

export interface AnswerJob {
  logger: Logger;
  /** What was being answered, for the log line: "app_mention", "/rights", "button"... */
  what: string;
  /** Ids that let someone find the conversation again (never the question text). */
  context: Record<string, unknown>;
  produce: () => Promise<SlackMessage | null>;
  send: Send;
  /** Where the apology goes, when not where the answer would have gone (a public share). */
  sendApology?: Send;
  /** Shares the reply's files (a calendar) once the message is posted; without it they are not sent. */
  upload?: Upload;
}

export async function answerSafely(job: AnswerJob): Promise<boolean> {
  let message: SlackMessage | null;
  try {
    message = await job.produce();
  } catch (error) {
    job.logger.error(`slack: answering ${job.what} failed`, { ...job.context, error });
    await apologise(job);
    return false;
  }
  if (!message) return true;
  // Files are not part of a message payload: they are uploaded after it, where it was posted.
  const { files, ...payload } = message;
  try {
    await job.send(payload);
  } catch (error) {
    job.logger.error(`slack: posting the answer to ${job.what} failed`, { ...job.context, error: describeError(error) });
    await apologise(job);
    return false;
  }
  if (files?.length && job.upload) {
    try {
      await job.upload(files);
    } catch (error) {
      // The answer is already posted and says everything the file holds, so a warning is enough.
      job.logger.warn(`slack: the answer to ${job.what} was posted but its file could not be uploaded`, { ...job.context, error: describeError(error) });
    }
  }
  return true;
}

/** One short section and the same text as fallback: the simplest message Slack will accept. */
export function plainMessage(text: string): SlackMessage {
  const safe = escapeMrkdwn(text);
  return { text: safe, blocks: [sectionBlock(safe)] };
}

async function apologise(job: AnswerJob): Promise<void> {
  try {
    await (job.sendApology ?? job.send)(plainMessage(SLACK_COPY.apology));
  } catch (error) {
    job.logger.error(`slack: the apology for ${job.what} could not be posted either`, { ...job.context, error: describeError(error) });
  }
}

/** Web API errors carry Slack's reason (`invalid_blocks`, `not_in_channel`) in `data.error`. */
function describeError(error: unknown): unknown {
  const data = (error as { data?: { error?: string; response_metadata?: unknown } })?.data;
  return data?.error ? { message: (error as Error).message, slackError: data.error, metadata: data.response_metadata } : error;
}
