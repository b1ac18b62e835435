// `npm run eval -- FILE.jsonl [--verbose] [--json]`: scores a question file exactly as the shared
// scorer does (one `npm run ask -- --json --batch` run, same counting, same 4,000-character rule)
// and adds answered-but-wrong, clarify, a per-topic breakdown and a risk-coverage table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readCommandLine, usageFailure } from './args.js';
import { EVAL } from './command-specs.js';
import { scoreRun, type AskLine, type EvalCase, type EvalReport } from './eval-score.js';
import { printErr, printJson, printOut } from './terminal-output.js';

function main() {
  const args = readCommandLine(EVAL);
  if (!args) return;
  const { verbose, json: asJson } = args.flags;
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) return usageFailure(EVAL, 'Name one question file.');
  const cases = readFileSync(resolve(file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const questions = join(dir, 'questions.txt');
    writeFileSync(questions, cases.map((c) => c.q.replace(/\n/g, ' ')).join('\n') + '\n');
    const started = performance.now();
    // A throwaway data file, so scoring never adds to the project's own queue and statistics.
    const run = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', '--candidate', '--batch', questions], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, ADVISOR_DATA_FILE: join(dir, 'data.json') },
    });
    const ms = performance.now() - started;
    if (run.status !== 0) return fail(`${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}\neval: the ask command exited ${run.status}`);
    const printed = run.stdout.split('\n').filter((l) => l.trim().startsWith('{'));
    if (printed.length !== cases.length) return fail(`eval: expected ${cases.length} JSON lines, got ${printed.length}`);
    const lines = printed.map((l) => {
      try {
        return JSON.parse(l) as AskLine;
      } catch {
        return null;
      }
    });
    const report = scoreRun(cases, lines);
    if (asJson) printJson({ file, ...report, batchMs: Math.round(ms) });
    else print(report, verbose, ms);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(r: EvalReport, verbose: boolean, ms: number) {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  // Failures quote the question file's text: through the terminal sanitiser like every writer.
  if (verbose) for (const f of r.failures) printOut(`  ${f}\n`);
  console.log(`accuracy ${r.accuracy.toFixed(3)} (${r.correct}/${r.inScope})  abstain ${r.abstain.toFixed(3)} (${r.declined}/${r.declines})`);
  console.log(`answered-but-wrong ${r.wrong}/${r.inScope} (rate ${r.wrongRate.toFixed(3)})  clarify ${r.clarify}/${r.inScope}  two readings ${r.twoReadings} (${r.twoReadingsRight} right)  mean answer ${r.meanAnswerChars} chars  batch ${Math.round(ms)} ms`);
  console.log('\nby topic               in-scope  correct  wrong  declines  declined');
  for (const t of r.topics) {
    console.log(`  ${t.topic.padEnd(22)} ${String(t.inScope).padStart(6)}  ${String(t.correct).padStart(7)}  ${String(t.wrong).padStart(5)}  ${String(t.declines).padStart(8)}  ${String(t.declined).padStart(8)}`);
  }
  if (r.coverage.length) {
    console.log('\nrisk-coverage (answer when the top entry carries its defining concept and confidence >= threshold)');
    console.log('  threshold  answered  accuracy-when-answered  answered-but-wrong  declines-answered');
    for (const c of r.coverage) {
      console.log(`  ${c.threshold.toFixed(2).padStart(9)}  ${pct(c.answered).padStart(8)}  ${pct(c.accuracyAnswered).padStart(22)}  ${pct(c.wrongRate).padStart(18)}  ${pct(c.declineAnswered).padStart(17)}`);
    }
  }
}

function fail(message: string) {
  printErr(`${message}\n`);
  process.exitCode = 1;
}

main();
