// How well an entry fits what the conversation is now about: for each facet, a match counts 1, a
// mismatch 0 and an entry that says nothing about the facet a little (conversation.yaml), weighted
// by the facet's weight, and by more for the facets the follow-up changed.
import type { Entry, FacetVocabulary, FollowUpWeights } from '../kb/model.js';
import { NATION_FACET, SUBJECT_FACET } from '../kb/facet-vocabulary.js';

const STAGE_FACET = 'stage';
const OUTCOME_FACET = 'outcome';
/** Credit for an entry written for several nations, against 1 for the one nation asked about. */
const MANY_NATIONS = 0.6;

/** facet -> the values that fit now; `changed` are the facets the follow-up itself named. */
export interface TargetFacets {
  values: Map<string, ReadonlySet<string>>;
  changed: ReadonlySet<string>;
  /**
   * facet -> the value it had before the follow-up changed it, when the follow-up points back at
   * it ("is there funding for it?" after the neighbourhood plan): an entry that declares it too fits best.
   */
  earlier?: Map<string, string>;
}

/** Share of the weighted facets the entry fits, 0..1. */
export function facetFit(entry: Entry, target: TargetFacets, vocabulary: FacetVocabulary, weights: FollowUpWeights): number {
  let fit = 0;
  let total = 0;
  // Stages belong to a subject: the Right to Bid's review is not the Right to Challenge's, so an
  // entry on another subject gets no credit for the stage ("can we appeal?" after the council
  // rejected an expression of interest is not about appealing a refused nomination).
  const subjects = target.values.get(SUBJECT_FACET);
  const offSubject = Boolean(subjects?.size) && (entry.facets[SUBJECT_FACET] ?? []).length > 0 && !declares(entry, SUBJECT_FACET, subjects!);
  for (const f of vocabulary.facets) {
    const wanted = target.values.get(f.name);
    // No outcome asked: the usual course, or an entry on every way it can go, fits better than one
    // branch of it ("how long does it take to make one?" is not about challenging a refused plan).
    if (!wanted?.size && f.name === OUTCOME_FACET) {
      const weight = f.weight * weights.unaskedOutcome;
      total += weight;
      if (declared(entry, f.name).length !== 1) fit += weight;
      continue;
    }
    if (!wanted?.size) continue;
    const weight = f.weight * (target.changed.has(f.name) ? weights.changed : 1);
    total += weight;
    const values = declared(entry, f.name);
    const earlier = target.earlier?.get(f.name);
    const besides = earlier === undefined || values.includes(earlier) ? 1 : weights.earlierSubject;
    if (offSubject && f.name === STAGE_FACET) continue;
    fit += weight * besides * agreement(values, wanted, f.name === NATION_FACET, target.changed.has(f.name), weights.undeclared);
  }
  return total ? fit / total : 0;
}

/** Whether the entry declares one of the wanted values for the facet. */
export function declares(entry: Entry, facet: string, wanted: ReadonlySet<string>): boolean {
  return declared(entry, facet).some((v) => wanted.has(v));
}

function declared(entry: Entry, facet: string): readonly string[] {
  return facet === NATION_FACET ? entry.jurisdictions : entry.facets[facet] ?? [];
}

function agreement(values: readonly string[], wanted: ReadonlySet<string>, nation: boolean, changed: boolean, undeclared: number): number {
  if (values.length === 0) return undeclared;
  if (!values.some((v) => wanted.has(v))) return 0;
  // An entry written for Wales fits a question about Wales better than one for all four nations;
  // England is where nearly everything applies, so there the four-nation entry fits as well,
  // unless the follow-up moved back to England ("and in England?" after Scotland's asset transfer
  // asks for England's own answer, not the overview of where each right applies).
  return nation && values.length > 1 && (!wanted.has('england') || changed) ? MANY_NATIONS : 1;
}
