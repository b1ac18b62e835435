// Which event a date belongs to, from the real cues in knowledge/periods.yaml.
import { describe, expect, it } from '@jest/globals';
import { findDates } from '../../../src/tools/deadlines/find-dates.js';
import { matchEvents } from '../../../src/tools/deadlines/match-event.js';
import { realPeriods } from './support/real-periods.js';

const { events, matching } = realPeriods();
const TODAY = '2026-11-21';
const match = (text: string) => matchEvents(text, findDates(text, TODAY), events, matching).map((d) => ({ date: d.found.date, events: d.events }));

describe('matching a date to the event it belongs to', () => {
  it('given a cue in a sentence of its own, it is that sentence\'s date, though a date ending the sentence before is nearer ("...on 2 March 2026. We nominated it after a long parish meeting on 20 May")', () => {
    expect(match('The owner told the council on 2 March 2026. We nominated it after a long parish meeting on 20 May 2026.')).toEqual([
      { date: '2026-03-02', events: ['owner-notice'] },
      { date: '2026-05-20', events: ['nomination-received'] },
    ]);
  });

  it("given the owner's notice and a date in one sentence, it is the owner's notice", () => {
    expect(match("the owner's notice reached the council on 3 June, when does our window close?")).toEqual([{ date: '2026-06-03', events: ['owner-notice'] }]);
  });

  it('given a cue with another word pointing at the same thing ("got his notice" for "got the notice"), it is the same event', () => {
    expect(match('the council got his notice on 10 march 2026')).toEqual([{ date: '2026-03-10', events: ['owner-notice'] }]);
    expect(match('council says they got their notice on 18 nov')).toEqual([{ date: '2026-11-18', events: ['owner-notice'] }]);
    expect(match('when does it run out? it went on the list in march 2022')).toEqual([{ date: '2022-03-01', events: ['listed'] }]);
  });

  it('given the notice told to the district or borough, or the owner\'s letter the council got, it is the owner\'s notice', () => {
    expect(match('the owner has told the district he is selling, on 2 nov')).toEqual([{ date: '2026-11-02', events: ['owner-notice'] }]);
    expect(match('he notified the borough on 14 october 2026')).toEqual([{ date: '2026-10-14', events: ['owner-notice'] }]);
    expect(match('council says they got his letter on 9 nov. whats our deadline')).toEqual([{ date: '2026-11-09', events: ['owner-notice'] }]);
  });

  it('given a cue typed without its determiner ("told council hes selling", "notified council"), it is the same event', () => {
    expect(match('owner told council hes selling, council got notice 2 nov')).toEqual([{ date: '2026-11-02', events: ['owner-notice'] }]);
    expect(match('owner had notified council 10 march 2026')).toEqual([{ date: '2026-03-10', events: ['owner-notice'] }]);
  });

  it('given the list named by its short name ("put on the acv list back in march 2020"), it is the listing', () => {
    expect(match('my pub was put on the acv list back in march 2020, when does that drop off')).toEqual([{ date: '2020-03-01', events: ['listed'] }]);
  });

  it('given two events in one sentence, the cue nearest the date wins and the other is kept as an alternative', () => {
    expect(match('The pub is listed and the owner told the council on 3 June 2026.')[0].events).toEqual(['owner-notice', 'listed']);
    expect(match('It was listed on 3 June 2022 and the owner has now told the council he wants to sell.')[0].events[0]).toBe('listed');
  });

  it('given two dates for two events, each date gets its own event', () => {
    expect(match('We nominated it on 2 March 2026. It was listed on 20 April 2026.')).toEqual([
      { date: '2026-03-02', events: ['nomination-received'] },
      { date: '2026-04-20', events: ['listed'] },
    ]);
  });

  it('given two dates in one sentence and one cue, the cue belongs to the date nearest it', () => {
    expect(match('The landowner completed the sale in February 2026, but we only got the site listed as an ACV in April 2026. Are we too late?')).toEqual([{ date: '2026-04-01', events: ['listed'] }]);
  });

  it('given a year on its own beside a cue ("listed since 2024"), the year claims that cue, so another date in the sentence is not the listing', () => {
    expect(match('district emailed today - the pub, listed since 2024, is up for sale')).toEqual([]);
    expect(match('the council emailed us today saying the owner wants to sell, the pub has been listed since 2019')).toEqual([{ date: TODAY, events: ['owner-notice'] }]);
    expect(match('the owner of the shop (acv listed 2023) told the council he is selling on 9 oct 2026')).toEqual([{ date: '2026-10-09', events: ['owner-notice'] }]);
  });

  it('given the council as "it" receiving the notice (however "received" is spelt), or notice of an "intended sale", it is the owner\'s notice', () => {
    expect(match('the council says it received the notice on 3 nov')).toEqual([{ date: '2026-11-03', events: ['owner-notice'] }]);
    expect(match('the council says it recieved the notice on 3 nov')).toEqual([{ date: '2026-11-03', events: ['owner-notice'] }]);
    expect(match("the owner's written notice of an intended sale reached them on 16 November 2026")).toEqual([{ date: '2026-11-16', events: ['owner-notice'] }]);
  });

  it('given "on the council\'s list since" a date, it is the day the land was listed', () => {
    expect(match("the green has been on the council's ACV list since 14 June 2019")).toEqual([{ date: '2019-06-14', events: ['listed'] }]);
  });

  it('given a name in brackets between a date and its cue, the cue still claims the date ("the owner (Marlow Taverns) has notified them")', () => {
    expect(match('council emailed on 24 nov 2026 saying the owner (Marlow Taverns) has formally notified them they want to sell')).toEqual([{ date: '2026-11-24', events: ['owner-notice'] }]);
  });

  it('given a cue inside brackets beside a date, the aside does not claim the date ("listed on 3 March 2025 (we nominated it)")', () => {
    expect(match('The Crown was listed as an ACV on 3 March 2025 (we nominated it). Is that still valid?')).toEqual([{ date: '2025-03-03', events: ['listed'] }]);
    expect(match('The owner told the council (on 3 June 2026) that he wants to sell.')).toEqual([{ date: '2026-06-03', events: ['owner-notice'] }]);
  });

  it('given a date about something else, it does not start a clock', () => {
    expect(match('CBS registered last month - can we trigger the moratorium on the Plough or are we too new?')).toEqual([]);
    expect(match('We set up our CIC on 3 June. Can we ask to be a bidder?')).toEqual([]);
    expect(match('The Red Lion closed last month and the pub company wants about £350k for it.')).toEqual([]);
  });

  it('given one date and the event named in another sentence, it links them', () => {
    expect(match('The owner told the council he wants to sell. That was on 3 June 2026.')).toEqual([{ date: '2026-06-03', events: ['owner-notice'] }]);
  });

  it('given a cue negated just before it ("nobody told the council"), it is not the event', () => {
    expect(match('the sale completed on 3 June 2026 and nobody told the council, can it be undone')).toEqual([]);
  });

  it('given one date in a sentence of its own about something else, it does not reach for a cue in another sentence', () => {
    expect(match("The old lady who owned our village hall died on 3 June 2026. Her nephew says he'll sell it. It's listed.")).toEqual([]);
  });

  it('given "now" or a vague or future time ("last year", "after 2 months"), it finds no date to count from', () => {
    expect(match('our plan passed the referendum, now what')).toEqual([]);
    expect(match('we nominated it last year')).toEqual([]);
    expect(match('council hasnt replied to our nomination after 2 months')).toEqual([]);
  });

  it('given a longer cue that contains a shorter one, the longer phrase decides ("notice of listing" is not "listing")', () => {
    expect(match('The owner got the notice of listing on 3 June 2026.')[0].events[0]).toBe('listing-notice');
  });

  it('given a cue after "but" nearer a date before it, the date on its own side of the "but" is its date', () => {
    expect(match('our plan passed examination in Feb 2026 but the referendum got pushed back and is now set for late Jan 2027.')).toEqual([{ date: '2027-01-01', events: ['np-referendum'] }]);
  });

  it('given a cue with no date on its own side of a "but", it still takes the nearest date across it', () => {
    expect(match('the owner told the council, but only on 3 June 2026')).toEqual([{ date: '2026-06-03', events: ['owner-notice'] }]);
  });

  it("given the council's letter that the place is listed, as an owner describes it, the date is the notice of listing, not the listing", () => {
    expect(match('the listing letter came on 16 nov 2026, can i challenge it?')[0].events[0]).toBe('listing-notice');
    expect(match("I've had a letter dated 24 November 2026 saying the council has listed it as an asset of community value.")[0].events[0]).toBe('listing-notice');
  });
});
