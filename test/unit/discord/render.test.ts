import { describe, it, expect } from '@jest/globals';
import { ButtonStyle } from 'discord.js';
import { decodeCustomId } from '../../../adapters/discord/custom-id.js';
import { renderReply, renderText } from '../../../adapters/discord/render.js';
import type { Reply } from '../../../src/index.js';
import { expectWithinDiscordLimits } from '../../helpers/discord-limits.js';

/** An answer shaped like the core's reply to "how long does an ACV listing last". */
function answer(overrides: Partial<Reply> = {}): Reply {
  return {
    kind: 'answer',
    title: 'How long does an asset of community value listing last?',
    sections: [
      { heading: 'In short', body: 'A listing lasts **five years** from the day the council adds the asset to its list.' },
      { heading: 'Good to know', body: '- The council can remove an asset earlier.\n- The listing is a local land charge.' },
    ],
    sources: [{ title: 'Localism Act 2011, section 87', url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/87' }],
    reviewed: '2026-11-21',
    followUps: [
      { label: 'What is an asset of community value?', entryId: 'acv-what-is' },
      { label: 'How do we nominate an asset of community value?', entryId: 'acv-nominate' },
    ],
    actions: [
      { type: 'feedback', vote: 'up', entryId: 'acv-listing-length', label: 'Helpful' },
      { type: 'feedback', vote: 'down', entryId: 'acv-listing-length', label: 'Not helpful' },
    ],
    entryId: 'acv-listing-length',
    confidence: 0.9,
    notice: 'General information, not legal advice: check the sources and take advice on your own situation.',
    ...overrides,
  };
}

const embedText = (r: ReturnType<typeof renderReply>) => r.embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value), e.footer?.text].join('\n')).join('\n');

describe('Discord render', () => {
  it('given an answer whose detail is marked, it shows only the short answer; "More detail" brings the rest', () => {
    const reply = answer({
      sections: [
        { heading: 'In short', body: 'A listing lasts **five years**.' },
        { heading: 'Good to know', body: 'The council can remove it earlier.', detail: true },
      ],
      actions: [{ type: 'more', entryId: 'acv-listing-length', label: 'More detail' }],
    });
    const message = renderReply(reply);
    const shown = message.embeds.map((e) => e.description ?? '').join('\n');
    expect(shown).toContain('five years');
    expect(shown).not.toContain('remove it earlier');
    expect(message.components.flatMap((r) => r.components).map((b) => b.custom_id)).toContain('cra1:m:acv-listing-length');
  });

  it('given an answer, it shows the title, the answer with bold headings, sources as links and a footer with reviewed date and notice', () => {
    const message = renderReply(answer());
    expectWithinDiscordLimits(message);
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed!.title).toBe('How long does an asset of community value listing last?');
    expect(embed!.description).toContain('**In short**\nA listing lasts **five years**');
    expect(embed!.description).toContain('- The council can remove an asset earlier.');
    expect(embed!.fields).toEqual([{ name: 'Sources', value: '- [Localism Act 2011, section 87](https://www.legislation.gov.uk/ukpga/2011/20/section/87)' }]);
    expect(embed!.footer!.text).toBe('Reviewed 21 November 2026 · General information, not legal advice: check the sources and take advice on your own situation.');
  });

  it('given follow-ups and feedback actions, it renders topic buttons first and 👍/👎 last, each carrying its entry id', () => {
    const message = renderReply(answer());
    expect(message.components).toHaveLength(2);
    const [topics, feedback] = message.components;
    expect(topics!.components.map((b) => decodeCustomId(b.custom_id))).toEqual([
      { type: 'followUp', entryId: 'acv-what-is' },
      { type: 'followUp', entryId: 'acv-nominate' },
    ]);
    expect(topics!.components.map((b) => b.label)).toEqual(['What is an asset of community value?', 'How do we nominate an asset of community value?']);
    expect(feedback!.components.map((b) => [decodeCustomId(b.custom_id), b.emoji?.name])).toEqual([
      [{ type: 'feedback', vote: 'up', entryId: 'acv-listing-length' }, '👍'],
      [{ type: 'feedback', vote: 'down', entryId: 'acv-listing-length' }, '👎'],
    ]);
  });

  it('given a clarify reply, its choices are primary buttons that answer the chosen entry', () => {
    const message = renderReply(answer({ kind: 'clarify', title: undefined, actions: [], sections: [{ body: 'Did you mean:' }] }));
    expect(message.components).toHaveLength(1);
    for (const button of message.components[0]!.components) {
      expect(button.style).toBe(ButtonStyle.Primary);
      expect(decodeCustomId(button.custom_id)?.type).toBe('followUp');
    }
  });

  it('given a "more" action, it renders a button that asks for more of that entry', () => {
    const message = renderReply(answer({ actions: [{ type: 'more', entryId: 'acv-listing-length', label: 'Tell me more' }] }));
    const last = message.components.at(-1)!.components;
    expect(last.map((b) => decodeCustomId(b.custom_id))).toEqual([{ type: 'more', entryId: 'acv-listing-length' }]);
  });

  it('given an answer longer than one embed description (4,096), it splits across embeds with the title first and the footer last', () => {
    const paragraph = `${'The council must tell the nominator and the owner. '.repeat(20).trim()}`;
    const body = Array.from({ length: 9 }, () => paragraph).join('\n\n'); // ~9,200 characters
    const message = renderReply(answer({ sections: [{ body }] }));
    expectWithinDiscordLimits(message);
    expect(message.embeds.length).toBeGreaterThan(1);
    expect(message.embeds[0]!.title).toBeDefined();
    expect(message.embeds.slice(1).every((e) => e.title === undefined)).toBe(true);
    expect(message.embeds.at(-1)!.footer!.text).toContain('not legal advice');
    expect(message.embeds.at(-1)!.fields![0]!.name).toBe('Sources');
  });

  it('given an answer longer than 6,000 characters in all, it shortens the text and ends it with … but keeps sources and notice', () => {
    const message = renderReply(answer({ sections: [{ body: 'word '.repeat(3000) }] }));
    expectWithinDiscordLimits(message);
    const last = message.embeds.at(-1)!;
    expect(last.description!.endsWith('…')).toBe(true);
    expect(last.footer!.text).toContain('not legal advice');
    expect(last.fields).toHaveLength(1);
  });

  it('given an over-long title, footer and many sources, it shortens each to its own limit', () => {
    const message = renderReply(
      answer({
        title: 'T'.repeat(400),
        notice: 'N '.repeat(1500),
        sources: Array.from({ length: 40 }, (_, i) => ({ title: `Source number ${i}`, url: `https://www.gov.uk/guidance/${'x'.repeat(30)}-${i}` })),
      }),
    );
    expectWithinDiscordLimits(message);
    expect(message.embeds[0]!.title!.endsWith('…')).toBe(true);
    expect(message.embeds.at(-1)!.fields![0]!.value).toMatch(/…and \d+ more$/);
  });

  it('given more buttons than fit (5 a row, 5 rows), it drops follow-ups but always keeps 👍/👎', () => {
    const followUps = Array.from({ length: 30 }, (_, i) => ({ label: `Related topic ${i}`, entryId: `entry-${i}` }));
    const message = renderReply(answer({ followUps }));
    expectWithinDiscordLimits(message);
    expect(message.components).toHaveLength(5);
    const last = message.components.at(-1)!.components.map((b) => decodeCustomId(b.custom_id)?.type);
    expect(last).toEqual(['feedback', 'feedback']);
    expect(message.components.slice(0, 4).flatMap((r) => r.components)).toHaveLength(20);
  });

  it('given a follow-up whose entry id cannot be encoded, or a duplicate, it leaves that button out and keeps the rest', () => {
    const message = renderReply(
      answer({
        followUps: [
          { label: 'Bad id', entryId: 'Not An Id' },
          { label: 'Too long', entryId: 'x'.repeat(120) },
          { label: 'What is an ACV?', entryId: 'acv-what-is' },
          { label: 'What is an ACV? (again)', entryId: 'acv-what-is' },
        ],
      }),
    );
    expectWithinDiscordLimits(message);
    expect(message.components[0]!.components.map((b) => b.label)).toEqual(['What is an ACV?']);
  });

  it('given a button label over 80 characters, it shortens the label', () => {
    const message = renderReply(answer({ followUps: [{ label: 'L'.repeat(200), entryId: 'acv-what-is' }] }));
    expectWithinDiscordLimits(message);
    expect(message.components[0]!.components[0]!.label).toHaveLength(80);
  });

  it('given @everyone, @here or a user mention in knowledge text, it renders them inert and allows no mentions', () => {
    const message = renderReply(answer({ title: 'Ask @everyone', sections: [{ body: 'Tell @here and <@123456789012345678> and <@&223456789012345678>' }] }));
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(embedText(message)).not.toMatch(/@everyone|@here|<@\d|<@&/);
  });

  it('given a reply with no text at all, it still produces a message Discord will accept', () => {
    const message = renderReply({ kind: 'info', sections: [], sources: [], followUps: [], actions: [] });
    expectWithinDiscordLimits(message);
  });

  it('given a fallback with nearest topics and no sources, it renders text and topic buttons without a sources field', () => {
    const message = renderReply(
      answer({ kind: 'fallback', title: undefined, reviewed: undefined, sources: [], actions: [], sections: [{ body: "I'm sorry, I don't have an answer to that." }] }),
    );
    expectWithinDiscordLimits(message);
    expect(message.embeds[0]!.fields).toBeUndefined();
    expect(message.embeds[0]!.footer!.text).not.toContain('Reviewed');
    expect(message.components).toHaveLength(1);
  });

  it('given a related topic whose title is longer than a button shows, it lists the related titles in full in a field', () => {
    const long = 'Do the Localism Act community rights apply in Scotland, Wales and Northern Ireland? And what about the islands?';
    const message = renderReply(answer({ followUps: [{ label: long, entryId: 'uk-nations' }, { label: 'What is an asset of community value?', entryId: 'acv-what-is' }] }));
    expectWithinDiscordLimits(message);
    expect(message.embeds.at(-1)!.fields!.map((f) => f.name)).toEqual(['Sources', 'Related']);
    expect(message.embeds.at(-1)!.fields![1]!.value).toBe(`- ${long}\n- What is an asset of community value?`);
    expect(renderReply(answer()).embeds.at(-1)!.fields!.map((f) => f.name)).toEqual(['Sources']);
  });

  it('given plain text over 2,000 characters, renderText shortens it and escapes mentions', () => {
    const message = renderText(`@everyone ${'x '.repeat(1500)}`);
    expectWithinDiscordLimits(message);
    expect(message.content!.startsWith('@\u200beveryone')).toBe(true);
    expect(message.embeds).toEqual([]);
  });

  it('given replies of every size, it never exceeds a Discord limit', () => {
    for (const size of [0, 1, 100, 2000, 4095, 4096, 4097, 5999, 6000, 8000, 20000, 60000]) {
      const body = Array.from({ length: size }, (_, i) => (i % 97 === 96 ? '\n' : i % 7 === 6 ? ' ' : 'a')).join('');
      expectWithinDiscordLimits(renderReply(answer({ sections: [{ heading: 'In short', body }] })));
    }
  });
});
