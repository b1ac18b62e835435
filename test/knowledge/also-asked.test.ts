// A message that asks two things gets both answered: the first in full, the second's opening
// sentences under "You also asked", within the short reply's budget, with its entry offered first
// among the related topics. A second question is taken only when the matcher answers it outright on
// its own and on the first answer's subject, so an elliptical "how long does the council get?" in a
// message about another right is not answered with an asset-of-community-value deadline.
import { describe, it, expect } from '@jest/globals';
import { alsoAsked } from '../../src/dialogue/also-asked.js';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder } from '../../src/index.js';
import { withAlsoAsked } from '../../src/reply/also-asked.js';
import { answerReply } from '../../src/reply/compose.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { RENDERED_REPLY_MAX } from '../../src/kb/check-rendered-length.js';
import type { Question } from '../../src/index.js';

const holder = KnowledgeHolder.open('knowledge');
const { kb, index } = holder.current;
const advisor = createAdvisor({ knowledge: holder, store: createMemoryStore(), logger: createMemoryLogger(), config: { hashSalt: 'test', staff: [], retentionDays: 90 } });
const ask = (text: string, threadId: string): Question => ({ text, platform: 'slack', user: { id: 'U1' }, channel: { id: 'C1', isDirect: false }, threadId, receivedAt: new Date() });
const shownSize = (sections: { heading?: string; body: string; detail?: boolean }[]) => sections.filter((s) => !s.detail).reduce((n, s) => n + (s.heading?.length ?? 0) + s.body.length, 0);

describe('a second question in the same message', () => {
  it('given "can our informal group of 30 regulars nominate the pub? and how long does the council get to decide?", both are answered: the 8 weeks and the 21 members', async () => {
    const r = await advisor.explain(ask('can our informal group of 30 regulars nominate the pub? and how long does the council get to decide?', 'a1'));
    const text = r.reply.sections.map((s) => `${s.heading ?? ''}\n${s.body}`).join('\n');
    expect(text).toMatch(/8 weeks/);
    expect(text).toMatch(/You also asked:/);
    expect(text).toMatch(/21/);
    const also = r.reply.sections.find((s) => s.heading?.startsWith('You also asked'))!;
    expect(also.detail).toBeUndefined();
    expect(r.reply.followUps[0].entryId).toBe(kb.entries.find((e) => also.heading!.endsWith(e.title))!.id);
  });

  it('given a message with one question, no second answer is added', async () => {
    const r = await advisor.explain(ask('can our informal group of 30 regulars nominate the pub?', 'a2'));
    expect(r.reply.sections.some((s) => s.heading?.startsWith('You also asked'))).toBe(false);
  });

  it('given a second question the matcher answers only on another subject, it is not taken', () => {
    expect(alsoAsked(kb, index, 'is the right to challenge any use for running our library? how long does the council get to decide?', 'rtc-what-is')).toBeUndefined();
  });

  it('given two questions on one subject, the second is taken', () => {
    expect(alsoAsked(kb, index, 'can our parish council use the right to challenge for the library service? and how long does the council get to decide?', 'rtc-timing')).toBe('rtc-who-can-use');
  });

  it('given one sentence that asks a second thing after a comma and "and", the second is taken', () => {
    expect(alsoAsked(kb, index, 'can our informal group of 30 regulars nominate the pub, and how long does the council get to decide?', 'acv-council-decision')).toBe('acv-unincorporated-group-21-members');
  });

  it('given a question after a spaced dash ("honestly fuming - can they even list it..."), the feeling before the dash does not hide it', () => {
    expect(alsoAsked(kb, index, 'honestly fuming - can they even list it with our flat above it, and how long does the owner have to challenge the listing?', 'acv-owner-review-appeal')).toBe('acv-exclusions');
  });

  it('given a comma before "and" that joins no question ("the pub, and the field behind it"), the sentence is read whole', () => {
    expect(alsoAsked(kb, index, 'can we nominate the pub, and the field behind it?', 'acv-nominate')).toBeUndefined();
  });

  it('given any two entries on a subject, the short reply with the second answer stays within its budget, and the whole reply within what scripts accept', () => {
    const budget = kb.conversation.shortAnswerChars;
    const acv = kb.entries.filter((e) => e.facets.subject?.includes('right-to-bid'));
    for (const first of acv) for (const second of acv.slice(0, 12)) {
      if (first.id === second.id) continue;
      const alone = answerReply(kb, first, undefined);
      const reply = withAlsoAsked(kb, alone, second);
      const whole = toPlainText(reply).length;
      expect({ pair: [first.id, second.id], within: shownSize(reply.sections) <= budget, whole: whole <= RENDERED_REPLY_MAX }).toEqual({ pair: [first.id, second.id], within: true, whole: true });
      // Offered first, unless even the offer would take the reply past what scripts accept.
      expect(reply.followUps[0].entryId === second.id || reply === alone).toBe(true);
    }
  });
});
