// Folds US spellings into the UK spellings the knowledge is written in.
// A Map, not an object literal: a word such as "constructor" must not find Object.prototype.
const WORDS: ReadonlyMap<string, string> = new Map([
  ['neighbor', 'neighbour'], ['neighbors', 'neighbours'], ['neighborhood', 'neighbourhood'], ['neighborhoods', 'neighbourhoods'],
  ['neighboring', 'neighbouring'], ['center', 'centre'], ['centers', 'centres'], ['program', 'programme'], ['programs', 'programmes'],
  ['favor', 'favour'], ['labor', 'labour'], ['license', 'licence'], ['defense', 'defence'], ['offense', 'offence'],
  ['practise', 'practice'], ['enroll', 'enrol'], ['fulfill', 'fulfil'], ['color', 'colour'], ['honor', 'honour'], ['mold', 'mould'],
  ['catalog', 'catalogue'], ['fiber', 'fibre'], ['theater', 'theatre'], ['meter', 'metre'],
]);

export function toUkSpelling(word: string): string {
  const direct = WORDS.get(word);
  if (direct) return direct;
  // organize -> organise, organization -> organisation; short words like "size" are left alone.
  if (word.length >= 7) {
    const folded = word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
    if (folded !== word) return folded;
  }
  return word;
}
