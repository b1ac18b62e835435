// The deadline calculator in the conversation: the short reply chat shows first, what waits
// behind "More detail", how the dates join the matched answer, and when the dates alone answer a
// question the matcher found no answer for.
import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { answerReply } from '../../../src/reply/compose.js';
import { markdownToPlain, toPlainText } from '../../../src/reply/plain-text.js';
import { carriedDates, datedQuestion, datesDetail, datesIn } from '../../../src/tools/dates-room.js';
import { datesAnswerAlone } from '../../../src/tools/deadlines/asks-about-time.js';
import { KNOWLEDGE_DIR } from './support/real-periods.js';

const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
const AT = { at: new Date('2026-06-20T09:00:00Z'), platform: 'slack' as const };
const shown = (sections: { detail?: boolean; body: string }[]) => sections.filter((s) => !s.detail).map((s) => s.body).join('\n');
const hidden = (sections: { detail?: boolean; body: string }[]) => sections.filter((s) => s.detail).map((s) => s.body).join('\n');

describe('dates in the conversation', () => {
  it('given a dated question, the short reply has each date with its counting rule and provision; what each date means waits behind "More detail"', () => {
    const { reply } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    expect(shown(reply.sections)).toContain('**Interim moratorium ends: Tuesday 14 July 2026** (24 days from today). Counted as 6 weeks beginning with 3 June 2026 (that day counts as day 1): [Localism Act 2011, s.95(6)]');
    expect(shown(reply.sections)).toContain('Confirm every date with the council');
    expect(shown(reply.sections)).not.toContain('If none arrives, the owner may sell');
    expect(hidden(reply.sections)).toContain('If none arrives, the owner may sell');
    expect(reply.actions).toEqual([{ type: 'more', entryId: 'deadline--owner-notice--2026-06-03', label: kb.conversation.moreLabel }]);
    // Plain text (ask, --json) has the whole reply: each full line once, the short lines not at all.
    expect(toPlainText(reply).match(/Interim moratorium ends/g)).toHaveLength(1);
    expect(toPlainText(reply)).toContain('If none arrives, the owner may sell');
  });

  it('given a matched answer, the dates come first and the answer brings its short part; "More detail" gives the full lines and the answer\'s title as a button for the rest of it', () => {
    const entry = kb.byId.get('acv-owner-notice-to-sell')!;
    const matched = answerReply(kb, entry, 0.5);
    const dated = datedQuestion(kb, 'Owner of the listed village shop told the council on 1 March they want to sell. What happens now?', AT, matched)!;
    expect(dated.reply.entryId).toBe(entry.id);
    expect(dated.reply.title).toBe('Your dates, counted from 1 March 2026');
    const inShort = markdownToPlain(entry.sections.find((s) => s.heading === 'In short')!.body);
    expect(toPlainText(dated.reply)).toContain(inShort);
    const detailOnly = markdownToPlain(entry.sections.find((s) => s.heading === 'Good to know')!.body);
    expect(toPlainText(dated.reply)).not.toContain(detailOnly.split('\n')[0]);
    expect(dated.reply.actions.map((a) => a.type)).toEqual(['more', 'feedback', 'feedback']);

    const detail = datesDetail(kb, dated.shown, AT)!;
    const text = toPlainText(detail);
    expect(text).toContain('If none arrives, the owner may sell');
    // Short reply and detail together hold what the whole reply (ask --json) holds, no more.
    expect(text).not.toContain(detailOnly.split('\n')[0]);
    expect(text).not.toContain(inShort);
    expect(detail.followUps[0]).toEqual({ label: entry.title, entryId: entry.id });
    expect(detail.actions.map((a) => a.type)).toEqual(['feedback', 'feedback']);
    expect(detail.attachments).toBeUndefined();
  });

  it('given dates just worked out from the owner\'s notice, "and when does the full moratorium finish" (no date of its own) gets the same dates again beside that answer', () => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    const matched = answerReply(kb, kb.byId.get('acv-full-moratorium-6-months')!, 0.8);
    const carried = carriedDates(kb, last, 'and if we ask in time, when does the full moratorium finish', AT, matched)!;
    expect(toPlainText(carried.reply)).toContain('Full moratorium ends (if a group asked in time): Wednesday 2 December 2026');
    expect(carried.reply.entryId).toBe('acv-full-moratorium-6-months');
    expect(carried.shown).toEqual({ event: 'owner-notice', date: '2026-06-03', entry: 'acv-full-moratorium-6-months' });
  });

  it('given dates just worked out from the owner\'s notice, a few words naming one of its periods ("and the 6 months?", "what about the eighteen months") get that period\'s day again', () => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    const full = answerReply(kb, kb.byId.get('acv-full-moratorium-6-months')!, 0.8);
    expect(toPlainText(carriedDates(kb, last, 'and the 6 months?', AT, full)!.reply)).toContain('Full moratorium ends (if a group asked in time): Wednesday 2 December 2026');
    const protectedPeriod = answerReply(kb, kb.byId.get('acv-protected-period-18-months')!, 0.8);
    expect(toPlainText(carriedDates(kb, last, 'what about the eighteen months', AT, protectedPeriod)!.reply)).toContain('Protected period ends');
    // Without a matched answer the fragment is still about the thread's clock.
    expect(carriedDates(kb, last, 'n the 6 mths', AT, undefined)).toBeDefined();
    // A period the clock does not have, or a longer question about the period, is left as it was.
    expect(carriedDates(kb, last, 'and the 8 weeks?', AT, undefined)).toBeUndefined();
    expect(carriedDates(kb, last, 'and can the owner keep marketing it during the 6 months?', AT, full)).toBeUndefined();
  });

  it('given dates just worked out from the owner\'s notice, "deadline?" answered by the overview of every Right to Bid time limit gets the same dates beside it', () => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    const timeline = answerReply(kb, kb.byId.get('acv-timeline-deadlines')!, 0.8);
    const carried = carriedDates(kb, last, 'deadline?', AT, timeline)!;
    expect(toPlainText(carried.reply)).toContain('Interim moratorium ends: Tuesday 14 July 2026');
    expect(carried.reply.entryId).toBe('acv-timeline-deadlines');
  });

  it('given dates just worked out from the owner\'s notice, "was our request in time" gets the same dates beside the answer on the 6-week window', () => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    const window = answerReply(kb, kb.byId.get('acv-interim-moratorium-6-weeks')!, 0.8);
    expect(toPlainText(carriedDates(kb, last, 'was our request in time', AT, window)!.reply)).toContain('Interim moratorium ends: Tuesday 14 July 2026');
  });

  it('given dates already worked out in the thread, "was the 17th even in time?" checks that day against them instead of counting afresh from it', () => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    // The day checked is the day something was done: it starts no clock of its own.
    expect(datesIn(kb, 'was the 17th even in time?', AT, { topic: 'acv-interim-moratorium-6-weeks', dated: true })).toBeUndefined();
    const window = answerReply(kb, kb.byId.get('acv-interim-moratorium-6-weeks')!, 0.8);
    const inTime = toPlainText(carriedDates(kb, last, 'was the 17th even in time?', AT, window)!.reply);
    expect(inTime).toContain('Interim moratorium ends: Tuesday 14 July 2026');
    expect(inTime).toContain('You asked about 17 June 2026: that is on or before the first date here (Interim moratorium ends, 14 July 2026), so by this count it was in time.');
    // Asked with nothing matched, the thread's dates answer it on their own.
    const { shown: may } = datedQuestion(kb, "The owner's notice reached the council on 1 May 2026. When does our window close?", AT, undefined)!;
    const late = toPlainText(carriedDates(kb, may, 'we only got it to them on 16 june, too late?', AT, undefined)!.reply);
    expect(late).toContain('You asked about 16 June 2026: that is after the first date here (Interim moratorium ends, 11 June 2026), so by this count it was 5 days late for it.');
    // A day before the clock started is no check on it: the answer is left as it was.
    expect(carriedDates(kb, may, 'was 20 april in time?', AT, window)).toBeUndefined();
    // Counted from a month alone, the deadlines are ranges: no day is said to be in time.
    const { shown: june } = datedQuestion(kb, "The owner's notice reached the council in May 2026. When does our window close?", AT, undefined)!;
    const ranged = toPlainText(carriedDates(kb, june, 'was 10 june in time?', AT, window)!.reply);
    expect(ranged).toContain('Interim moratorium ends');
    expect(ranged).not.toContain('You asked about');
    // With no dates in the thread yet, a dated "in time?" still counts its clock from the date.
    expect(datesIn(kb, 'the notice went in on 2 june, are we still in time?', AT, { topic: 'acv-interim-moratorium-6-weeks' })).toMatchObject({ event: 'owner-notice', date: '2026-06-02' });
  });

  it('given the owner\'s notice date and a later day in one question asking "were we in time?", it counts from the notice and says how the later day compares', () => {
    const window = answerReply(kb, kb.byId.get('acv-interim-moratorium-6-weeks')!, 0.8);
    const dated = datedQuestion(kb, "the council got the owner's notice of intention to sell on 3 june 2026. we sent our request on 20 june. were we in time?", AT, window)!;
    expect(dated.shown).toMatchObject({ event: 'owner-notice', date: '2026-06-03' });
    expect(toPlainText(dated.reply)).toContain('You asked about 20 June 2026: that is on or before the first date here (Interim moratorium ends, 14 July 2026)');
    // Without a check word, the later day is left alone.
    const plain = datedQuestion(kb, "the council got the owner's notice of intention to sell on 3 june 2026. we sent our request on 20 june. what now?", AT, window)!;
    expect(toPlainText(plain.reply)).not.toContain('You asked about');
  });

  it('given dates just worked out from the owner\'s notice, "whats the actual last date then" asks for the day too', () => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    const window = answerReply(kb, kb.byId.get('acv-interim-moratorium-6-weeks')!, 0.8);
    expect(toPlainText(carriedDates(kb, last, 'whats the actual last date then', AT, window)!.reply)).toContain('Interim moratorium ends: Tuesday 14 July 2026');
  });

  it.each(['whats the actual date then', 'so what day exactly', 'which day is that'])('given dates just worked out from the owner\'s notice, "%s" asks for the day too', (q) => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    const window = answerReply(kb, kb.byId.get('acv-interim-moratorium-6-weeks')!, 0.8);
    expect(toPlainText(carriedDates(kb, last, q, AT, window)!.reply)).toContain('Interim moratorium ends: Tuesday 14 July 2026');
  });

  it('given dates just worked out, a question that asks no time, or an answer on another clock, is left as it was', () => {
    const { shown: last } = datedQuestion(kb, "The owner's notice reached the council on 3 June 2026. When does our window close?", AT, undefined)!;
    const moratorium = answerReply(kb, kb.byId.get('acv-full-moratorium-6-months')!, 0.8);
    expect(carriedDates(kb, last, 'what counts as a community interest group', AT, moratorium)).toBeUndefined();
    expect(carriedDates(kb, last, "and if we can't get the money together in time?", AT, moratorium)).toBeUndefined();
    const listing = answerReply(kb, kb.byId.get('acv-listing-length')!, 0.8);
    expect(carriedDates(kb, last, 'and how long does the listing last', AT, listing)).toBeUndefined();
  });

  it('given a follow-up that gives one date and no event, in a thread on a clock\'s entry, it counts that clock from the date when the follow-up asks about time', () => {
    const decision = { topic: 'acv-council-decision', matched: 'acv-council-decision' };
    expect(datesIn(kb, 'they got ours on 2nd june so when should we hear', AT, decision)).toMatchObject({ event: 'nomination-received', date: '2026-06-02' });
    // "what's my last day" is the question, not a second date.
    const review = { topic: 'acv-owner-review-appeal', matched: 'acv-owner-review-appeal' };
    expect(datesIn(kb, "letter is dated 20 May, what's my last day", AT, review)).toMatchObject({ event: 'listing-notice', date: '2026-05-20' });
    // A clock explained by the thread's entry (the full moratorium's), with an answer on the same scheme.
    const moratorium = { topic: 'acv-full-moratorium-6-months', matched: 'acv-sale-without-notice' };
    expect(datesIn(kb, 'he did that on 10 feb 2026, so when does it run out', AT, moratorium)).toMatchObject({ event: 'owner-notice', date: '2026-02-10' });
  });

  it('given a follow-up in a thread on no clock ("who counts as neighbouring?") that dates nothing it names and asks about time, it counts the clock of the entry that answers it', () => {
    // The thread was on who may nominate, which explains no clock; the follow-up is answered on the council's decision.
    const thread = { topic: 'acv-who-can-nominate', matched: 'acv-council-decision' };
    expect(datesIn(kb, 'and it landed on 20 may, how long have we got', AT, thread)).toMatchObject({ event: 'nomination-received', date: '2026-05-20' });
    // Said as a statement, with no question about time, it is the case being told, not a date to count.
    expect(datesIn(kb, 'and it landed on 20 may', AT, thread)).toBeUndefined();
    // As a first question, the same words name no clock: nothing is counted.
    expect(datesIn(kb, 'and it landed on 20 may, how long have we got', AT, { matched: 'acv-council-decision' })).toBeUndefined();
  });

  it('given a letter\'s own date in a first question answered on a clock\'s own entry, it counts that clock from the letter, asked about time or not', () => {
    const review = { matched: 'acv-owner-review-appeal' };
    expect(datesIn(kb, 'the council has listed my pub, the letter is dated 20 May 2026. how do I challenge it?', AT, review)).toMatchObject({ event: 'listing-notice', date: '2026-05-20' });
    // A cue naming another entry's event ("was listed") gives way to the answer's own clock, and stays on offer.
    const listed = datesIn(kb, 'we got notice our barn was listed, letter dated 16 May 2026. how do we ask for a review', AT, review)!;
    expect(listed).toMatchObject({ event: 'listing-notice', date: '2026-05-16' });
    expect(toPlainText(listed.reply)).toMatch(/Last day for the owner to ask for a review: Friday 10 July 2026/);
    // A cue for an event of the answer's own entry keeps its event.
    expect(datesIn(kb, 'the review decision letter dated 3 June 2026 upheld the listing, can I appeal', AT, review)).toMatchObject({ event: 'review-decision-sent' });
  });

  it('given a date that is no letter\'s date, or an answer that is no clock\'s own entry, a first question that asks no time counts nothing', () => {
    expect(datesIn(kb, 'I got a letter on 20 May 2026, how do I challenge it?', AT, { matched: 'acv-owner-review-appeal' })).toBeUndefined();
    expect(datesIn(kb, 'the letter is dated 20 May 2026, what funding is there?', AT, { matched: 'fund-community-shares' })).toBeUndefined();
  });

  it('given a date with no event in a first question, a question that asks no time, an answer on another scheme or two dates, it counts nothing', () => {
    const decision = { topic: 'acv-council-decision', matched: 'acv-council-decision' };
    expect(datesIn(kb, 'they got ours on 2nd june so when should we hear', AT)).toBeUndefined();
    expect(datesIn(kb, 'they got ours on 2nd june, what should we do meanwhile?', AT, decision)).toBeUndefined();
    // Only stating a date tells the case; it does not ask for the dates.
    expect(datesIn(kb, 'they got ours on 2nd june', AT, decision)).toBeUndefined();
    expect(datesIn(kb, 'our meeting is on 2 June, how long does a share offer run?', AT, { topic: 'acv-council-decision', matched: 'fund-community-shares' })).toBeUndefined();
    expect(datesIn(kb, 'sent it on 2 June and chased on 9 June, when will we hear?', AT, decision)).toBeUndefined();
    // A day still to come, not spoken of as one the thread's event will fall on.
    expect(datesIn(kb, 'is it gonna rain in york tomorrow, when should we set off for the meeting', AT, { topic: 'acv-listing-length' })).toBeUndefined();
  });

  it('given a rough date, the answer comes first and the dates follow under their own title', () => {
    const matched = answerReply(kb, kb.byId.get('acv-listing-length')!, 0.5);
    const dated = datedQuestion(kb, 'our pub was listed about two years ago, how long does it last?', AT, matched)!;
    expect(dated.shown.answerFirst).toBe(true);
    expect(dated.reply.title).toBe(matched.title);
    expect(dated.reply.sections.findIndex((s) => s.heading?.startsWith('Your dates, counted from'))).toBeGreaterThan(0);
  });

  it('given no matched answer, the dates alone answer a statement of the date or a question about time, and nothing else', () => {
    expect(datedQuestion(kb, 'the owner told the council on 3 June 2026', AT, undefined)).toBeDefined();
    expect(datedQuestion(kb, 'his notice to the council was 10 feb 2026', AT, undefined)?.shown).toMatchObject({ event: 'owner-notice' });
    expect(datedQuestion(kb, 'We nominated the pub back in March. Is there a deadline for the council?', AT, undefined)).toBeDefined();
    expect(datedQuestion(kb, 'Our nomination was turned down last week. What are our options now?', AT, undefined)).toBeUndefined();
    expect(datedQuestion(kb, 'The owner wants to sell in January. Should we wait for the new law?', AT, undefined)).toBeUndefined();
  });

  it('given no matched answer but a nearest entry that explains the dated clock, the dates answer whatever the question asks; a nearest entry elsewhere does not', () => {
    const again = "the owner's notice went to the council on 3 feb 2025 and he never sold. now he's selling again, do we get another go?";
    expect(datedQuestion(kb, again, AT, undefined, 'acv-protected-period-18-months')?.shown).toMatchObject({ event: 'owner-notice', date: '2025-02-03' });
    expect(datedQuestion(kb, again, AT, undefined, 'fund-community-shares')).toBeUndefined();
  });

  it('given a date and "is it still listed?", it reads whether a period has run as a question about time, and works out when the listing ends', () => {
    const reply = datedQuestion(kb, 'The Swan in Ledbury was listed on 10 March 2021. Is it still on the list?', AT, undefined);
    expect(reply ? toPlainText(reply.reply) : undefined).toMatch(/9 March 2026/);
  });

  it('given a date and "are we still covered?", it reads that as asking whether the listing has run, and works out when it ends', () => {
    const reply = datedQuestion(kb, 'the hall was listed on 10 March 2021, are we still covered?', AT, undefined);
    expect(reply ? toPlainText(reply.reply) : undefined).toMatch(/9 March 2026/);
  });

  it('given a dated question at the terminal, which cannot attach the calendar, it says how to save one instead', () => {
    const text = 'the owner told the council on 3 July 2026';
    expect(toPlainText(datedQuestion(kb, text, AT, undefined)!.reply)).toContain(kb.periods!.phrases.calendar);
    const terminal = datedQuestion(kb, text, { ...AT, platform: 'cli' }, undefined)!.reply;
    expect(toPlainText(terminal)).toContain('add --ics dates.ics to npm run ask');
    expect(toPlainText(terminal)).not.toContain(kb.periods!.phrases.calendar);
    expect(terminal.attachments).toHaveLength(1);
  });

  it('given the words that ask about time, it reads them as whole words', () => {
    const words = kb.periods!.matching.timeQuestions;
    expect(datesAnswerAlone('is it too late?', words)).toBe(true);
    expect(datesAnswerAlone('when does it end?', words)).toBe(true);
    expect(datesAnswerAlone('whenever you like?', words)).toBe(false);
    expect(datesAnswerAlone("so when's that up?", words)).toBe(true);
    expect(datesAnswerAlone("how long's the pause?", words)).toBe(true);
    expect(datesAnswerAlone('whens the earliest we can close it?', words)).toBe(true);
    expect(datesAnswerAlone('we were listed on 3 June', words)).toBe(true);
  });

  it('given a story whose "when" tells what happened and whose question asks something else, the dates alone do not answer it', () => {
    const words = kb.periods!.matching.timeQuestions;
    const story = 'The pub was listed in 2023. When the owner put it up for sale our group asked to bid and his buyer pulled out. Can he get that money back?';
    expect(datesAnswerAlone(story, words)).toBe(false);
    expect(datedQuestion(kb, story, AT, undefined)).toBeUndefined();
    expect(datesAnswerAlone('The owner gave notice on 3 June. When does our window close?', words)).toBe(true);
  });
});

describe('dates alone never answer a question the matcher places on another clock of the same scheme', () => {
  const text = 'I own the Plough and it was listed last month. How do I challenge the listing and what are the deadlines?';
  it('given the owner\'s review as the nearest entry, the listing\'s end dates are not given in its place (the question is declined and kept for staff)', () => {
    expect(datedQuestion(kb, text, AT, undefined, 'acv-owner-review-appeal')).toBeUndefined();
  });
  it('given a nearest entry on another scheme, or the event\'s own entry, the dates still answer', () => {
    expect(datedQuestion(kb, text, AT, undefined, 'rtc-timing')?.reply.title).toMatch(/^Your dates/);
    expect(datedQuestion(kb, text, AT, undefined, 'acv-listing-length')?.reply.title).toMatch(/^Your dates/);
  });
});
