// Buttons under an answer: related topics post that answer; 👍/👎 are stored and acknowledged privately.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startHarness } from '../../helpers/discord-harness.js';
import type { Harness } from '../../helpers/discord-harness.js';
import { USER_ID, buttonInteraction } from '../../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, isChannelMessage, shownText } from '../../helpers/discord-requests.js';

const EPHEMERAL = 64;

describe('Discord buttons', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function press(payload: ReturnType<typeof buttonInteraction>) {
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    return { since, callback };
  }

  it('given a press on a related-topic button, it posts that topic’s answer in the channel', async () => {
    const payload = buttonInteraction('cra1:f:acv-what-is', 'What is an asset of community value?');
    const { since, callback } = await press(payload);
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    const title = h.core.knowledge.current.kb.byId.get('acv-what-is')!.title;
    expect(edit.body.embeds[0].title).toBe(title);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('given a related-topic button on a private answer, the follow-up is private too', async () => {
    const payload = buttonInteraction('cra1:f:acv-what-is', 'What is an asset of community value?', { ephemeral: true });
    const { callback } = await press(payload);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
  });

  it('given a 👍 press, the vote lands in the lowdb file against the entry, and the thanks is private', async () => {
    const payload = buttonInteraction('cra1:up:acv-listing-length', 'Helpful');
    const { since, callback } = await press(payload);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    expect(shownText(edit.body)).toContain(h.core.knowledge.current.kb.phrases.thanksUp);

    await h.core.flush();
    const data = await h.readData();
    const votes = data.votes as Record<string, { vote: string; day: string }>;
    expect(Object.entries(votes)).toEqual([[expect.stringMatching(/^[0-9a-f]{16} acv-listing-length$/), { vote: 'up', day: expect.any(String) }]]);
    expect(JSON.stringify(data)).not.toContain(USER_ID); // stored hashed, never the raw id
  });

  it('given a 👎 press by the same member, it replaces their 👍: one vote per person per entry, the latest counts', async () => {
    const payload = buttonInteraction('cra1:down:acv-listing-length', 'Not helpful');
    const { since } = await press(payload);
    await h.fake.waitForRequest(editOriginalOf(payload), { since });
    await h.core.flush();
    const votes = (await h.readData()).votes as Record<string, { vote: string }>;
    expect(Object.values(votes).map((v) => v.vote)).toEqual(['down']);
  });

  it('given a button this bot did not make, it acknowledges silently and posts nothing', async () => {
    const payload = buttonInteraction('someone-else:vote', 'Yes');
    const { since, callback } = await press(payload);
    expect(callback.body).toEqual({ type: 6 }); // DEFERRED_UPDATE_MESSAGE: no visible change
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.fake.requests.slice(since).filter((r) => r.method !== 'POST' || !r.path.includes('/callback'))).toEqual([]);
    expect(h.fake.requests.slice(since).some(isChannelMessage)).toBe(false);
  });
});
