// Issue 14: "C1 control and bidi-override characters reach a staff member's terminal raw."
// Every terminal writer (answers, the staff queue, kb:check, start-up errors, log lines) goes
// through one sanitiser; these tests drive the real commands in child processes and read the
// bytes they print.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { terminalJson, terminalText } from '../../src/index.js';
import { CHILD_TIMEOUT_MS, ROOT, copyKnowledge, runTerminal, scratchDataFile, script } from './support/run-terminal.js';

/** What a terminal would act on: C0 but tab/newline, DEL, C1, and the bidi marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Clear the screen, a C1 "CSI" recolour, a right-to-left override, an isolate pair, a bell, a backspace and bidi marks. */
const HOSTILE = '\u001b[2J\u009b31m\u202e\u2066\u0007\b\u2069\u200f\u061c';
/** What a person might paste: C1 controls and bidi characters only (C0 would make the bot call it unreadable). */
const PASTED = '\u202edown\u2069 the canal \u009b2J\u200f';
const FIXTURE = join(ROOT, 'test', 'fixtures', 'core', 'kb-clean');

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The small fixture knowledge, with hostile characters inside the listing entry's answer. */
function knowledgeWithHostileAnswer(): string {
  const dir = copyKnowledge(FIXTURE);
  made.push(dirname(dir));
  const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('from the day the council', `from the day${HOSTILE} the council`));
  return dir;
}

function settings(knowledgeDir: string): Record<string, string> {
  const dataFile = scratchDataFile();
  made.push(dirname(dataFile));
  return { ADVISOR_KNOWLEDGE_DIR: knowledgeDir, ADVISOR_DATA_FILE: dataFile };
}

describe('the terminal sanitiser', () => {
  it('given any text, it leaves nothing a terminal would act on, and keeps newlines, tabs, accents, emoji and other scripts', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => !UNSAFE.test(terminalText(s))));
    expect(terminalText(`Rhif 1:\tBeth yw'r hawl?\nحق المجتمع 👍 café${HOSTILE}\r`)).toBe("Rhif 1:\tBeth yw'r hawl?\nحق المجتمع 👍 café[2J31m");
  });

  it('given any value as JSON, the printed form holds nothing a terminal would act on and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const printed = terminalJson({ text: s });
        return !UNSAFE.test(printed) && JSON.parse(printed).text === s;
      }),
    );
  });
});

describe('terminal commands print no control or bidi characters', () => {
  it('given an answer whose knowledge text carries them, `ask` prints the answer without them, and `ask --json` escapes them so nothing is lost', async () => {
    const env = settings(knowledgeWithHostileAnswer());
    const plain = await runTerminal([script('cli/ask'), 'how long does an acv listing last'], env);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('from the day[2J31m the council');
    expect(plain.stdout).not.toMatch(UNSAFE);

    const json = await runTerminal([script('cli/ask'), '--json', 'how long does an acv listing last'], env);
    expect(json.stdout).not.toMatch(UNSAFE);
    expect(JSON.parse(json.stdout).text).toContain(`from the day${HOSTILE} the council`);
  }, CHILD_TIMEOUT_MS);

  it('given the terminal chat answers from that knowledge, what it prints carries none of them', async () => {
    const env = settings(knowledgeWithHostileAnswer());
    const chat = await runTerminal([script('start')], env, 'how long does an acv listing last\n');
    expect(chat.code).toBe(0);
    expect(chat.stdout).toContain('five years');
    expect(chat.stdout).not.toMatch(UNSAFE);
  }, CHILD_TIMEOUT_MS);

  it('given a declined question full of them, the staff queue printed by `admin unanswered` shows the question without them', async () => {
    const env = settings(FIXTURE);
    // --count: queued as a member's question would be (terminal questions are otherwise staff trying things).
    const asked = await runTerminal([script('cli/ask'), '--json', '--count', `can we race rubber ducks ${PASTED} please`], env);
    expect(JSON.parse(asked.stdout).status).toBe('fallback');

    const listed = await runTerminal([script('cli/admin'), 'unanswered'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('rubber ducks');
    expect(listed.stdout).not.toMatch(UNSAFE);
    const json = await runTerminal([script('cli/admin'), 'unanswered', '--json'], env);
    expect(json.stdout).toContain('rubber ducks');
    expect(json.stdout).not.toMatch(UNSAFE);
  }, CHILD_TIMEOUT_MS);

  it('given a broken knowledge file whose name carries them, kb:check names the file without them', async () => {
    const dir = copyKnowledge(FIXTURE);
    made.push(dirname(dir));
    const listing = readFileSync(join(dir, 'right-to-bid', 'acv-listing-length.md'), 'utf8');
    writeFileSync(join(dir, 'right-to-bid', `evil\u001b[31m\u202egnitsil\u009b.md`), listing.replace(/^title: .*$/m, '').replace('id: acv-listing-length', 'id: evil'));

    const run = await runTerminal([script('cli/kb-check')], { ADVISOR_KNOWLEDGE_DIR: dir });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('evil[31mgnitsil.md');
    expect(run.stdout).not.toMatch(UNSAFE);
  }, CHILD_TIMEOUT_MS);

  it('given an unknown flag carrying them, the usage error names the flag without them', async () => {
    const run = await runTerminal([script('cli/ask'), '--js\u001b[2J\u202eon', 'how long'], {});
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--js[2Jon');
    expect(run.stderr).not.toMatch(UNSAFE);
  }, CHILD_TIMEOUT_MS);

  it('given a log line quoting them (the readable format on standard error), they are removed', async () => {
    const program = `import { createLogger } from ${JSON.stringify(join(ROOT, 'src', 'index.ts'))};
      createLogger('info').warn(${JSON.stringify(`a question: ${HOSTILE}end`)}, { text: ${JSON.stringify(HOSTILE)} });`;
    const run = await runTerminal(['-e', program], {});
    expect(run.stderr).toContain('WARN  a question: [2J31mend');
    expect(run.stderr).not.toMatch(UNSAFE);
  }, CHILD_TIMEOUT_MS);
});
