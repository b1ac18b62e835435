// The blind-written dev conversations, driven through the real Bolt app against the loopback
// Slack fake: the first turn @-mentions the bot, every later turn is a plain reply in its thread.
// Scored as `npm run eval:conversations` scores them, on what a person reads once "More detail"
// is pressed (the answer's sections, less the short previews the detail gives in full, its
// sources, reviewed date and notice, and its related topics; test/helpers/slack-thread.ts), so
// every turn must score as it does through `ask --json --conversation`. Issue 11 asks for 90% of turns and 80% of conversations right throughout; these
// bars are regression floors a little under what the adapter scores now. A conversation whose
// first question the fitted matcher declines (it declines rather than risk a wrong answer; the
// threshold is read from blind questions, src/nlp/FITTING.md) cannot be right throughout,
// whatever the follow-ups do, which is what holds conversations below the 80%.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answerConversation } from '../../../adapters/cli/conversation-mode.js';
import { parseConversations, scoreConversations, scoreTurn } from '../../../adapters/cli/conversation-score.js';
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
    ['conversations-dev.jsonl', 0.94, 0.82],
    ['conversations-dev-2.jsonl', 0.94, 0.8],
    ['conversations-dev-3.jsonl', 0.92, 0.77],
    ['conversations-dev-4.jsonl', 0.87, 0.65],
  ])('given %s, every turn scores as through --conversation, at least %d of turns are right, and %d of conversations right throughout', async (file, turnsBar, conversationsBar) => {
    const DEV = bank(file);
    const smallTalk = new Set(h.core.knowledge.current.kb.conversation.smallTalk.map((k) => k.reply.slice(0, 40)));
    const kb = h.core.knowledge.current.kb;
    const asResult = (r: ThreadReply): JsonResult => {
      const talk = [...smallTalk].some((s) => r.shortText.includes(s)) || (!r.entryId && r.shortText.includes(kb.phrases.greeting.slice(0, 40)));
      // A reply offering two readings gives each one's short answer, with a choice button for each entry.
      const choices = r.actionIds.filter((id) => id.startsWith('rights:clarify:'));
      const readings = choices.filter((id) => kb.byId.has(id.slice('rights:clarify:'.length))).length >= 2;
      // A worked-out dates answer has a title and no feedback buttons; a guided check's step has a title and choices to pick.
      const toolAnswer = r.title !== undefined && !choices.length && !talk;
      const answered = r.entryId !== undefined || readings || toolAnswer;
      return { status: answered ? 'answered' : 'fallback', entryId: r.entryId ?? null, title: r.title ?? null, confidence: null, text: asRead(r.fullText), sources: [], followUps: [], ...(talk ? { kind: 'smalltalk' as const } : {}) };
    };
    const results: JsonResult[][] = [];
    for (const [i, c] of DEV.entries()) {
      const thread = slackThread(h, `C${file.length}DEV${String(i).padStart(4, '0')}`);
      const replies: JsonResult[] = [];
      for (const turn of c.turns) replies.push(asResult(await thread.say(turn.q.replace(/\n/g, ' '))));
      results.push(replies);
    }
    // The same conversations through `ask --json --conversation`'s path, on the same core.
    const verdicts = async (c: (typeof DEV)[number], i: number) => {
      const replies: JsonResult[] = [];
      await answerConversation(h.core.advisor, c.turns.map((t) => t.q.replace(/\n/g, ' ')), `terminal:${file}:${i}`, (line) => void replies.push(JSON.parse(line) as JsonResult));
      return c.turns.map((t, k) => `${c.id} ${k + 1} ${scoreTurn(t, replies[k]).right}`);
    };
    const throughConversation: string[] = [];
    for (const [i, c] of DEV.entries()) throughConversation.push(...(await verdicts(c, i)));
    const throughSlack = DEV.flatMap((c, i) => c.turns.map((t, k) => `${c.id} ${k + 1} ${scoreTurn(t, results[i][k]).right}`));
    expect(throughSlack).toEqual(throughConversation);
    const report = scoreConversations(DEV, results);
    const summary = { turns: report.turnsRight / report.turns, conversations: report.conversationsRight / report.conversations };
    if (process.env.SHOW_FAILURES) console.log(report.failures.map((f) => `${f.id} ${f.turn} ${f.q} -> ${f.why}`).join('\n'));
    if (process.env.SHOW_FAILURES) console.log(file, summary);
    expect(summary.turns).toBeGreaterThanOrEqual(turnsBar);
    expect(summary.conversations).toBeGreaterThanOrEqual(conversationsBar);
  }, 180_000);
});
