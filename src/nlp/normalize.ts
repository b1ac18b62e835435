// Turns raw chat text into plain lower-case words: removes platform markup (mentions, channel
// links, URLs), folds UK/US spelling and number words, and splits into tokens.
// Every expression here runs on user text, so each is linear: no quantified group can overlap
// with what follows it, and unclosed markup is scanned past once, never re-scanned from each `<`.
import { toUkSpelling } from './spelling.js';

// A Map, not an object literal: a word such as "constructor" must not find Object.prototype.
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'],
  ['nine', '9'], ['ten', '10'], ['eleven', '11'], ['twelve', '12'], ['thirteen', '13'], ['fifteen', '15'], ['eighteen', '18'],
  ['twenty', '20'], ['twenty-one', '21'], ['twenty-five', '25'], ['twenty-eight', '28'],
]);

const PERIOD_UNITS: ReadonlyMap<string, string> = new Map([['wk', 'weeks'], ['mth', 'months'], ['yr', 'years']]);

/** Strips chat-platform markup so "<@U123> what is an ACV?" reads as "what is an ACV?". */
export function stripMarkup(text: string): string {
  return withoutCodeBlocks(text)
    // `<` is excluded inside the brackets so an unclosed `<http:` stops at the next `<`: linear.
    .replace(/<(https?:[^|<>]+)\|([^<>]*)>/g, ' $2 ') // Slack link with label: keep the label only
    .replace(/<[@#!][^<>]*>/g, ' ') // Slack/Discord user, channel, role and special mentions
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ')
    .replace(/[*_~`>|]+/g, ' ');
}

/** Removes ``` fenced blocks; an unclosed fence is left as text (one indexOf pass, not a lazy regex). */
function withoutCodeBlocks(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('```', from);
    const close = open < 0 ? -1 : text.indexOf('```', open + 3);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open) + ' ';
    from = close + 3;
  }
}

/**
 * Letters with accents read as the plain letter: "café" is "cafe" (the plain-letter filter below
 * would otherwise cut it to "caf"), "Môn" is "Mon", as most people type them.
 */
function withoutAccents(text: string): string {
  return /[^\u0000-\u007f]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC') : text;
}

export function normalizeText(text: string): string {
  return stripMarkup(withoutAccents(text.normalize('NFKC')))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    // "isn't" -> "is not": a one-character lookbehind instead of (\w+), which backtracks per letter.
    .replace(/(?<=\w)n't\b/g, ' not')
    .replace(/'(s|re|ve|ll|d|m)\b/g, ' ')
    // Contractions typed without the apostrophe ("dont", "havent", "theyre") read as written
    // out, as "don't" does: otherwise they count as words the knowledge never uses. "cant" and
    // "wont" are words in their own right, but in a chat about community rights they are always
    // "can't" and "won't" ("what services cant we challenge").
    .replace(/\b(do|does|did|is|are|was|were|have|has|had|could|should|would|must|need)nt\b/g, '$1 not')
    .replace(/\bcant\b/g, 'can not')
    .replace(/\bwont\b/g, 'will not')
    .replace(/\b(they|you)re\b/g, '$1 are')
    .replace(/\btheyr\b/g, 'they are')
    // "theyll", "itll" read as "they'll" and "it'll" do, the "'ll" dropped. Only pronouns and
    // question words are read this way: "well", "ill", "hell" and "shell" are words.
    .replace(/\b(they|you|it|that|there|what|who)ll\b/g, '$1')
    // "wed", "theyd", "youd" read as "we'd", "they'd" and "you'd" do ("what if wed gone for the
    // whole parish"). Not "hed", "shed" or "id", which are words.
    .replace(/\b(we|they|you)d\b/g, '$1')
    // "weve", "theyve", "youve" and "ive" read as "we've" and the rest do, the "'ve" dropped
    // ("and once weve got a plan made"): none is a word of its own.
    .replace(/\b(we|they|you|i)ve\b/g, '$1')
    // Question words typed fast ("wat is", "hw long", "whats") read as written out, so a question's
    // form and staff patterns see them.
    .replace(/\b(wat|wot|wut)\b/g, 'what')
    .replace(/\b(whats|wots|wats|wuts)\b/g, 'what is')
    .replace(/\bwhos\b/g, 'who is')
    .replace(/\bhw\b/g, 'how')
    .replace(/\bwen\b/g, 'when')
    .replace(/\bwhr\b/g, 'where')
    .replace(/twenty[ -]?(one|five|eight)\b/g, (_m, unit: string) => `twenty-${unit}`)
    // Text-speak run together ("awards4all", "right2bid"): a 4 or 2 between words is "for" or "to".
    .replace(/\b([a-z]{3,})([42])([a-z]{2,})\b/g, (_m, before: string, digit: string, after: string) => `${before} ${digit === '4' ? 'for' : 'to'} ${after}`)
    // "6wk", "18mths", "5yrs": a number run into its unit is read as the period it names.
    .replace(/\b(\d{1,4}) ?(wks?|mths?|yrs?)\b/g, (_m, n: string, unit: string) => `${n} ${PERIOD_UNITS.get(unit.replace(/s$/, ''))}`)
    // Amounts written any way ("£250,000", "£250k", "£0.25m", "20 grand") read as one number.
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/(£?)(\d{1,6}(?:\.\d{1,3})?) ?(k|grand|m|mn|million|bn|billion)\b/g, amount)
    // "For £1", "a £1 lease": a pound is the nominal sum of a transfer, not an amount whose digits
    // could match any "1" (larger sums were folded into one number above).
    .replace(/£1(?:\.00)?(?!\.?\d)|\b(?:1|one) pound\b/g, 'nominal sum')
    // "what % do we need?": the sign is a word, not punctuation.
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9£\- ]+/g, ' ')
    .split(' ')
    .map(trimHyphens)
    .filter(Boolean)
    .join(' ');
}

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['grand', 1e3], ['m', 1e6], ['mn', 1e6], ['million', 1e6], ['bn', 1e9], ['billion', 1e9],
]);

/** "£250k" -> "£250000". A bare "2m" may be metres, so "m" needs the pound sign. */
function amount(match: string, pound: string, n: string, unit: string): string {
  if ((unit === 'm' || unit === 'mn') && !pound) return match;
  return `${pound}${Math.round(Number(n) * MULTIPLIERS.get(unit)!)}`;
}

/** Stray hyphens ("- query -") go; inner ones ("right-to-bid") stay. */
function trimHyphens(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === '-') start++;
  while (end > start && word[end - 1] === '-') end--;
  return word.slice(start, end);
}

/** Lower-case words with spelling and number words folded, hyphenated words split. */
export function tokenize(text: string): string[] {
  return tokenizeNormalised(normalizeText(text));
}

/** tokenize() for text already through normalizeText(), so the pipeline normalises once. */
export function tokenizeNormalised(normalised: string): string[] {
  const out: string[] = [];
  const raws = normalised.split(' ');
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    if (!raw) continue;
    let word = NUMBER_WORDS.get(raw) ?? raw;
    // An amount is matched on its digits, whether or not it was written with a pound sign.
    if (/^£\d/.test(word)) word = word.slice(1);
    // "twenty grand": the number word becomes digits only here.
    if (/^\d{1,6}$/.test(word) && raws[i + 1] === 'grand') {
      word = String(Number(word) * 1000);
      i++;
    }
    if (word.includes('-')) {
      for (const part of word.split('-')) if (part) out.push(toUkSpelling(NUMBER_WORDS.get(part) ?? part));
    } else out.push(toUkSpelling(word));
  }
  return out;
}
