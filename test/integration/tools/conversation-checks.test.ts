// Guided checks as scripts drive them: `npm run ask -- --json --conversation -` in a real child
// process, fed one line at a time and read one reply at a time. Each step's choices are the
// reply's `followUps`; typing a choice's number, its label or its own words picks it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { JsonResult } from '../../../adapters/cli/json-result.js';
import { CHILD_TIMEOUT_MS, ROOT, childEnv } from '../core/support/child-process.js';

const dir = mkdtempSync(join(tmpdir(), 'advisor-checks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A conversation with a child process: `say` writes a line and waits for its reply. */
function converse(name: string) {
  const child = spawn('npm', ['run', '--silent', 'ask', '--', '--json', '--conversation', '-'], { cwd: ROOT, env: childEnv(join(dir, `${name}.json`)) });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    async say(text: string): Promise<JsonResult> {
      child.stdin.write(text + '\n');
      const next = await lines.next();
      if (next.done) throw new Error(`the child ended before answering "${text}"`);
      return JSON.parse(next.value) as JsonResult;
    },
    async end() {
      child.stdin.end();
      return exit;
    },
  };
}

const numberOf = (reply: JsonResult, label: string) => {
  const i = reply.followUps.findIndex((f) => f.label === label);
  if (i < 0) throw new Error(`no choice "${label}" among ${reply.followUps.map((f) => f.label).join(' | ')}`);
  return String(i + 1);
};

describe('the trigger check through ask --json --conversation -', () => {
  it('given an unincorporated group that is not a charity, picked by its number, it says the group cannot trigger the moratorium and names who can', async () => {
    const chat = converse('informal');
    const step = await chat.say('check if our group can trigger the moratorium');
    expect(step.status).toBe('clarify');
    expect(step.text).toContain('What kind of group are you?');
    expect(step.followUps.map((f) => f.label)).toContain('An informal or unincorporated group (not a charity)');
    const verdict = await chat.say(numberOf(step, 'An informal or unincorporated group (not a charity)'));
    expect(await chat.end()).toBe(0);
    expect(verdict.status).toBe('answered');
    expect(verdict.title).toBe('No: an informal group cannot trigger the moratorium');
    for (const who of [/parish council where the land is/, /charity/, /community benefit society/, /company limited by guarantee/, /CIC|community interest company/]) expect(verdict.text).toMatch(who);
    expect(verdict.sources.map((s) => s.url)).toContain('https://www.legislation.gov.uk/uksi/2012/2421/regulation/12/made');
    expect(verdict.text).toMatch(/not legal advice/);
  }, CHILD_TIMEOUT_MS);

  it('given a registered charity with a local connection, chosen from the menu by label and answered "yes", it says the group can', async () => {
    const chat = converse('charity');
    const menu = await chat.say('check eligibility');
    expect(menu.status).toBe('clarify');
    const step = await chat.say('Can our group trigger the moratorium?');
    expect(step.text).toContain('What kind of group are you?');
    const local = await chat.say('A charity (registered or not)');
    expect(local.text).toContain("Are the group's activities wholly or partly about the council's area");
    expect(local.followUps.map((f) => f.label)).toEqual(['Yes', 'No']);
    const verdict = await chat.say('yes');
    expect(await chat.end()).toBe(0);
    expect(verdict.status).toBe('answered');
    expect(verdict.title).toBe('Yes: your group can ask to be treated as a potential bidder');
    expect(verdict.text).toContain('regulation 4(1)');
    expect(verdict.text).toContain('What kind of group are you? A charity (registered or not)');
  }, CHILD_TIMEOUT_MS);
});
