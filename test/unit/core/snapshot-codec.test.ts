// Built knowledge survives the trip through bytes (to and from a worker thread, or the start-up
// cache) whole: the same answer to every example question, and shared entries still shared.
import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { createAdvisor, createMemoryLogger, createMemoryStore, type Question } from '../../../src/index.js';
import { KnowledgeHolder, type KnowledgeSnapshot } from '../../../src/kb/knowledge-holder.js';
import { decodeSnapshot, encodeSnapshot, SnapshotCodecError } from '../../../src/kb/snapshot-codec.js';
import { stem } from '../../../src/nlp/natural.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../knowledge', import.meta.url));

function advisorOn(snapshot: KnowledgeSnapshot) {
  const knowledge = { current: snapshot } as unknown as KnowledgeHolder;
  return createAdvisor({ knowledge, store: createMemoryStore(), logger: createMemoryLogger(), config: { hashSalt: 'codec', staff: [], retentionDays: 90 } });
}

const ask = (text: string, i: number): Question => ({ text, platform: 'slack', user: { id: 'u' }, channel: { id: 'c', isDirect: true }, threadId: `t${i}`, receivedAt: new Date('2026-11-30T12:00:00Z') });

describe('the snapshot codec', () => {
  const original = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
  const decoded = decodeSnapshot<KnowledgeSnapshot>(encodeSnapshot(original));

  it('given the shipped knowledge, every example question (and a few misspelt and off-topic ones) gets the same reply from the decoded copy', async () => {
    const questions = [...original.kb.entries.flatMap((e) => e.questions), 'wat is the rite to bid', 'how long is the moratorum', 'recipe for lasagne', 'can our parish council constructor a hall'];
    const before = advisorOn(original);
    const after = advisorOn(decoded);
    for (const [i, text] of questions.entries()) {
      expect({ text, reply: await after.ask(ask(text, i)) }).toEqual({ text, reply: await before.ask(ask(text, i)) });
    }
  });

  it('given the statutory periods and the guided checks, they come back whole and give the same dates, steps, verdicts and detail', async () => {
    expect(decoded.kb.periods).toEqual(original.kb.periods);
    expect(decoded.kb.checks).toEqual(original.kb.checks);
    expect(decoded.kb.periods!.workingDays.holidays.has('2026-12-25')).toBe(true);
    expect(decoded.kb.checks!.checks.find((c) => c.id === 'trigger-moratorium')!.steps.get('body')!.options.length).toBeGreaterThan(2);
    const turns = ["The owner's notice reached the council on 3 June 2026. When does our window close?", 'more', 'check if our group can trigger the moratorium', 'A charity (registered or not)', 'yes', 'more', 'start again', '6'];
    const before = advisorOn(original);
    const after = advisorOn(decoded);
    const replies = [];
    for (const text of turns) {
      const q = { ...ask(text, 0), threadId: 'tools' };
      const reply = await before.ask(q);
      expect({ text, reply: await after.ask(q) }).toEqual({ text, reply });
      replies.push(reply);
    }
    // The turns really ran the tools: dates, their detail, a check to its verdict, its answers.
    expect(replies.map((r) => r.title)).toEqual([
      'Your dates, counted from 3 June 2026', 'Your dates, counted from 3 June 2026',
      'Can our group trigger the moratorium?', 'Can our group trigger the moratorium?', 'Yes: your group can ask to be treated as a potential bidder',
      'Yes: your group can ask to be treated as a potential bidder', 'Can our group trigger the moratorium?', 'No: an informal group cannot trigger the moratorium',
    ]);
  });

  it('given entries shared between the list, the id map and the index, they stay one object each', () => {
    const entry = decoded.kb.entries[0];
    expect(decoded.kb.byId.get(entry.id)).toBe(entry);
    expect(decoded.index.entries.find((e) => e.entry.id === entry.id)?.entry).toBe(entry);
  });

  it('given objects without a prototype (word tables keyed by any word, "constructor" included), they come back without one', () => {
    const table = Object.assign(Object.create(null) as Record<string, string[]>, { constructor: ['builder'], pub: ['inn'] });
    const back = decodeSnapshot<{ table: Record<string, string[]> }>(encodeSnapshot({ table }));
    expect(Object.getPrototypeOf(back.table)).toBeNull();
    expect(back.table.constructor).toEqual(['builder']);
    expect(Object.keys(back.table)).toEqual(['constructor', 'pub']);
  });

  it('given a function the registry knows, held in several places, each place gets the function back', () => {
    const back = decodeSnapshot<{ a: { f: unknown }; list: unknown[]; map: Map<string, unknown> }>(encodeSnapshot({ a: { f: stem }, list: [stem], map: new Map([['s', stem]]) }));
    expect(back.a.f).toBe(stem);
    expect(back.list[0]).toBe(stem);
    expect(back.map.get('s')).toBe(stem);
  });

  it('given something it does not know how to store, it refuses with the path to it', () => {
    expect(() => encodeSnapshot({ index: { scorer: () => 1 } })).toThrow(SnapshotCodecError);
    expect(() => encodeSnapshot({ index: { scorer: () => 1 } })).toThrow('$.index.scorer');
    class Unknown {}
    expect(() => encodeSnapshot({ a: [new Unknown()] })).toThrow('cannot store the Unknown object at $.a.0');
  });
});
