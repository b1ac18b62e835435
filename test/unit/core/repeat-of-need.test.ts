// The re-ask measure counts a person needing the same thing again soon after an answer, never an
// ordinary follow-up. Checked on labelled conversation pairs, with the matcher's own reading of
// each question's words, and on the edges of the rule.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../src/nlp/analyze.js';
import { repeatsPreviousNeed, REPEAT_WINDOW_MS, type Need } from '../../../src/usage/repeat-of-need.js';
import { countsAsUsage } from '../../../src/usage/counts-as-usage.js';
import { createAdvisor, createMemoryLogger, KnowledgeHolder } from '../../../src/index.js';
import { fixtureAdvisor, question } from './support/fixture-advisor.js';
import { CLEAN_KB_DIR, TODAY } from './support/fixture-kb.js';
import { shippedAdvisorKnowledge } from './support/shipped-lexicon.js';

interface Side {
  text: string;
  status: Need['status'];
  entryId?: string;
  minutesBefore?: number;
}
interface Pair {
  why: string;
  previous: Side;
  current: Side;
  repeat: boolean;
}

const PAIRS = readFileSync(fileURLToPath(new URL('../../fixtures/usage/repeat-pairs.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Pair);

const { lexicon, entryIds } = shippedAdvisorKnowledge();
const NOW = Date.parse('2026-11-30T12:00:00Z');
const need = (side: Side, at: number): Need => ({ at, status: side.status, entryId: side.entryId, terms: analyze(side.text, lexicon).terms });

describe('repeatsPreviousNeed on labelled conversations', () => {
  it('given the labelled pairs, they name real entries (so the labels stay meaningful)', () => {
    for (const p of PAIRS) for (const side of [p.previous, p.current]) if (side.entryId) expect(entryIds).toContain(side.entryId);
  });

  it.each(PAIRS.map((p) => [p.why, p.repeat ? 'a re-ask' : 'not a re-ask', p] as const))('given %s, it is %s', (_why, _verdict, pair) => {
    const previous = need(pair.previous, NOW - (pair.previous.minutesBefore ?? 1) * 60_000);
    expect(repeatsPreviousNeed(previous, need(pair.current, NOW))).toBe(pair.repeat);
  });

  it('given an ordinary conversation of five different questions, none of them is a re-ask', () => {
    const chat: Side[] = [
      { text: 'what is an asset of community value', status: 'answered', entryId: 'acv-what-is' },
      { text: 'who can nominate one?', status: 'answered', entryId: 'acv-who-can-nominate' },
      { text: 'how long does a listing last', status: 'answered', entryId: 'acv-listing-length' },
      { text: 'what happens when the owner wants to sell', status: 'answered', entryId: 'acv-owner-notice-to-sell' },
      { text: 'where could we get funding to buy it', status: 'answered', entryId: 'fund-overview-buying-a-building' },
    ];
    const needs = chat.map((s, i) => need(s, NOW + i * 60_000));
    expect(needs.slice(1).map((n, i) => repeatsPreviousNeed(needs[i], n))).toEqual([false, false, false, false]);
  });
});

describe('repeatsPreviousNeed at the edges', () => {
  const answered: Need = { at: NOW, status: 'answered', entryId: 'a', terms: ['list', 'last'] };
  it('given no previous question, it is not a re-ask', () => {
    expect(repeatsPreviousNeed(undefined, { ...answered, at: NOW + 1000 })).toBe(false);
  });
  it('given the same answer again just inside the window, it is; just outside, it is not', () => {
    expect(repeatsPreviousNeed(answered, { ...answered, at: NOW + REPEAT_WINDOW_MS })).toBe(true);
    expect(repeatsPreviousNeed(answered, { ...answered, at: NOW + REPEAT_WINDOW_MS + 1 })).toBe(false);
  });
  it('given a question with no content words after an answer, it is not a re-ask', () => {
    expect(repeatsPreviousNeed(answered, { at: NOW + 1000, status: 'fallback', terms: [] })).toBe(false);
  });
});

describe('countsAsUsage', () => {
  it('given a terminal question, it is left out unless counting the terminal is asked for; Slack and Discord always count', () => {
    expect(countsAsUsage('cli')).toBe(false);
    expect(countsAsUsage('cli', true)).toBe(true);
    expect(countsAsUsage('slack')).toBe(true);
    expect(countsAsUsage('discord', false)).toBe(true);
  });
});

describe('what the advisor records for the statistics', () => {
  const day = TODAY.toISOString().slice(0, 10);

  it('given an ordinary conversation, no question is recorded as a re-ask; asking the same thing again is', async () => {
    const { advisor, store } = fixtureAdvisor();
    const threadId = 'conversation-1';
    for (const text of ['how long does an ACV listing last?', 'what is the community right to challenge', 'how long does an ACV listing last?']) {
      await advisor.ask(question(text, { threadId }));
    }
    await advisor.flush();
    expect((await store.stats(day, day)).reask).toEqual({ answers: 3, reasked: 0 });

    await advisor.ask(question('how long does an acv listing last for', { threadId }));
    await advisor.flush();
    expect((await store.stats(day, day)).reask).toEqual({ answers: 4, reasked: 1 });
  });

  it('given terminal questions and counting the terminal not asked for, nothing reaches the statistics or the queue', async () => {
    const { store } = fixtureAdvisor();
    const quiet = createAdvisor({ knowledge: KnowledgeHolder.open(CLEAN_KB_DIR), store, logger: createMemoryLogger(), config: { hashSalt: 's', staff: [], retentionDays: 90 }, now: () => TODAY });
    await quiet.ask(question('how long does an ACV listing last?'));
    await quiet.ask(question("what's the weather in Leeds tomorrow"));
    await quiet.flush();
    expect((await store.stats(day, day)).asked).toBe(0);
    expect(await store.listOpenUnanswered(TODAY)).toEqual([]);
  });
});
