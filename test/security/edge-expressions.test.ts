// Issue 14: "Slack text of 40,000 `<http:` takes 350 ms (quadratic expressions)." Every
// expression the adapters run on raw platform text, before the core's length cap applies, is
// linear: each repeated half-open markup prefix below, at 200,000 characters (Bolt accepts
// bodies of megabytes), is read in well under the bound, where a quadratic pass takes seconds.
import { describe, expect, it } from '@jest/globals';
import { cleanText } from '../../adapters/discord/inbound.js';
import { questionText } from '../../adapters/slack/inbound.js';
import { overBound } from '../helpers/time-bound.js';

const LENGTH = 200_000;
/** A generous safety bound for one pass; the linear passes take a few milliseconds. */
const BOUND_MS = 500;
const PREFIXES = ['<http:', '<https://x', '<mailto:', '<@U1|', '<@UBOT0001|', '<#C1|', '<!subteam^A|', '<!date^1|', '<!here|', '<:emoji', '<a:x:', '<@&', '<@!1', '&amp;', '&lt;', '@everyone '];

const repeat = (prefix: string) => prefix.repeat(Math.ceil(LENGTH / prefix.length)).slice(0, LENGTH);

const READERS: Record<string, (text: string) => string> = {
  'Slack, with the bot id': (text) => questionText(text, { botUserId: 'UBOT0001' }),
  'Slack, without it': (text) => questionText(text),
  Discord: (text) => cleanText(text, { userId: '1100000000000000001', roleIds: ['1200000000000000031'] }),
};

async function slowReaders(text: string): Promise<string[]> {
  const slow: string[] = [];
  for (const [name, read] of Object.entries(READERS)) {
    expect(typeof read(text)).toBe('string');
    const over = await overBound(() => read(text), { boundMs: BOUND_MS });
    if (over) slow.push(`${name}: ${over}`);
  }
  return slow;
}

describe('the adapters read hostile markup in linear time', () => {
  it.each(PREFIXES)('given 200,000 characters of "%s", Slack\'s and Discord\'s readers each finish within the bound', async (prefix) => {
    expect(await slowReaders(repeat(prefix))).toEqual([]);
  });
});
