import { describe, it, expect } from '@jest/globals';
import { renderForTerminal } from '../../../adapters/cli/terminal-render.js';
import { CHILD_TIMEOUT_MS, runNpm } from './support/child-process.js';
import { cliQuestion, shippedAdvisor } from './support/shipped-advisor.js';

describe('npm start with questions piped in and no chat platform configured', () => {
  it('given two questions on stdin, it answers both in order in one conversation and exits 0 at end of input', async () => {
    const questions = ['how long does an ACV listing last?', 'what is the community right to challenge'];

    const run = runNpm(['start', '--silent'], { input: questions.join('\n') + '\n' });

    expect(run.status).toBe(0);
    const advisor = shippedAdvisor();
    const texts = [];
    for (const q of questions) texts.push(renderForTerminal(await advisor.ask(cliQuestion(q, 'one-chat'))));
    const first = run.stdout.indexOf(texts[0]);
    const second = run.stdout.indexOf(texts[1]);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
  }, CHILD_TIMEOUT_MS);

  it('given blank lines between questions, it skips them and still exits 0', () => {
    const run = runNpm(['start', '--silent'], { input: '\n\nhow long does an ACV listing last?\n\n' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\b(five|5) years\b/i);
  }, CHILD_TIMEOUT_MS);
});
