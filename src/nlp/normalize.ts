// Turns raw chat text into plain lower-case words: removes platform markup (mentions, channel
// links, URLs), folds UK/US spelling and number words, and splits into tokens.
import { toUkSpelling } from './spelling.js';

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fifteen: '15', eighteen: '18', twenty: '20', 'twenty-one': '21', 'twenty-five': '25', 'twenty-eight': '28',
};

/** Strips chat-platform markup so "<@U123> what is an ACV?" reads as "what is an ACV?". */
export function stripMarkup(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, ' $2 ') // Slack link with label: keep the label only
    .replace(/<[@#!][^>]*>/g, ' ') // Slack/Discord user, channel, role and special mentions
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[*_~`>|]+/g, ' ');
}

export function normalizeText(text: string): string {
  return stripMarkup(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/\b(\w+)n't\b/g, '$1 not')
    .replace(/'(s|re|ve|ll|d|m)\b/g, ' ')
    .replace(/twenty[ -]?(one|five|eight)/g, (_m, unit: string) => `twenty-${unit}`)
    .replace(/[^a-z0-9£\- ]+/g, ' ')
    .replace(/(^|\s)-+|-+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case words with spelling and number words folded, hyphenated words split. */
export function tokenize(text: string): string[] {
  return tokenizeNormalised(normalizeText(text));
}

/** tokenize() for text already through normalizeText(), so the pipeline normalises once. */
export function tokenizeNormalised(normalised: string): string[] {
  const out: string[] = [];
  for (const raw of normalised.split(' ')) {
    if (!raw) continue;
    const word = NUMBER_WORDS[raw] ?? raw;
    if (word.includes('-')) out.push(...word.split('-').filter(Boolean).map(toUkSpelling));
    else out.push(toUkSpelling(word));
  }
  return out;
}
