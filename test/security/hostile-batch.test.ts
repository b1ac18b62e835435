// Issue 14, "how it is checked": 30 hostile inputs through `ask --json --batch` all get replies
// in under 20 s together. One real child process answers the whole file, as staff and CI run it;
// every line gets a JSON reply (none the error apology) and the batch does not stop early. The
// same thirty then go through the real Slack and Discord adapters as mentions.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadKnowledge } from '../../src/index.js';
import { APOLOGY } from '../../adapters/discord/messages.js';
import { SLACK_COPY } from '../../adapters/slack/copy.js';
import { escapeMrkdwn } from '../../adapters/slack/mrkdwn.js';
import { startHarness } from '../helpers/discord-harness.js';
import { mentionMessage } from '../helpers/discord-payloads.js';
import { replyTo, shownText } from '../helpers/discord-requests.js';
import { startSlackHarness } from '../helpers/slack-harness.js';
import { nextTs } from '../helpers/slack-signed-requests.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { CHILD_TIMEOUT_MS, ROOT, runTerminal, scratchDataFile, script } from './support/run-terminal.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('ask --json --batch with the thirty hostile inputs', () => {
  it('given all thirty in one batch file, every line gets a reply that is not the error apology, all within 20 seconds', async () => {
    expect(HOSTILE_INPUTS).toHaveLength(30);
    const dir = mkdtempSync(join(tmpdir(), 'hostile-batch-'));
    made.push(dir);
    const file = join(dir, 'hostile.txt');
    writeFileSync(file, HOSTILE_INPUTS.map(([, text]) => text).join('\n') + '\n');
    const dataFile = scratchDataFile();
    made.push(dirname(dataFile));

    const started = performance.now();
    const run = await runTerminal([script('cli/ask'), '--json', '--batch', file], { ADVISOR_DATA_FILE: dataFile, ADVISOR_KNOWLEDGE_DIR: join(ROOT, 'knowledge') });
    const elapsed = performance.now() - started;

    expect(run.stderr).not.toMatch(/Unexpected error|TypeError|RangeError/);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(HOSTILE_INPUTS.length);
    const { kb } = loadKnowledge(join(ROOT, 'knowledge'));
    const apology = kb!.phrases.error;
    lines.forEach((line, i) => {
      const reply = JSON.parse(line) as { status: string; text: string };
      expect({ input: HOSTILE_INPUTS[i]![0], status: reply.status, apology: reply.text.includes(apology) }).toEqual({ input: HOSTILE_INPUTS[i]![0], status: expect.stringMatching(/^(answered|clarify|fallback)$/), apology: false });
    });
    // The issue's own bound for the whole run, start-up included.
    expect(elapsed).toBeLessThan(20_000);
  }, CHILD_TIMEOUT_MS);
});

describe('the thirty hostile inputs through the chat adapters', () => {
  it('given each as a Slack mention (real Bolt app), each gets a reply in its thread that is not the apology, and nothing is left unhandled', async () => {
    const h = await startSlackHarness();
    try {
      for (const [name, text] of HOSTILE_INPUTS) {
        const ts = nextTs();
        const { status } = await h.postEvent({ type: 'app_mention', user: 'UHOSTILE1', channel: 'CHOSTILE1', ts, text: `<@${h.fake.botUserId}> ${text}` });
        expect({ name, status }).toEqual({ name, status: 200 });
        const reply = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
        expect({ name, apology: String(reply.args.text) === escapeMrkdwn(SLACK_COPY.apology) }).toEqual({ name, apology: false });
      }
      expect(h.logger.lines.filter((l) => /ERROR/.test(l))).toEqual([]);
    } finally {
      await h.close();
    }
  }, CHILD_TIMEOUT_MS);

  it('given each as a Discord mention (real discord.js client), each gets a reply that is not the apology', async () => {
    const h = await startHarness();
    try {
      for (const [name, text] of HOSTILE_INPUTS) {
        const payload = mentionMessage(text);
        const since = h.fake.requests.length;
        h.fake.dispatch('MESSAGE_CREATE', payload);
        const reply = await h.fake.waitForRequest(replyTo(payload), { since });
        expect({ name, apology: shownText(reply.body).includes(APOLOGY) }).toEqual({ name, apology: false });
      }
      expect(h.logger.lines.filter((l) => /ERROR/.test(l))).toEqual([]);
    } finally {
      await h.close();
    }
  }, CHILD_TIMEOUT_MS);
});
