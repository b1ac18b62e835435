// Joining worked-out dates to the matched answer: the joined reply reads like one answer, with no
// line said twice and no button for the answer it already is.
import { describe, expect, it } from '@jest/globals';
import { RENDERED_REPLY_MAX } from '../../../src/kb/check-rendered-length.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { withMatchedAnswer } from '../../../src/tools/deadlines/with-matched-answer.js';
import type { Reply } from '../../../src/types.js';

const dates: Reply = {
  kind: 'answer',
  title: 'Your dates, counted from 30 August 2026',
  sections: [{ heading: 'Your dates', body: '- Council should make the plan by: Sunday 25 October 2026' }],
  sources: [{ title: 'reg 18A', url: 'https://www.legislation.gov.uk/uksi/2012/637/regulation/18A' }],
  followUps: [{ label: 'What happens after a referendum?', entryId: 'np-after-referendum' }, { label: 'Count from the result instead', entryId: 'deadline--np-result--2026-08-30' }],
  actions: [],
};
const matched: Reply = {
  kind: 'answer',
  title: 'What happens after a neighbourhood plan passes its referendum?',
  entryId: 'np-after-referendum',
  sections: [{ heading: 'In short', body: 'It becomes part of the development plan.' }, { heading: 'Details', body: 'More.', detail: true }],
  sources: [{ title: 's.38A', url: 'https://www.legislation.gov.uk/ukpga/2004/5/section/38A' }],
  followUps: [{ label: 'How does a referendum work?', entryId: 'np-referendum' }],
  actions: [],
};

describe('joining dates to the matched answer', () => {
  it('given dates and an answer that together run past one message, the answer\'s related topics give way from the last and the dates\' own choices stay', () => {
    const related = Array.from({ length: 6 }, (_, i) => ({ label: `A related topic with a long enough title to count, number ${i}`, entryId: `entry-${i}` }));
    const long = { ...matched, sections: [{ heading: 'In short', body: 'x'.repeat(RENDERED_REPLY_MAX - 700) }], followUps: related };
    const whole = toPlainText({ ...withMatchedAnswer(dates, { ...long, followUps: [] }, true), followUps: [...dates.followUps.filter((f) => f.entryId.startsWith('deadline')), ...related] });
    expect(whole.length).toBeGreaterThan(RENDERED_REPLY_MAX);
    const joined = withMatchedAnswer(dates, long, true);
    expect(toPlainText(joined).length).toBeLessThanOrEqual(RENDERED_REPLY_MAX);
    expect(joined.followUps).toContainEqual(dates.followUps[1]);
    expect(joined.followUps.map((f) => f.entryId)).toContain('entry-0');
    expect(joined.followUps.map((f) => f.entryId)).not.toContain('entry-5');
  });

  it('given an answer with many sources, the joined reply lists the dates\' sources and the answer\'s first three (its full answer lists them all)', () => {
    const many = { ...matched, sources: Array.from({ length: 7 }, (_, i) => ({ title: `source ${i}`, url: `https://example.org/${i}` })) };
    const joined = withMatchedAnswer(dates, many, true);
    expect(joined.sources).toEqual([...dates.sources, ...many.sources.slice(0, 3)]);
  });

  it('given a rough date, so the answer leads, the title is said once and the short part keeps its own heading', () => {
    const joined = withMatchedAnswer(dates, matched, false);
    expect(joined.title).toBe(matched.title);
    expect(joined.sections.map((s) => s.heading)).not.toContain(matched.title);
    expect(joined.sections[0]).toEqual({ heading: 'In short', body: 'It becomes part of the development plan.' });
  });

  it('given an exact date, so the dates lead, the answer that follows is headed by its title', () => {
    const joined = withMatchedAnswer(dates, matched, true);
    expect(joined.title).toBe(dates.title);
    expect(joined.sections.map((s) => s.heading)).toEqual(['Your dates', matched.title]);
  });

  it('given dates whose event entry is the answer already given, that entry is not offered again as a button', () => {
    const joined = withMatchedAnswer(dates, matched, false);
    expect(joined.followUps.map((f) => f.entryId)).toEqual(['deadline--np-result--2026-08-30', 'np-referendum']);
  });
});
