// Talking to the real Slack adapter in a channel thread, as a person would: the first message
// @-mentions the bot, later ones are plain replies in its thread. Each reply the bot posts is
// read back as title, answer text, buttons and (after pressing "More detail") the rest.
import { SLACK_COPY } from '../../adapters/slack/copy.js';
import { nextTs } from './slack-signed-requests.js';
import type { SlackHarness } from './slack-harness.js';

type Element = { type: string; action_id?: string; value?: string; text?: unknown };
type Block = { type: string; block_id?: string; text?: { text: string }; elements?: Element[] };

/** Must match adapters/slack/blocks.ts: a section that previews what "More detail" gives in full. */
const PREVIEW = 'preview-';

export interface ThreadReply {
  title?: string;
  /** The answer's section text in the first reply. */
  shortText: string;
  /**
   * The whole answer as a person reads it once "More detail" is pressed: the first reply's
   * sections (less the previews the detail gives in full, as `ask --json` leaves them out), its
   * context line (sources, reviewed date, notice) and its buttons' labels (related topics), then
   * the detail's sections.
   */
  fullText: string;
  actionIds: string[];
  entryId?: string;
}

export interface SlackThread {
  channel: string;
  /** The thread's ts, known once the first message is sent. */
  ts?: string;
  say(text: string, options?: { mention?: boolean; user?: string; pressMore?: boolean }): Promise<ThreadReply>;
}

export function slackThread(h: SlackHarness, channel: string, user = 'UASKER01'): SlackThread {
  const thread: SlackThread = {
    channel,
    async say(text, options = {}) {
      const first = thread.ts === undefined;
      const ts = nextTs();
      if (first) thread.ts = ts;
      const before = postsIn(h, channel, thread.ts!).length;
      const mention = options.mention ?? first;
      await h.postEvent({
        type: mention ? 'app_mention' : 'message',
        channel_type: 'channel',
        user: options.user ?? user,
        channel,
        ts,
        ...(first ? {} : { thread_ts: thread.ts }),
        text: mention ? `<@${h.fake.botUserId}> ${text}` : text,
      });
      const blocks = (await h.fake.waitFor(() => postsIn(h, channel, thread.ts!)[before])).args.blocks as Block[];
      const reply = read(blocks);
      const more = reply.actionIds.find((id) => id.startsWith('rights:more:'));
      if (!more || options.pressMore === false) return reply;
      await h.postAction(pressIn(channel, thread.ts!, more));
      const rest = (await h.fake.waitFor(() => postsIn(h, channel, thread.ts!)[before + 1])).args.blocks as Block[];
      return { ...reply, fullText: joinText(answerSections(blocks, false), contextText(blocks), labels(blocks), answerSections(rest, true)) };
    },
  };
  return thread;
}

/** The bot's posts in one thread, in order. */
export function postsIn(h: SlackHarness, channel: string, threadTs: string) {
  return h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && c.args.thread_ts === threadTs);
}

function read(blocks: Block[]): ThreadReply {
  const title = blocks.find((b) => b.type === 'header')?.text?.text;
  const shortText = answerSections(blocks, true);
  const actionIds = buttons(blocks).map((e) => e.action_id ?? '');
  const entryId = actionIds.find((id) => id.startsWith('rights:feedback:up:'))?.split(':').pop();
  return { title, shortText, fullText: joinText(answerSections(blocks, false), contextText(blocks), labels(blocks)), actionIds, entryId };
}

function answerSections(blocks: Block[], withPreviews: boolean): string {
  const shown = blocks.filter((b) => b.type === 'section' && (withPreviews || !b.block_id?.startsWith(PREVIEW)));
  return shown.map((b) => b.text?.text ?? '').join('\n\n');
}

function contextText(blocks: Block[]): string {
  const lines = blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements ?? []);
  return lines.map((e) => (typeof e.text === 'string' ? e.text : '')).filter(Boolean).join('\n');
}

/**
 * Labels of the topic buttons (related topics, readings to choose), not of "More detail" or
 * feedback; none when the context line lists the related topics in full already.
 */
function labels(blocks: Block[]): string {
  if (contextText(blocks).includes(`*${SLACK_COPY.related}:*`)) return '';
  const topics = buttons(blocks).filter((e) => /^rights:(followUp|clarify):/.test(e.action_id ?? ''));
  return topics.map((e) => (e.text as { text?: string } | undefined)?.text ?? '').join(' | ');
}

function buttons(blocks: Block[]): Element[] {
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

function joinText(...parts: string[]): string {
  return parts.filter(Boolean).join('\n\n');
}

/** A block_actions payload for pressing a button on the bot's message in a thread. */
function pressIn(channel: string, threadTs: string, actionId: string) {
  const messageTs = nextTs();
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'example' },
    user: { id: 'UASKER01', username: 'volunteer', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    trigger_id: '1.2.abc',
    channel: { id: channel, name: 'general' },
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false, thread_ts: threadTs },
    message: { type: 'message', bot_id: 'BBOT0001', user: 'UBOT0001', ts: messageTs, thread_ts: threadTs, text: '', blocks: [] },
    response_url: 'http://127.0.0.1:9/unused',
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value: actionId.split(':').pop(), text: { type: 'plain_text', text: 'More detail', emoji: true }, action_ts: '1712999999.1' }],
  };
}
