import { describe, expect, it } from '@jest/globals';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { question, SLACK_STAFF, staffWorld, UNKNOWN_QUESTION } from './staff-fixture.js';

describe('dismiss', () => {
  it('given an item, it dismisses it and the questions grouped with it, learning nothing', async () => {
    const world = staffWorld();
    await world.advisor.ask(question('buy cheap watches here'));
    await world.advisor.ask(question('buy cheap watches here!!')); // the same words: the same item, asked twice
    await world.advisor.ask(question('buy cheap watches here please')); // other words, the same meaning: grouped
    await world.advisor.ask(question(UNKNOWN_QUESTION));
    const [spamA, spamB, drone] = (await world.openItems()).map((i) => i.id);

    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, `dismiss ${spamB}`));
    expect(text).toContain(`Dismissed #${spamB}`);
    expect(text).toContain('and 2 similar question(s) left the queue');
    const status = Object.fromEntries(await Promise.all([spamA, spamB, drone].map(async (id) => [id, (await world.store.getUnanswered(id))?.status])));
    expect(status).toEqual({ [spamA]: 'dismissed', [spamB]: 'dismissed', [drone]: 'open' });
    expect(await world.store.listLearned()).toEqual([]);
    expect(toPlainText(await world.advisor.staff(SLACK_STAFF, 'unanswered'))).not.toContain('watches');
  });

  it('given an item already dismissed or missing, it says so', async () => {
    const world = staffWorld();
    await world.advisor.ask(question('buy cheap watches here'));
    const [id] = (await world.openItems()).map((i) => i.id);
    await world.advisor.staff(SLACK_STAFF, `dismiss ${id}`);
    expect(toPlainText(await world.advisor.staff(SLACK_STAFF, `dismiss ${id}`))).toContain(`Item #${id} was already dismissed`);
    expect(toPlainText(await world.advisor.staff(SLACK_STAFF, 'dismiss 404'))).toContain('There is no item #404');
  });
});
