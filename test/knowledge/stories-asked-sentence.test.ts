// People tell their story first and ask last. The story's names and feelings pull the whole
// message's confidence under the line even when its best entry is the right one; when the sentence
// asked, read on its own, is answered confidently by that same entry, the two readings agree and
// the message is answered. A story that says the question is not one for the knowledge (a
// neighbour's building work) is still declined, however plain its last sentence. A story that ends
// in a plain question naming nothing ("what do we do first?", "can he actually do that?") is
// answered from the story when the whole message is sure enough (`genericAskFloor`).
import { describe, it, expect } from '@jest/globals';
import { matchOwn } from '../../src/dialogue/matcher.js';
import { KnowledgeHolder } from '../../src/index.js';
import { anchored, decide } from '../../src/nlp/decide.js';
import { askedSentence } from '../../src/nlp/focus.js';
import { KNOWLEDGE_DIR } from '../integration/core/support/shipped-advisor.js';

const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;

/** The message's decision, and what the whole message alone would have decided. */
function read(text: string) {
  const own = matchOwn(index, text);
  return { decision: own.decision, whole: decide(own.candidates, index.weights), top: own.candidates[0]?.entryId };
}

describe('a story told before its question', () => {
  const stories = [
    {
      text: "Our little heritage railway museum in Ashdale opens at weekends and school trips come in term time. The building belongs to a family trust and they've hinted they might sell up. Could something like a museum be listed as an asset of community value?",
      entry: 'acv-what-qualifies',
    },
    {
      text: "We run the toddler group and the lunch club at the Methodist hall in Pelham. The circuit have just said they're leasing it to a private nursery for ten years and we all have to go. Does the right to bid apply to a lease?",
      entry: 'acv-which-sales-are-caught',
    },
  ];

  it.each(stories)('given a story whose question the same entry answers on its own, it answers from that entry ("$entry")', ({ text, entry }) => {
    // The premise: the asked sentence alone is answered by the entry the whole message ranks first.
    const asked = matchOwn(index, askedSentence(text)!).decision;
    expect(asked.status === 'answered' && asked.top.entryId).toBe(entry);
    const { decision, whole, top } = read(text);
    // ...and the whole message, on its own, is declined: the story pulls it under the line.
    expect(top).toBe(entry);
    expect(whole.status).not.toBe('answered');
    expect(decision.status === 'answered' && decision.top.entryId).toBe(entry);
  });

  it('given a story about a neighbour\'s building work ending in "how do I object to the planning application?", it still declines', () => {
    const text = "My neighbour's new extension will block my light. How do I object to the planning application?";
    // The asked sentence alone would be answered: only the story says it is not a question for us.
    expect(matchOwn(index, askedSentence(text)!).decision.status).toBe('answered');
    expect(read(text).decision.status).toBe('fallback');
  });
});

describe('a story whose words favour a neighbour of the entry its question asks for', () => {
  const stories = [
    "The WI were chatting about getting the village hall listed at the last meeting, no idea what that involves. what is an asset of community value?",
    "Our quiz team reckons the Fox and Hounds should be put on the council's list. what even is an ACV",
  ];

  it.each(stories)('given "%s", it answers what an ACV is, which the question asks and the whole message ranks just behind', (text) => {
    const own = matchOwn(index, text);
    // The premise: the whole message alone ranks another entry of the topic first and declines.
    expect(own.candidates[0].entryId).not.toBe('acv-what-is');
    expect(decide(own.candidates, index.weights).status).not.toBe('answered');
    expect(own.decision.status === 'answered' && own.decision.top.entryId).toBe('acv-what-is');
  });

  it('given a story whose question has its mark but opens with neither a question word nor an auxiliary ("Surely the listing stops him doing that?"), it answers from the entry that question names', () => {
    const text = "I help run Oakfield Bowls Club outside Wellingborough. The green and the pavilion went on the council's list of assets of community value in 2024 and we thought that was the end of our worries. Now the landowner has applied for planning permission for five houses and has told us he'll knock the pavilion down either way. Some of our members have played there for fifty years. Surely the listing stops him doing that?";
    // The premise: the question alone is sure of what a listing does not do, which the whole
    // message, declined on its own, ranks behind the planning entry.
    const asked = matchOwn(index, askedSentence(text)!).decision;
    expect(asked.status === 'answered' && asked.top.entryId).toBe('acv-what-it-does-not-do');
    const own = matchOwn(index, text);
    expect(own.candidates[0].entryId).not.toBe('acv-what-it-does-not-do');
    expect(decide(own.candidates, index.weights).status).not.toBe('answered');
    expect(own.decision.status === 'answered' && own.decision.top.entryId).toBe('acv-what-it-does-not-do');
  });

  it('given a story ending in a fragment that lists options ("Parish council, county, or someone else?"), it does not take the fragment\'s own answer', () => {
    const text = 'Who actually decides whether a building goes on the list? Parish council, county, or someone else?';
    // The premise: the fragment alone is answered, by an entry on the same topic as the message's best.
    const fragment = matchOwn(index, askedSentence(text)!).decision;
    expect(fragment.status === 'answered' && fragment.top.entryId).toBe('help-nalc-county-associations');
    const own = matchOwn(index, text);
    expect(own.decision.status === 'answered' && own.decision.top.entryId).not.toBe('help-nalc-county-associations');
  });
});

describe('a story that ends in a plain question', () => {
  const floor = index.weights.thresholds.genericAskFloor;
  /** The premise of each case: the asked sentence alone names nothing any entry is defined by. */
  const plainAsk = (text: string) => {
    const top = matchOwn(index, askedSentence(text)!).candidates[0];
    return !top || !anchored(top);
  };

  const stories = [
    {
      text: "right so the pubco has told the tenant at the Black Horse in Coxley they're 'looking at options' for the estate, which everyone reads as selling. we've got a facebook group with loads of locals and lots of enthusiasm but nothing formal at all. what do we do first?",
      entry: 'acv-owner-notice-to-sell',
    },
    {
      text: "the landlord of the Queens Head in Barton is fuming that our lot got it listed. he has been ranting in the parish newsletter that he'll sue every one of us for each penny he loses. we're only volunteers - can he actually do that?",
      entry: 'acv-compensation',
    },
  ];

  it.each(stories)('given the story ranks an entry first with confidence over the floor, it answers from that entry ("$entry")', ({ text, entry }) => {
    expect(plainAsk(text)).toBe(true);
    const { decision, whole, top } = read(text);
    expect(top).toBe(entry);
    expect(whole.status).not.toBe('answered');
    expect(whole.confidence).toBeGreaterThanOrEqual(floor);
    expect(decision.status === 'answered' && decision.top.entryId).toBe(entry);
  });

  it('given a story the knowledge is unsure of (under the floor), it still declines', () => {
    const text = 'A pub in our town has been empty for ages and the owners will not talk to anyone. We have a group of 30 people keen to help. Where do we start?';
    expect(plainAsk(text)).toBe(true);
    const { decision, whole, top } = read(text);
    expect(top && anchored(matchOwn(index, text).candidates[0])).toBeTruthy();
    expect(whole.confidence).toBeLessThan(floor);
    expect(decision.status).toBe('fallback');
  });
});
