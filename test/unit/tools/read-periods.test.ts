// kb:check on periods.yaml: every mistake is reported with its line and field, in words staff
// can act on, and a broken file yields no periods.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeProblem } from '../../../src/errors.js';
import { readPeriods } from '../../../src/tools/deadlines/read-periods.js';
import { entryIdsIn, KNOWLEDGE_DIR } from './support/real-periods.js';

const REAL = readFileSync(join(KNOWLEDGE_DIR, 'periods.yaml'), 'utf8');
const IDS = entryIdsIn(KNOWLEDGE_DIR);

function check(text: string) {
  const problems: KnowledgeProblem[] = [];
  const data = readPeriods(text, IDS, problems);
  return { data, errors: problems.filter((p) => p.severity === 'error') };
}

/** The real file with one line changed. */
function edited(from: string, to: string): string {
  expect(REAL).toContain(from);
  return REAL.replace(from, to);
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('checking periods.yaml', () => {
  it('given the real file, it loads with no problems', () => {
    const { data, errors } = check(REAL);
    expect(errors).toEqual([]);
    expect(data!.periods.length).toBeGreaterThan(10);
  });

  it('given a length changed without the wording, it names the line and field and loads nothing', () => {
    const text = edited('    length: 6\n    unit: weeks\n    counting: beginning-with\n    wording: "the six weeks', '    length: 7\n    unit: weeks\n    counting: beginning-with\n    wording: "the six weeks');
    const { data, errors } = check(text);
    expect(data).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ file: 'periods.yaml', field: 'periods[1].wording', line: lineOf(text, 'wording: "the six weeks'), message: expect.stringContaining('does not mention 7 weeks') })]);
  });

  it('given a counting rule that contradicts the wording, it says so', () => {
    const text = edited('    counting: after\n    wording: "within eight weeks of receiving', '    counting: beginning-with\n    wording: "within eight weeks of receiving');
    expect(check(text).errors).toEqual([expect.objectContaining({ field: 'periods[5].wording', message: expect.stringContaining('does not say "beginning with"') })]);
  });

  it('given a period that points at an unknown event, a non-legislation link or an unknown unit, it reports each', () => {
    let text = edited('    event: listed\n', '    event: listing-made\n');
    text = text.replace('url: https://www.legislation.gov.uk/ukpga/2011/20/section/87', 'url: https://example.org/s87');
    text = text.replace('    length: 13\n    unit: weeks', '    length: 13\n    unit: fortnights');
    const fields = check(text).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['periods[4].event', 'periods[4].url', 'periods[9].unit']));
  });

  it('given a cue used by two events, or an entry that does not exist, it reports both', () => {
    let text = edited('      - nomination\n', '      - nomination\n      - listed\n');
    text = text.replace('entry: acv-listing-length', 'entry: acv-listing-lenght');
    const messages = check(text).errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^events\[3\]\.cues\[\d+\]: "listed" is also a cue of "listed"/), 'events[2].entry: There is no knowledge entry "acv-listing-lenght".']));
  });

  it('given a marketing cue moved back under the owner\'s notice, a no-clock event pointing at an unknown event, or an unknown event to offer, it reports each', () => {
    let text = edited('      - gave notice\n', '      - gave notice\n      - on the market\n');
    text = text.replace('    clockEvent: owner-notice', '    clockEvent: owner-notise');
    text = text.replace('    alsoOffer: [np-plan-decision]', '    alsoOffer: [np-plan-decided]');
    const messages = check(text).errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^noClock\[1\]\.cues\[\d+\]: "on the market" is also a cue of "owner-notice"/),
      expect.stringMatching(/^noClock\[1\]\.clockEvent: "clockEvent" must be one of the events/),
      expect.stringMatching(/^events\[\d+\]\.alsoOffer\[1\]: "np-plan-decided" is not another event/),
    ]));
  });

  it('given a no-clock event whose onlyWhenTimeAsked is not true or false, it names the line and field', () => {
    const text = edited('    onlyWhenTimeAsked: true\n', '    onlyWhenTimeAsked: sometimes\n');
    const { errors } = check(text);
    expect(errors).toEqual([expect.objectContaining({ file: 'periods.yaml', field: expect.stringMatching(/^noClock\[\d+\]\.onlyWhenTimeAsked$/), line: lineOf(text, 'onlyWhenTimeAsked: sometimes'), message: expect.stringContaining('true or false') })]);
  });

  it('given a no-clock event whose endsClock is not true or false, it names the line and field', () => {
    const text = edited('    endsClock: true\n', '    endsClock: yes please\n');
    const { errors } = check(text);
    expect(errors).toEqual([expect.objectContaining({ file: 'periods.yaml', field: expect.stringMatching(/^noClock\[\d+\]\.endsClock$/), line: lineOf(text, 'endsClock: yes please'), message: expect.stringContaining('true or false') })]);
  });

  it('given a missing stock phrase, it names the phrase', () => {
    const text = edited('  confirm: "Confirm every date', '  confirmed: "Confirm every date');
    expect(check(text).errors).toEqual([expect.objectContaining({ field: 'phrases.confirm' })]);
  });

  it('given text that is not YAML, it reports the line of the fault', () => {
    const text = `${REAL}\nperiods: [unclosed\n`;
    const { data, errors } = check(text);
    expect(data).toBeUndefined();
    expect(errors[0]).toMatchObject({ file: 'periods.yaml', message: expect.stringContaining('not valid YAML') });
    expect(errors[0].line).toBeGreaterThan(REAL.split('\n').length - 2);
  });
});
