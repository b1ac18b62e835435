// An entry's `facets:` header: facet -> one value or a list of values, e.g.
// `facets: { subject: right-to-bid, stage: [nomination, decision], aspect: who }`.
// Names are checked against facets.yaml once the whole folder is read (checkEntryFacets).
import type { EntryFacets } from './model.js';

type Report = (field: string, message: string) => void;

export function readEntryFacets(raw: unknown, error: Report): EntryFacets {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    error('facets', 'facets must be "name: value" pairs, e.g. facets: { subject: right-to-bid, stage: nomination }.');
    return {};
  }
  const out: Record<string, string[]> = Object.create(null);
  for (const [facet, value] of Object.entries(raw as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v !== 'string' || !v.trim())) {
      error('facets', `The facet "${facet}" must be a value name or a list of them, e.g. ${facet}: [first, second].`);
      continue;
    }
    out[facet] = values.map((v) => (v as string).trim());
  }
  return out;
}
