// The guided tools through the real discord.js client against the loopback Discord fake: a
// dated question answered with its calendar attached to the message, and the moratorium check
// run by pressing its buttons.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, format } from 'date-fns';
import ICAL from 'ical.js';
import { startHarness, type Harness } from '../../helpers/discord-harness.js';
import { askCommandInteraction, buttonInteraction, mentionMessage, messageCreate, snowflake } from '../../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, replyTo, shownText } from '../../helpers/discord-requests.js';
import type { RecordedRequest } from '../../helpers/fake-discord.js';

type Button = { custom_id: string; label: string };
const buttonsOf = (body: { components?: { components: Button[] }[] }) => (body.components ?? []).flatMap((row) => row.components);
const customIdFor = (body: { components?: { components: Button[] }[] }, label: string) => {
  const found = buttonsOf(body).find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}" among ${buttonsOf(body).map((b) => b.label).join(' | ')}`);
  return found.custom_id;
};

describe('guided tools in Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function interact(payload: { id: string; token: string }): Promise<RecordedRequest> {
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    await h.fake.waitForRequest(callbackOf(payload), { since });
    return h.fake.waitForRequest(editOriginalOf(payload), { since });
  }

  it('given a mention with the date the owner notified the council, the reply has the dates and the calendar as an attachment', async () => {
    const start = addDays(new Date(), 5);
    const message = mentionMessage(`the owner told the council on ${format(start, 'd MMMM yyyy')} that he wants to sell`);
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', message);
    const reply = await h.fake.waitForRequest(replyTo(message), { since });
    expect(shownText(reply.body)).toContain(`Interim moratorium ends: ${format(addDays(start, 41), 'EEEE d MMMM yyyy')}`);
    expect(reply.files).toHaveLength(1);
    expect(reply.files![0].name).toMatch(/^deadlines-owner-notice-.*\.ics$/);
    const events = new ICAL.Component(ICAL.parse(reply.files![0].content.toString('utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).summary)).toContain('Protected period ends');
  });

  it('given the moratorium check through /rights and its buttons, an unincorporated group is told it cannot and who can', async () => {
    const step = await interact(askCommandInteraction('check if our group can trigger the moratorium'));
    expect(shownText(step.body)).toContain('What kind of group are you?');
    const verdict = await interact(buttonInteraction(customIdFor(step.body, 'An informal or unincorporated group (not a charity)'), 'An informal or unincorporated group (not a charity)'));
    const text = shownText(verdict.body);
    expect(text).toContain('No: an informal group cannot trigger the moratorium');
    expect(text).toMatch(/parish council/);
    expect(text).toMatch(/community benefit society/);
    expect(text).toContain('regulation/12/made');
  });

  it('given the check started with a mention, a reply typed as the option\'s number picks it, and the verdict\'s "More detail" shows the answers', async () => {
    const send = async (payload: ReturnType<typeof messageCreate>) => {
      const since = h.fake.requests.length;
      h.fake.dispatch('MESSAGE_CREATE', payload);
      return h.fake.waitForRequest(replyTo(payload), { since });
    };
    const step = await send(mentionMessage('check if our group can trigger the moratorium'));
    const number = buttonsOf(step.body).findIndex((b) => b.label === 'An informal or unincorporated group (not a charity)') + 1;
    const verdict = await send(messageCreate(String(number), { replyTo: { id: snowflake(), by: 'bot' } }));
    expect(shownText(verdict.body)).toContain('No: an informal group cannot trigger the moratorium');
    expect(shownText(verdict.body)).not.toContain('Your answers');
    const answers = await interact(buttonInteraction(customIdFor(verdict.body, 'More detail'), 'More detail'));
    expect(shownText(answers.body)).toContain('Your answers');
    expect(shownText(answers.body)).toContain('An informal or unincorporated group (not a charity)');
  });

  it('given a registered charity with a local connection, pressing the buttons in turn, it is told it can', async () => {
    let message = await interact(askCommandInteraction('check if our group can trigger the moratorium'));
    for (const label of ['A charity (registered or not)', 'Yes']) message = await interact(buttonInteraction(customIdFor(message.body, label), label));
    expect(shownText(message.body)).toContain('Yes: your group can ask to be treated as a potential bidder');
  });
});
