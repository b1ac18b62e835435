// `npm run bench` (cold-start section): from process start to the first answer, the built bot
// (`node adapters/run.mjs start`, what `npm start` runs, a question piped in) side by side with
// a MiniSearch BM25 baseline over the same knowledge (bm25-baseline.ts), both compiled to plain
// JavaScript first so neither pays for a TypeScript loader. One warm-up round (file caches), then
// five interleaved rounds, alternating which goes first; medians and their ratio are reported.
// It reports; it does not fail (exit 0), since timing on a shared machine is not a test.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from '../../adapters/cli/args.js';
import { BENCH_COLD_START } from './bench-specs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const QUESTION = 'how long does an ACV listing last?';
const EXPECT = /How long does an asset of community value listing last/;

const args = readCommandLine(BENCH_COLD_START);
if (!args) process.exit(process.exitCode ?? 0);
const ROUNDS = Number(args.flags.rounds ?? 5);

const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
// Inside node_modules so the compiled baseline finds minisearch and yaml the ordinary way.
const BASELINE_OUT = join(ROOT, 'node_modules', '.cache', 'cold-start');

function build() {
  // The real build (adapters/build.mjs), not the compiler alone: it also copies the data files the
  // code reads at run time. A compile alone left an older build's fitted weights in dist/, newer
  // than the source by date, so every later `npm run ask` and `npm run eval` ran those weights.
  execFileSync(process.execPath, [join(ROOT, 'adapters', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [tsc, '--ignoreConfig', 'test/bench/bm25-baseline.ts', '--outDir', BASELINE_OUT, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Milliseconds from spawning the process to the answer appearing on its stdout. Resolves once the
 * process has also exited, so one run's shutdown never overlaps the next run.
 */
function firstAnswer(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let answeredAt: number | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (answeredAt === undefined && EXPECT.test(out)) answeredAt = performance.now() - started;
    });
    child.on('exit', () => (answeredAt === undefined ? reject(new Error(`no answer; it printed:\n${out}`)) : resolve(answeredAt)));
    child.stdin.end(input ?? '');
  });
}

function botEnv(dataDir: string, run: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(SLACK_|DISCORD_|ADVISOR_|LOG_|HEALTH_)/.test(k)) env[k] = v;
  for (const k of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN']) env[k] = '';
  return { ...env, ADVISOR_DATA_FILE: join(dataDir, `advisor-${run}.json`) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main() {
  build();
  const dataDir = mkdtempSync(join(tmpdir(), 'advisor-cold-'));
  const bot: number[] = [];
  const baseline: number[] = [];
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const runBot = () => firstAnswer([join('adapters', 'run.mjs'), 'start'], botEnv(dataDir, round), `${QUESTION}\n`);
      const runBaseline = () => firstAnswer([join(BASELINE_OUT, 'bm25-baseline.js'), QUESTION, 'knowledge'], process.env);
      const [a, b] = round % 2 === 0 ? [await runBot(), await runBaseline()] : [await runBaseline(), await runBot()].reverse();
      if (round === 0) continue; // warm-up: file caches
      bot.push(a);
      baseline.push(b);
    }
    console.log(`\nCold start to first answer (${ROUNDS} interleaved runs after one warm-up; "${QUESTION}")`);
    console.log(`  built bot (node adapters/run.mjs start):   median ${ms(median(bot))}   runs ${bot.map(ms).join(', ')}`);
    console.log(`  MiniSearch BM25 baseline, same knowledge:  median ${ms(median(baseline))}   runs ${baseline.map(ms).join(', ')}`);
    const ratio = median(bot) / median(baseline);
    console.log(`  bot / baseline: ${ratio.toFixed(2)} (${ratio <= 1 ? 'at most' : 'SLOWER than'} the baseline)`);
  } catch (err) {
    console.log(`Cold-start benchmark could not finish: ${(err as Error).message}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    process.exitCode = 0;
  }
}

void main();
