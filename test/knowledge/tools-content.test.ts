// The guided tools against the shipped knowledge: an example question that dates an event gets
// its dates without losing its own entry's answer, and every guided check can be walked to every
// one of its outcomes with a verdict, reasons, provisions and a next step.
import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, loadKnowledge, toPlainText } from '../../src/index.js';
import type { GuidedCheck } from '../../src/tools/checks/check-model.js';
import { answerDates } from '../../src/tools/deadlines/deadline-tool.js';
import { asksAboutTime } from '../../src/tools/deadlines/asks-about-time.js';

const DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const { kb } = loadKnowledge(DIR);

/** Every path from the start to an outcome, as lists of [step, option]. */
function paths(check: GuidedCheck): { outcome: string; choices: [string, string][] }[] {
  const out: { outcome: string; choices: [string, string][] }[] = [];
  const walk = (stepId: string, choices: [string, string][]) => {
    for (const o of check.steps.get(stepId)!.options) {
      const next: [string, string][] = [...choices, [stepId, o.id]];
      if (o.outcome) out.push({ outcome: o.outcome, choices: next });
      else walk(o.next!, next);
    }
  };
  walk(check.start, []);
  return out;
}

describe('the guided tools on the shipped knowledge', () => {
  it('given example questions that date an event, the reply adds the dates (or, for a date that starts no clock, says so) and keeps the entry\'s own answer', async () => {
    const advisor = createAdvisor({ knowledge: KnowledgeHolder.open(DIR), store: createMemoryStore(), logger: createMemoryLogger(), config: { hashSalt: 'tools', staff: [], retentionDays: 90 } });
    const ctx = { data: kb!.periods!, notice: kb!.phrases.disclaimer, entryTitle: () => undefined };
    const at = new Date('2026-11-21T12:00:00Z');
    const clocks = new Set(kb!.periods!.events.map((e) => e.id));
    const dated = kb!.entries.flatMap((e) => e.questions.flatMap((q) => {
      const found = answerDates(q, at, ctx);
      // A date that starts no clock is said to, unless that is said only when the question asks about time.
      const quiet = kb!.periods!.noClock.find((n) => n.id === found?.event)?.onlyWhenTimeAsked === true;
      return found ? [{ entry: e, q, clock: clocks.has(found.event), quiet }] : [];
    }));
    // Real phrasings ("gave notice 3 weeks ago", "published its decision last Tuesday") do date events.
    expect(dated.length).toBeGreaterThan(5);
    let n = 0;
    for (const { entry, q, clock, quiet } of dated) {
      const reply = await advisor.ask({ text: q, platform: 'cli', user: { id: 'tools' }, channel: { id: 'terminal', isDirect: true }, threadId: `tools-${n++}`, receivedAt: at });
      const text = toPlainText(reply);
      // "The pub closed its doors last week, how do we get it listed?": closing starts no clock.
      expect({ q, entryId: reply.entryId, hasDates: text.includes(kb!.periods!.phrases.heading), saysNoClock: text.includes('does not start the clock') }).toEqual({ q, entryId: entry.id, hasDates: clock, saysNoClock: !clock && (!quiet || asksAboutTime(q, kb!.periods!.matching.timeQuestions)) });
      expect(text).toContain(entry.sections[0].body.replace(/\*\*/g, '').slice(0, 60));
    }
  });

  it('given each guided check, every outcome is reachable and says yes, no or maybe with reasons, legislation and a next step', () => {
    expect(kb!.checks!.checks.length).toBeGreaterThanOrEqual(4);
    for (const check of kb!.checks!.checks) {
      const reached = new Set(paths(check).map((p) => p.outcome));
      expect([...check.outcomes.keys()].filter((id) => !reached.has(id))).toEqual([]);
      for (const outcome of check.outcomes.values()) {
        expect(['yes', 'no', 'maybe']).toContain(outcome.verdict);
        expect(outcome.reasons.length).toBeGreaterThan(0);
        expect(outcome.provisions.every((p) => p.url.startsWith('https://www.legislation.gov.uk/'))).toBe(true);
        expect(outcome.next.length).toBeGreaterThan(20);
      }
    }
  });

  it('given the moratorium check, only bodies regulation 12 names reach a "yes"', () => {
    const trigger = kb!.checks!.checks.find((c) => c.id === 'trigger-moratorium')!;
    const yesBodies = new Set(paths(trigger).filter((p) => trigger.outcomes.get(p.outcome)!.verdict === 'yes').map((p) => p.choices[0][1]));
    expect([...yesBodies].sort()).toEqual(['cbs', 'charity', 'cic', 'clg', 'parish']);
  });
});
