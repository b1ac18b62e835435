// Defining concepts ("anchors"): an entry may answer only when the question carries one, so a
// question that shares a single everyday word with the knowledge ("windows", "best", "bid") is
// never answered on that word alone.
// An entry's anchors are the concepts of its title and keywords (and any declared `anchors:`):
// two-word concepts always ("interim moratorium", "awards lottery"), single words when few entries
// use them and they are not everyday words. A topic's anchors are the single words of its titles
// and keywords concentrated in that topic ("moratorium" for the Right to Bid). Everyday words are
// listed in the fitted weights (a seed list plus words seen in declined questions).
import type { Lexicon } from './analyze.js';
import { analyze } from './analyze.js';
import { clauses } from './focus.js';
import type { IndexedEntry } from './search-index.js';
import type { Weights } from './weights.js';

export interface AnchorSets {
  /** Per entry position: its anchor units (stems, or "stem stem" for two-word concepts). */
  entry: Set<string>[];
  /** Per topic id: the topic's anchor stems. */
  topic: Map<string, Set<string>>;
  /** Everyday stems that never anchor on their own. */
  generic: Set<string>;
}

export interface AnchorHit {
  /** 2: one of the entry's own concepts; 1: a concept of its topic; 0: none. */
  level: 0 | 1 | 2;
  unit?: string;
}

export function learnAnchors(entries: IndexedEntry[], lexicon: Lexicon, weights: Weights): AnchorSets {
  const generic = new Set(weights.anchors.generic);
  // Each clause of a title is read on its own: "Can the owner challenge the listing, and how long
  // do they have?" has no concept "listing how long".
  const conceptsOf = (ie: IndexedEntry) => [ie.entry.title, ...ie.entry.keywords, ...(ie.entry.anchors ?? [])].flatMap((text) => clauses(text).map((c) => analyze(c, lexicon).terms));
  const concepts = entries.map(conceptsOf);
  // How many entries name each single word in their title or keywords.
  const df = new Map<string, number>();
  for (const list of concepts) for (const t of new Set(list.flat())) df.set(t, (df.get(t) ?? 0) + 1);
  const maxDf = Math.max(1, Math.round(weights.anchors.maxEntryShare * entries.length));

  const entry = concepts.map((list, i) => {
    const set = new Set<string>();
    const declared = new Set((entries[i].entry.anchors ?? []).map((a) => analyze(a, lexicon).terms.join(' ')));
    for (const terms of list) {
      // Declared anchors are taken as written: a single word, and every pair even of everyday
      // words ("best value" for best consideration).
      const isDeclared = declared.has(terms.join(' '));
      if (isDeclared && terms.length === 1) set.add(terms[0]);
      for (let k = 0; k + 1 < terms.length; k++) if (isDeclared || !(generic.has(terms[k]) && generic.has(terms[k + 1]))) set.add(`${terms[k]} ${terms[k + 1]}`);
      for (const t of terms) if (!generic.has(t) && (df.get(t) ?? 0) <= maxDf && !/^\d+$/.test(t)) set.add(t);
      // A phrase of three words or more is specific even when each word and pair is everyday
      // ("community housing fund", "association of local councils"): the whole run counts.
      for (let k = 0; k + 2 < terms.length; k++) set.add(terms.slice(k, k + 3).join(' '));
    }
    return set;
  });

  const topic = new Map<string, Set<string>>();
  const byTopic = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  entries.forEach((ie, i) => {
    const counts = byTopic.get(ie.entry.topic) ?? new Map<string, number>();
    byTopic.set(ie.entry.topic, counts);
    for (const t of new Set(concepts[i].flatMap(unitsOf))) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      total.set(t, (total.get(t) ?? 0) + 1);
    }
  });
  for (const [id, counts] of byTopic) {
    const set = new Set<string>();
    for (const [t, c] of counts) {
      // Pairs of everyday words still name a topic when concentrated in it ("right build").
      if (generic.has(t) || /^\d+$/.test(t)) continue;
      if (c >= 2 && c / total.get(t)! >= weights.anchors.topicConcentration) set.add(t);
    }
    topic.set(id, set);
  }
  return { entry, topic, generic };
}

/** A concept's single stems and adjacent pairs. */
function unitsOf(terms: string[]): string[] {
  const out = [...terms];
  for (let k = 0; k + 1 < terms.length; k++) out.push(`${terms[k]} ${terms[k + 1]}`);
  return out;
}

/** The topics whose defining concepts the question carries. */
export function topicsNamed(anchors: AnchorSets, units: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const [topic, set] of anchors.topic) for (const u of set) if (units.has(u)) out.add(topic);
  return out;
}

/** The question's concept units: its content stems and each adjacent pair and triple of them. */
export function questionUnits(terms: string[], breaks?: ReadonlySet<number>): Set<string> {
  const units = new Set(terms);
  // A phrase never runs across a clause mark (`breaks`: where each later clause starts).
  const starts = (k: number) => breaks?.has(k) === true;
  for (let k = 0; k + 1 < terms.length; k++) if (!starts(k + 1)) units.add(`${terms[k]} ${terms[k + 1]}`);
  for (let k = 0; k + 2 < terms.length; k++) if (!starts(k + 1) && !starts(k + 2)) units.add(terms.slice(k, k + 3).join(' '));
  return units;
}

export function anchorHit(anchors: AnchorSets, position: number, topic: string, units: Set<string>): AnchorHit {
  let best: string | undefined;
  for (const u of anchors.entry[position]) if (units.has(u) && (!best || u.length > best.length)) best = u;
  if (best) return { level: 2, unit: best };
  for (const u of anchors.topic.get(topic) ?? []) if (units.has(u)) return { level: 1, unit: u };
  return { level: 0 };
}
