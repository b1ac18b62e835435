// Reply -> Discord message payload. Pure: the same Reply always gives the same payload, and no
// Reply can make it throw or exceed a Discord limit (long text is split across embeds, then
// shortened; surplus buttons are dropped, feedback kept).
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed, APIEmbedField } from 'discord.js';
import { formatDate } from '../../src/index.js';
import type { Reply } from '../../src/index.js';
import { encodeCustomId } from './custom-id.js';
import { COMPONENTS, EMBED, MESSAGE_CONTENT_MAX } from './limits.js';
import { escapeMentions, markdownLink, splitText, truncate } from './text.js';

/** A message body accepted by message.reply, interaction.editReply and interaction.followUp. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Always empty: nothing the bot sends may ping anyone, whatever the question or knowledge says. */
  allowedMentions: { parse: [] };
  /** Files attached to the message (the calendar of computed deadlines). */
  files?: { attachment: Buffer; name: string }[];
}

// Interface words, not answers: the answers themselves all come from the knowledge.
const SOURCES_LABEL = 'Sources';
const RELATED_LABEL = 'Related';
const REVIEWED_LABEL = 'Reviewed';

const COLOURS: Record<Reply['kind'], number> = {
  answer: 0x2e7d32,
  clarify: 0x1565c0,
  info: 0x5865f2,
  fallback: 0x757575,
  error: 0xc62828,
};

/** Renders a neutral Reply as one Discord message with embeds and buttons. */
export function renderReply(reply: Reply): DiscordMessage {
  const embeds = renderEmbeds(reply);
  const components = renderButtons(reply);
  // Sent as message attachments (multipart), which message.reply and editReply both accept.
  const files = reply.attachments?.length ? { files: reply.attachments.map((a) => ({ attachment: Buffer.from(a.content, 'utf8'), name: a.filename })) } : {};
  if (embeds.length === 0) return { ...renderText('…'), components, ...files };
  return { embeds, components, allowedMentions: { parse: [] }, ...files };
}

/** A plain one-line message (an apology, an acknowledgement). */
export function renderText(text: string): DiscordMessage {
  return { content: truncate(escapeMentions(text), MESSAGE_CONTENT_MAX), embeds: [], components: [], allowedMentions: { parse: [] } };
}

function renderEmbeds(reply: Reply): APIEmbed[] {
  const title = reply.title ? truncate(escapeMentions(reply.title.trim()), EMBED.title) : undefined;
  const footer = footerText(reply);
  const fields = [...sourceFields(reply), ...relatedFields(reply)];
  // What is left of the 6,000 across all embeds goes to the answer text.
  const fixed = (title?.length ?? 0) + (footer?.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const body = truncate(sectionsText(reply), Math.max(0, EMBED.total - fixed));
  const chunks = splitText(body, EMBED.description).slice(0, EMBED.perMessage);
  if (chunks.length === 0 && !title && !footer && fields.length === 0) return [];

  const count = Math.max(chunks.length, 1);
  return Array.from({ length: count }, (_, i) => {
    const embed: APIEmbed = { color: COLOURS[reply.kind] };
    if (i === 0 && title) embed.title = title;
    if (chunks[i]) embed.description = chunks[i];
    if (i === count - 1) {
      if (fields.length > 0) embed.fields = fields;
      if (footer) embed.footer = { text: footer };
    }
    return embed;
  });
}

/** The sections shown first: the detail waits behind "More detail" (short answer first). */
function sectionsText(reply: Reply): string {
  return reply.sections
    .filter((s) => !s.detail)
    .filter((s) => s.body.trim() !== '' || s.heading)
    .map((s) => (s.heading ? `**${s.heading.trim()}**\n${s.body.trim()}` : s.body.trim()))
    .map(escapeMentions)
    .join('\n\n');
}

/** Sources as one field of links; if they overflow a field value, the rest are counted. */
function sourceFields(reply: Reply): APIEmbedField[] {
  if (reply.sources.length === 0) return [];
  const lines: string[] = [];
  let used = 0;
  for (const [i, source] of reply.sources.entries()) {
    const line = `- ${markdownLink(escapeMentions(source.title), source.url)}`;
    const remaining = reply.sources.length - i - 1;
    const reserve = remaining > 0 ? 24 : 0; // room for the "…and N more" line
    if (used + line.length + 1 + reserve > EMBED.fieldValue) {
      lines.push(`…and ${reply.sources.length - i} more`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return [{ name: SOURCES_LABEL, value: truncate(lines.join('\n'), EMBED.fieldValue) }];
}

/**
 * A button shows at most 80 characters, so a longer related topic's title would be read cut
 * short: the titles are then listed in full, as the terminal and ask --json list them under an
 * answer. Other replies list their choices in their text.
 */
function relatedFields(reply: Reply): APIEmbedField[] {
  const related = reply.kind === 'answer' ? reply.followUps.map((f) => f.label.trim()) : [];
  if (!related.some((label) => label.length > COMPONENTS.buttonLabel)) return [];
  return [{ name: RELATED_LABEL, value: truncate(related.map((label) => `- ${escapeMentions(label)}`).join('\n'), EMBED.fieldValue) }];
}

/** "Reviewed 21 Nov 2026 · <notice>": the footer takes no Markdown, so plain text only. */
function footerText(reply: Reply): string | undefined {
  const parts: string[] = [];
  if (reply.reviewed) parts.push(`${REVIEWED_LABEL} ${formatDate(reply.reviewed)}`);
  if (reply.notice) parts.push(reply.notice.trim());
  return parts.length > 0 ? truncate(escapeMentions(parts.join(' · ')), EMBED.footerText) : undefined;
}

type Button = APIButtonComponentWithCustomId;

/**
 * Follow-ups (and clarify choices) first, then the action row (more, 👍, 👎). Five buttons a row,
 * five rows a message: when they do not all fit, follow-ups give way so feedback is always offered.
 */
function renderButtons(reply: Reply): APIActionRowComponent<Button>[] {
  const seen = new Set<string>();
  const make = (customId: string | null, label: string, style: Button['style'], emoji?: string): Button[] => {
    if (!customId || seen.has(customId)) return []; // Discord rejects duplicate custom_ids in a message
    seen.add(customId);
    const text = truncate(label.trim(), COMPONENTS.buttonLabel);
    const button: Button = { type: ComponentType.Button, custom_id: customId, label: text || '…', style };
    // The thumbs carry the meaning at a glance; skip them if the label already starts with one.
    if (emoji && !text.startsWith(emoji)) button.emoji = { name: emoji };
    return [button];
  };

  const followUpStyle = reply.kind === 'clarify' ? ButtonStyle.Primary : ButtonStyle.Secondary;
  const followUps = reply.followUps.flatMap((f) => make(encodeCustomId({ type: 'followUp', entryId: f.entryId }), f.label, followUpStyle));
  const actions = reply.actions.flatMap((a) =>
    a.type === 'more'
      ? make(encodeCustomId({ type: 'more', entryId: a.entryId }), a.label, ButtonStyle.Primary)
      : make(encodeCustomId({ type: 'feedback', vote: a.vote, entryId: a.entryId }), a.label, ButtonStyle.Secondary, a.vote === 'up' ? '👍' : '👎'),
  );

  const actionRows = rows(actions).slice(0, COMPONENTS.rowsPerMessage);
  const followUpRows = rows(followUps).slice(0, COMPONENTS.rowsPerMessage - actionRows.length);
  return [...followUpRows, ...actionRows];
}

function rows(buttons: Button[]): APIActionRowComponent<Button>[] {
  const result: APIActionRowComponent<Button>[] = [];
  for (let i = 0; i < buttons.length; i += COMPONENTS.buttonsPerRow) {
    result.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + COMPONENTS.buttonsPerRow) });
  }
  return result;
}
