// `npm run ask -- --json --conversation FILE|-`: a file's non-empty lines are one conversation,
// one JSON object a line; from standard input each reply is printed as soon as it is ready, so a
// script can read it before writing the next question.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { JsonResult } from '../../../adapters/cli/json-result.js';
import { CHILD_TIMEOUT_MS, ROOT, childEnv, runNpm } from './support/child-process.js';

const CONVERSATION = ['who can nominate an asset of community value?', '', 'does that apply in Wales too?', 'what about Scotland then?', 'thanks'];

const dir = mkdtempSync(join(tmpdir(), 'advisor-conversation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ask -- --json --conversation', () => {
  it('given a file, it answers its non-empty lines in order as one conversation, one JSON object a line', () => {
    const file = join(dir, 'conversation.txt');
    writeFileSync(file, CONVERSATION.join('\n') + '\n');
    const run = runNpm(['run', '--silent', 'ask', '--', '--json', '--conversation', file]);
    expect(run.status).toBe(0);
    const results = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonResult);
    // The follow-ups only make sense read against the first question: the conversation was kept.
    expect(results.map((r) => r.entryId)).toEqual(['acv-who-can-nominate', 'wales-community-rights', 'scotland-community-rights', null]);
    expect(results[3]).toMatchObject({ status: 'fallback', kind: 'smalltalk' });
    // The whole answer is in `text`, not only the short first reply chat shows.
    const detail = results[0].text.indexOf('What "local connection" means');
    expect(detail).toBeGreaterThan(0);
  }, CHILD_TIMEOUT_MS);

  it('given "-", it reads standard input line by line and prints each reply before the next question arrives', async () => {
    const child = spawn('npm', ['run', '--silent', 'ask', '--', '--json', '--conversation', '-'], { cwd: ROOT, env: childEnv(join(dir, 'stdin.json')) });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    const replies: JsonResult[] = [];
    for (const question of ['what is the community right to challenge?', 'how long does the council have to decide on that?', '👍']) {
      child.stdin.write(question + '\n');
      // Nothing more is written until this reply has been read: a reply held back would hang here.
      const next = await lines.next();
      replies.push(JSON.parse(next.value as string) as JsonResult);
    }
    child.stdin.end();
    expect(await exit).toBe(0);
    expect(replies.map((r) => r.entryId)).toEqual(['rtc-what-is', 'rtc-timing', null]);
    expect(replies[2].kind).toBe('smalltalk');
  }, CHILD_TIMEOUT_MS);

  it('given --conversation without --json, or a missing file, it explains the usage and exits non-zero', () => {
    for (const args of [['--conversation', '-'], ['--json', '--conversation', join(dir, 'missing.txt')]]) {
      const run = runNpm(['run', '--silent', 'ask', '--', ...args]);
      expect(run.status).not.toBe(0);
      expect(run.stdout.trim()).toBe('');
      expect(run.stderr).toMatch(/--conversation/);
    }
  }, CHILD_TIMEOUT_MS);
});
