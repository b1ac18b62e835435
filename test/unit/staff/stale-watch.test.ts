// "stale" and law-change notes: an entry whose law note was last checked more than 6 months ago,
// or whose funding note more than 3 months ago (review-policy.yaml), is listed with what to check.
import { describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { SLACK_STAFF, copyFixtureKnowledge, staffWorld } from './staff-fixture.js';

/** The staff fixture with a funding note on the village halls entry and a law note on the listing entry. */
function knowledgeWithNotes(checked = { funding: '2026-08-01', law: '2026-05-10' }): string {
  const dir = copyFixtureKnowledge();
  addNote(join(dir, 'funding', 'fund-village-halls.md'), 'funding', 'The Defra village halls fund may reopen with new terms.', 'Platinum Jubilee Village Halls Fund', 'https://acre.org.uk/', checked.funding);
  addNote(join(dir, 'right-to-bid', 'acv-listing-length.md'), 'law', 'The 2026 Act may change how long a listing lasts.', 'English Devolution and Community Empowerment Act 2026', 'https://www.legislation.gov.uk/ukpga/2026/23/contents', checked.law);
  writeFileSync(join(dir, 'review-policy.yaml'), 'watch:\n  law: 6\n  funding: 3\n');
  appendFileSync(join(dir, 'phrases.yaml'), '\nwatchLaw: "Last checked against the legislation on {date}."\nwatchFunding: "Last checked against the scheme\'s own pages on {date}."\n');
  return dir;
}

function addNote(file: string, kind: string, what: string, provision: string, where: string, checked: string) {
  const note = `watch:\n  kind: ${kind}\n  what: ${what}\n  provision: ${provision}\n  where: ${where}\n  checked: ${checked}\n`;
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^(reviewed: .*\n)/m, `$1${note}`));
}

describe('stale, with law-change notes', () => {
  it('given a funding note checked 3.5 months ago, it lists it as due, with the scheme and where to check', async () => {
    const world = staffWorld({ knowledgeDir: knowledgeWithNotes(), now: () => new Date('2026-11-15T12:00:00Z') });
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'stale'));
    expect(text).toContain('(fund-village-halls): funding note (Platinum Jubilee Village Halls Fund; check https://acre.org.uk/) last checked 1 August 2026, due 1 November 2026. File: knowledge-staff/funding/fund-village-halls.md');
    // The law note is 6 months and 5 days old on 15 November: due on 10 November.
    expect(text).toContain('(acv-listing-length): law note (English Devolution and Community Empowerment Act 2026; check https://www.legislation.gov.uk/ukpga/2026/23/contents) last checked 10 May 2026, due 10 November 2026.');
  });

  it('given a law note checked 5 months ago and a funding note checked 2 months ago, it lists neither', async () => {
    const world = staffWorld({ knowledgeDir: knowledgeWithNotes(), now: () => new Date('2026-10-01T12:00:00Z') });
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'stale'));
    expect(text).not.toContain('fund-village-halls');
    expect(text).not.toContain('acv-listing-length');
  });

  it('given an entry both past its 12-month review and with an overdue note, it lists both reasons', async () => {
    const dir = knowledgeWithNotes();
    const rtc = join(dir, 'right-to-challenge', 'rtc-what-is.md');
    addNote(rtc, 'law', 'Repeal by the 2026 Act has not been ruled out.', 'Localism Act 2011, section 81', 'https://www.legislation.gov.uk/ukpga/2011/20/section/81', '2026-01-10');
    const world = staffWorld({ knowledgeDir: dir, now: () => new Date('2026-11-21T12:00:00Z') });
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'stale'));
    expect(text).toContain('(rtc-what-is): reviewed 1 June 2025, due 1 June 2026.');
    expect(text).toContain('(rtc-what-is): law note (Localism Act 2011, section 81; check https://www.legislation.gov.uk/ukpga/2011/20/section/81) last checked 10 January 2026, due 10 July 2026.');
  });

  it('given every review and note in date, it says none and mentions the notes', async () => {
    const world = staffWorld({ knowledgeDir: knowledgeWithNotes({ funding: '2026-04-01', law: '2026-05-10' }), now: () => new Date('2026-05-31T12:00:00Z') });
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'stale'));
    expect(text).toContain('None: all 4 entries were reviewed in the last 12 months and all 2 law-change notes were checked within 6 months (law) or 3 months (funding).');
  });
});
