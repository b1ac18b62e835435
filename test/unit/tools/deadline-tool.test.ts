// The deadline calculator's replies: every date with its rule and provision, what was assumed,
// the line sending people to the council, the notice, and a calendar of what is still to come.
import { describe, expect, it } from '@jest/globals';
import { answerDates, answerDeadlineFollowUp } from '../../../src/tools/deadlines/deadline-tool.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { realPeriods } from './support/real-periods.js';

const data = realPeriods();
const ctx = { data, notice: 'General information, not legal advice.', entryTitle: (id: string) => `About ${id}` };
const AT = new Date('2026-06-20T09:00:00Z');
const ask = (text: string, at = AT) => answerDates(text, at, ctx)?.reply;

describe('the deadline calculator', () => {
  it("given the owner's notice date, it gives the three moratorium dates with provision, counting rule, notice and the council line", () => {
    const reply = ask("The owner's notice reached the council on 3 June 2026. When does our window close?")!;
    const text = toPlainText(reply);
    expect(text).toContain('Interim moratorium ends: Tuesday 14 July 2026 (24 days from today)');
    expect(text).toContain('Full moratorium ends (if a group asked in time): Wednesday 2 December 2026');
    expect(text).toContain('Protected period ends: Thursday 2 December 2027');
    expect(text).toContain('Counted as 6 weeks beginning with 3 June 2026 (that day counts as day 1): Localism Act 2011, s.95(6)');
    expect(text).toContain('Confirm every date with the council');
    expect(reply.notice).toBe(ctx.notice);
    expect(reply.sources).toEqual([{ title: 'Localism Act 2011, s.95(6)', url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/95' }]);
    expect(reply.kind).toBe('answer');
  });

  it("given the owner's notice date, what each end date still to come means names the first day after it, when the owner may sell", () => {
    const text = toPlainText(ask("The owner's notice reached the council on 3 June 2026. When does our window close?")!);
    expect(text).toContain('If none arrives, the owner may sell from Wednesday 15 July 2026.');
    expect(text).toContain('only to a community interest group until this day ends, and to anyone from Thursday 3 December 2026.');
    expect(text).toContain('From Friday 3 December 2027 a sale needs a new notice to the council');
  });

  it("given an owner's notice long past, what each end date meant is said without the day after it", () => {
    const text = toPlainText(ask("The owner's notice reached the council on 3 June 2024.")!);
    expect(text).toContain('If none arrives, the owner may sell after this day.');
    expect(text).not.toMatch(/may sell from|to anyone from/);
  });

  it('given a date still to come for part of the periods, the calendar holds only the dates not yet passed', () => {
    const reply = ask("The owner told the council on 1 March 2026 that he wants to sell.")!;
    expect(toPlainText(reply)).toMatch(/Interim moratorium ends: Saturday 11 April 2026 \(passed 70 days ago\)/);
    const ics = reply.attachments![0];
    expect(ics).toMatchObject({ contentType: 'text/calendar', filename: 'deadlines-owner-notice-2026-03-01.ics' });
    expect(ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.content).not.toContain('20260411');
  });

  it('given a date so old that every period has passed, it says so, says what that means, and attaches no calendar', () => {
    const reply = ask('The owner told the council on 3 June 2019 that he wants to sell.')!;
    const text = toPlainText(reply);
    expect(text).toContain('All of these dates have passed. If the owner still wants to sell after the protected period');
    expect(reply.attachments).toBeUndefined();
  });

  it('given only the month of the notice, each date is a range from the first to the last day of that month', () => {
    const text = toPlainText(ask('The owner told the council in April that he wants to sell. When can he sell?')!);
    expect(text).toContain('Interim moratorium ends: between 12 May 2026 and 10 June 2026 (passed 10 to 39 days ago)');
    expect(text).toContain('Full moratorium ends (if a group asked in time): between 30 September 2026 and 29 October 2026 (102 to 131 days from today)');
    expect(text).toContain('Counted as 6 weeks beginning with a day in April 2026');
    expect(text).toContain('the earliest counts from 1 April 2026, the latest from 30 April 2026');
    expect(text).not.toMatch(/may sell from|to anyone from/);
  });

  it('given only the month, a window closed if counted from the 1st but open if counted from the 31st is never called passed', () => {
    // 6 weeks from 1 May 2026 ended on 11 June; from 31 May it ends on 11 July.
    const text = toPlainText(ask('The owner gave notice to the council in May. Is it too late to ask to bid?')!);
    expect(text).toContain('Interim moratorium ends: between 11 June 2026 and 11 July 2026 (passed if the day was 1 May 2026, but 21 days from today if it was 31 May 2026)');
    expect(text).toContain('A window may still be open, depending on the exact day: ask the council for it now.');
    expect(text).not.toContain('All of these dates have passed');
  });

  it('given only the month, and every date passed even counted from its last day, it says they have all passed', () => {
    const text = toPlainText(ask('The owner gave notice to the council in March 2019.')!);
    expect(text).toContain('All of these dates have passed.');
    expect(text).not.toContain('may still be open');
    expect(text).toMatch(/Interim moratorium ends: between 11 April 2019 and 11 May 2019 \(passed \d+ to \d+ days ago\)/);
  });

  it('given only the month, the calendar holds the earliest day of each period still to come and says the real day may be later', () => {
    const reply = ask('The owner gave notice to the council in May. Is it too late to ask to bid?')!;
    const ics = reply.attachments![0].content.replace(/\r\n[ \t]/g, '');
    // The 6 weeks may or may not have ended (11 June to 11 July): left to the reply, not the calendar.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261031');
    expect(ics).toContain('the real day could be any from 31 October 2026 to 30 November 2026');
    expect(ics).toContain('beginning with a day in May 2026');
  });

  it('given only the month, a button for another event and "More detail" keep the range', () => {
    const reply = ask('The listed pub: the owner told the council in May.')!;
    const other = reply.followUps.find((f) => f.entryId.startsWith('deadline--listed--'))!;
    expect(other).toEqual({ label: 'Entered on the list: May 2026', entryId: 'deadline--listed--2026-05' });
    const again = toPlainText(answerDeadlineFollowUp('deadline--owner-notice--2026-05', AT, ctx)!);
    expect(again).toContain('Interim moratorium ends: between 11 June 2026 and 11 July 2026 (passed if the day was 1 May 2026');
  });

  it('given a date in the future, it says the dates assume the event happens then', () => {
    expect(toPlainText(ask('The owner will tell the council on 3 September 2026 that he wants to sell.')!)).toContain('3 September 2026 is still to come, so these dates assume it happens on that day.');
  });

  it('given only a month still to come ("set for late Jan 2027"), it says the month is still to come, not its first day', () => {
    const text = toPlainText(ask('our neighbourhood plan referendum is now set for late Jan 2027, when must the council make the plan?')!);
    expect(text).toContain('January 2027 is still to come, so these dates assume it happens then.');
    expect(text).not.toContain('1 January 2027 is still to come');
  });

  it('given a first question that names its clock in one sentence and dates it in another, answered on that clock, it counts from the date', () => {
    const text = 'how long has the council got to decide an ACV nomination? we sent ours for the scout hut on 14 may and nothing yet';
    expect(answerDates(text, AT, ctx)).toBeUndefined();
    const dated = answerDates(text, AT, ctx, undefined, 'nomination-received')!;
    expect(dated.event).toBe('nomination-received');
    expect(toPlainText(dated.reply)).toContain("Council's decision due: Thursday 9 July 2026");
  });

  it('given a follow-up that only says a date and that nothing has come ("we sent ours in on 9 May and heard nothing"), it counts the thread\'s clock', () => {
    const dated = answerDates('we sent ours in on 9 may and heard nothing', AT, ctx, 'nomination-received')!;
    expect(dated.event).toBe('nomination-received');
    expect(answerDates('we sent ours in on 9 may', AT, ctx, 'nomination-received')).toBeUndefined();
  });

  it('given a follow-up in a thread that corrects the date ("sorry it was 20 may not april"), it counts the thread\'s clock from the corrected day, not the one replaced', () => {
    const dated = answerDates('sorry it was 20 may not april', AT, ctx, 'owner-notice', undefined, true)!;
    expect(dated.event).toBe('owner-notice');
    expect(dated.date).toBe('2026-05-20');
    // Without a correction, a date on its own is telling the case, not asking for its dates.
    expect(answerDates('it was 20 may', AT, ctx, 'owner-notice', undefined, true)).toBeUndefined();
    // An apology that corrects nothing is no correction.
    expect(answerDates('sorry, one more thing: our agm was on 20 may', AT, ctx, 'owner-notice', undefined, true)).toBeUndefined();
    // A first question has no earlier date to correct.
    expect(answerDates('sorry it was 20 may not april', AT, ctx, 'owner-notice', undefined, false)).toBeUndefined();
  });

  it('given a follow-up in a thread that sets a date against the one it replaces, without an apology ("they got it on the 18th, not the 8th"), it counts the thread\'s clock from the new day', () => {
    const dated = answerDates('misread the email: they got it on the 18th, not the 8th', AT, ctx, 'owner-notice', undefined, true)!;
    expect(dated.event).toBe('owner-notice');
    expect(dated.date).toBe('2026-06-18');
    // A "not" that replaces no date is no correction ("we did not hear until 18 May").
    expect(answerDates('we did not hear about it until 18 may', AT, ctx, 'owner-notice', undefined, true)).toBeUndefined();
    // Nor is a date set against another in a first question.
    expect(answerDates('they got it on the 18th, not the 8th', AT, ctx, 'owner-notice', undefined, false)).toBeUndefined();
  });

  it('given the day an owner\'s costs stopped, or the day the review came back, it counts the compensation claim or the appeal from it', () => {
    expect(answerDates('they say their costs stopped on 1 may', AT, ctx)!.event).toBe('loss-incurred');
    expect(answerDates('the review came back on 4 june, whats my last day', AT, ctx)!.event).toBe('review-decision-sent');
  });

  it('given a date before the scheme existed, it says the rules did not apply then and gives no dates', () => {
    const reply = ask('The owner told the council on 3 June 2010 that he wants to sell.')!;
    expect(toPlainText(reply)).toContain('3 June 2010 is before these rules started on 21 September 2012');
    expect(toPlainText(reply)).not.toContain('Interim moratorium ends');
  });

  it('given a missing year and UK numeric dates, it says what it assumed', () => {
    expect(toPlainText(ask('the council received the owner\'s notice on 3 June')!)).toContain("You didn't say which year, so I used 3 June 2026, the most recent one.");
    expect(toPlainText(ask('the owner notified the council 03/06/2026')!)).toContain('I read "03/06/2026" the UK way, day first: 3 June 2026.');
  });

  it('given a story with an earlier listing and a later notice to sell, it counts from the later one, where the story stands now, and offers the other as a button', () => {
    const text = 'we got the pub listed as an acv in March 2025. The owner notified the council on 3 June 2026 that he wants to sell. what do we do by when?';
    const reply = ask(text)!;
    expect(toPlainText(reply)).toContain('Interim moratorium ends: Tuesday 14 July 2026');
    expect(reply.followUps.map((f) => f.entryId)).toContain('deadline--listed--2025-03');
  });

  it('given a date that might belong to another event, it offers that event as a button that recomputes from it', () => {
    const reply = ask('The listed pub: the owner told the council on 3 June 2026.')!;
    const other = reply.followUps.find((f) => f.entryId.startsWith('deadline--listed--'))!;
    expect(other).toEqual({ label: 'Entered on the list: 3 June 2026', entryId: 'deadline--listed--2026-06-03' });
    const recomputed = answerDeadlineFollowUp(other.entryId, AT, ctx)!;
    expect(toPlainText(recomputed)).toContain('Listing ends: Monday 2 June 2031');
  });

  it('given a nomination and, later in the same story, its refusal, it counts no decision deadline: the refusal ended that clock', () => {
    const dated = answerDates('we nominated the field on 2 March 2026. On 20 May 2026 the council refused our nomination, what now?', AT, ctx);
    expect(dated?.event).toBe('refused');
    expect(toPlainText(dated!.reply)).not.toMatch(/decision due/i);
    // A nomination after an earlier refusal (a fresh one) still has its deadline counted.
    expect(answerDates('the council refused our nomination on 2 March 2026. We nominated it again on 20 May 2026.', AT, ctx)?.event).toBe('nomination-received');
  });

  it('given a question without a dated event, it leaves the question to the matcher', () => {
    expect(ask('how long is the interim moratorium?')).toBeUndefined();
    expect(ask('we set up a community benefit society on 3 June, can we trigger the moratorium?')).toBeUndefined();
    expect(answerDeadlineFollowUp('deadline--no-such-event--2026-06-03', AT, ctx)).toBeUndefined();
    expect(answerDeadlineFollowUp('deadline--listed--yesterday', AT, ctx)).toBeUndefined();
  });

  it('given a question sent just after midnight in British Summer Time, "yesterday" is the day before in England', () => {
    const reply = ask('the owner told the council yesterday', new Date('2026-06-19T23:30:00Z'))!; // 00:30 BST on 20 June
    expect(toPlainText(reply)).toContain('I took "yesterday" to mean 19 June 2026.');
  });
});
