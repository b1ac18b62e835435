// The dialogue's prebuilt tables for one version of the knowledge (small-talk phrases, facet
// signals), built on first use and kept as long as that knowledge is current.
import type { Entry, KnowledgeBase } from '../kb/model.js';
import { stem } from '../nlp/natural.js';
import { tokenize } from '../nlp/normalize.js';
import { buildSignalTables, type SignalTables } from './facet-signals.js';
import { buildSmallTalkTable, type SmallTalkTable } from './small-talk.js';

export interface DialogueIndex {
  smallTalk: SmallTalkTable;
  signals: SignalTables;
  /** entry id -> every word stem the entry uses (title, examples, keywords, answer). */
  vocabulary: Map<string, ReadonlySet<string>>;
  /** Every word stem any entry uses. */
  known: ReadonlySet<string>;
}

const built = new WeakMap<KnowledgeBase, DialogueIndex>();

export function dialogueIndex(kb: KnowledgeBase): DialogueIndex {
  let index = built.get(kb);
  if (!index) {
    const c = kb.conversation;
    index = {
      smallTalk: buildSmallTalkTable(c),
      signals: buildSignalTables(kb.facets, c.followUpCues, c.freshCues, c.referringWords),
      vocabulary: new Map(kb.entries.map((e) => [e.id, vocabularyOf(e)])),
      known: new Set(),
    };
    index.known = new Set([...index.vocabulary.values()].flatMap((v) => [...v]));
    built.set(kb, index);
  }
  return index;
}

function vocabularyOf(entry: Entry): Set<string> {
  const text = [entry.title, ...entry.questions, ...entry.keywords, ...entry.sections.map((s) => `${s.heading ?? ''} ${s.body}`)].join(' ');
  return new Set(tokenize(text).map(stem));
}
