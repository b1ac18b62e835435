// Small talk ("thanks", "ok cheers", "👍", "diolch", "bore da"): a message made up entirely of
// the phrases in conversation.yaml. It gets a short friendly reply and is never a question.
import type { ConversationSettings } from '../kb/model.js';
import { buildPhraseTable, findSpans, type PhraseTable } from './phrase-spans.js';

/** The kind's name, or FILLER for a word that may go with small talk but is not small talk alone. */
const FILLER = '';

export type SmallTalkTable = PhraseTable<string>;

export function buildSmallTalkTable(settings: ConversationSettings): SmallTalkTable {
  const phrases = settings.smallTalk.flatMap((kind) => kind.phrases.map((p) => ({ tokens: smallTalkTokens(p), tag: kind.name })));
  const fillers = settings.smallTalkFillers.map((p) => ({ tokens: smallTalkTokens(p), tag: FILLER }));
  return buildPhraseTable([...phrases, ...fillers]);
}

/** The small-talk kind a whole message is (thanks, greeting...), or undefined for anything else. */
export function smallTalkKind(text: string, table: SmallTalkTable, settings: ConversationSettings): string | undefined {
  const tokens = smallTalkTokens(text);
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const spans = findSpans(tokens, table);
  const covered = spans.reduce((n, s) => n + (s.end - s.start), 0);
  if (covered !== tokens.length) return undefined;
  const kinds = new Set(spans.map((s) => s.tag).filter((t) => t !== FILLER));
  // The first kind listed wins: "ok thanks" is thanks.
  return settings.smallTalk.find((k) => kinds.has(k.name))?.name;
}

/**
 * Lower-case words and emoji, punctuation dropped: "Thanks!! 👍🏽" -> ["thanks", "👍"]. Skin tones
 * and emoji presentation selectors are removed so every variant of an emoji matches.
 */
export function smallTalkTokens(text: string): string[] {
  const cleaned = text
    .slice(0, 300)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D]/gu, '')
    .replace(/[\u2018\u2019']/g, '');
  return cleaned.match(/\p{Extended_Pictographic}|[\p{L}\p{N}]+/gu) ?? [];
}
