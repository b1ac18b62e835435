import { describe, expect, it } from '@jest/globals';
import { computeStats } from '../../../src/staff/compute-stats.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import type { QuestionStatus, RecordOp, Store } from '../../../src/store/store.js';
import { SLACK_STAFF, staffWorld, TODAY } from './staff-fixture.js';
import { overBound } from '../../helpers/time-bound.js';

const minutesAgo = (m: number) => new Date(TODAY.getTime() - m * 60_000).toISOString();
const ask = (user: string, m: number, status: QuestionStatus, entryId?: string, reask?: boolean): RecordOp => ({ type: 'question', at: minutesAgo(m), platform: 'slack', userHash: user, status, ...(entryId ? { entryId } : {}), ...(reask ? { reask } : {}) });
const vote = (user: string, m: number, entryId: string, v: 'up' | 'down', platform = 'slack'): RecordOp => ({ type: 'vote', at: minutesAgo(m), platform, userHash: user, entryId, vote: v });

async function sampleStore(store: Store = createMemoryStore()): Promise<Store> {
  await store.record([
    // alice: answered, then asks for the same thing again 3 minutes later -> recorded as a re-ask
    ask('alice', 60, 'answered', 'acv-listing-length'),
    ask('alice', 57, 'answered', 'acv-listing-length', true),
    // bob: answered, then an ordinary follow-up about something else -> not a re-ask
    ask('bob', 60, 'answered', 'acv-nominate'),
    ask('bob', 58, 'clarify'),
    // carol: declined, asks again a minute later -> not a re-ask (there was no answer)
    ask('carol', 30, 'fallback'),
    ask('carol', 29, 'answered', 'acv-listing-length'),
    // dave answers once; another person's question right after does not count against it
    ask('dave', 10, 'answered', 'rtc-what-is'),
    ask('erin', 9, 'fallback'),
    // outside a 7-day period
    ask('frank', 8 * 24 * 60, 'answered', 'rtc-what-is'),
  ].sort((a, b) => a.at.localeCompare(b.at)));
  await store.record([
    vote('alice', 50, 'acv-listing-length', 'up'),
    vote('bob', 50, 'acv-listing-length', 'up', 'discord'),
    // carol changes her mind: only her latest vote counts
    vote('carol', 25, 'acv-listing-length', 'up'),
    vote('carol', 20, 'acv-listing-length', 'down'),
    vote('dave', 5, 'rtc-what-is', 'down'),
    vote('frank', 9 * 24 * 60, 'rtc-what-is', 'up'),
  ]);
  return store;
}

describe('computeStats', () => {
  it('given a week of questions, it counts those in the period and the share answered, clarified and declined', async () => {
    const s = await computeStats(await sampleStore(), 7, TODAY);
    expect(s).toMatchObject({ asked: 8, people: 5, answered: 5, clarified: 1, declined: 2 });
  });

  it('given questions recorded as re-asks when they were asked, it counts them against the answers in the period', async () => {
    expect((await computeStats(await sampleStore(), 7, TODAY)).reask).toEqual({ answers: 5, reasked: 1 });
  });

  it('given answers and feedback, it lists the most-asked entries and thumbs up and down per entry within the period', async () => {
    const s = await computeStats(await sampleStore(), 7, TODAY);
    expect(s.mostAsked).toEqual([
      { entryId: 'acv-listing-length', count: 3 },
      { entryId: 'acv-nominate', count: 1 },
      { entryId: 'rtc-what-is', count: 1 },
    ]);
    expect(s.votes).toEqual([
      { entryId: 'acv-listing-length', up: 2, down: 1 },
      { entryId: 'rtc-what-is', up: 0, down: 1 },
    ]);
  });

  it('given a longer period, it includes older questions', async () => {
    expect((await computeStats(await sampleStore(), 30, TODAY)).asked).toBe(9);
  });
});

describe('stats command', () => {
  it('given a period, it reports the figures in a reply every platform can render', async () => {
    const world = staffWorld();
    await sampleStore(world.store);
    const reply = await world.advisor.staff(SLACK_STAFF, 'stats');
    expect(reply.kind).toBe('info');
    const text = toPlainText(reply);
    expect(text).toContain('8 questions from 5 people in the last 7 days');
    expect(text).toContain('answered: 5 (63%)');
    expect(text).toContain('clarified (did you mean): 1 (13%)');
    expect(text).toContain('declined: 2 (25%)');
    expect(text).toContain('How long does an asset of community value listing last? (acv-listing-length): 👍 2 · 👎 1');
    expect(text).toContain('1 of 5 answers (20%) were followed within 5 minutes by the same person asking for the same thing again');
  });

  it('given no questions, it says there were none', async () => {
    const text = toPlainText(await staffWorld().advisor.staff(SLACK_STAFF, 'stats 3'));
    expect(text).toContain('No questions in the last 3 days.');
    expect(text).toContain('No feedback in this period.');
  });
});

describe('stats cost', () => {
  it('given 30,000 questions from one person, "stats" reads counters, so it answers at once', async () => {
    const world = staffWorld();
    const ops: RecordOp[] = Array.from({ length: 30_000 }, (_, i) => ask('spammer', (30_000 - i) / 10, i % 3 ? 'fallback' : 'answered', 'acv-nominate'));
    for (let i = 0; i < ops.length; i += 1000) await world.store.record(ops.slice(i, i + 1000));
    let text = '';
    const readStats = async () => {
      text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'stats'));
    };
    // A generous safety bound: counters take milliseconds; a pass per question pair took minutes.
    expect(await overBound(readStats, { boundMs: 2000 })).toBeUndefined();
    expect(text).toContain('30000 questions from 1 person');
  });
});
