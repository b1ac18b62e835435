import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { createAdvisor } from '../../../src/advisor.js';
import { createMemoryLogger } from '../../../src/log.js';
import { FIXTURE_KNOWLEDGE, question, SLACK_STAFF, STAFF_CONFIG, staffName, staffWorld, TODAY, UNKNOWN_QUESTION } from './staff-fixture.js';

async function worldWithQueue() {
  const world = staffWorld();
  await world.advisor.ask(question(`${UNKNOWN_QUESTION}, ring 07700 900123`));
  await world.advisor.ask(question(UNKNOWN_QUESTION));
  await world.advisor.ask(question('what colour should the bicycle shed be'));
  const [droneA, droneB, shed] = (await world.openItems()).map((i) => i.id);
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
    expect(await world.store.getUnanswered(world.droneA)).toMatchObject({ status: 'linked', entryId: 'fund-village-halls' });
    expect(await world.store.getUnanswered(world.droneB)).toMatchObject({ status: 'linked', entryId: 'fund-village-halls' });
    expect((await world.store.getUnanswered(world.shed))?.status).toBe('open');
    expect(toPlainText(await world.advisor.staff(SLACK_STAFF, 'unanswered'))).not.toContain('drone');
  });

  it('given a group, it stores one learned phrasing: the cleanest text, without personal details, with who and when', async () => {
    const world = await worldWithQueue();
    await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} fund-village-halls`);
    expect(await world.store.listLearned()).toEqual([{ id: expect.any(Number), text: UNKNOWN_QUESTION, entryId: 'fund-village-halls', by: staffName(SLACK_STAFF), at: TODAY.toISOString() }]);
    expect(JSON.stringify(await world.store.listLearned())).not.toContain('U123');
  });

  it('given the learned phrasings in the store, a freshly started advisor answers the question too', async () => {
    const world = await worldWithQueue();
    await world.advisor.staff(SLACK_STAFF, `link ${world.droneB} fund-village-halls`);
    const learned = (await world.store.listLearned()).map((l) => ({ text: l.text, entryId: l.entryId }));
    const fresh = createAdvisor({ knowledge: KnowledgeHolder.open(FIXTURE_KNOWLEDGE, learned), store: world.store, config: STAFF_CONFIG, logger: createMemoryLogger() });
    expect(await fresh.ask(question(UNKNOWN_QUESTION))).toMatchObject({ kind: 'answer', entryId: 'fund-village-halls' });
  });

  it('given an item that does not exist, it says so and changes nothing but the audit log', async () => {
    const world = await worldWithQueue();
    const snapshot = async () => JSON.stringify([await world.store.listOpenUnanswered(TODAY), await world.store.listLearned()]);
    const before = await snapshot();
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'link 999 fund-village-halls'));
    expect(text).toContain('There is no item #999');
    expect(await snapshot()).toBe(before);
    expect((await world.store.listAudit()).map((a) => a.detail)).toEqual(['item 999 -> fund-village-halls: refused (no such item)']);
  });

  it('given an entry that does not exist, it names it and lists close entry ids', async () => {
    const world = await worldWithQueue();
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} acv-listing-lenght`));
    expect(text).toContain('There is no entry "acv-listing-lenght"');
    expect(text).toContain('- acv-listing-length: How long does an asset of community value listing last?');
    expect(await world.store.listLearned()).toEqual([]);
    expect(await world.store.listOpenUnanswered(TODAY)).toHaveLength(3);
  });

  it('given an item already linked, it says which entry it was linked to', async () => {
    const world = await worldWithQueue();
    await world.advisor.staff(SLACK_STAFF, `link ${world.droneA} fund-village-halls`);
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, `link ${world.droneB} acv-nominate`));
    expect(text).toContain(`Item #${world.droneB} was already linked to fund-village-halls`);
    expect(await world.store.listLearned()).toHaveLength(1);
  });
});
