// The Markdown subset -> mrkdwn conversion and the safe splitter.
import { describe, expect, it } from '@jest/globals';
import { escapeMrkdwn, markdownToMrkdwn, splitMrkdwn, truncateMrkdwn } from '../../../adapters/slack/mrkdwn.js';
import { truncatePlain } from '../../../adapters/slack/limits.js';

describe('mrkdwn conversion', () => {
  it('given the three control characters, it escapes each of them', () => {
    expect(escapeMrkdwn('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('given an already-escaped entity in knowledge text, it escapes it again so it shows as typed', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  it('given **bold**, [links](https://..) and "- " bullets, it converts each to mrkdwn', () => {
    expect(markdownToMrkdwn('**Key:** see [GOV.UK](https://www.gov.uk/a?b=1&c=2)\n- one\n- two **three**')).toBe(
      '*Key:* see <https://www.gov.uk/a?b=1&amp;c=2|GOV.UK>\n• one\n• two *three*',
    );
  });

  it('given a "## Heading" line inside a body, it shows it in bold', () => {
    expect(markdownToMrkdwn('## What to do next\nAct fast.')).toBe('*What to do next*\nAct fast.');
  });

  it('given stray asterisks that are not bold, it leaves them', () => {
    expect(markdownToMrkdwn('5 * 3 = 15')).toBe('5 * 3 = 15');
  });
});

describe('splitting and shortening', () => {
  it('given text within the limit, it returns it as one piece', () => {
    expect(splitMrkdwn('short', 3000)).toEqual(['short']);
  });

  it('given paragraphs, it prefers to split between them', () => {
    const para = 'a'.repeat(60);
    expect(splitMrkdwn(`${para}\n\n${para}`, 100)).toEqual([para, para]);
  });

  it('given a link straddling the limit, it moves the cut before the link', () => {
    // The last space before the limit is inside the link's label.
    const link = '<https://example.org/p|a link label with many words in it>';
    const pieces = splitMrkdwn(`${'w '.repeat(30)}${link}`, 100);
    expect(pieces).toEqual([`${'w '.repeat(30)}`.trimEnd(), link]);
  });

  it('given an entity straddling the limit, it moves the cut before the entity', () => {
    const pieces = splitMrkdwn(`${'x'.repeat(98)}&amp;y`, 100);
    expect(pieces[0]).toBe('x'.repeat(98));
    expect(pieces[1]).toBe('&amp;y');
  });

  it('given text to shorten, it ends in an ellipsis within the limit', () => {
    const out = truncateMrkdwn('word '.repeat(100), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith('…')).toBe(true);
  });

  it('given plain text with emoji at the limit, it never splits a character in half', () => {
    const out = truncatePlain('😀'.repeat(100), 75);
    expect(out.length).toBeLessThanOrEqual(75);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
