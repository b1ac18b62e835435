// Reads an entry's `perUnit` field: an amount the answer states per unit ("£100 per council-tax
// dwelling"), so a question that gives its own number of units ("we've got 640 dwellings, what's
// the most we'd get?") is shown the sum worked out rather than left to do it. The units are plain
// phrases, never patterns, so staff text cannot make the search slow.
import type { PerUnit } from './model.js';

const PLACES = ['{count}', '{total}'];

export function readPerUnit(v: unknown, error: (field: string, message: string) => void): PerUnit | undefined {
  if (v === undefined) return undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    error('perUnit', 'perUnit must be a group of fields: units, amount, heading and says (see the knowledge README).');
    return undefined;
  }
  const p = v as Record<string, unknown>;
  let ok = true;
  const fail = (field: string, message: string) => {
    ok = false;
    error(field, message);
  };
  const unitsWanted = 'perUnit.units must be a list of plain phrases naming what is counted (for example "council tax dwellings").';
  const units = phrases(p.units ?? [], 'perUnit.units', fail, unitsWanted);
  // Reported once: a list that was wrong has already said so.
  if (ok && units.length === 0) fail('perUnit.units', unitsWanted);
  const amount = typeof p.amount === 'number' && Number.isFinite(p.amount) && p.amount > 0 ? p.amount : undefined;
  if (amount === undefined) fail('perUnit.amount', 'perUnit.amount must be a number of pounds above zero (for example 100).');
  const heading = typeof p.heading === 'string' ? p.heading.trim() : '';
  if (!heading) fail('perUnit.heading', 'perUnit.heading must name the worked sum in a few words (for example "Worked out for your parish").');
  const says = typeof p.says === 'string' ? p.says.trim() : '';
  const missing = PLACES.filter((place) => !says.includes(place));
  if (missing.length) fail('perUnit.says', `perUnit.says must be the sentence shown, with ${PLACES.join(' and ')} where the number given and the sum go (missing: ${missing.join(', ')}).`);
  const looseUnits = optional(p.looseUnits, 'perUnit.looseUnits', fail);
  const ownCues = optional(p.ownCues, 'perUnit.ownCues', fail);
  if (looseUnits?.length && !ownCues?.length) fail('perUnit.ownCues', 'perUnit.looseUnits needs perUnit.ownCues: the words that say the number is the asker\'s own (for example "we\'ve got", "a parish of").');
  const otherCues = optional(p.otherCues, 'perUnit.otherCues', fail);
  const loose = looseUnits?.length && ownCues?.length ? { looseUnits, ownCues, ...(otherCues?.length ? { otherCues } : {}) } : {};
  return ok && amount !== undefined ? { units, amount, heading, says, ...loose } : undefined;
}

/** A list of plain phrases, lower-case; a wrong one is reported on its field. */
function phrases(v: unknown, field: string, fail: (field: string, message: string) => void, wanted = `${field} must be a list of plain phrases (no patterns).`): string[] {
  const given = Array.isArray(v) ? v : [];
  const list = given.filter((u): u is string => typeof u === 'string' && u.trim() !== '').map((u) => u.trim().toLowerCase());
  if (!Array.isArray(v) || list.length !== given.length) fail(field, wanted);
  return list;
}

/** An optional list of plain phrases: absent is no list. */
function optional(v: unknown, field: string, fail: (field: string, message: string) => void): string[] | undefined {
  return v === undefined ? undefined : phrases(v, field, fail);
}
