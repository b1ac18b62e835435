// Reply -> Slack message. Pure: the same Reply always gives the same blocks, so the layout is
// tested on plain values. Layout: header (title), the short answer (sections marked as detail
// wait behind "More detail"), a context line (sources, reviewed date, the not-legal-advice
// notice), follow-up or clarify buttons, then "more", feedback and "share" buttons. Every message
// also carries `text`, the notification fallback.
import { formatDate, type Attachment, type Reply } from '../../src/index.js';
import type { ButtonIntent } from './action-ids.js';
import {
  actionsBlocks, blockTextLength, button, contextBlock, headerBlock, PREVIEW_BLOCK_PREFIX, sectionBlock, type Button, type KnownBlock,
} from './blocks.js';
import { SLACK_COPY } from './copy.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn, inlineToMrkdwn, markdownToMrkdwn, splitMrkdwn, truncateMrkdwn } from './mrkdwn.js';

/** What chat.postMessage, chat.postEphemeral and response_url all accept. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
  /** Files to upload after the message (answerSafely does it); never sent as part of it. */
  files?: Attachment[];
}

export interface RenderOptions {
  /** Add a "Share in channel" button (for replies only the asker can see). */
  shareable?: boolean;
  /** A line of mrkdwn above the reply. Must already be safe: built by the adapter, never from user text. */
  preface?: string;
  /** Show the answer from this piece on: the rest of an answer that was cut to fit. */
  startAt?: number;
}

export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const maxBlocks = SLACK_LIMITS.blocksPerMessage;
  const head: KnownBlock[] = [];
  if (options.preface) head.push(contextBlock([options.preface]));
  if (reply.title?.trim()) head.push(headerBlock(reply.title.trim()));

  const startAt = options.startAt ?? 0;
  const body = sectionTexts(reply).slice(startAt).map((s, i) => sectionBlock(s.text, s.preview ? `${PREVIEW_BLOCK_PREFIX}${i}` : undefined));
  let tail = tailBlocks(reply, options, undefined);

  // Keep the whole message inside Slack's limits: drop trailing sections, say so, and offer a
  // "more" button that shows the rest. https://docs.slack.dev/reference/block-kit/blocks
  const fits = (sections: KnownBlock[], t: KnownBlock[]) =>
    head.length + sections.length + t.length <= maxBlocks &&
    [...head, ...sections, ...t].reduce((n, b) => n + blockTextLength(b), 0) <= SLACK_LIMITS.messageChars;
  let kept = body;
  if (!fits(body, tail)) {
    // Size the tail with a placeholder offset as long as any real one, then fill in sections.
    tail = tailBlocks(reply, options, Number.MAX_SAFE_INTEGER);
    kept = [];
    for (const block of body) {
      if (!fits([...kept, block], tail)) break;
      kept.push(block);
    }
    tail = tailBlocks(reply, options, startAt + kept.length);
  }
  const files = startAt === 0 && reply.attachments?.length ? { files: reply.attachments } : {};
  return { text: fallbackText(reply), blocks: [...head, ...kept, ...tail], ...files };
}

/** The answer sections shown first (not the detail), as mrkdwn, each split to fit one section block. */
function sectionTexts(reply: Reply): { text: string; preview: boolean }[] {
  return shownSections(reply).flatMap((s) => {
    const heading = s.heading?.trim() ? `*${inlineToMrkdwn(s.heading.trim())}*\n` : '';
    const text = heading + markdownToMrkdwn(s.body.trim());
    return text.trim() ? splitMrkdwn(text, SLACK_LIMITS.sectionText).map((piece) => ({ text: piece, preview: s.brief === true })) : [];
  });
}

/** Context line and buttons. `shownUpTo`: the answer was cut and the rest starts at this piece. */
function tailBlocks(reply: Reply, options: RenderOptions, shownUpTo: number | undefined): KnownBlock[] {
  const context = contextLines(reply);
  if (shownUpTo !== undefined) context.push(`_${escapeMrkdwn(SLACK_COPY.shortened)}_`);
  const blocks: KnownBlock[] = context.length ? [contextBlock(context)] : [];
  // At most one actions block each (25 buttons), so the buttons can never crowd out the answer.
  const choices = choiceButtons(reply).slice(0, SLACK_LIMITS.actionsElements);
  const controls = controlButtons(reply, options, shownUpTo).slice(0, SLACK_LIMITS.actionsElements);
  return [...blocks, ...actionsBlocks(choices), ...actionsBlocks(controls)];
}

function contextLines(reply: Reply): string[] {
  const lines: string[] = [];
  const links = reply.sources.map((s) => sourceLink(s.title, s.url)).filter(Boolean);
  if (links.length) lines.push(`*${SLACK_COPY.sources}:* ${links.join(' · ')}`);
  if (reply.reviewed) lines.push(escapeMrkdwn(SLACK_COPY.reviewed(formatDate(reply.reviewed))));
  if (reply.notice?.trim()) lines.push(markdownToMrkdwn(reply.notice.trim()));
  // A button shows at most 75 characters, so a longer related topic's title would be read cut
  // short ("…Scotland, Wales and Northe…"): the titles are then listed in full, as the terminal
  // and ask --json list them under an answer. Other replies list their choices in their text.
  const related = reply.kind === 'answer' ? reply.followUps.map((f) => f.label.trim()) : [];
  if (related.some((label) => label.length > SLACK_LIMITS.buttonText)) lines.push(`*${SLACK_COPY.related}:* ${related.map(escapeMrkdwn).join(' · ')}`);
  return lines;
}

/** `<url|title>` for http(s) sources; anything else is shown as escaped text, never as a link. */
function sourceLink(title: string, url: string): string {
  const label = escapeMrkdwn(title.trim() || url);
  if (!/^https?:\/\/[^\s]+$/.test(url)) return label;
  return `<${escapeMrkdwn(url).replace(/\|/g, '%7C')}|${label}>`;
}

/** Follow-ups become buttons; on a clarify reply they are the choices to pick from. */
function choiceButtons(reply: Reply): Button[] {
  const kind = reply.kind === 'clarify' ? 'clarify' : 'followUp';
  return reply.followUps.map((f) => button(f.label, { kind, entryId: f.entryId }));
}

function controlButtons(reply: Reply, options: RenderOptions, shownUpTo: number | undefined): Button[] {
  const buttons = reply.actions.map((a) => {
    if (a.type === 'more') return button(a.label, { kind: 'more', entryId: a.entryId });
    const intent: ButtonIntent = { kind: 'feedback', vote: a.vote, entryId: a.entryId };
    return button(withThumb(a.label, a.vote), intent);
  });
  if (shownUpTo !== undefined && reply.entryId) {
    buttons.unshift(button(SLACK_COPY.moreButton, { kind: 'more', entryId: reply.entryId, from: shownUpTo }));
  }
  if (options.shareable && reply.kind === 'answer' && reply.entryId) {
    buttons.push(button(SLACK_COPY.shareButton, { kind: 'share', entryId: reply.entryId }, 'primary'));
  }
  return buttons;
}

/** Feedback buttons read as 👍 / 👎 whatever words the core gives them. */
function withThumb(label: string, vote: 'up' | 'down'): string {
  const thumb = vote === 'up' ? '👍' : '👎';
  return label.includes(thumb) ? label : `${thumb} ${label}`.trim();
}

/** The notification text: title and answer, escaped like the blocks (it is parsed the same way). */
function fallbackText(reply: Reply): string {
  const parts = [reply.title?.trim() ? escapeMrkdwn(reply.title.trim()) : '', ...shownSections(reply).map((s) => markdownToMrkdwn(s.body.trim()))];
  const text = parts.filter(Boolean).join('\n\n') || (reply.notice ? markdownToMrkdwn(reply.notice) : '…');
  return truncateMrkdwn(text, SLACK_LIMITS.fallbackText);
}

/** Short answer first: the detail is posted when "More detail" is pressed. */
function shownSections(reply: Reply): Reply['sections'] {
  return reply.sections.filter((s) => !s.detail);
}
