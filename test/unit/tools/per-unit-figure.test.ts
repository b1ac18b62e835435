// An amount an answer states per unit ("capped at £100 per council-tax dwelling") is worked out
// for the number of units a question gives, and staff get file, line and field when the
// `perUnit:` note in an entry's header is wrong.
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import type { Entry } from '../../../src/kb/model.js';
import { unitsGiven, withPerUnitFigure } from '../../../src/tools/per-unit-figure.js';
import type { Reply } from '../../../src/types.js';
import { CLEAN_KB_DIR, TODAY } from '../core/support/fixture-kb.js';

const UNITS = ['council tax dwellings', 'dwellings', 'households'];
const perUnit = { units: UNITS, amount: 100, heading: 'Worked out for your parish', says: 'With {count} dwellings the cap is {total} a year.' };
const entry = { id: 'np-cil', perUnit } as unknown as Entry;
const answer: Reply = {
  kind: 'answer',
  title: 'How much CIL does a parish get?',
  entryId: 'np-cil',
  sections: [{ heading: 'In short', body: '15%, capped at £100 per dwelling.' }, { heading: 'More detail', body: 'Regulation 59A.', detail: true }],
  sources: [],
  followUps: [],
  actions: [],
};

describe('working out an amount per unit', () => {
  it.each([
    ["we've got 640 council tax dwellings, whats the max", 640],
    ['about 1,200 households in the parish', 1200],
    ['we have 85 Council-Tax  dwellings', 85],
  ])('given "%s", it reads %d units', (question, n) => {
    expect(unitsGiven(question, UNITS)).toBe(n);
  });

  it.each([
    ['how much cil does a parish get', 'no number'],
    ['a developer is building 80 homes here', 'a number of something else'],
    ['we got £640 dwellings levy', 'a sum of money, not a count'],
    ['the 2,000,000 households of the region', 'more than any parish has'],
    ['640 dwellingsxyz', 'a phrase that is only the start of a longer word'],
  ])('given "%s" (%s), it reads no units', (question) => {
    expect(unitsGiven(question, UNITS)).toBeUndefined();
  });

  it('given a number of units, the answer shows the sum just after "In short", in the short first reply', () => {
    const reply = withPerUnitFigure(answer, entry, "we've got 640 council tax dwellings, whats the max");
    expect(reply.sections.map((s) => s.heading)).toEqual(['In short', 'Worked out for your parish', 'More detail']);
    expect(reply.sections[1]).toEqual({ heading: 'Worked out for your parish', body: 'With 640 dwellings the cap is £64,000 a year.' });
  });

  const LOOSE = ['homes', 'houses'];
  const OWN = ["we've got", 'we have', 'parish of'];
  const OTHER = ['new', 'being built', 'building'];
  it.each([
    ["whats the cap, we've got roughly 820 houses in the parish", 820],
    ['we have 400 homes, max then?', 400],
    ['a parish of 1,200 homes', 1200],
    ['We’ve got about 420 houses and a 90-home scheme', 420],
  ])('given a loose unit the asker says is theirs ("%s"), it reads %d units', (question, n) => {
    expect(unitsGiven(question, LOOSE, OWN, OTHER)).toBe(n);
  });

  it.each([
    ['a developer is building 80 homes in our parish', 'homes being built, no word that they are the parish'],
    ['we have 50 new houses coming', 'a word that makes them new'],
    ['we have 30 houses being built', 'a word that makes them a development'],
    ['the 40 houses on the dairy site, how much cil', 'no word that they are the asker\'s'],
  ])('given "%s" (%s), it reads no loose units', (question) => {
    expect(unitsGiven(question, LOOSE, OWN, OTHER)).toBeUndefined();
  });

  it('given no units in the question but units given earlier for the same answer, the answer shows the sum for those', () => {
    const reply = withPerUnitFigure(answer, entry, "so what's the most we'd get a year", 420);
    expect(reply.sections[1]).toEqual({ heading: 'Worked out for your parish', body: 'With 420 dwellings the cap is £42,000 a year.' });
    // A number in the question itself wins over the one given before.
    expect(withPerUnitFigure(answer, entry, 'what about 90 dwellings', 420).sections[1].body).toContain('£9,000');
  });

  it('given an entry without an amount per unit, or a question without a number, the answer is unchanged', () => {
    expect(withPerUnitFigure(answer, { ...entry, perUnit: undefined }, '640 dwellings')).toBe(answer);
    expect(withPerUnitFigure(answer, entry, 'how much do we get')).toBe(answer);
  });
});

describe('checking a perUnit note', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

  function folderWith(lines: string[]): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'per-unit-kb-')), 'kb');
    copies.push(dir);
    cpSync(CLEAN_KB_DIR, dir, { recursive: true });
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('reviewed: 2026-11-01\n', `reviewed: 2026-11-01\n${lines.join('\n')}\n`));
    return dir;
  }
  const lineOf = (dir: string, prefix: string) => readFileSync(join(dir, 'right-to-bid', 'acv-listing-length.md'), 'utf8').split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

  it('given a valid note, the entry loads with it', () => {
    const { kb, problems } = loadKnowledge(folderWith(['perUnit:', '  units: [dwellings]', '  amount: 100', '  heading: Worked out', '  says: "{count} dwellings, {total}"']), TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb!.byId.get('acv-listing-length')!.perUnit).toEqual({ units: ['dwellings'], amount: 100, heading: 'Worked out', says: '{count} dwellings, {total}' });
  });

  it('given loose units without the cues that make them the asker\'s own, it refuses the entry, naming the missing field', () => {
    const dir = folderWith(['perUnit:', '  units: [dwellings]', '  looseUnits: [homes]', '  amount: 100', '  heading: Worked out', '  says: "{count} dwellings, {total}"']);
    const { kb, problems } = loadKnowledge(dir, TODAY);
    expect(kb).toBeUndefined();
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(['perUnit.ownCues']);
  });

  it('given an amount that is not a number and a sentence without the sum, it refuses the entry, naming file, line and each field', () => {
    const dir = folderWith(['perUnit:', '  units: [dwellings]', '  amount: a hundred', '  heading: Worked out', '  says: "{count} dwellings"']);
    const { kb, problems } = loadKnowledge(dir, TODAY);
    expect(kb).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error' && p.file === 'right-to-bid/acv-listing-length.md');
    expect(errors.map((p) => p.field).sort()).toEqual(['perUnit.amount', 'perUnit.says']);
    expect(errors.find((p) => p.field === 'perUnit.amount')!.line).toBe(lineOf(dir, '  amount:'));
    expect(errors.find((p) => p.field === 'perUnit.says')!.message).toMatch(/\{total\}/);
  });
});
