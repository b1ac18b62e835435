// The blind-written dev conversations, driven through the real Bolt app against the loopback
// Slack fake: the first turn @-mentions the bot, every later turn is a plain reply in its thread.
// Scored as `npm run eval:conversations` scores them, with "More detail" pressed so the whole
// answer counts. Issue 11 asks for 90% of turns and 80% of conversations right throughout; these
// bars are regression floors a little under what the adapter scores now. A conversation whose
// first question the fitted matcher declines (it declines rather than risk a wrong answer; the
// threshold is read from blind questions, src/nlp/FITTING.md) cannot be right throughout,
// whatever the follow-ups do, which is what holds conversations below the 80%.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseConversations, scoreConversations } from '../../../adapters/cli/conversation-score.js';
import type { JsonResult } from '../../../adapters/cli/json-result.js';
import { startSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';
import { slackThread, type ThreadReply } from '../../helpers/slack-thread.js';

/** What a person reads in Slack: mrkdwn emphasis dropped, links as their text, entities decoded. */
function asRead(mrkdwn: string): string {
  return mrkdwn
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/(^|[\s(])[*_~]+|[*_~]+(?=[\s).,;:!?]|$)/gm, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const bank = (name: string) => parseConversations(readFileSync(new URL(`../../fixtures/question-bank/${name}`, import.meta.url), 'utf8'));

describe('Slack: the dev conversations as thread replies without mentions', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it.each([
    ['conversations-dev.jsonl', 0.93, 0.8],
    ['conversations-dev-2.jsonl', 0.91, 0.7],
  ])('given %s, at least %d of turns are right, and %d of conversations right throughout', async (file, turnsBar, conversationsBar) => {
    const DEV = bank(file);
    const smallTalk = new Set(h.core.knowledge.current.kb.conversation.smallTalk.map((k) => k.reply.slice(0, 40)));
    const asResult = (r: ThreadReply): JsonResult => {
      const talk = [...smallTalk].some((s) => r.shortText.includes(s)) || (!r.entryId && r.shortText.includes(h.core.knowledge.current.kb.phrases.greeting.slice(0, 40)));
      // A reply offering two readings gives each one's short answer, with a choice button for each.
      const readings = r.actionIds.filter((id) => id.startsWith('rights:clarify:')).length >= 2;
      return { status: r.entryId || readings ? 'answered' : 'fallback', entryId: r.entryId ?? null, title: r.title ?? null, confidence: null, text: asRead(r.fullText), sources: [], followUps: [], ...(talk ? { kind: 'smalltalk' as const } : {}) };
    };
    const results: JsonResult[][] = [];
    for (const [i, c] of DEV.entries()) {
      const thread = slackThread(h, `C${file.length}DEV${String(i).padStart(4, '0')}`);
      const replies: JsonResult[] = [];
      for (const turn of c.turns) replies.push(asResult(await thread.say(turn.q.replace(/\n/g, ' '))));
      results.push(replies);
    }
    const report = scoreConversations(DEV, results);
    const summary = { turns: report.turnsRight / report.turns, conversations: report.conversationsRight / report.conversations };
    if (process.env.SHOW_FAILURES) console.log(report.failures.map((f) => `${f.id} ${f.turn} ${f.q} -> ${f.why}`).join('\n'));
    if (process.env.SHOW_FAILURES) console.log(file, summary);
    expect(summary.turns).toBeGreaterThanOrEqual(turnsBar);
    expect(summary.conversations).toBeGreaterThanOrEqual(conversationsBar);
  }, 180_000);
});
