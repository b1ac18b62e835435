import { describe, it, expect } from '@jest/globals';
import { escapeMentions, markdownLink, splitText, truncate } from '../../../adapters/discord/text.js';

describe('Discord text helpers', () => {
  it('given text within the limit, truncate leaves it alone; over it, cuts at a word and ends with …', () => {
    expect(truncate('five years', 10)).toBe('five years');
    const cut = truncate('a listing lasts five years from the day', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe('a listing lasts…');
  });

  it('given a limit that falls inside an emoji, truncate does not leave half a surrogate pair', () => {
    const cut = truncate('👍👍👍👍', 4);
    expect(cut).toBe('👍…');
  });

  it('given long text, splitText returns pieces within the limit, split at paragraphs, losing no words', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} ${'word '.repeat(30).trim()}`);
    const pieces = splitText(paragraphs.join('\n\n'), 1000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1000);
    expect(pieces.join(' ').split(/\s+/).length).toBe(paragraphs.join(' ').split(/\s+/).length);
    expect(pieces[1]!.startsWith('Paragraph')).toBe(true);
  });

  it('given one unbroken run longer than the limit, splitText still splits it', () => {
    const pieces = splitText('x'.repeat(2500), 1000);
    expect(pieces.map((p) => p.length)).toEqual([1000, 1000, 500]);
  });

  it('given @everyone, @here, user and role mentions, escapeMentions makes each inert', () => {
    const out = escapeMentions('@everyone @here <@123> <@!123> <@&456>');
    expect(out).not.toMatch(/@everyone|@here|<@\d|<@!|<@&/);
    expect(out.replace(/\u200b/g, '')).toBe('@everyone @here <@123> <@!123> <@&456>');
  });

  it('given a source title with brackets and a URL with parentheses, markdownLink keeps the link intact', () => {
    expect(markdownLink('Act [2011]', 'https://example.org/a_(b)')).toBe('[Act \\[2011\\]](https://example.org/a_%28b%29)');
  });
});
