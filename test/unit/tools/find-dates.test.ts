// Reading dates the way people type them, relative to the day the question arrived.
import { describe, expect, it } from '@jest/globals';
import { findDates } from '../../../src/tools/deadlines/find-dates.js';

const TODAY = '2026-11-21'; // a Saturday

function only(text: string, today = TODAY) {
  const found = findDates(text, today);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('finding dates in a question', () => {
  it('given a full date in words, it reads it with no assumptions', () => {
    const d = only('the notice arrived on 3rd June 2026');
    expect(d.date).toBe('2026-06-03');
    expect(d.assumptions).toEqual([]);
    expect(d.approximate).toBe(false);
  });

  it('given a share or a count after a comma ("19 nov, 58% yes", "3 june, 40 people came"), it never reads the number as the year', () => {
    const vote = only('our plan went to referendum on 19 nov, 58% yes on a 24% turnout');
    expect(vote.date).toBe('2026-11-19');
    expect(vote.text).toMatch(/19 nov/);
    expect(only('the meeting was on 3 june, 40 people came').date).toBe('2026-06-03');
    // Two digits after a month that count people are a count too; "3 june 25" alone is a year.
    expect(only('on 1 dec 12 people came to the meeting').date).toBe('2025-12-01');
    expect(only('we nominated it 3 sept 21 members signed').date).toBe('2026-09-03');
    expect(only('received 3 june 25').date).toBe('2025-06-03');
    // A year written out in full after the comma is still the year.
    expect(only('the notice arrived on 3 June, 2025').date).toBe('2025-06-03');
  });

  it('given 03/06/2026, it reads the UK way (3 June) and says so, because it could be read either way', () => {
    const d = only('council got it 03/06/2026');
    expect(d.date).toBe('2026-06-03');
    expect(d.assumptions.map((a) => a.phrase)).toEqual(['numeric']);
  });

  it('given 25/06/2026, it reads 25 June without a note, because no other reading exists', () => {
    const d = only('council got it 25/06/2026');
    expect(d.date).toBe('2026-06-25');
    expect(d.assumptions).toEqual([]);
  });

  it('given a day and month without a year, it takes the most recent one and says so', () => {
    expect(only('on 3 June').date).toBe('2026-06-03');
    const march = only('told the council on 1 March');
    expect(march.date).toBe('2026-03-01');
    expect(march.assumptions[0]).toMatchObject({ phrase: 'yearAssumed', date: '2026-03-01' });
    // 25 December has not come yet this year, so the most recent one was last year.
    expect(only('on 25 December', TODAY).date).toBe('2025-12-25');
  });

  it('given a day and month without a year in a clause that puts it still to come, it takes the next one and says so', () => {
    const ahead = ['if we', 'will'];
    const [kickOff] = findDates('if we kick off on 12 january when can we close it', TODAY, ahead);
    expect(kickOff).toMatchObject({ date: '2027-01-12', assumptions: [{ phrase: 'yearAssumedFuture', date: '2027-01-12' }] });
    // Only the clause with the cue looks ahead: the notice in another sentence had already come.
    const [notice] = findDates('the notice came on 12 January. if we bid, when will we hear?', TODAY, ahead);
    expect(notice!.date).toBe('2026-01-12');
    // A day still to come this year stays this year.
    expect(findDates('we will start on 25 December', TODAY, ahead)[0]!.date).toBe('2026-12-25');
    // A future after the date is the reply's, not the date's.
    expect(findDates('they got it on 9 November, so when will we hear', TODAY, ahead)[0]!.date).toBe('2026-11-09');
  });

  it('given "yesterday" or "last Tuesday", it works them out from the day the question arrived and says which day', () => {
    expect(only('yesterday').date).toBe('2026-11-20');
    const tuesday = only('last Tuesday');
    expect(tuesday.date).toBe('2026-11-17');
    expect(tuesday.assumptions[0]).toMatchObject({ phrase: 'relative', text: 'last Tuesday' });
  });

  it('given "on the 3rd", it takes the most recent 3rd and says it assumed the month', () => {
    expect(only('we heard on the 3rd').date).toBe('2026-11-03');
    const early = only('we heard on the 3rd', '2026-11-02');
    expect(early.date).toBe('2026-10-03');
    expect(early.assumptions[0].phrase).toBe('dayAssumed');
  });

  it('given only a month, or "five years ago", it counts from a stand-in day and marks the result approximate', () => {
    const month = only('listed in March 2021');
    expect(month).toMatchObject({ date: '2021-03-01', approximate: true });
    expect(month.assumptions.map((a) => a.phrase)).toContain('monthOnly');
    const years = only('it was listed five years ago');
    expect(years).toMatchObject({ date: '2021-11-21', approximate: true });
    expect(years.assumptions[0].phrase).toBe('approximate');
  });

  it('given only a month, it also gives the last day it could have been: the month\'s last, or today in the month under way', () => {
    expect(only('the council got the notice in September')).toMatchObject({ date: '2026-09-01', latest: '2026-09-30' });
    expect(only('listed in February 2024')).toMatchObject({ date: '2024-02-01', latest: '2024-02-29' });
    expect(only('the owner told the council in November')).toMatchObject({ date: '2026-11-01', latest: TODAY });
    expect(only('the owner told the council in November', '2026-11-01')).not.toHaveProperty('latest');
    expect(only('the owner told the council in November', '2026-11-01').assumptions.map((a) => a.phrase)).toContain('monthOnlyToday');
    expect(findDates('if we kick off in january when can we close it', TODAY, ['if we'])[0]).toMatchObject({ date: '2027-01-01', latest: '2027-01-31' });
  });

  it('given "the end of October", it takes the whole month as a range, not the 31st as a known day', () => {
    expect(only('the owner told the council at the end of October that he wants to sell')).toMatchObject({ date: '2026-10-01', latest: '2026-10-31', approximate: true });
    expect(only('notice came towards the end of oct 2025').assumptions.map((a) => a.phrase)).toContain('monthOnly');
    expect(only('notice came on the last day of october')).toMatchObject({ date: '2026-10-31' });
    expect(only('notice came on the last day of october')).not.toHaveProperty('latest');
  });

  it('given a full date, or a day without its month, there is no range', () => {
    expect(only('the notice arrived on 3rd June 2026')).not.toHaveProperty('latest');
    expect(only('council got it on the 3rd')).not.toHaveProperty('latest');
  });

  it('given no date, or numbers that are not dates, it finds nothing', () => {
    expect(findDates('how long is the 6 week moratorium?', TODAY)).toEqual([]);
    expect(findDates('What changed in the Levelling-up and Regeneration Act 2023?', TODAY)).toEqual([]);
    expect(findDates('we have 21 members', TODAY)).toEqual([]);
  });

  it('given dates written only in words (no digits), it still reads them past its quick check for date words', () => {
    expect(only('the notice arrived two weeks ago').date).toBe('2026-11-07');
    expect(only('we heard on the third of June').date).toBe('2026-06-03');
    expect(only('it came in yesterday').date).toBe('2026-11-20');
    expect(only('it was listed in March').approximate).toBe(true);
  });

  it('given "the week before it got listed" or "the day before the notice", it finds no date, because they count from another event, not from today', () => {
    expect(findDates('owner exchanged contracts the week before it got listed', TODAY)).toEqual([]);
    expect(findDates('we sent it the day before the notice', TODAY)).toEqual([]);
    expect(findDates('we got listed a week before christmas', TODAY)).toEqual([]);
  });
});
