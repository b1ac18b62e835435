// The conversation's current facets and how a follow-up changes them. A follow-up names new
// values ("and in Wales?" -> nation wales); the rest of the facets stay as they were.
import type { Entry, FacetVocabulary, KnowledgeBase } from '../kb/model.js';
import { NATION_FACET, SUBJECT_FACET } from '../kb/facet-vocabulary.js';
import type { Jurisdiction } from '../types.js';
import type { FacetSignals } from './facet-signals.js';

/** facet -> the single value the conversation is on; nation included when it left England. */
export type CurrentFacets = Record<string, string>;

/** The facet that says how things went (refused, missed, accepted). */
const OUTCOME_FACET = 'outcome';

/** The facet of where in a process a question is. */
const STAGE_FACET = 'stage';

/**
 * An entry's own facets: for each, the value the question named if the entry covers it (the
 * council-help entry answering "who deals with the right to challenge?" is on that subject),
 * else the first value the entry declares.
 */
export function facetsOf(entry: Entry, nation?: Jurisdiction, named?: ReadonlyMap<string, ReadonlySet<string>>): CurrentFacets {
  const out: CurrentFacets = {};
  for (const [facet, values] of Object.entries(entry.facets)) {
    const asked = values.find((v) => named?.get(facet)?.has(v));
    if (asked ?? values[0]) out[facet] = asked ?? values[0];
  }
  // What happened is part of the situation even when the answer says nothing of it ("the council
  // turned down our nomination, is that right?" answered by what qualifies): "can we appeal?" is
  // still asked of a refusal.
  const happened = named?.get(OUTCOME_FACET);
  if (!out[OUTCOME_FACET] && happened?.size === 1) out[OUTCOME_FACET] = [...happened][0];
  // The nation the question named, unless the answer does not apply there and was written for
  // one other nation ("we're in derry, is there a right here like scotland has?" answered by the
  // Northern Ireland entry is in Northern Ireland, though Scotland was named first).
  const where = nation && entry.jurisdictions.includes(nation) ? nation : onlyNationOf(entry) ?? nation;
  if (where) out[NATION_FACET] = where;
  return out;
}

/**
 * The nation an entry written for one nation other than England puts the conversation in, whether
 * or not the question named it in words the reader knows ("in NI our council..." answered by the
 * Northern Ireland entry): what is asked next is asked there.
 */
function onlyNationOf(entry: Entry): Jurisdiction | undefined {
  const [only, ...others] = entry.jurisdictions;
  return only !== undefined && others.length === 0 && only !== 'england' ? only : undefined;
}

/**
 * What the follow-up changes: facet -> values. Naming another subject changes it ("and under the
 * 2026 version?"); naming the current one changes nothing. Other values count only if some entry
 * on the conversation's subject declares them ("submit" means nothing for a stage of the Right to
 * Bid), and "what happens next?" moves the stage to the next value such an entry declares.
 */
export function changesFrom(signals: FacetSignals, current: CurrentFacets, kb: KnowledgeBase, topic?: Entry): Map<string, Set<string>> {
  const subject = current.subject;
  const used = declaredOnSubject(kb, subject);
  const changes = new Map<string, Set<string>>();
  const subjects = [...(signals.values.get('subject') ?? [])].filter((v) => v !== subject);
  if (subjects.length) changes.set('subject', new Set(subjects));
  // A value only another subject of the last answer knows moves the conversation to that subject:
  // "how does it get adopted?" after the grant for a neighbourhood plan asks about the plan's vote.
  const otherSubjects = (topic?.facets.subject ?? []).filter((s) => s !== subject);
  // Read only when a value is not found on the conversation's own subject, and then once per subject.
  const usedOn = new Map<string, ReturnType<typeof declaredOnSubject>>();
  const usedThere = (other: string) => usedOn.get(other) ?? usedOn.set(other, declaredOnSubject(kb, other)).get(other)!;
  const movedTo = new Set<string>();
  for (const [facet, values] of signals.values) {
    if (facet === 'subject') continue;
    const kept = [...values].filter((v) => used(facet, v));
    if (!kept.length && !subjects.length) {
      for (const other of otherSubjects) {
        const there = [...values].filter((v) => usedThere(other)(facet, v));
        if (!there.length) continue;
        kept.push(...there);
        movedTo.add(other);
      }
    }
    if (kept.length) changes.set(facet, new Set(kept));
  }
  if (movedTo.size === 1) changes.set('subject', movedTo);
  for (const facet of signals.next) {
    const following = nextValue(kb.facets, facet, current[facet], used);
    // "So he can sell a week later?" at the end of the moratorium: a word of an earlier stage
    // ("sell") in a question that moves on in time speaks of what follows, not of going back.
    const back = changes.get(facet) && [...changes.get(facet)!].every((v) => isBefore(kb.facets, facet, v, current[facet]));
    if (following && (!changes.has(facet) || back)) changes.set(facet, new Set([following]));
  }
  // "Is there anyone who can support us?": asked in the form of "who", it asks for help.
  const aspects = changes.get('aspect');
  if (aspects?.has('help') && aspects.has('who')) aspects.delete('who');
  const nations = signals.nations.filter((n) => n !== current[NATION_FACET] && !(n === 'england' && !current[NATION_FACET]));
  if (nations.length) changes.set(NATION_FACET, new Set(nations));
  return changes;
}

/**
 * The facets after answering `entry` for a follow-up: changed facets take the new value; the
 * others take the entry's first value where it names at most `narrow` values and not the
 * conversation's (council-decision is about the decision stage; the levy entry, about what is
 * paid and what is gained, is about money whatever was asked before), and otherwise keep the
 * conversation's (the Wales entry, about many subjects and aspects, leaves "who can nominate" as
 * the question being asked of Wales). The subject is the exception: an answer is always about one
 * of its own subjects, so after the planning-advice answer (on planning, orders and listing) the
 * conversation is no longer on the grant asked about before, however many subjects it spans.
 */
export function facetsAfter(previous: CurrentFacets, entry: Entry, changes: Map<string, Set<string>>, narrow: number, kb?: KnowledgeBase): CurrentFacets {
  const out: CurrentFacets = { ...previous };
  for (const [facet, values] of Object.entries(entry.facets)) {
    const named = [...(changes.get(facet) ?? [])].find((v) => values.includes(v));
    if (named) out[facet] = named;
    else if (!out[facet] || (!values.includes(out[facet]) && (values.length <= narrow || facet === SUBJECT_FACET))) out[facet] = values[0];
  }
  // Stages belong to a subject: moving to one where no entry has the old stage leaves none behind
  // (after listing under the Right to Bid and then what the 2026 Act changed, "at a discount?"
  // is not asked of a listing stage the new right does not have).
  const stage = out[STAGE_FACET];
  if (kb && stage && out[SUBJECT_FACET] !== previous[SUBJECT_FACET] && !declaredOnSubject(kb, out[SUBJECT_FACET])(STAGE_FACET, stage)) delete out[STAGE_FACET];
  const nation = changes.get(NATION_FACET);
  const where = nation?.size ? [...nation][0] : onlyNationOf(entry);
  if (where) out[NATION_FACET] = where;
  return out;
}

/**
 * The stage an outcome happens at: the first stage from the conversation's on (in the order
 * facets.yaml lists them) where some entry on the subject declares that outcome. "What if they
 * refuse?" after "how do we nominate?" is about the council's decision, not a refusal later on.
 */
export function stageOfOutcome(kb: KnowledgeBase, current: CurrentFacets, outcomes: ReadonlySet<string>): string | undefined {
  const stages = kb.facets.facets.find((f) => f.name === 'stage')?.values.map((v) => v.value) ?? [];
  const from = current.stage ? stages.indexOf(current.stage) : -1;
  if (from < 0) return undefined;
  const onSubject = kb.entries.filter((e) => !current.subject || e.facets.subject?.includes(current.subject));
  return stages.slice(from).find((stage) => onSubject.some((e) => e.facets.stage?.includes(stage) && e.facets.outcome?.some((o) => outcomes.has(o))));
}

/** Whether some entry on `subject` (on any subject, when none is given) declares a facet's value. */
function declaredOnSubject(kb: KnowledgeBase, subject: string | undefined): (facet: string, value: string) => boolean {
  const entries = subject ? kb.entries.filter((e) => e.facets.subject?.includes(subject)) : kb.entries;
  return (facet, value) => entries.some((e) => e.facets[facet]?.includes(value));
}

/** The next value in the facet's order that an entry on the subject declares, passing over values off the usual course. */
function nextValue(vocabulary: FacetVocabulary, facet: string, from: string | undefined, used: (facet: string, value: string) => boolean): string | undefined {
  const definition = vocabulary.facets.find((f) => f.name === facet);
  const values = definition?.values.map((v) => v.value) ?? [];
  // A value off the usual course runs its own course (the owner's review goes on to the tribunal,
  // in the same answer): what follows it is more of it, not the main course's next step.
  if (from && definition?.aside.includes(from)) return from;
  const at = from ? values.indexOf(from) : -1;
  return values.slice(at + 1).find((v) => used(facet, v) && !definition?.aside.includes(v));
}

/** Whether `value` comes before `than` in the facet's order (facets.yaml). */
function isBefore(vocabulary: FacetVocabulary, facet: string, value: string, than: string | undefined): boolean {
  const values = vocabulary.facets.find((f) => f.name === facet)?.values.map((v) => v.value) ?? [];
  return than !== undefined && values.indexOf(value) >= 0 && values.indexOf(value) < values.indexOf(than);
}
