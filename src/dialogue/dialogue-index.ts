// The dialogue's prebuilt tables for one version of the knowledge (small-talk phrases, facet
// signals), built on first use and kept as long as that knowledge is current. The entries'
// vocabularies are built apart, on the first follow-up that needs them: reading every entry's
// words is the larger part of the cost, and a first question never needs it.
import type { Entry, KnowledgeBase } from '../kb/model.js';
import { stem } from '../nlp/natural.js';
import { tokenize } from '../nlp/normalize.js';
import { buildSignalTables, type SignalTables } from './facet-signals.js';
import { wherePhrases } from './where-words.js';
import { buildSmallTalkTable, type SmallTalkTable } from './small-talk.js';

export interface DialogueIndex {
  smallTalk: SmallTalkTable;
  signals: SignalTables;
  /** Stems of conversation.yaml `storyWords`: the people in the asker's story and how they heard. */
  storyStems: ReadonlySet<string>;
  /** conversation.yaml `whereWords`, each split into its words. */
  wherePhrases: readonly (readonly string[])[];
}

export interface EntryVocabulary {
  /** entry id -> every word stem the entry uses (title, examples, keywords, answer). */
  vocabulary: Map<string, ReadonlySet<string>>;
  /** Every word stem any entry uses. */
  known: ReadonlySet<string>;
  /** word stem -> how many entries use it (1: a word of one entry's alone, such as a name). */
  users: ReadonlyMap<string, number>;
}

const built = new WeakMap<KnowledgeBase, DialogueIndex>();
const vocabularies = new WeakMap<KnowledgeBase, EntryVocabulary>();
const subjectVocabularies = new WeakMap<KnowledgeBase, Map<string, ReadonlySet<string>>>();

export function dialogueIndex(kb: KnowledgeBase): DialogueIndex {
  let index = built.get(kb);
  if (!index) {
    const c = kb.conversation;
    index = {
      smallTalk: buildSmallTalkTable(c),
      signals: buildSignalTables(kb.facets, { cues: c.followUpCues, freshCues: c.freshCues, asideCues: c.asideCues, notPointing: c.notPointing, referring: c.referringWords, asker: c.askerWords, group: c.groupWords, advisor: c.advisorWords, helper: c.helperWords }),
      storyStems: new Set(c.storyWords.map(stem)),
      wherePhrases: wherePhrases(c.whereWords),
    };
    built.set(kb, index);
  }
  return index;
}

export function entryVocabulary(kb: KnowledgeBase): EntryVocabulary {
  let found = vocabularies.get(kb);
  if (!found) {
    const vocabulary = new Map(kb.entries.map((e) => [e.id, vocabularyOf(e)]));
    const users = new Map<string, number>();
    for (const words of vocabulary.values()) for (const w of words) users.set(w, (users.get(w) ?? 0) + 1);
    found = { vocabulary, known: new Set(users.keys()), users };
    vocabularies.set(kb, found);
  }
  return found;
}

/** Every word stem the entries on a subject use ("right-to-build": its four entries' words together). */
export function subjectVocabulary(kb: KnowledgeBase, subject: string): ReadonlySet<string> {
  let bySubject = subjectVocabularies.get(kb);
  if (!bySubject) subjectVocabularies.set(kb, (bySubject = new Map()));
  let found = bySubject.get(subject);
  if (!found) {
    const { vocabulary } = entryVocabulary(kb);
    found = new Set(kb.entries.filter((e) => e.facets.subject?.includes(subject)).flatMap((e) => [...(vocabulary.get(e.id) ?? [])]));
    bySubject.set(subject, found);
  }
  return found;
}

function vocabularyOf(entry: Entry): Set<string> {
  const text = [entry.title, ...entry.questions, ...entry.keywords, ...entry.sections.map((s) => `${s.heading ?? ''} ${s.body}`)].join(' ');
  return new Set(tokenize(text).map(stem));
}
