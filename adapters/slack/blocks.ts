// Small Block Kit constructors that apply Slack's per-field limits, so no caller can build a
// block the API would refuse. Text passed as mrkdwn must already be escaped (see mrkdwn.ts).
import type { types } from '@slack/bolt';
import { encodeActionId, type ButtonIntent } from './action-ids.js';
import { SLACK_LIMITS, truncatePlain } from './limits.js';
import { truncateMrkdwn } from './mrkdwn.js';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;

export function headerBlock(text: string): types.HeaderBlock {
  // plain_text is never parsed for mentions or links, so it needs no escaping.
  return { type: 'header', text: { type: 'plain_text', text: truncatePlain(text, SLACK_LIMITS.headerText), emoji: true } };
}

/** `blockId` names a section for whoever reads the message back (unique within a message). */
export function sectionBlock(mrkdwn: string, blockId?: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, SLACK_LIMITS.sectionText) }, ...(blockId ? { block_id: blockId } : {}) };
}

/**
 * The block_id prefix of a section that previews what "More detail" gives in full (the short
 * form of worked-out dates): the full answer is the message without these, plus the detail, as
 * `ask --json` counts it.
 */
export const PREVIEW_BLOCK_PREFIX = 'preview-';

export function contextBlock(mrkdwnLines: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: mrkdwnLines
      .slice(0, SLACK_LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn' as const, text: truncateMrkdwn(text, SLACK_LIMITS.contextText) })),
  };
}

export function button(label: string, intent: ButtonIntent, style?: 'primary' | 'danger'): Button {
  const text = truncatePlain(label.trim() || intent.entryId, SLACK_LIMITS.buttonText);
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: encodeActionId(intent).slice(0, SLACK_LIMITS.actionId),
    value: intent.entryId.slice(0, SLACK_LIMITS.buttonValue),
    ...(style ? { style } : {}),
  };
}

/** Buttons in actions blocks of at most 25, dropping repeats (action_ids must be unique). */
export function actionsBlocks(buttons: Button[]): types.ActionsBlock[] {
  const seen = new Set<string>();
  const unique = buttons.filter((b) => !seen.has(b.action_id ?? '') && seen.add(b.action_id ?? ''));
  const blocks: types.ActionsBlock[] = [];
  for (let i = 0; i < unique.length; i += SLACK_LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: unique.slice(i, i + SLACK_LIMITS.actionsElements) });
  }
  return blocks;
}

/** Characters of text a block carries, for the whole-message budget. */
export function blockTextLength(block: KnownBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return block.text?.text.length ?? 0;
    case 'context':
      return block.elements.reduce((n, e) => n + ('text' in e && typeof e.text === 'string' ? e.text.length : 0), 0);
    case 'actions':
      return block.elements.reduce((n, e) => n + ('text' in e && e.text && typeof e.text === 'object' ? e.text.text.length : 0), 0);
    default:
      return 0;
  }
}
