import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { createAdvisor } from '../../../src/advisor.js';
import { createMemoryLogger } from '../../../src/log.js';
import { FIXTURE_KNOWLEDGE, question, SLACK_STAFF, STAFF_CONFIG, staffWorld, TODAY, UNKNOWN_QUESTION } from './staff-fixture.js';

async function worldWithQueue() {
  const world = staffWorld();
  await world.advisor.ask(question(`${UNKNOWN_QUESTION}, ring 07700 900123`));
  await world.advisor.ask(question(UNKNOWN_QUESTION));
  await world.advisor.ask(question('what colour should the bicycle shed be'));
  const [droneA, droneB, shed] = world.store.read().unanswered.map((i) => i.id);
  return { ...world, droneA, droneB, shed };
}

describe('link', () => {
  it('given an open item and an entry, it answers that question with the entry at once', async () => {
    const world = await worldWithQueue();
    expect((await world.advisor.ask(question(UNKNOWN_QUESTION))).kind).toBe('fallback');

    const reply = await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} fund-village-halls`);
    expect(reply.title).toBe(`Linked #${world.droneA} to fund-village-halls`);

    const again = await world.advisor.ask(question(UNKNOWN_QUESTION));
    expect(again).toMatchObject({ kind: 'answer', entryId: 'fund-village-halls' });
    const withDetails = await world.advisor.ask(question(`${UNKNOWN_QUESTION}, call me on 07700 900123 or jo@example.com, SW1A 1AA`));
    expect(withDetails).toMatchObject({ kind: 'answer', entryId: 'fund-village-halls' });
  });

  it('given a group, it marks every item in it linked and leaves other items open', async () => {
    const world = await worldWithQueue();
    await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} fund-village-halls`);
    const byId = new Map(world.store.read().unanswered.map((i) => [i.id, i]));
    expect(byId.get(world.droneA)).toMatchObject({ status: 'linked', entryId: 'fund-village-halls' });
    expect(byId.get(world.droneB)).toMatchObject({ status: 'linked', entryId: 'fund-village-halls' });
    expect(byId.get(world.shed)?.status).toBe('open');
    expect(toPlainText(await world.advisor.staff(SLACK_STAFF, 'unanswered'))).not.toContain('drone');
  });

  it('given a group, it stores one learned phrasing: the cleanest text, without personal details, with who and when', async () => {
    const world = await worldWithQueue();
    await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} fund-village-halls`);
    expect(world.store.read().learned).toEqual([{ id: expect.any(Number), text: UNKNOWN_QUESTION, entryId: 'fund-village-halls', by: 'slack:T0001:U123', at: TODAY.toISOString() }]);
  });

  it('given the learned phrasings in the store, a freshly started advisor answers the question too', async () => {
    const world = await worldWithQueue();
    await world.advisor.staff(SLACK_STAFF, `link ${world.droneB} fund-village-halls`);
    const learned = world.store.read().learned.map((l) => ({ text: l.text, entryId: l.entryId }));
    const fresh = createAdvisor({ knowledge: KnowledgeHolder.open(FIXTURE_KNOWLEDGE, learned), store: world.store, config: STAFF_CONFIG, logger: createMemoryLogger() });
    expect(await fresh.ask(question(UNKNOWN_QUESTION))).toMatchObject({ kind: 'answer', entryId: 'fund-village-halls' });
  });

  it('given an item that does not exist, it says so and changes nothing but the audit log', async () => {
    const world = await worldWithQueue();
    const before = JSON.stringify({ ...world.store.read(), audit: [] });
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'link 999 fund-village-halls'));
    expect(text).toContain('There is no item #999');
    expect(JSON.stringify({ ...world.store.read(), audit: [] })).toBe(before);
  });

  it('given an entry that does not exist, it names it and lists close entry ids', async () => {
    const world = await worldWithQueue();
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} acv-listing-lenght`));
    expect(text).toContain('There is no entry "acv-listing-lenght"');
    expect(text).toContain('- acv-listing-length: How long does an asset of community value listing last?');
    expect(world.store.read().learned).toEqual([]);
    expect(world.store.read().unanswered.every((i) => i.status === 'open')).toBe(true);
  });

  it('given an item already linked, it says which entry it was linked to', async () => {
    const world = await worldWithQueue();
    await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} fund-village-halls`);
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, `link ${world.droneB} acv-nominate`));
    expect(text).toContain(`Item #${world.droneB} was already linked to fund-village-halls`);
    expect(world.store.read().learned).toHaveLength(1);
  });
});
