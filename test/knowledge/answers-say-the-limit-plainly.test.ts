// An answer states, in plain words, the fact the question turns on, rather than leaving it implied
// or out: which councils a right cannot be used against, where a nomination goes and who may make
// it, what an owner may do when no group asks to bid or the money is not there, what a council may
// charge or give away, what a Right to Build order does not give, when the 2026 Act was passed, what
// a made plan does to the levy share, and where help and money come from. Each spec failed on the
// knowledge as it was before the sentence was written.
import { describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, toPlainText, type Question } from '../../src/index.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const advisor = createAdvisor({
  knowledge: KnowledgeHolder.open(KNOWLEDGE_DIR),
  store: createMemoryStore(),
  logger: createMemoryLogger(),
  config: { hashSalt: 'say-the-limit', staff: [], retentionDays: 90 },
});

let thread = 0;
function ask(text: string): Question {
  return { text, platform: 'cli', user: { id: 'say-the-limit' }, channel: { id: 'terminal', isDirect: true }, threadId: `limit-${thread++}`, receivedAt: new Date() };
}

async function answer(text: string): Promise<{ entryId?: string; body: string }> {
  const { reply } = await advisor.explain(ask(text));
  return { entryId: reply.entryId, body: toPlainText(reply) };
}

describe('answers say the limit plainly', () => {
  it('given "who can use the right to challenge", the answer says a parish council\'s own services cannot be challenged', async () => {
    const { entryId, body } = await answer('who is allowed to use the community right to challenge');
    expect(entryId).toBe('rtc-who-can-use');
    expect(body).toMatch(/parish council's own services cannot be challenged/i);
  });

  it('given a question on the Scottish rules, the answer says England\'s Localism Act rights do not apply in Scotland', async () => {
    const { entryId, body } = await answer('what community rights do groups have in scotland');
    expect(entryId).toBe('scotland-community-rights');
    expect(body).toMatch(/do not apply in Scotland/i);
  });

  it('given "who can nominate an asset of community value", the answer says the nomination goes to the district, borough or unitary council, not the county', async () => {
    const { entryId, body } = await answer('who is allowed to nominate an asset of community value');
    expect(entryId).toBe('acv-who-can-nominate');
    expect(body).toMatch(/district, borough or unitary council, not the county/i);
  });

  it('given the owner\'s notice of sale, "what if no group asks in time" is answered with the owner free to sell to anyone once the 6 weeks are over', async () => {
    const { entryId, body } = await answer('the owner has notified the council he wants to sell the listed pub, what if no group asks to bid in time');
    expect(entryId).toBe('acv-owner-notice-to-sell');
    expect(body).toMatch(/free to sell to anyone, at any price, once the 6 weeks are over/i);
  });

  it('given a question on how big a discount a council may give on a transfer, the answer names the Secretary of State\'s specific consent above the limit', async () => {
    const { entryId, body } = await answer('how big a discount can the council give us on the building before it needs permission');
    expect(entryId).toBe('cat-best-consideration');
    expect(body).toMatch(/Secretary of State's specific consent/i);
  });

  it('given the owner\'s review, the answer says a listing that survives it stays for 5 years', async () => {
    const { entryId, body } = await answer('can the owner get the listing of our pub reviewed');
    expect(entryId).toBe('acv-owner-review-appeal');
    expect(body).toMatch(/stays on the list for 5 years/i);
  });

  it.each([
    ['crtb-wider-definition', 'will the new rules let shops be listed for their economic value'],
    ['crtb-moratorium-12-months', 'is the new moratorium under the 2026 act twelve months'],
    ['crtb-price-first-refusal', 'under the new community right to buy do we get first refusal and at what price'],
    ['crtb-sports-grounds', 'what does the 2026 act do for sports grounds'],
  ])('given a question on the 2026 Act answered by %s, the answer dates the Act: Royal Assent on 29 April 2026', async (entry, question) => {
    const { entryId, body } = await answer(question);
    expect(entryId).toBe(entry);
    expect(body).toMatch(/Royal Assent on 29 April 2026/i);
  });

  it('given a question on whether a listing helps an objection to a planning application, the answer names Planning Aid England\'s free advice', async () => {
    const { entryId, body } = await answer('does the pub being an ACV help us object to the planning application to turn it into flats');
    expect(entryId).toBe('acv-planning-consideration');
    expect(body).toMatch(/Planning Aid England/);
  });

  it('given a question on what a plan passing its referendum changes, the answer gives the levy share both ways: 25% uncapped, from 15% capped at £100 a dwelling', async () => {
    const { entryId, body } = await answer('what happens once our neighbourhood plan passes the referendum');
    expect(entryId).toBe('np-after-referendum');
    expect(body).toMatch(/25%, with no cap/);
    expect(body).toMatch(/from 15% capped at £100 per council-tax dwelling/);
  });

  it('given "who is allowed to use the right to challenge", the answer says a parish council is not a relevant authority, so the right does not apply to it', async () => {
    const { body } = await answer('who is allowed to use the community right to challenge');
    expect(body).toMatch(/not a relevant authority, so the right does not apply to it/);
  });

  it('given "what is a community right to build order", the answer says it does not give you the land and that the community organisation is a body corporate', async () => {
    const { entryId, body } = await answer('what is a community right to build order');
    expect(entryId).toBe('rtbo-what-is');
    expect(body).toMatch(/does \*{0,2}not\*{0,2} give you the land/);
    expect(body).toMatch(/body corporate/);
  });

  it('given "who can bring forward a right to build order", the answer says the landowner\'s agreement is a separate deal', async () => {
    const { entryId, body } = await answer('who can bring forward a community right to build order');
    expect(entryId).toBe('rtbo-who-can');
    expect(body).toMatch(/landowner's agreement is a separate deal/);
  });

  it('given a question on borrowing from the Public Works Loan Board, the answer says community groups cannot borrow from it', async () => {
    const { entryId, body } = await answer('can our community group get a public works loan board loan');
    expect(entryId).toBe('fund-pwlb');
    expect(body).toMatch(/Community groups, charities and community benefit societies \*{0,2}cannot\*{0,2} borrow/);
  });

  it('given a question on the 2026 Act and sports grounds, the answer says where a club finds the money to buy one (the Community Ownership Fund has closed)', async () => {
    const { entryId, body } = await answer('what does the 2026 act do for sports grounds');
    expect(entryId).toBe('crtb-sports-grounds');
    expect(body).toMatch(/Money to buy a ground/);
    expect(body).toMatch(/community shares/i);
  });

  it('given a question on the 2026 Act and sports grounds, the answer says what happens today when a listed ground\'s owner sells (6 weeks, then a pause to 6 months)', async () => {
    const { body } = await answer('what does the 2026 act do for sports grounds');
    expect(body).toMatch(/If a listed ground's owner tells the council they want to sell/);
    expect(body).toMatch(/6 weeks/);
  });

  it('given a question on nominating as an informal group, the answer says where the nomination goes', async () => {
    const { entryId, body } = await answer('can an unincorporated group with 25 members nominate an asset of community value');
    expect(entryId).toBe('acv-unincorporated-group-21-members');
    expect(body).toMatch(/district, borough or unitary council, not the parish or the county/);
  });

  it('given a question on the Community Land Trust Network, the answer names a lender to community-led housing', async () => {
    const { entryId, body } = await answer('what does the community land trust network do');
    expect(entryId).toBe('help-clt-network');
    expect(body).toMatch(/Ecology Building Society/);
  });

  it('given "our pub is up for sale, can we stop it?", the short answer already says how many members an informal group needs to nominate (21 on the electoral register)', async () => {
    const { entryId, body } = await answer('our village pub is up for sale, can we stop it?');
    expect(entryId).toBe('acv-pub-for-sale-urgent');
    expect(body).toMatch(/informal group needs \*{0,2}21\*{0,2} members on the electoral register/);
  });

  it('given a question on what a group can do during the moratorium, the answer says a buyer will know of the listing (a local land charge, s.100 cited)', async () => {
    const { reply } = await advisor.explain(ask('what can we do while the moratorium on our pub is running'));
    expect(reply.entryId).toBe('acv-during-moratorium');
    const text = toPlainText(reply);
    expect(text).toMatch(/local land charge/);
    expect(JSON.stringify(reply)).toMatch(/section\/100/);
  });

  it('given a council selling a listed building, the answer says the pause gives the group time, not first refusal', async () => {
    const { entryId, body } = await answer('does the moratorium apply when the council sells a listed building');
    expect(entryId).toBe('acv-council-selling-listed-asset');
    expect(body).toMatch(/time, not first refusal/);
    expect(body).toMatch(/open market to anyone/);
  });

  it('given a question on funding a community purchase, the answer says the owner may sell to anyone if the money is not there when the pause ends', async () => {
    const { reply } = await advisor.explain(ask('how do community groups usually fund buying a building'));
    expect(reply.entryId).toBe('fund-overview-buying-a-building');
    expect(toPlainText(reply)).toMatch(/if it is not there when the pause ends, the owner is free to sell to anyone/);
  });

  it('given a question on the six-month moratorium, the short answer says which sales it catches (the freehold, or a lease of 25 years or more, with vacant possession)', async () => {
    const { entryId, body } = await answer('how long does the full moratorium last');
    expect(entryId).toBe('acv-full-moratorium-6-months');
    expect(body).toMatch(/lease of \*{0,2}25 years\*{0,2} or more, with vacant possession is caught/);
  });

  it('given a question on the 6-week window, the answer says a neighbourhood forum is not a community interest group, so cannot ask to bid', async () => {
    const { entryId, body } = await answer('what happens in the 6 week interim moratorium');
    expect(entryId).toBe('acv-interim-moratorium-6-weeks');
    expect(body).toMatch(/neighbourhood forum, or an informal group that is not a charity, is not a community interest group/);
  });

  it('given a question on Awards for All, the answer says on its own that applications written by paid bid writers are not accepted', async () => {
    const { entryId, body } = await answer('who can apply for national lottery awards for all');
    expect(entryId).toBe('fund-awards-for-all');
    expect(body).toMatch(/Applications written by paid bid writers or consultants are not accepted/);
  });

  it('given a council selling a listed building, the answer says a transfer below value is the council\'s choice, not a right', async () => {
    const { body } = await answer('does the moratorium apply when the council sells a listed building');
    expect(body).toMatch(/It is the council's choice: there is no legal right to make it transfer a building to you/);
  });
});
