// The whole inbound path, fuzzed: arbitrary text (weighted towards the characters platforms give
// meaning to) read by the Slack and Discord adapters' text readers, then asked of the core on the
// shipped knowledge. Whatever arrives, nothing throws and no reply is the error apology.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { cleanText } from '../../adapters/discord/inbound.js';
import { questionText } from '../../adapters/slack/inbound.js';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, MAX_QUESTION_CHARS, type Platform } from '../../src/index.js';
import { ROOT } from './support/run-terminal.js';

const knowledge = KnowledgeHolder.open(`${ROOT}/knowledge`);
const advisor = createAdvisor({ knowledge, store: createMemoryStore(), logger: createMemoryLogger(), config: { hashSalt: 'fuzz-salt-0123456789', staff: [], retentionDays: 90 } });

/** Pieces platforms and the matcher treat specially, mixed with arbitrary text. */
const PIECES = ['<', '>', '|', '@', '#', '!', '&amp;', '&lt;', '<@U1>', '<!channel>', '<#C1|x>', '<http://x|y>', '<@&1>', '<:e:1>', '```', '**', '](', 'constructor', '__proto__', 'how long', 'listing', '\u202e', '\u0085', '\u200b', '\ud800', '🏠', 'wales'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 80 }).map((parts) => parts.join('').slice(0, MAX_QUESTION_CHARS + 50));

let n = 0;
async function ask(textAsked: string, platform: Platform) {
  const reply = await advisor.ask({ text: textAsked, platform, user: { id: `fuzz-${++n}` }, channel: { id: 'C1', isDirect: false }, threadId: `${platform}:fuzz:${n}`, receivedAt: new Date() });
  return reply.kind;
}

describe('fuzzing the inbound path through each adapter to the core', () => {
  it('given arbitrary text as a Slack message, the adapter reads it and the core replies, never with the error apology', async () => {
    await fc.assert(fc.asyncProperty(text, async (raw) => (await ask(questionText(raw, { botUserId: 'UBOT0001' }), 'slack')) !== 'error'), { numRuns: 300 });
  });

  it('given arbitrary text as a Discord message, the adapter reads it and the core replies, never with the error apology', async () => {
    await fc.assert(fc.asyncProperty(text, async (raw) => (await ask(cleanText(raw, { userId: '1100000000000000001' }), 'discord')) !== 'error'), { numRuns: 300 });
  });

  it('given an ordinary question along the same path, it is answered (the path is live, not just declining)', async () => {
    expect(await ask(questionText('<@UBOT0001> how long does an ACV listing last?', { botUserId: 'UBOT0001' }), 'slack')).toBe('answer');
  });
});
