import { describe, expect, it } from '@jest/globals';
import { renderForTerminal, TERMINAL_COPY } from '../../../adapters/cli/terminal-render.js';
import { wrapText } from '../../../adapters/cli/wrap-text.js';
import type { Reply } from '../../../src/index.js';

const LONG = 'A listing lasts five years from the day the council adds it to its list, and the owner can ask for a review within eight weeks.';

const answer: Reply = {
  kind: 'answer',
  title: 'How long does a listing last?',
  sections: [
    { heading: 'In short', body: `${LONG} ${LONG}` },
    { heading: 'Good to know', body: 'Detail that waits for more.', detail: true },
    { heading: 'What to do next', body: 'Note the date.' },
  ],
  sources: [{ title: 'Localism Act 2011, section 87', url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/87' }],
  reviewed: '2026-11-21',
  followUps: [{ label: 'What is an ACV?', entryId: 'acv-what-is' }, { label: 'Who can nominate?', entryId: 'acv-who-can-nominate' }],
  actions: [],
  entryId: 'acv-listing-length',
  notice: 'General information, not legal advice.',
};

describe('wrapping to the terminal', () => {
  it('given a long line, it breaks at spaces so no line is wider than the terminal and no word is split', () => {
    const lines = wrapText(LONG, 40).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(LONG);
  });

  it('given a bullet, its continuation lines are indented under its text', () => {
    expect(wrapText(`- ${LONG}`, 40).split('\n')[1]).toMatch(/^ {2}\S/);
  });

  it('given a web address longer than the width, it stays whole on a line of its own', () => {
    const url = 'https://www.legislation.gov.uk/uksi/2012/2421/regulation/4/made';
    expect(wrapText(`see ${url} now`, 30).split('\n')).toContain(url);
  });
});

describe('an answer in the terminal', () => {
  it('given an answer with detail, it shows the short answer, sources, date and notice, says to type "more", and numbers the related topics', () => {
    const text = renderForTerminal(answer, 80);
    expect(text).toContain('five years');
    expect(text).toContain('Note the date.');
    expect(text).not.toContain('Detail that waits');
    expect(text).toContain('https://www.legislation.gov.uk/ukpga/2011/20/section/87');
    expect(text).toContain('21 November 2026');
    expect(text).toContain('not legal advice');
    expect(text).toContain(TERMINAL_COPY.more);
    expect(text).toMatch(/^1\. What is an ACV\?$/m);
    expect(text).toMatch(/^2\. Who can nominate\?$/m);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('given a short window, it keeps the short answer on screen by holding back "What to do next" and shortening source lines', () => {
    const roomy = renderForTerminal(answer, 60);
    const tight = renderForTerminal(answer, 60, 20);
    expect(roomy).toContain('Note the date.');
    expect(tight).not.toContain('Note the date.');
    expect(tight.split('\n').length).toBeLessThan(roomy.split('\n').length);
    expect(tight).toContain('five years');
    expect(tight).toContain('https://www.legislation.gov.uk/ukpga/2011/20/section/87');
  });
});
