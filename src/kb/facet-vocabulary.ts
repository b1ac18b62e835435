// Reads and checks facets.yaml: the facets entries declare (subject, stage, party, outcome,
// aspect), their values, and the words that signal each value in a follow-up question. Nation is
// a facet too, but its values are the entries' `jurisdictions` and its words are place names.
import type { KnowledgeProblem } from '../errors.js';

type Report = (field: string | undefined, message: string) => void;

export interface FacetValue {
  value: string;
  /** Words or short phrases that, in a follow-up, ask about this value ("turned down" -> refused). */
  signals: string[];
}

export interface FacetDefinition {
  name: string;
  /** How much agreeing on this facet counts when a follow-up is resolved. */
  weight: number;
  /** In the order listed; for an ordered facet this is the order "what happens next?" follows. */
  values: FacetValue[];
  /** Phrases that move this facet on to its next value ("what happens next?"). */
  next: string[];
  /**
   * Phrases that contain a signal word but are not about this facet ("grade II listed" is a
   * heritage listing, not the listing stage): read as plain words.
   */
  not: string[];
  /**
   * value -> another facet's value that asking for it also asks for ("any grants for it?" asks
   * what things cost, whatever the last question asked); used when the follow-up names no value
   * of that other facet.
   */
  implies: Map<string, { facet: string; value: string }>;
  /**
   * Values off the usual course ("review": the owner's challenge to a listing happens only if the
   * owner asks for it): "what happens next?" passes over them, and naming them still reaches them.
   */
  aside: string[];
}

export interface FacetVocabulary {
  facets: FacetDefinition[];
}

/** The facet whose values come from each entry's `jurisdictions`. */
export const NATION_FACET = 'nation';

/** The facet of which right or route an entry or question is about. */
export const SUBJECT_FACET = 'subject';

const NAME = /^[a-z][a-z0-9-]*$/;

export function emptyVocabulary(): FacetVocabulary {
  return { facets: [] };
}

export function readFacetVocabulary(data: unknown, report: Report): FacetVocabulary {
  if (data === undefined || data === null) return emptyVocabulary();
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(undefined, 'facets.yaml must list facets, each "name:" with a weight and its values.');
    return emptyVocabulary();
  }
  const facets: FacetDefinition[] = [];
  for (const [name, raw] of Object.entries(data as Record<string, unknown>)) {
    // Names become keys of conversation state, so none may be a built-in property name ("constructor").
    if (!NAME.test(name) || name in Object.prototype) {
      report(name, `"${name}" is not a usable facet name: lowercase letters, digits and hyphens, and not a reserved word.`);
      continue;
    }
    const spec = (raw ?? {}) as Record<string, unknown>;
    const weight = spec.weight;
    if (typeof weight !== 'number' || !(weight > 0)) report(name, `The facet "${name}" needs a weight: a number above 0 (for example weight: 2).`);
    const values = name === NATION_FACET ? [] : readValues(name, spec.values, report);
    const next = phraseList(spec.next, `${name}.next`, report);
    const not = phraseList(spec.not, `${name}.not`, report);
    const aside = phraseList(spec.aside, `${name}.aside`, report);
    for (const value of aside) if (!values.some((v) => v.value === value)) report(`${name}.aside`, `"${value}" in ${name}.aside is not one of the values "${name}" lists.`);
    facets.push({ name, weight: typeof weight === 'number' && weight > 0 ? weight : 1, values, next, not, implies: new Map(), aside });
  }
  for (const [name, raw] of Object.entries(data as Record<string, unknown>)) readImplies(name, (raw ?? {}) as Record<string, unknown>, facets, report);
  return { facets };
}

/** `implies: { funding: { aspect: cost } }`: every name must be a facet and value facets.yaml lists. */
function readImplies(name: string, spec: Record<string, unknown>, facets: FacetDefinition[], report: Report): void {
  const facet = facets.find((f) => f.name === name);
  if (!facet || spec.implies === undefined || spec.implies === null) return;
  const field = `${name}.implies`;
  const valuesOf = (f: FacetDefinition | undefined) => new Set(f?.values.map((v) => v.value));
  if (typeof spec.implies !== 'object' || Array.isArray(spec.implies)) {
    report(field, `${field} must map a value of "${name}" to another facet's value, e.g. implies: { funding: { aspect: cost } }.`);
    return;
  }
  for (const [value, target] of Object.entries(spec.implies as Record<string, unknown>)) {
    const pairs = target && typeof target === 'object' && !Array.isArray(target) ? Object.entries(target as Record<string, unknown>) : [];
    const [other, implied] = pairs[0] ?? [];
    const otherFacet = facets.find((f) => f.name === other && f.name !== name);
    if (!valuesOf(facet).has(value)) report(field, `"${value}" is not a value of the facet "${name}"; use one of: ${[...valuesOf(facet)].join(', ')}.`);
    else if (pairs.length !== 1 || !otherFacet || typeof implied !== 'string' || !valuesOf(otherFacet).has(implied)) {
      report(`${field}.${value}`, `${field}.${value} must name one other facet and one of its values, e.g. { aspect: cost }.`);
    } else facet.implies.set(value, { facet: otherFacet.name, value: implied });
  }
}

function readValues(facet: string, raw: unknown, report: Report): FacetValue[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    report(facet, `The facet "${facet}" needs "values:", each a value name followed by a list of words that signal it (or []).`);
    return [];
  }
  const out: FacetValue[] = [];
  for (const [value, signals] of Object.entries(raw as Record<string, unknown>)) {
    if (!NAME.test(value)) {
      report(`${facet}.values`, `"${value}" is not a usable value name: lowercase letters, digits and hyphens.`);
      continue;
    }
    out.push({ value, signals: phraseList(signals, `${facet}.values.${value}`, report) });
  }
  return out;
}

function phraseList(raw: unknown, field: string, report: Report): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.some((p) => typeof p !== 'string' && typeof p !== 'number')) {
    report(field, `${field} must be a list of words or phrases in square brackets, e.g. [turned down, refused].`);
    return [];
  }
  return raw.map((p) => String(p).trim()).filter(Boolean);
}

/** Every facet value an entry declares must exist in the vocabulary; reported with file and field. */
export function checkEntryFacets(entries: { file: string; facets: Readonly<Record<string, readonly string[]>> }[], vocabulary: FacetVocabulary): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  if (vocabulary.facets.length === 0) return problems;
  const known = new Map(vocabulary.facets.map((f) => [f.name, new Set(f.values.map((v) => v.value))]));
  for (const e of entries) {
    if (Object.keys(e.facets).length === 0) {
      problems.push({ file: e.file, field: 'facets', severity: 'warning', message: 'Add facets (at least a subject) so follow-up questions such as "and in Wales?" or "how long?" can find this entry; see facets.yaml.' });
    }
    for (const [facet, values] of Object.entries(e.facets)) {
      const allowed = known.get(facet);
      if (facet === NATION_FACET) {
        problems.push({ file: e.file, field: 'facets', severity: 'error', message: 'Nation is not set under facets: list the nations in "jurisdictions" instead.' });
      } else if (!allowed) {
        problems.push({ file: e.file, field: 'facets', severity: 'error', message: `"${facet}" is not a facet in facets.yaml (facets are: ${[...known.keys()].filter((k) => k !== NATION_FACET).join(', ')}).` });
      } else {
        for (const v of values) {
          if (!allowed.has(v)) problems.push({ file: e.file, field: 'facets', severity: 'error', message: `"${v}" is not a value of the facet "${facet}" in facets.yaml; use one of: ${[...allowed].join(', ')}.` });
        }
      }
    }
  }
  return problems;
}
