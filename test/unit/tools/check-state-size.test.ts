// A check's progress and its step's choices are kept in the conversation state, which the store
// refuses above its size limit (a refused state would lose the check). Every step of every
// shipped check, reached by its longest path and after a long question, must fit.
import { describe, expect, it } from '@jest/globals';
import { nextState } from '../../../src/dialogue/next-state.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { DEFAULT_LIMITS } from '../../../src/store/limits.js';
import type { GuidedCheck } from '../../../src/tools/checks/check-model.js';
import type { CheckProgress } from '../../../src/tools/checks/check-progress.js';
import { viewReply } from '../../../src/tools/checks/check-replies.js';
import { KNOWLEDGE_DIR } from './support/real-periods.js';

const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;

/** Every step with the answers of the longest path that reaches it. */
function longestPaths(check: GuidedCheck): Map<string, CheckProgress['answers']> {
  const best = new Map<string, CheckProgress['answers']>([[check.start, []]]);
  const visit = (stepId: string, answers: CheckProgress['answers']) => {
    for (const option of check.steps.get(stepId)!.options) {
      if (!option.next) continue;
      const path = [...answers, { step: stepId, option: option.id }];
      if ((best.get(option.next)?.length ?? -1) < path.length) best.set(option.next, path);
      visit(option.next, path);
    }
  };
  visit(check.start, []);
  return best;
}

describe('a check in the conversation state', () => {
  it('given every step of every shipped check, after a long question on a topic with recent entries, the state fits the store\'s limit', () => {
    const at = new Date('2026-11-30T12:00:00Z');
    const entries = kb.entries.slice(0, 6).map((e) => e.id);
    const live = { at: at.toISOString(), entryId: entries[0], recent: entries.slice(1), question: 'q'.repeat(500), facets: { subject: 'acv', stage: 'sale', party: 'group', outcome: 'refused', aspect: 'time' }, need: { at: at.getTime(), status: 'answered' as const, entryId: entries[0], terms: Array.from({ length: 40 }, (_, i) => `term${i}`) } };
    let largest = 0;
    for (const check of kb.checks!.checks) {
      for (const [stepId, answers] of longestPaths(check)) {
        const progress: CheckProgress = { check: check.id, step: stepId, answers };
        const reply = viewReply(kb, kb.checks!, check, { kind: 'step', step: check.steps.get(stepId)!, progress });
        const state = nextState(kb, { status: 'tool', reply }, reply, { text: 'x', at, live, flow: { check: progress } });
        largest = Math.max(largest, JSON.stringify(state).length);
      }
    }
    expect(largest).toBeGreaterThan(1000);
    expect(largest).toBeLessThanOrEqual(DEFAULT_LIMITS.conversationStateChars);
  });
});
