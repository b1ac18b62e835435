// `npm run eval` must score a question file exactly as the shared scorer does: same ask run, same
// counting, same 4,000-character rule. Both are run on the public question set and compared.
import { describe, it, expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CHILD_TIMEOUT_MS, childEnv, ROOT, runNpm } from '../core/support/child-process.js';

// The shared folder sits beside the project (CI, main checkout) or two levels up (a worktree).
const SHARED = [join(ROOT, '..', 'shared', 'eval'), join(ROOT, '..', '..', 'shared', 'eval')].find((d) => existsSync(join(d, 'run-eval.mjs')));

// A copy of the project on its own (no shared folder beside it) cannot compare; it says so and
// skips rather than failing on material that is not part of the repository.
if (!SHARED) console.warn('eval-agrees: no ../shared/eval/run-eval.mjs beside the project, so the comparison with the shared scorer is skipped');
(SHARED ? describe : describe.skip)('npm run eval', () => {
  it('given the public question set, it reports the same accuracy, declines and answered-but-wrong as the shared scorer, and a risk-coverage table', () => {
    const file = join(SHARED!, 'public.jsonl');
    const shared = spawnSync('node', [join(SHARED!, 'run-eval.mjs'), file, '--min-accuracy', '0', '--min-abstain', '0'], { cwd: ROOT, encoding: 'utf8', env: childEnv('unused'), timeout: CHILD_TIMEOUT_MS });
    const sharedOut = shared.stdout;
    const acc = /accuracy (\d\.\d+) \((\d+)\/(\d+)\) abstain (\d\.\d+) \((\d+)\/(\d+)\)/.exec(sharedOut);
    const wrong = /answered-but-wrong (\d+)\/(\d+), clarify (\d+)\/(\d+)/.exec(sharedOut);
    expect({ acc: Boolean(acc), wrong: Boolean(wrong), out: sharedOut.slice(-500) }).toEqual({ acc: true, wrong: true, out: sharedOut.slice(-500) });

    const ours = runNpm(['run', '--silent', 'eval', '--', file, '--json'], { timeoutMs: CHILD_TIMEOUT_MS });
    expect(ours.status).toBe(0);
    const report = JSON.parse(ours.stdout.trim().split('\n').pop()!) as Record<string, number | unknown[]>;
    expect({ correct: report.correct, inScope: report.inScope, declined: report.declined, declines: report.declines, wrong: report.wrong, clarify: report.clarify }).toEqual({
      correct: Number(acc![2]),
      inScope: Number(acc![3]),
      declined: Number(acc![5]),
      declines: Number(acc![6]),
      wrong: Number(wrong![1]),
      clarify: Number(wrong![3]),
    });
    const coverage = report.coverage as { threshold: number; answered: number; accuracyAnswered: number }[];
    expect(coverage.length).toBeGreaterThan(5);
    // Raising the threshold never answers more.
    for (let i = 1; i < coverage.length; i++) expect(coverage[i].answered).toBeLessThanOrEqual(coverage[i - 1].answered);
  }, CHILD_TIMEOUT_MS * 2);
});
