import { describe, it, expect, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPlainText } from '../../../src/index.js';
import { CHILD_TIMEOUT_MS, runNpm } from './support/child-process.js';
import { cliQuestion, shippedAdvisor } from './support/shipped-advisor.js';

const QUESTIONS = [
  'how long does an ACV listing last?',
  "what's the weather in Leeds tomorrow",
  'wat is the rite to bid',
  '',
  'what is the community right to challenge',
  'how do we nominate our pub as an asset of community value',
];

const dir = mkdtempSync(join(tmpdir(), 'advisor-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ask -- --json --batch FILE', () => {
  it('given a file of questions, it prints one JSON object per line, in the same order, each as its own conversation', async () => {
    const file = join(dir, 'questions.txt');
    writeFileSync(file, QUESTIONS.join('\n') + '\n');

    const run = runNpm(['run', '--silent', 'ask', '--', '--json', '--batch', file]);

    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(QUESTIONS.length);
    const results = lines.map((l) => JSON.parse(l) as { status: string; entryId: string | null; title: string | null; text: string });

    const advisor = shippedAdvisor();
    const expected = [];
    for (const [i, q] of QUESTIONS.entries()) expected.push(await advisor.explain(cliQuestion(q, `batch-${i}`)));
    expect(results.map((r) => [r.status, r.entryId, r.title])).toEqual(expected.map((x) => [x.status, x.reply.entryId ?? null, x.reply.title ?? null]));
    expect(results.map((r) => r.text)).toEqual(expected.map((x) => toPlainText(x.reply)));
  }, CHILD_TIMEOUT_MS);

  it('given a batch file that does not exist, it fails with a message and a non-zero exit, printing no JSON', () => {
    const run = runNpm(['run', '--silent', 'ask', '--', '--json', '--batch', join(dir, 'missing.txt')]);
    expect(run.status).not.toBe(0);
    expect(run.stdout.trim()).toBe('');
    expect(run.stderr.length).toBeGreaterThan(0);
  }, CHILD_TIMEOUT_MS);
});
