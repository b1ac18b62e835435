// What staff see when the knowledge folder has a broken file and a link loop in it: the bot still
// starts with every valid entry and says loudly which file is out and why (file, line, fix), and
// `npm run kb:check` reports both without crashing.
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILD_TIMEOUT_MS, ROOT, runNpm } from '../core/support/child-process.js';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

function brokenCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kb-broken-start-')), 'knowledge');
  copies.push(dirname(dir));
  cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
  const file = join(dir, 'right-to-challenge', 'rtc-what-is.md');
  // An unclosed quotation mark on the title line.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: "$1'));
  symlinkSync(dir, join(dir, 'funding', 'loop'));
  return dir;
}

function dirname(path: string): string {
  return join(path, '..');
}

/** The line of rtc-what-is.md that holds its title (the line the broken quotation mark is on). */
const TITLE_LINE = readFileSync(join(ROOT, 'knowledge', 'right-to-challenge', 'rtc-what-is.md'), 'utf8').split('\n').findIndex((l) => l.startsWith('title:')) + 1;

describe('a knowledge folder with a broken file and a link loop', () => {
  const dir = brokenCopy();

  it('given npm start with a piped question, it starts with every valid entry, answers, and reports the broken file with its line and fix', () => {
    const run = runNpm(['start', '--silent'], { input: 'how long does an ACV listing last?\n', env: { ADVISOR_KNOWLEDGE_DIR: dir } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\b(five|5) years\b/i);
    expect(run.stderr).toMatch(new RegExp(`knowledge problem: right-to-challenge/rtc-what-is\\.md:${TITLE_LINE}:\\d+: .*A quotation mark is opened but never closed`));
    expect(run.stderr).toMatch(/THE KNOWLEDGE FOLDER HAS 1 ERROR\(S\)\. Started with \d+ entries/);
    expect(run.stderr).toContain('right-to-challenge/rtc-what-is.md (left out until fixed)');
    expect(run.stderr).not.toMatch(/No entries loaded|cannot start/);
  }, CHILD_TIMEOUT_MS);

  it('given npm run kb:check, it lists the error with its line and the loop as a warning, and exits 1 without crashing', () => {
    const run = runNpm(['run', '--silent', 'kb:check'], { env: { ADVISOR_KNOWLEDGE_DIR: dir } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`ERROR\\s+right-to-challenge/rtc-what-is\\.md:${TITLE_LINE}:\\d+: `));
    expect(run.stdout).toMatch(/warning funding\/loop: This folder is a link back/);
    expect(run.stdout).toMatch(/1 file\(s\) cannot be used as written/);
    expect(run.stderr).toBe('');
  }, CHILD_TIMEOUT_MS);
});
