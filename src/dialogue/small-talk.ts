// Small talk ("thanks", "ok cheers", "👍", "diolch", "bore da"): a message made up entirely of
// the phrases in conversation.yaml. It gets a short friendly reply and is never a question. An
// emoji never asks anything, so one the lists do not name goes with small talk like a filler.
// Small talk opening a question ("Thanks! And in Wales?") is taken off before the question is read.
import type { ConversationSettings } from '../kb/model.js';
import { buildPhraseTable, findSpans, type PhraseTable } from './phrase-spans.js';

/** The kind's name, or FILLER for a word that may go with small talk but is not small talk alone. */
const FILLER = '';
/** Longer messages are questions, whatever their words. */
const MAX_TOKENS = 12;
/** A closing ("thanks, we'll ring them tomorrow") may run longer, as it goes on to tell something. */
const MAX_CLOSING_TOKENS = 30;
const EMOJI = /^\p{Extended_Pictographic}$/u;
/** What ends an opening ("Thanks!", "ugh.", "ok, ..."): sentence punctuation or a dash. */
const BREAK = /[.,!?;:…\u2013\u2014-]/;

export type SmallTalkTable = PhraseTable<string>;

export function buildSmallTalkTable(settings: ConversationSettings): SmallTalkTable {
  const phrases = settings.smallTalk.flatMap((kind) => kind.phrases.map((p) => ({ tokens: smallTalkTokens(p), tag: kind.name })));
  const fillers = settings.smallTalkFillers.map((p) => ({ tokens: smallTalkTokens(p), tag: FILLER }));
  return buildPhraseTable([...phrases, ...fillers]);
}

/** The small-talk kind a whole message is (thanks, greeting...), or undefined for anything else. */
export function smallTalkKind(text: string, table: SmallTalkTable, settings: ConversationSettings): string | undefined {
  const tokens = smallTalkTokens(text);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  const kinds = kindsCovering(tokens, table);
  if (!kinds) return undefined;
  // The first kind listed wins: "ok thanks" is thanks.
  const named = settings.smallTalk.find((k) => kinds.has(k.name))?.name;
  return named ?? (tokens.some((t) => EMOJI.test(t)) ? settings.emojiAlone : undefined);
}

/**
 * The closing small talk a message carries when it thanks or says goodbye and goes on to tell
 * rather than ask ("brilliant, thank you, I'll pass it on to the committee", "cheers we'll ring
 * the council tomorrow"): it names a closing kind, has no question mark, and none of its other
 * words is an asking word ("thanks, I need to know when it ends" asks), and what follows its small
 * talk does not carry the conversation on ("thanks, and in Wales").
 */
export function closingKind(text: string, table: SmallTalkTable, settings: ConversationSettings): string | undefined {
  if (text.includes('?') || settings.closingKinds.length === 0) return undefined;
  const tokens = smallTalkTokens(text);
  if (tokens.length === 0 || tokens.length > MAX_CLOSING_TOKENS) return undefined;
  const spans = findSpans(tokens, table);
  const kind = settings.closingKinds.find((k) => spans.some((s) => s.tag === k));
  if (!kind) return undefined;
  const covered = coveredBy(spans);
  const asking = new Set(settings.askingWords.map((w) => smallTalkTokens(w).join(' ')));
  if (tokens.some((t, i) => !covered.has(i) && asking.has(t))) return undefined;
  // "Thanks, and in Wales" carries the conversation on.
  const thanks = spans.find((s) => s.tag === kind)!;
  const rest = tokens.slice(thanks.end).join(' ');
  // A cue opens what the message goes on to ask; "so" in "thanks so much" is followed by more small talk.
  const cues = settings.followUpCues.map((cue) => smallTalkTokens(cue));
  if (cues.some((cue) => `${rest} `.startsWith(`${cue.join(' ')} `) && !covered.has(thanks.end + cue.length))) return undefined;
  return kind;
}

/**
 * Whether a closing tells something about someone ("we'll ring them", "I'll pass it on", "that's
 * brilliant"), rather than being thanks and a bare phrase ("cheers - right to bid in Wales"),
 * which may be a question typed without asking words. Small-talk phrases themselves ("thank you")
 * do not count; their fillers do ("we'll" reads as the filler "well").
 */
export function closingTells(text: string, table: SmallTalkTable, settings: ConversationSettings): boolean {
  const tokens = smallTalkTokens(text);
  const phrases = findSpans(tokens, table).filter((s) => s.tag !== FILLER);
  const inPhrase = coveredBy(phrases);
  const subjects = new Set([...settings.askerWords, ...settings.referringWords, ...settings.advisorWords]);
  return tokens.some((t, i) => !inPhrase.has(i) && subjects.has(CONTRACTED[t] ?? t));
}

/** Contractions as smallTalkTokens leaves them (apostrophe dropped), read as their subject. */
const CONTRACTED: Record<string, string> = { ill: 'i', ive: 'i', im: 'i', id: 'i', well: 'we', weve: 'we', were: 'we', wed: 'we', youll: 'you', youre: 'you', youve: 'you', theyll: 'they', theyre: 'they', theyve: 'they', its: 'it', thats: 'that', itll: 'it', hell: 'he', shell: 'she', hes: 'he', shes: 'she' };

/**
 * The message without the small talk that opens it, when that small talk ends at punctuation and
 * names a kind ("Thanks! And in Wales?" -> "And in Wales?", "ugh. who can help us" -> "who can
 * help us"). Without the punctuation nothing is taken: "right to bid in Wales?" stays whole, and
 * so does "so what happens next?" (a filler alone opens nothing).
 */
export function withoutSmallTalkOpening(text: string, table: SmallTalkTable): string {
  const words = [...text.matchAll(/\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D]*|[\p{L}\p{N}\u2018\u2019']+/gu)];
  const tokens: string[] = [];
  let cut = 0;
  for (const [i, word] of words.slice(0, MAX_TOKENS).entries()) {
    tokens.push(...smallTalkTokens(word[0]));
    const end = word.index + word[0].length;
    const gap = text.slice(end, words[i + 1]?.index ?? text.length);
    const kinds = kindsCovering(tokens, table);
    if (!kinds) break;
    if ([...kinds].some((k) => k !== FILLER) && (BREAK.test(gap) || EMOJI.test(tokens[tokens.length - 1]))) cut = end + gap.length;
  }
  const rest = text.slice(cut);
  return cut > 0 && /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/** The kinds (FILLER included) of phrases covering every token, or undefined if some token is not small talk. */
function kindsCovering(tokens: string[], table: SmallTalkTable): Set<string> | undefined {
  const spans = findSpans(tokens, table);
  const covered = coveredBy(spans);
  if (tokens.some((t, i) => !covered.has(i) && !EMOJI.test(t))) return undefined;
  return new Set(spans.map((s) => s.tag));
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

/** The token positions the spans cover. */
function coveredBy(spans: readonly { start: number; end: number }[]): Set<number> {
  return new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)));
}
