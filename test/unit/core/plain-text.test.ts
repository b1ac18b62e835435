import { describe, it, expect } from '@jest/globals';
import { formatDate, markdownToPlain, toPlainText } from '../../../src/reply/plain-text.js';
import type { Reply } from '../../../src/types.js';

const answer: Reply = {
  kind: 'answer',
  title: 'How long does a listing last?',
  sections: [
    { heading: 'In short', body: 'A listing lasts **five years**. See [the Act](https://www.legislation.gov.uk/ukpga/2011/20/section/87).' },
    { heading: 'What to do next', body: '- Note the date\n- Nominate again' },
  ],
  sources: [
    { title: 'Localism Act 2011, section 87', url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/87' },
    { title: 'Guidance', url: 'https://www.gov.uk/guidance/example' },
  ],
  reviewed: '2026-11-21',
  followUps: [{ label: 'What is an ACV?', entryId: 'acv-what-is' }],
  actions: [],
  entryId: 'acv-listing-length',
  confidence: 0.9,
  notice: 'General information, not legal advice.',
};

describe('markdownToPlain', () => {
  it('given **bold**, it drops the asterisks', () => {
    expect(markdownToPlain('lasts **five years**')).toBe('lasts five years');
  });

  it('given a [link](https://...), it writes the text then the address in brackets', () => {
    expect(markdownToPlain('see [the Act](https://www.legislation.gov.uk/x)')).toBe('see the Act (https://www.legislation.gov.uk/x)');
  });

  it('given "- " bullets, it keeps them', () => {
    expect(markdownToPlain('- one\n- two')).toBe('- one\n- two');
  });
});

describe('formatDate', () => {
  it('given 2026-11-21, it writes "21 November 2026"', () => {
    expect(formatDate('2026-11-21')).toBe('21 November 2026');
  });

  it('given something that is not a date, it returns it unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('toPlainText', () => {
  const text = toPlainText(answer);

  it('given an answer, it starts with the title and has every section heading and body', () => {
    expect(text.startsWith(answer.title!)).toBe(true);
    expect(text).toContain('In short\nA listing lasts five years.');
    expect(text).toContain('What to do next\n- Note the date\n- Nominate again');
  });

  it('given Markdown in the answer, it converts it to plain text', () => {
    expect(text).not.toContain('**');
    expect(text).not.toContain('](');
    expect(text).toContain('See the Act (https://www.legislation.gov.uk/ukpga/2011/20/section/87).');
  });

  it('given sources, it lists every one with its address', () => {
    for (const s of answer.sources) expect(text).toContain(`${s.title}: ${s.url}`);
    expect(text).toContain('Sources:');
  });

  it('given a reviewed date, it says "Reviewed 21 November 2026."', () => {
    expect(text).toContain('Reviewed 21 November 2026.');
  });

  it('given a notice, it includes it', () => {
    expect(text).toContain(answer.notice!);
  });

  it('given related follow-ups on an answer, it names them', () => {
    expect(text).toContain('What is an ACV?');
  });

  it('given a clarify reply, it lists the options', () => {
    const clarify: Reply = {
      kind: 'clarify',
      sections: [{ body: 'Did you mean:' }],
      sources: [],
      followUps: [{ label: 'Option A', entryId: 'a' }, { label: 'Option B', entryId: 'b' }],
      actions: [],
    };
    expect(toPlainText(clarify)).toBe('Did you mean:\n\n- Option A\n- Option B');
  });

  it('given a reply without sources, date or notice, it adds no empty footer', () => {
    const info: Reply = { kind: 'info', sections: [{ body: 'Hello' }], sources: [], followUps: [], actions: [] };
    expect(toPlainText(info)).toBe('Hello');
  });
});
