// Classifies input that should not go to the matcher at all: empty, enormous, binary or
// emoji-only, another script, or a bare greeting / request for help.
import { stripMarkup } from './nlp/normalize.js';

export const MAX_QUESTION_CHARS = 2000;

export type GuardVerdict = 'empty' | 'tooLong' | 'unreadable' | 'otherLanguage' | 'greeting' | 'help' | 'ok';

const GREETING = /^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|morning|afternoon|evening|thanks|thank you|thank you very much|ta|cheers)( there| all| everyone| bot)?[!. ]*$/i;
const HELP = /^(help|menu|topics|start|commands|\?+)[!. ]*$/i;

export function guardInput(text: string): GuardVerdict {
  if (text.length > MAX_QUESTION_CHARS) return 'tooLong';
  const stripped = stripMarkup(text).trim();
  if (!stripped) return 'empty';
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(stripped)) return 'unreadable';
  if (HELP.test(stripped)) return 'help';
  const letters = stripped.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'unreadable';
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) return 'otherLanguage';
  if (GREETING.test(stripped)) return 'greeting';
  if (HELP.test(stripped)) return 'help';
  return 'ok';
}
