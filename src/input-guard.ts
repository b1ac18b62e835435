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
  if (latin / letters.length < 0.5 || looksForeign(stripped)) return 'otherLanguage';
  if (GREETING.test(stripped)) return 'greeting';
  if (HELP.test(stripped)) return 'help';
  return 'ok';
}

// Common little words of the languages people nearby are likely to write in (Welsh, Spanish,
// French, German, Polish, Portuguese, Italian) that are not also English words.
const FOREIGN_FUNCTION_WORDS = new Set([
  'yr', 'mae', 'yn', 'ein', 'beth', 'sut', 'ydy', 'gyda', 'ble', 'pam', 'hefyd', 'eu', 'wedi', 'fy', 'dy',
  'el', 'los', 'las', 'del', 'que', 'por', 'para', 'con', 'una', 'mi', 'es', 'cómo', 'qué', 'puedo', 'nuestro', 'nuestra',
  'le', 'les', 'des', 'du', 'et', 'est', 'pour', 'avec', 'une', 'je', 'nous', 'vous', 'comment', 'quoi', 'notre', 'peut',
  'der', 'die', 'das', 'und', 'ist', 'ich', 'wir', 'nicht', 'mit', 'für', 'wie', 'was', 'ein', 'eine', 'unser', 'kann',
  'jak', 'czy', 'nie', 'się', 'dla', 'nasz', 'jest', 'mogę', 'não', 'uma', 'como', 'nosso', 'il', 'della', 'perché', 'sono',
]);
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'is', 'are', 'can', 'how', 'what', 'we', 'our', 'do', 'does', 'of', 'to', 'and', 'for', 'it', 'my', 'you', 'who', 'when', 'where', 'why']);

function looksForeign(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length < 3) return false;
  const foreign = words.filter((w) => FOREIGN_FUNCTION_WORDS.has(w)).length;
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return foreign >= 2 && foreign / words.length >= 0.25 && english <= foreign / 3;
}
