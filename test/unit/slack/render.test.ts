// Reply -> Block Kit: layout, escaping and Slack's size limits, on hand-built replies.
import { describe, expect, it } from '@jest/globals';
import { renderReply } from '../../../adapters/slack/render.js';
import { PREVIEW_BLOCK_PREFIX } from '../../../adapters/slack/blocks.js';
import type { Reply } from '../../../src/index.js';

type AnyBlock = { type: string; text?: { type: string; text: string }; elements?: { type: string; text?: unknown; action_id?: string; value?: string; style?: string }[] };

function answer(overrides: Partial<Reply> = {}): Reply {
  return {
    kind: 'answer',
    title: 'How long does an asset of community value listing last?',
    sections: [
      { heading: 'In short', body: 'A listing lasts **five years** from the day the council adds it.' },
      { heading: 'Good to know', body: '- The council can remove it earlier.\n- See [the Act](https://www.legislation.gov.uk/ukpga/2011/20/section/87) for detail.' },
    ],
    sources: [{ title: 'Localism Act 2011, section 87', url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/87' }],
    reviewed: '2026-11-21',
    followUps: [{ label: 'What is an asset of community value?', entryId: 'acv-what-is' }],
    actions: [
      { type: 'feedback', vote: 'up', entryId: 'acv-listing-length', label: 'Helpful' },
      { type: 'feedback', vote: 'down', entryId: 'acv-listing-length', label: 'Not helpful' },
    ],
    entryId: 'acv-listing-length',
    confidence: 0.91,
    notice: 'General information, not legal advice.',
    ...overrides,
  };
}

const blocksOf = (reply: Reply, options = {}) => renderReply(reply, options).blocks as unknown as AnyBlock[];
const buttonsOf = (blocks: AnyBlock[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const mrkdwnOf = (blocks: AnyBlock[]) => {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out;
};

describe('Slack render: short answer first', () => {
  it('given an answer whose detail is marked, it shows only the short answer, with a "More detail" button for the rest', () => {
    const reply = answer({
      sections: [
        { heading: 'In short', body: 'A listing lasts **five years**.' },
        { heading: 'Good to know', body: 'The council can remove it earlier.', detail: true },
      ],
      actions: [{ type: 'more', entryId: 'acv-listing-length', label: 'More detail' }, ...answer().actions],
    });
    const blocks = blocksOf(reply);
    expect(mrkdwnOf(blocks).join('\n')).toContain('five years');
    expect(mrkdwnOf(blocks).join('\n')).not.toContain('remove it earlier');
    expect(renderReply(reply).text).not.toContain('remove it earlier');
    expect(buttonsOf(blocks).map((b) => b.action_id)).toContain('rights:more:acv-listing-length');
  });
});

describe('renderReply layout', () => {
  it('given an answer, it renders the title as a header and each section as mrkdwn with its heading in bold', () => {
    const blocks = blocksOf(answer());
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'How long does an asset of community value listing last?', emoji: true } });
    expect(blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*In short*\nA listing lasts *five years* from the day the council adds it.' } });
    expect(blocks[2].text?.text).toBe(
      '*Good to know*\n• The council can remove it earlier.\n• See <https://www.legislation.gov.uk/ukpga/2011/20/section/87|the Act> for detail.',
    );
  });

  it('given sources, a reviewed date and the notice, it puts them in one context line, sources linked', () => {
    const context = blocksOf(answer()).find((b) => b.type === 'context');
    expect(context?.elements?.map((e) => (e as { text: string }).text)).toEqual([
      '*Sources:* <https://www.legislation.gov.uk/ukpga/2011/20/section/87|Localism Act 2011, section 87>',
      'Last reviewed 21 November 2026',
      'General information, not legal advice.',
    ]);
  });

  it('given follow-ups and feedback actions, it renders buttons whose action_id and value carry the entry id', () => {
    const buttons = buttonsOf(blocksOf(answer()));
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['rights:followUp:acv-what-is', 'acv-what-is'],
      ['rights:feedback:up:acv-listing-length', 'acv-listing-length'],
      ['rights:feedback:down:acv-listing-length', 'acv-listing-length'],
    ]);
    expect(buttons.map((b) => (b.text as { text: string }).text)).toEqual(['What is an asset of community value?', '👍 Helpful', '👎 Not helpful']);
  });

  it('given a clarify reply, it renders the options as choice buttons', () => {
    const reply: Reply = {
      kind: 'clarify', sections: [{ body: 'Did you mean:' }], sources: [], actions: [],
      followUps: [{ label: 'How long is the moratorium?', entryId: 'rtb-moratorium' }, { label: 'How long does a listing last?', entryId: 'acv-listing-length' }],
    };
    expect(buttonsOf(blocksOf(reply)).map((b) => b.action_id)).toEqual(['rights:clarify:rtb-moratorium', 'rights:clarify:acv-listing-length']);
  });

  it('given a "more" action, it renders a more button for the entry', () => {
    const blocks = blocksOf(answer({ actions: [{ type: 'more', entryId: 'acv-listing-length', label: 'Tell me more' }] }));
    expect(buttonsOf(blocks).map((b) => b.action_id)).toContain('rights:more:acv-listing-length');
  });

  it('given shareable, it adds "Share in channel" to answers only', () => {
    expect(buttonsOf(blocksOf(answer(), { shareable: true })).map((b) => b.action_id)).toContain('rights:share:acv-listing-length');
    const fallback: Reply = { kind: 'fallback', sections: [{ body: 'No answer.' }], sources: [], followUps: [], actions: [] };
    expect(buttonsOf(blocksOf(fallback, { shareable: true }))).toEqual([]);
  });

  it('given any reply, it gives a text fallback with the title and answer for notifications', () => {
    const { text } = renderReply(answer());
    expect(text).toContain('How long does an asset of community value listing last?');
    expect(text).toContain('*five years*');
  });

  it('given a reply with no title or sections, it still gives non-empty text', () => {
    expect(renderReply({ kind: 'info', sections: [], sources: [], followUps: [], actions: [] }).text.length).toBeGreaterThan(0);
  });
});

describe('renderReply escaping', () => {
  const hostile = 'Tell <!channel> & <!everyone> & <!here> and <@U0ABCDEF1> about <http://evil.example|this> <#C123|general>';

  it('given mention and link markup anywhere in the reply, no mrkdwn field and not the text fallback contain it live', () => {
    const reply = answer({
      title: hostile,
      sections: [{ heading: hostile, body: `${hostile}\n- ${hostile}\n**${hostile}**` }],
      sources: [{ title: hostile, url: 'https://www.gov.uk/x' }],
      followUps: [{ label: hostile, entryId: 'x' }],
      notice: hostile,
    });
    const { text, blocks } = renderReply(reply);
    for (const field of [text, ...mrkdwnOf(blocks as unknown as AnyBlock[])]) {
      for (const live of ['<!channel>', '<!everyone>', '<!here>', '<@U0ABCDEF1>', '<http://evil.example', '<#C123']) expect(field).not.toContain(live);
    }
    expect(text).toContain('Tell &lt;!channel&gt; &amp; &lt;!everyone&gt;');
  });

  it('given a Markdown link whose text or address tries to smuggle markup, it escapes it inside the link', () => {
    const [section] = mrkdwnOf(blocksOf(answer({ title: undefined, sections: [{ body: '[<!channel>](https://x.example/a|<!here>)' }], sources: [], notice: undefined })));
    expect(section).toBe('<https://x.example/a%7C&lt;!here&gt;|&lt;!channel&gt;>');
  });

  it('given a Markdown link that is not http(s), it shows it as text, not a link', () => {
    const [section] = mrkdwnOf(blocksOf(answer({ title: undefined, sections: [{ body: '[click](javascript:alert(1))' }], sources: [], notice: undefined })));
    expect(section).toBe('[click](javascript:alert(1))');
  });

  it('given a source whose address is not http(s), it shows the title without a link', () => {
    const context = mrkdwnOf(blocksOf(answer({ sources: [{ title: 'Leaflet', url: 'file:///etc/passwd' }] })));
    expect(context).toContain('*Sources:* Leaflet');
  });
});

describe('renderReply within Slack limits', () => {
  it('given a section over 3,000 characters, it splits it into sections of at most 3,000 without losing words', () => {
    const words = Array.from({ length: 900 }, (_, i) => `word${i}`);
    const blocks = blocksOf(answer({ sections: [{ body: words.join(' ') }] }));
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(3000);
    expect(sections.join(' ').split(/\s+/)).toEqual(words);
  });

  it('given a long section full of links, it never cuts a link or an escaped character in half', () => {
    const body = Array.from({ length: 400 }, (_, i) => `[link ${i} & more](https://example.org/${i}?a=1&b=2)`).join(' ');
    const sections = blocksOf(answer({ sections: [{ body }] })).filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect((s.match(/</g) ?? []).length).toBe((s.match(/>/g) ?? []).length);
      expect(s).not.toMatch(/&[a-z]*$/);
      expect(s).not.toMatch(/^[a-z]*;/);
    }
  });

  it('given an answer far beyond one message, it keeps to 50 blocks and about 12,000 characters, says it was shortened and offers "more"', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ heading: `Part ${i}`, body: 'x '.repeat(1400) }));
    const blocks = blocksOf(answer({ sections }));
    expect(blocks.length).toBeLessThanOrEqual(50);
    const chars = JSON.stringify(blocks).length;
    expect(chars).toBeLessThan(13_000);
    expect(JSON.stringify(blocks)).toContain('shortened');
    expect(buttonsOf(blocks).map((b) => b.action_id)).toContainEqual(expect.stringMatching(/^rights:more:acv-listing-length@\d+$/));
    // The start of the answer is what is kept.
    expect(blocks.find((b) => b.type === 'section')?.text?.text).toContain('Part 0');
  });

  it('given "more" pressed page after page, it shows the rest of the answer in order, each page within limits, with nothing skipped or repeated', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ heading: `Part ${i}`, body: 'x '.repeat(1400) }));
    const reply = answer({ sections });
    const seen: string[] = [];
    let startAt: number | undefined = 0;
    for (let page = 0; startAt !== undefined && page < 50; page++) {
      const blocks = blocksOf(reply, { startAt });
      expect(blocks.length).toBeLessThanOrEqual(50);
      seen.push(...blocks.filter((b) => b.type === 'section').map((b) => /^\*(Part \d+)\*/.exec(b.text!.text)![1]));
      const more = buttonsOf(blocks).find((b) => b.action_id?.startsWith('rights:more:'));
      startAt = more ? Number(more.action_id!.split('@')[1]) : undefined;
    }
    expect(seen).toEqual(sections.map((s) => s.heading));
  });

  it('given many short sections, it keeps to 50 blocks', () => {
    const sections = Array.from({ length: 120 }, (_, i) => ({ body: `Point ${i}` }));
    expect(blocksOf(answer({ sections })).length).toBeLessThanOrEqual(50);
  });

  it('given a title over 150 characters and labels over 75, it shortens them with an ellipsis', () => {
    const blocks = blocksOf(answer({ title: 'T'.repeat(400), followUps: [{ label: 'L'.repeat(200), entryId: 'x' }] }));
    const header = blocks.find((b) => b.type === 'header')!.text!.text;
    expect(header.length).toBeLessThanOrEqual(150);
    expect(header.endsWith('…')).toBe(true);
    for (const b of buttonsOf(blocks)) expect((b.text as { text: string }).text.length).toBeLessThanOrEqual(75);
  });

  it('given a short form of a detail section (worked-out dates), it marks that section as a preview of what "More detail" gives in full', () => {
    const reply = answer({
      sections: [
        { heading: 'Your dates', body: '- 14 July 2026', brief: true },
        { heading: 'Your dates', body: '- 14 July 2026: the last day to ask', detail: true },
        { heading: 'In short', body: 'A six-week pause.' },
      ],
    });
    const sections = (renderReply(reply).blocks as { type: string; block_id?: string; text?: { text: string } }[]).filter((b) => b.type === 'section');
    expect(sections.map((b) => [b.block_id?.startsWith(PREVIEW_BLOCK_PREFIX) ?? false, b.text?.text])).toEqual([
      [true, '*Your dates*\n• 14 July 2026'],
      [false, '*In short*\nA six-week pause.'],
    ]);
  });

  it('given a related topic whose title is longer than a button shows, it lists the related titles in full beside the buttons', () => {
    const long = 'Do the Localism Act community rights apply in Scotland, Wales and Northern Ireland?';
    const blocks = blocksOf(answer({ followUps: [{ label: long, entryId: 'uk-nations' }, { label: 'What is an asset of community value?', entryId: 'acv-what-is' }] }));
    const context = blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements ?? []).map((e) => (e as { text?: string }).text ?? '');
    expect(context).toContain(`*Related:* ${long} · What is an asset of community value?`);
    expect(buttonsOf(blocks).every((b) => (b.text as { text: string }).text.length <= 75)).toBe(true);
  });

  it('given related topics whose titles fit their buttons, it does not list them again', () => {
    const context = blocksOf(answer()).filter((b) => b.type === 'context').flatMap((b) => b.elements ?? []).map((e) => (e as { text?: string }).text ?? '');
    expect(context.join('\n')).not.toContain('Related');
  });

  it('given more than 25 follow-ups, it keeps each actions block to 25 buttons', () => {
    const followUps = Array.from({ length: 40 }, (_, i) => ({ label: `Topic ${i}`, entryId: `e${i}` }));
    for (const b of blocksOf(answer({ followUps })).filter((x) => x.type === 'actions')) expect(b.elements!.length).toBeLessThanOrEqual(25);
  });

  it('given a very long text fallback, it stays within 3,000 characters', () => {
    expect(renderReply(answer({ sections: [{ body: 'y '.repeat(10_000) }] })).text.length).toBeLessThanOrEqual(3000);
  });
});
