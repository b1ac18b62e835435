// /rights and /rights-admin through the real discord.js Client, the fake Discord and the real core.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startHarness } from '../../helpers/discord-harness.js';
import type { Harness } from '../../helpers/discord-harness.js';
import { GUILD_ID, STAFF_ROLE_ID, STAFF_ROLE_NAME, USER_ID, adminCommandInteraction, askAutocompleteInteraction, askCommandInteraction } from '../../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, shownText } from '../../helpers/discord-requests.js';
import type { StaffActor } from '../../../src/index.js';

const EPHEMERAL = 64;
const DEFERRED_CHANNEL_MESSAGE = 5;
const AUTOCOMPLETE_RESULT = 8;

describe('Discord /rights', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Dispatches an interaction and returns the callback and the edited original response. */
  async function run(payload: ReturnType<typeof askCommandInteraction>) {
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    return { callback, edit };
  }

  it('given /rights question:"how long does an ACV listing last", it defers publicly then edits in an embed saying five years, with sources and the notice', async () => {
    const { callback, edit } = await run(askCommandInteraction('how long does an ACV listing last'));
    expect(callback.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: 0 } });
    const [embed] = edit.body.embeds;
    expect(embed.title).toBe('How long does an asset of community value listing last?');
    expect(embed.description).toContain('five years');
    expect(embed.fields[0].value).toContain('https://www.legislation.gov.uk/');
    expect(embed.footer.text).toMatch(/Reviewed .*2026 · General information, not legal advice/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    const buttons = edit.body.components.flatMap((row: { components: { custom_id: string }[] }) => row.components.map((b) => b.custom_id));
    expect(buttons).toEqual(expect.arrayContaining(['cra1:up:acv-listing-length', 'cra1:down:acv-listing-length']));
  });

  it('given private:true, the deferral is ephemeral (flags 64) so only the asker sees the answer', async () => {
    const { callback, edit } = await run(askCommandInteraction('how long does an ACV listing last', { private: true }));
    expect(callback.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: EPHEMERAL } });
    expect(shownText(edit.body)).toContain('five years');
  });

  it('given /rights in a DM with the bot, it is answered the same way', async () => {
    const { edit } = await run(askCommandInteraction('how long does an ACV listing last', { in: 'dm' }));
    expect(shownText(edit.body)).toContain('five years');
  });

  it('given someone typing "listing last" into the question, autocomplete suggests matching topic titles', async () => {
    const payload = askAutocompleteInteraction('listing last');
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    expect(callback.body.type).toBe(AUTOCOMPLETE_RESULT);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]).toEqual({ name: 'How long does an asset of community value listing last?', value: 'How long does an asset of community value listing last?' });
  });

  it('given a question containing @everyone, the reply allows no mentions at all', async () => {
    const { edit } = await run(askCommandInteraction('@everyone how long does an ACV listing last <@&1200000000000000030>'));
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(shownText(edit.body)).not.toMatch(/@everyone|<@&/);
  });

  it('given a 6,000-character question, it replies politely, and the next question is still answered', async () => {
    const long = await run(askCommandInteraction('why '.repeat(1500)));
    const tooLong = h.core.knowledge.current.kb.phrases.tooLong;
    expect(shownText(long.edit.body)).toContain(tooLong);
    const next = await run(askCommandInteraction('how long does an ACV listing last'));
    expect(shownText(next.edit.body)).toContain('five years');
  });

  it('given an empty-looking question, it answers with the greeting and help from the knowledge', async () => {
    const { edit } = await run(askCommandInteraction('  '));
    expect(shownText(edit.body)).toContain(h.core.advisor.describe().greeting);
  });
});

describe('Discord /rights-admin', () => {
  let h: Harness;
  const staffCalls: { actor: StaffActor; line: string }[] = [];
  beforeAll(async () => {
    // Spy on the core's staff entry point: the core decides who is staff; this checks what it is told.
    h = await startHarness({
      advisor: (real) => ({
        ...real,
        staff: (actor, line) => {
          staffCalls.push({ actor, line });
          return real.staff(actor, line);
        },
      }),
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function admin(subcommand: string, roles: string[], options: { name: string; type: number; value: unknown }[] = []) {
    const payload = adminCommandInteraction(subcommand, options, { roles });
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    return { callback, edit };
  }

  it("given a member without the staff role, the reply is private and carries the core's refusal", async () => {
    const { callback, edit } = await admin('unanswered', []);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(staffCalls.at(-1)).toEqual({ actor: { platform: 'discord', id: USER_ID, workspace: GUILD_ID, roleIds: [], roleNames: [] }, line: 'unanswered' });
    expect(shownText(edit.body)).toContain(h.core.knowledge.current.kb.phrases.notStaff);
  });

  it("given /rights-admin stats days:7 from a member with the staff role, the core gets \"stats 7\" and the member's role names", async () => {
    const { callback } = await admin('stats', [STAFF_ROLE_ID], [{ name: 'days', type: 4, value: 7 }]);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(staffCalls.at(-1)).toEqual({ actor: { platform: 'discord', id: USER_ID, workspace: GUILD_ID, roleIds: [STAFF_ROLE_ID], roleNames: [STAFF_ROLE_NAME] }, line: 'stats 7' });
  });

  it('given /rights-admin link item:3 entry:acv-listing-length, the core gets "link 3 acv-listing-length"', async () => {
    await admin('link', [STAFF_ROLE_ID], [{ name: 'item', type: 4, value: 3 }, { name: 'entry', type: 3, value: 'acv-listing-length' }]);
    expect(staffCalls.at(-1)?.line).toBe('link 3 acv-listing-length');
  });
});
