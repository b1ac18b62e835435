// Issue 14: hostile content. A copy of the knowledge with a staff pattern that backtracks
// catastrophically ("how long (\w+ ?)+ listing": one 49-character question then hung the bot for
// over 30 s), with "constructor", "__proto__" and "toString" as example questions and synonyms
// ("one word breaks the matcher": the bot could not start and live reload retried for ever), with
// a symlink loop (it crashed start-up and kb:check) and a valid 10 MB file (answers blocked for
// 11-13 s while it reloaded). kb:check and the running bot are real child processes, so a hang
// fails the test instead of hanging the runner.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startChat, type ChatProcess } from './support/chat-process.js';
import { CHILD_TIMEOUT_MS, copyKnowledge, runTerminal, scratchDataFile, script } from './support/run-terminal.js';

const BACKTRACKING = 'how long (\\w+ ?)+ listing';
/** 49 characters that make a backtracking engine try every way of splitting the a's. */
const BAIT = `how long ${'a'.repeat(39)}!`;
const LISTING = 'right-to-bid/acv-listing-length.md';
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copy(): string {
  const dir = copyKnowledge();
  made.push(dirname(dir));
  return dir;
}

/** Adds a pattern to the listing entry's `patterns:` list. */
function addPattern(dir: string, pattern: string) {
  const file = join(dir, LISTING);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^patterns:\n/m, `patterns:\n  - "${pattern.replace(/\\/g, '\\\\')}"\n`));
}

/** Puts the built-in property names into the knowledge as example questions and as synonyms. */
function addPrototypeWords(dir: string) {
  const file = join(dir, LISTING);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^questions:\n/m, `questions:\n${PROTOTYPE_WORDS.map((w) => `  - how long does a ${w} listing last\n`).join('')}`));
  appendFileSync(join(dir, 'synonyms.yaml'), `\nconstructor: [__proto__, toString, prototype]\nvalueOf: [hasOwnProperty]\n`);
}

/** A link from inside the folder back to the folder itself. */
function addLoop(dir: string) {
  symlinkSync(dir, join(dir, 'funding', 'loop'));
}

/** A well-formed entry padded to 10 MB with ordinary text. */
function addHugeEntry(dir: string) {
  const listing = readFileSync(join(dir, LISTING), 'utf8').replace('id: acv-listing-length', 'id: acv-listing-huge');
  writeFileSync(join(dir, 'right-to-bid', 'acv-listing-huge.md'), listing + '\n' + 'A listing lasts five years. '.repeat(370_000));
}

function settings(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  const dataFile = scratchDataFile();
  made.push(dirname(dataFile));
  return { ADVISOR_KNOWLEDGE_DIR: dir, ADVISOR_DATA_FILE: dataFile, ...extra };
}

describe('kb:check on hostile content', () => {
  it('given a pattern that backtracks catastrophically, it refuses it, naming the file and the field', async () => {
    const dir = copy();
    addPattern(dir, BACKTRACKING);
    const run = await runTerminal([script('cli/kb-check')], { ADVISOR_KNOWLEDGE_DIR: dir });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${LISTING.replace(/[./-]/g, '\\$&')}[^\\n]*\\[patterns`));
  }, CHILD_TIMEOUT_MS);

  it('given "constructor" and the other built-in names as example questions and synonyms, it reports no error', async () => {
    const dir = copy();
    addPrototypeWords(dir);
    const run = await runTerminal([script('cli/kb-check')], { ADVISOR_KNOWLEDGE_DIR: dir });
    expect(run.stdout).toMatch(/: 0 error\(s\)/);
    expect(run.code).toBe(0);
  }, CHILD_TIMEOUT_MS);
});

describe('kb:check and the bot on the whole hostile copy at once', () => {
  it('given the backtracking pattern, the built-in names, a symlink loop and a 10 MB file together, kb:check reports each without crashing, and the bot starts and answers from the rest', async () => {
    const dir = copy();
    addPattern(dir, BACKTRACKING);
    addPrototypeWords(dir);
    addLoop(dir);
    addHugeEntry(dir);

    const check = await runTerminal([script('cli/kb-check')], { ADVISOR_KNOWLEDGE_DIR: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).not.toMatch(/Unexpected error|TypeError|RangeError|ELOOP/);
    expect(check.stdout).toMatch(/acv-listing-length\.md[^\n]*\[patterns/);
    expect(check.stdout).toMatch(/funding\/loop/);
    expect(check.stdout).toMatch(/acv-listing-huge\.md[^\n]*limit/);

    const chat = startChat(settings(dir, { ADVISOR_WATCH_KNOWLEDGE: 'false' }));
    try {
      expect(await chat.ask('how do we nominate a pub as an asset of community value?')).toMatch(/nominat/i);
      expect(await chat.ask(BAIT, 10_000)).toBeTruthy();
      expect(await chat.ask('constructor')).not.toMatch(/something went wrong/i);
    } finally {
      await chat.close();
    }
  }, CHILD_TIMEOUT_MS);
});

describe('the running bot on hostile content', () => {
  let chat: ChatProcess | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('given "constructor" words in its knowledge, it starts and answers questions made of them', async () => {
    const dir = copy();
    addPrototypeWords(dir);
    chat = startChat(settings(dir, { ADVISOR_WATCH_KNOWLEDGE: 'false' }));
    expect(await chat.ask('how long does an ACV listing last?')).toMatch(/five years/i);
    for (const word of PROTOTYPE_WORDS) expect(await chat.ask(word)).not.toMatch(/something went wrong/i);
    expect(await chat.ask('how long does a constructor listing last')).toMatch(/five years/i);
  }, CHILD_TIMEOUT_MS);

  it('given the backtracking pattern saved while it runs, it refuses the edit naming the file and field, keeps answering, and answers the 49-character bait at once', async () => {
    const dir = copy();
    chat = startChat(settings(dir, { ADVISOR_WATCH_KNOWLEDGE: 'true' }));
    expect(await chat.ask('how long does an ACV listing last?')).toMatch(/five years/i);

    addPattern(dir, BACKTRACKING);
    await chat.waitForLog(/knowledge edit refused: [^\n]*acv-listing-length\.md[^\n]*patterns/);
    // A generous bound: a backtracking engine takes minutes on this; the linear one milliseconds.
    expect(await chat.ask(BAIT, 10_000)).toBeTruthy();
    expect(await chat.ask('how long does an ACV listing last?')).toMatch(/five years/i);
  }, CHILD_TIMEOUT_MS);

  it('given a symlink loop and a 10 MB file saved while it runs, it reports both and every question meanwhile is answered promptly', async () => {
    const dir = copy();
    chat = startChat(settings(dir, { ADVISOR_WATCH_KNOWLEDGE: 'true' }));
    expect(await chat.ask('how long does an ACV listing last?')).toMatch(/five years/i);
    addLoop(dir);
    addHugeEntry(dir);
    // Asked straight after the edits, while the bot reloads. A generous bound: it used to take 11-13 s.
    for (let i = 0; i < 5; i++) expect(await chat.ask('how long does an ACV listing last?', 5_000)).toMatch(/five years/i);
    await chat.waitForLog(/acv-listing-huge\.md[^\n]*limit/);
    expect(chat.stderr()).not.toMatch(/TypeError|RangeError|ELOOP/);
    expect(await chat.ask('how long does an ACV listing last?', 5_000)).toMatch(/five years/i);
  }, CHILD_TIMEOUT_MS);

  it('given "constructor" synonyms saved while it runs, it reloads them once and keeps answering', async () => {
    const dir = copy();
    chat = startChat(settings(dir, { ADVISOR_WATCH_KNOWLEDGE: 'true', LOG_LEVEL: 'info' }));
    expect(await chat.ask('how long does an ACV listing last?')).toMatch(/five years/i);
    addPrototypeWords(dir);
    await chat.waitForLog(/knowledge reloaded after an edit/);
    // Given time to retry, it does not: one reload, no errors.
    await new Promise((r) => setTimeout(r, 2000));
    expect(chat.stderr().match(/knowledge reloaded after an edit/g)).toHaveLength(1);
    expect(chat.stderr()).not.toMatch(/TypeError|is not a function|refused|error/i);
    expect(await chat.ask('how long does a constructor listing last')).toMatch(/five years/i);
  }, CHILD_TIMEOUT_MS);
});
