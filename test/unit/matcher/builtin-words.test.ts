// Issue 14, "one word breaks the matcher": word-keyed lookups were plain objects, so a question
// containing "constructor" found Object.prototype.constructor and the advisor failed. Every
// JavaScript built-in property name is fed to the advisor as a question, and as an example
// question, keyword and synonym in a copy of the knowledge, which must still load and answer.
import { describe, it, expect, afterAll } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeHolder } from '../../../src/index.js';
import { CLEAN_KB_DIR } from '../core/support/fixture-kb.js';
import { fixtureAdvisor, question } from '../core/support/fixture-advisor.js';

const BUILT_INS = [
  ...new Set(
    [Object.prototype, Function.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype, RegExp.prototype, Date.prototype, Promise.prototype, Map.prototype, Set.prototype, Object, Function, Array, String, Math, JSON]
      .flatMap((o) => Object.getOwnPropertyNames(o))
      .concat(['__proto__', 'prototype']),
  ),
].filter((name) => /^[A-Za-z_]+$/.test(name));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('JavaScript built-in property names as words', () => {
  it(`given each of ${BUILT_INS.length} built-in names in a question, it replies without an error`, async () => {
    const { advisor } = fixtureAdvisor();
    const failed: string[] = [];
    for (const name of BUILT_INS) {
      for (const text of [name, `what is the ${name} of an acv`, `${name} ${name.toLowerCase()} moratorium`]) {
        const reply = await advisor.ask(question(text));
        if (reply.kind === 'error') failed.push(text);
      }
    }
    expect(failed).toEqual([]);
  });

  it('given built-in names as example questions, keywords and synonyms in the knowledge, it loads and still answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-builtins-'));
    dirs.push(dir);
    cpSync(CLEAN_KB_DIR, dir, { recursive: true });
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    const text = readFileSync(file, 'utf8');
    const examples = BUILT_INS.slice(0, 40).map((n) => `  - how does the ${n} work`).join('\n');
    writeFileSync(file, text.replace(/^questions:\n/m, `questions:\n${examples}\n`).replace(/^keywords:\n/m, 'keywords:\n  - constructor\n  - __proto__\n  - hasOwnProperty\n'));
    const keys = [...new Set(BUILT_INS.map((n) => n.toLowerCase()))];
    const synonyms = keys.map((n) => `${n}: [${n}s]`).join('\n');
    writeFileSync(join(dir, 'synonyms.yaml'), `${readFileSync(join(dir, 'synonyms.yaml'), 'utf8')}\n${synonyms}\n`);

    const holder = KnowledgeHolder.open(dir);
    expect(holder.reload().ok).toBe(true);
    const { advisor } = fixtureAdvisor(dir);
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect((await advisor.ask(question(`how does the ${name} work`))).kind).not.toBe('error');
    }
    const listing = await advisor.ask(question('how long does an ACV listing last?'));
    expect(listing).toMatchObject({ kind: 'answer', entryId: 'acv-listing-length' });
  });
});
