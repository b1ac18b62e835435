// People misspell the very words that tie a date to its event: "they recieved our nominaton on
// 20 nov" named no event, so the date started no clock and the asker got the general answer
// instead of their deadline. A word one typing slip from a word of periods.yaml's cues (a letter
// left out or doubled inside it, two letters swapped, one vowel for another) is read as that word,
// unless the knowledge itself uses the word as written: a real word ("lasting") is never bent into
// a cue ("listing").
import type { KnowledgeBase } from '../../kb/model.js';
import { tokenize } from '../../nlp/normalize.js';
import { MIN_TYPO_LENGTH, typingSlip } from '../../nlp/typos.js';

const cueWordsOf = new WeakMap<KnowledgeBase, string[]>();
const knownWordsOf = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The text with misspelt cue words spelt as the cues spell them; the same text when there are none. */
export function withCuesSpelled(kb: KnowledgeBase, text: string): string {
  const cueWords = cueWordsIn(kb);
  let known: ReadonlySet<string> | undefined;
  return text.replace(/\p{L}+/gu, (typed) => {
    const word = typed.toLowerCase();
    // Short words are mostly one slip from another real word: only the matcher's typo length counts.
    if (word.length < MIN_TYPO_LENGTH || cueWords.includes(word)) return typed;
    // A letter more or less at the end is another form of the word ("decides", "decided"), not a
    // slip: reading one as the other could date an event that has not happened.
    const meant = cueWords.find((cue) => typingSlip(word, cue) && !cue.startsWith(word) && !word.startsWith(cue));
    if (!meant) return typed;
    // Built only when a word looks like a slip: most questions never need it.
    known ??= knownWords(kb);
    return known.has(word) ? typed : meant;
  });
}

function cueWordsIn(kb: KnowledgeBase): string[] {
  let found = cueWordsOf.get(kb);
  if (!found) {
    const periods = kb.periods;
    const cues = periods ? [...periods.events, ...periods.noClock].flatMap((e) => e.cues) : [];
    found = [...new Set(cues.flatMap((c) => c.toLowerCase().match(/\p{L}+/gu) ?? []))].filter((w) => w.length >= MIN_TYPO_LENGTH);
    cueWordsOf.set(kb, found);
  }
  return found;
}

/**
 * Words the knowledge spells on purpose: titles, keywords, answers, synonyms and signposts. Example
 * questions are left out, as the matcher leaves them out of its clean words: editors type their
 * typos into examples to show how people write.
 */
function knownWords(kb: KnowledgeBase): ReadonlySet<string> {
  let found = knownWordsOf.get(kb);
  if (!found) {
    const texts = [
      ...kb.entries.flatMap((e) => [e.title, ...e.keywords, ...e.sections.map((s) => `${s.heading ?? ''} ${s.body}`)]),
      ...Object.entries(kb.synonyms).flatMap(([canonical, variants]) => [canonical, ...variants]),
      ...kb.offTopic.flatMap((o) => o.match),
    ];
    found = new Set(texts.flatMap((t) => tokenize(t)));
    knownWordsOf.set(kb, found);
  }
  return found;
}
