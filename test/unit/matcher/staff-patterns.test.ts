// Issue 14, hostile patterns: a staff pattern that backtracks catastrophically is rejected when
// the knowledge is checked or reloaded (file and field named, in plain words), and the patterns
// that are accepted run in a linear-time engine, so even a long question cannot hang the bot.
import { describe, it, expect, afterAll } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeHolder, loadKnowledge } from '../../../src/index.js';
import { catastrophicShape, compileStaffPattern } from '../../../src/nlp/safe-pattern.js';
import { overBound } from '../../helpers/time-bound.js';
import { CLEAN_KB_DIR, TODAY } from '../core/support/fixture-kb.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function knowledgeWithPattern(pattern: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pattern-'));
  dirs.push(dir);
  cpSync(CLEAN_KB_DIR, dir, { recursive: true });
  const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^patterns:\n/m, `patterns:\n  - ${JSON.stringify(pattern)}\n`));
  return dir;
}

describe('staff patterns', () => {
  it.each(['how long (\\w+ ?)+ listing', '(a+)+b', '(x|xy)*z', '(.|\\s)*end', '((ab)*c)+'])('given the catastrophic pattern %s, it names the problem', (p) => {
    expect(catastrophicShape(p)).toMatch(/can take minutes/);
    expect(compileStaffPattern(p).ok).toBe(false);
  });

  it.each(['how long .*(listing last|listed for|stay listed)', '^(what is|whats) (a )?(neighbou?rhood) (plan|planning)', '\\bwho (can|may) nominat', '(ab|cd)+'])(
    'given the ordinary pattern %s, it accepts it',
    (p) => {
      expect(catastrophicShape(p)).toBeUndefined();
      expect(compileStaffPattern(p).ok).toBe(true);
    },
  );

  it('given a pattern using a look-ahead, it rejects it in words staff can act on', () => {
    const checked = compileStaffPattern('listing(?= last)');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(/look-arounds/);
  });

  it('given a knowledge folder with a catastrophic pattern, kb checking fails naming the file and the patterns field', () => {
    const { kb, problems } = loadKnowledge(knowledgeWithPattern('how long (\\w+ ?)+ listing'), TODAY);
    expect(kb).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'right-to-bid/acv-listing-length.md', field: 'patterns', severity: 'error', message: expect.stringMatching(/repeats a group that itself repeats/) }));
  });

  it('given a reload that brings in a catastrophic pattern, the old knowledge stays and the problem is reported', () => {
    const dir = knowledgeWithPattern('how long .*(listing last|listed for|stay listed)');
    const holder = KnowledgeHolder.open(dir);
    const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^patterns:\n/m, 'patterns:\n  - "how long (\\\\w+ ?)+ listing"\n'));
    const outcome = holder.reload();
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.some((p) => p.field === 'patterns' && p.file.endsWith('acv-listing-length.md'))).toBe(true);
    expect(holder.current.kb.byId.has('acv-listing-length')).toBe(true);
  });

  it('given an accepted pattern and a 2,000-character question built to make it backtrack, matching stays fast', async () => {
    const checked = compileStaffPattern('how long .*(listing last|listed for|stay listed)');
    if (!checked.ok) throw new Error(checked.problem);
    const pattern = checked.pattern;
    const text = `how long ${'listing '.repeat(248)}`;
    expect(pattern.test(text)).toBe(false);
    // A backtracking engine takes seconds on this text; the linear one about a millisecond. The
    // bound is a safety margin for a busy shared machine, not a speed measure.
    expect(await overBound(() => pattern.test(text), { boundMs: 250 })).toBeUndefined();
  });
});
