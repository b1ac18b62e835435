// What the advisor does with messages that are not fresh questions: small talk, "more", a typed
// choice, and what each leaves in the store (nothing queued, nothing counted as unanswered).
import { describe, expect, it } from '@jest/globals';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, type Question, type Store } from '../../../src/index.js';
import { KNOWLEDGE_DIR } from '../../integration/core/support/shipped-advisor.js';
import { fixtureAdvisor, question } from '../core/support/fixture-advisor.js';
import { TODAY } from '../core/support/fixture-kb.js';

/**
 * The fitted matcher rarely asks "did you mean"; with these thresholds the fixture's two allotment
 * entries, equally likely for "allotment plot", make it ask.
 */
function clarifyingAdvisor() {
  const fixture = fixtureAdvisor();
  const index = fixture.holder.current.index;
  index.weights = { ...index.weights, thresholds: { ...index.weights.thresholds, answer: 0.99, clarifyMass: 0.3 } };
  return fixture;
}

/** A "did you mean" held for its choice joins the queue after half an hour: look before then. */
const SOON_AFTER = new Date(TODAY.getTime() + 10 * 60_000);

const knowledge = KnowledgeHolder.open(KNOWLEDGE_DIR);

function shipped(store: Store = createMemoryStore()) {
  const logger = createMemoryLogger();
  const advisor = createAdvisor({ knowledge, store, logger, config: { hashSalt: 'turns', staff: [], retentionDays: 90 } });
  return { advisor, store, logger };
}

const EVER = ['2000-01-01', '2100-01-01'] as const;
/** Questions counted, once everything handed to the recorder is stored. */
async function asked(advisor: { flush(): Promise<boolean> }, store: Store): Promise<number> {
  await advisor.flush();
  return (await store.stats(...EVER)).asked;
}
async function queued(advisor: { flush(): Promise<boolean> }, store: Store, at = new Date()) {
  await advisor.flush();
  return store.listOpenUnanswered(at);
}

const say = (text: string, threadId = 'chat-1'): Question => ({ text, platform: 'cli', user: { id: 'volunteer' }, channel: { id: 'terminal', isDirect: true }, threadId, receivedAt: new Date() });

describe('small talk', () => {
  it.each(['thanks', 'ok cheers', '👍', 'diolch', 'bore da', 'great ta', 'nice one', 'Thanks anyway!', 'lol ok. thanks', '😂', 'Diolch o galon', 'tapadh leat', 'Shwmae!', 'cheerio', 'ugh', "ok that's really useful, thanks", 'sounds good', "you're a star"])('given "%s" after an answer, it replies briefly, queues nothing and logs no question', async (text) => {
    const { advisor, store } = shipped();
    await advisor.ask(say('how long does an ACV listing last?'));
    const logged = await asked(advisor, store);

    const reply = await advisor.ask(say(text));

    expect(reply.smallTalk).toBe(true);
    expect(reply.kind).toBe('info');
    expect(reply.followUps).toEqual([]);
    expect(await queued(advisor, store)).toEqual([]);
    expect(await asked(advisor, store)).toBe(logged);
  });

  it.each(["brilliant, thank you, I'll pass it on to the committee", "cheers we'll ring the council tomorrow", 'thank you! we will get the nomination in this week', 'many thanks for your help with all this', "ok thanks, I'll let the parish clerk know"])(
    'given thanks that goes on to tell rather than ask ("%s"), it replies briefly as to thanks, queues nothing and logs no question',
    async (text) => {
      const { advisor, store } = shipped();
      await advisor.ask(say('how long does an ACV listing last?'));
      const logged = await asked(advisor, store);

      const reply = await advisor.ask(say(text));

      expect(reply.smallTalk).toBe(true);
      expect(reply.entryId).toBeUndefined();
      expect(await queued(advisor, store)).toEqual([]);
      expect(await asked(advisor, store)).toBe(logged);
    },
  );

  it.each(['thanks, how long does the moratorium last', 'thanks. tell me about the right to bid', 'thank you, what about Wales', 'thanks, and the deadline in wales', 'cheers - right to bid in wales'])(
    'given thanks and then a question, even without a question mark ("%s"), the question is answered',
    async (text) => {
      const { advisor } = shipped();
      await advisor.ask(say('who can nominate an asset of community value?'));
      const reply = await advisor.ask(say(text));
      expect(reply.smallTalk).toBeUndefined();
      expect(reply.kind).toBe('answer');
    },
  );

  it('given thanks and a question the knowledge cannot answer, it is declined and queued for staff, not taken for thanks', async () => {
    const { advisor, store } = shipped();
    // From Slack: questions typed at the terminal are staff checking and never queued.
    const reply = await advisor.ask({ ...say('thanks, I need to know which solicitor in Leeds handles pub purchases'), platform: 'slack' });
    expect(reply.smallTalk).toBeUndefined();
    expect(await queued(advisor, store)).toHaveLength(1);
  });

  it('given thanks in the middle of a conversation, the next follow-up still reads against the topic', async () => {
    const { advisor } = shipped();
    await advisor.ask(say('who can nominate an asset of community value?'));
    await advisor.ask(say('thanks'));
    expect((await advisor.ask(say('and in Wales?'))).entryId).toBe('wales-community-rights');
  });

  it('given a sigh opening a follow-up ("Ugh. Who can help us?"), the follow-up is answered, not declined as a word the knowledge lacks', async () => {
    const { advisor } = shipped();
    await advisor.ask(say('how do we nominate our pub as an ACV?'));
    const reply = await advisor.ask(say('Ugh. Who can help us?'));
    expect(reply.kind).toBe('answer');
    expect(reply.smallTalk).toBeUndefined();
  });

  it('given "hello" to start with, it greets with the topics; said again later, just a short greeting', async () => {
    const { advisor } = shipped();
    const first = await advisor.ask(say('hello'));
    expect(first.smallTalk).toBe(true);
    expect(first.followUps.length).toBeGreaterThan(0);
    const again = await advisor.ask(say('hello'));
    expect(again.smallTalk).toBe(true);
    expect(again.followUps).toEqual([]);
  });
});

describe('follow-ups that ask for one part of an answer', () => {
  it('given "who can help us there?" answered by the same entry, its help section is in the short answer', async () => {
    const { advisor } = shipped();
    await advisor.ask(say('does the right to bid apply in Wales?'));
    const first = await advisor.ask(say('what community rights are there in Wales?'));
    const help = await advisor.ask(say('who can help us there?'));
    expect(help.entryId).toBe('wales-community-rights');
    const heading = (r: typeof help) => r.sections.filter((s) => !s.detail).map((s) => s.heading);
    expect(heading(first)).not.toContain('Where to get help');
    expect(heading(help)).toContain('Where to get help');
  });
});

describe('"more" and typed choices', () => {
  it('given "more" after a short answer, it gives the detail that was held back, and logs no new question', async () => {
    const { advisor, store } = shipped();
    const first = await advisor.ask(say('what is the 6 week interim moratorium?'));
    expect(first.actions.some((a) => a.type === 'more')).toBe(true);
    const logged = await asked(advisor, store);

    const more = await advisor.ask(say('more'));

    expect(more.entryId).toBe(first.entryId);
    expect(more.sections.map((s) => s.heading)).toEqual(first.sections.filter((s) => s.detail).map((s) => s.heading));
    expect(more.sources).toEqual(first.sources);
    expect(await asked(advisor, store)).toBe(logged);
  });

  it('given "since when?" or "why?" alone after an answer, it gives that answer\'s detail, where the dates and reasons are, and logs no new question', async () => {
    const { advisor, store } = shipped();
    const first = await advisor.ask(say('can we still get the locality grant for our neighbourhood plan', 'grounds'));
    expect(first.kind).toBe('answer');
    const logged = await asked(advisor, store);

    const since = await advisor.ask(say('since when?', 'grounds'));
    const why = await advisor.ask(say('Why?!', 'grounds'));

    for (const reply of [since, why]) {
      expect(reply.entryId).toBe(first.entryId);
      expect(reply.sections.map((s) => s.heading)).toEqual(first.sections.filter((s) => s.detail).map((s) => s.heading));
    }
    expect(await asked(advisor, store)).toBe(logged);
  });

  it('given "why so few?" or "how come so many?" alone after an answer that gives a figure, it gives that answer\'s detail, where the reasons are', async () => {
    const { advisor } = shipped();
    const first = await advisor.ask(say('roughly how many listed pubs end up bought by the community?', 'grounds-figure'));
    expect(first.kind).toBe('answer');
    for (const text of ['why so few?', 'how come so many']) {
      const reply = await advisor.ask(say(text, 'grounds-figure'));
      expect({ text, entryId: reply.entryId, headings: reply.sections.map((s) => s.heading) }).toEqual({ text, entryId: first.entryId, headings: first.sections.filter((s) => s.detail).map((s) => s.heading) });
    }
  });

  it('given "who decided that?" or "who said so" alone after an answer, it gives that answer\'s detail, where the case it rests on is, not an entry on who decides', async () => {
    const { advisor } = shipped();
    const first = await advisor.ask(say('can a field with planning permission for houses still be listed as an acv', 'grounds-who'));
    expect(first.kind).toBe('answer');
    for (const text of ['who decided that?', 'who said so', 'which case was that']) {
      const reply = await advisor.ask(say(text, 'grounds-who'));
      expect({ text, entryId: reply.entryId, headings: reply.sections.map((s) => s.heading) }).toEqual({ text, entryId: first.entryId, headings: first.sections.filter((s) => s.detail).map((s) => s.heading) });
    }
  });

  it('given "why?" with no answer before it, it is an ordinary message, not the detail of anything', async () => {
    const { advisor } = shipped();
    expect((await advisor.ask(say('why?', 'no-answer-yet'))).kind).not.toBe('answer');
  });

  it('given a related topic\'s number, it answers that topic, as pressing its button would', async () => {
    const { advisor } = shipped();
    const first = await advisor.ask(say('who can nominate an asset of community value?'));
    const picked = await advisor.ask(say('2'));
    expect(picked.entryId).toBe(first.followUps[1].entryId);
  });

  it('given "2" with no choices offered, it is an ordinary message', async () => {
    const { advisor } = shipped();
    expect((await advisor.ask(say('2', 'fresh-thread'))).kind).not.toBe('answer');
  });

  it('given a "did you mean" answered by typing a choice, the clarify is resolved and nothing is queued', async () => {
    const { advisor, store } = clarifyingAdvisor();
    const clarify = await advisor.ask(question('allotment plot', { threadId: 'pick' }));
    expect(clarify.kind).toBe('clarify');
    const chosen = await advisor.ask(question('1', { threadId: 'pick' }));
    expect(chosen.entryId).toBe(clarify.followUps[0].entryId);
    await advisor.ask(question('how long does an ACV listing last?', { threadId: 'pick' }));
    expect(await queued(advisor, store, SOON_AFTER)).toEqual([]);
  });

  it('given a "did you mean" left for a new question, it is queued for staff as abandoned, once', async () => {
    const { advisor, store } = clarifyingAdvisor();
    await advisor.ask(question('allotment plot', { threadId: 'leave' }));
    await advisor.ask(question('how long does an ACV listing last?', { threadId: 'leave' }));
    await advisor.ask(question('what is an ACV?', { threadId: 'leave' }));
    expect((await queued(advisor, store)).map((u) => u.reasons)).toEqual([{ 'clarify-abandoned': 1 }]);
  });

  it('given a "did you mean" and then thanks, or a related topic pressed, it stays open for the choice', async () => {
    const { advisor, store } = clarifyingAdvisor();
    const clarify = await advisor.ask(question('allotment plot', { threadId: 'open' }));
    await advisor.ask(question('thanks', { threadId: 'open' }));
    await advisor.act({ type: 'followUp', entryId: 'acv-what-is', question: question('What is an ACV?', { threadId: 'open' }) });
    await advisor.act({ type: 'followUp', entryId: clarify.followUps[1].entryId, question: question('choice', { threadId: 'open' }) });
    expect(await queued(advisor, store, SOON_AFTER)).toEqual([]);
  });
});

describe('conversation state', () => {
  it('given a reply in a conversation, the advisor says it is in that conversation and in no other', async () => {
    const { advisor } = shipped();
    expect(await advisor.inConversation('slack:C1:1.1')).toBe(false);
    await advisor.ask(say('thanks', 'slack:C1:1.1'));
    expect(await advisor.inConversation('slack:C1:1.1')).toBe(true);
    expect(await advisor.inConversation('slack:C1:2.2')).toBe(false);
  });

  it('given a thread answered hours ago, the bot is still in it, though its topic has been forgotten', async () => {
    const { advisor } = shipped();
    const earlier = new Date(Date.now() - 3 * 3600_000);
    await advisor.ask({ ...say('who can nominate an asset of community value?', 'slack:C1:3.3'), receivedAt: earlier });
    expect(await advisor.inConversation('slack:C1:3.3')).toBe(true);
    expect((await advisor.explain(say('and in Wales?', 'slack:C1:3.3'))).usedContext).toBe(false);
  });

  it('given a store that can neither read nor write, it still answers, without context, and logs the failure', async () => {
    const store = createMemoryStore();
    store.getConversation = async () => {
      throw new Error('disk gone');
    };
    store.record = async () => {
      throw new Error('disk gone');
    };
    const { advisor, logger } = shipped(store);
    expect((await advisor.ask(say('who can nominate an asset of community value?'))).entryId).toBe('acv-who-can-nominate');
    const follow = await advisor.explain(say('and in Wales?'));
    expect(follow.reply.kind).toBe('answer');
    expect(logger.lines.some((l) => /conversation state/.test(l))).toBe(true);
  });
});

describe('the conversation\'s nation', () => {
  it('given a conversation in Wales, a fresh question answered for England says where it applies', async () => {
    const { advisor } = shipped();
    await advisor.ask(say('we are a community group in Cardiff, what rights do we have?'));
    const fresh = await advisor.ask(say('can our parish council borrow from the public works loan board to buy the village pub?'));
    expect(fresh.entryId).toBe('fund-pwlb');
    expect(fresh.sections.map((s) => s.heading)).toContain('Where this applies');
  });
});
