import { describe, expect, it } from '@jest/globals';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { OPERATOR, question, SLACK_STAFF, staffWorld, TODAY, UNKNOWN_QUESTION } from './staff-fixture.js';

describe('unanswered', () => {
  it('given an empty queue, it says so', async () => {
    const world = staffWorld();
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'unanswered'));
    expect(text).toContain('The queue is empty');
  });

  it('given a question declined three times on two platforms, it lists it once as "asked 3 times" with its id, text, platforms, reason and nearest entry', async () => {
    const world = staffWorld();
    await world.advisor.ask(question(UNKNOWN_QUESTION, { platform: 'slack' }));
    await world.advisor.ask(question(`${UNKNOWN_QUESTION}?`, { platform: 'discord' }));
    await world.advisor.ask(question(UNKNOWN_QUESTION, { platform: 'discord' }));
    await world.advisor.ask(question('what colour should the bicycle shed be'));
    const firstId = (await world.openItems())[0].id;

    const reply = await world.advisor.staff(SLACK_STAFF, 'unanswered');
    expect(reply.kind).toBe('info');
    const [top, next] = reply.sections;
    expect(top.heading).toBe(`#${firstId} · asked 3 times`);
    expect(top.body).toContain(`"${UNKNOWN_QUESTION}"`);
    expect(top.body).toContain('where: discord, slack');
    expect(top.body).toContain('why: declined');
    expect(top.body).toMatch(/nearest entries: fund-village-halls \(0\.\d\d\)/);
    expect(top.body).toContain('last asked: 2026-11-21 12:00 UTC');
    expect(next.heading).toMatch(/asked once$/);
    expect(reply.title).toBe('Unanswered questions: 4 open, 2 different');
  });

  it('given personal details in a question, it shows them redacted', async () => {
    const world = staffWorld();
    await world.advisor.ask(question(`${UNKNOWN_QUESTION}, call me on 07700 900123 or jo@example.com, SW1A 1AA`));
    const text = toPlainText(await world.advisor.staff(OPERATOR, 'unanswered'));
    expect(text).toContain('call me on [phone] or [email], [postcode]');
    expect(text).not.toMatch(/07700|900123|jo@example|SW1A/i);
  });

  it('given a "did you mean" nobody answered for over 30 minutes, it sweeps it into the queue first', async () => {
    let now = TODAY;
    const world = staffWorld({ now: () => now });
    await world.store.record([
      { type: 'hold-clarify', conversation: 'c:9', at: TODAY.toISOString(), platform: 'slack', userHash: 'h', text: 'how long does it last', nearest: [{ entryId: 'acv-listing-length', score: 0.33 }] },
    ]);
    expect(toPlainText(await world.advisor.staff(SLACK_STAFF, 'unanswered'))).toContain('The queue is empty');
    now = new Date(TODAY.getTime() + 31 * 60_000);
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'unanswered'));
    expect(text).toContain('"how long does it last"');
    expect(text).toContain('why: did-you-mean not answered');
  });

  it('given a thumbs-down, it lists the question that was answered with the entry it was answered by', async () => {
    const world = staffWorld();
    const q = question('how long does an acv listing last');
    const answer = await world.advisor.ask(q);
    expect(answer.entryId).toBe('acv-listing-length');
    await world.advisor.act({ type: 'feedback', vote: 'down', entryId: 'acv-listing-length', question: { ...q } });
    const text = toPlainText(await world.advisor.staff(SLACK_STAFF, 'unanswered'));
    expect(text).toContain('"how long does an acv listing last"');
    expect(text).toContain('why: thumbs down');
  });
});
