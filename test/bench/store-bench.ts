// `npm run bench:store [-- --json]`: what stored state costs the people asking. On the shipped
// knowledge, in one process and one run:
//  1. a batch of normal questions (every entry's example questions, each from its own person and
//     thread), asked alternately of an advisor on a real data file and of one on the in-memory
//     store (the baseline: no disk at all), so both see the same machine noise;
//  2. 5,000 unique nonsense questions from one person into the data file, then 5,000 from 5,000
//     different people (the worst case for the queue), with the event loop's longest stall;
//  3. the same normal batch again, side by side with the baseline;
//  4. the file's size, and how long staff `unanswered` and `stats` take on it.
// Reported: medians and p99 per question, the after/before ratio (the bar: at most 1.5x), the
// ratio to the baseline, sizes and times. It reports; it never fails the build.
import { readCommandLine } from '../../adapters/cli/args.js';
import { BENCH_STORE } from './bench-specs.js';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createAdvisor, createLogger, createMemoryStore, KnowledgeHolder, openLowdbStore, type FullAdvisor, type Question, type Store } from '../../src/index.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const FLOOD = 5000;
const config = { hashSalt: 'store-bench-salt-0123456789', staff: [], retentionDays: 90 };
const STAFF = { platform: 'cli' as const, id: 'bench', trusted: true };
const args = readCommandLine(BENCH_STORE);
if (!args) process.exit(process.exitCode ?? 0);
const { json } = args.flags;

let asked = 0;
function question(text: string, user: string): Question {
  asked++;
  return { text, platform: 'slack', user: { id: user }, channel: { id: 'C1', isDirect: false }, threadId: `slack:C1:${asked}`, receivedAt: new Date() };
}

const nonsense = (i: number) => `can the blorp ${i.toString(36)} fizzwick ${(i * 7919).toString(36)} do a quandle`;

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: at(0.5), p99: at(0.99) };
}

/** The batch, alternating between the two advisors question by question; per-question times for each. */
async function sideBySide(file: FullAdvisor, memory: FullAdvisor, texts: string[]) {
  const times = { file: [] as number[], memory: [] as number[] };
  for (const [i, text] of texts.entries()) {
    for (const [name, advisor] of (i % 2 ? [['memory', memory], ['file', file]] : [['file', file], ['memory', memory]]) as [keyof typeof times, FullAdvisor][]) {
      const started = performance.now();
      await advisor.ask(question(text, `normal-${i}`));
      times[name].push(performance.now() - started);
    }
  }
  await Promise.all([file.flush(), memory.flush()]);
  return { file: summary(times.file), memory: summary(times.memory) };
}

async function flood(advisor: FullAdvisor, user: (i: number) => string, offset: number) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  for (let i = 0; i < FLOOD; i++) await advisor.ask(question(nonsense(offset + i), user(i)));
  await advisor.flush(60_000);
  delay.disable();
  return { totalMs: performance.now() - started, longestStallMs: delay.max / 1e6 };
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'store-bench-'));
  const file = join(dir, 'advisor.json');
  const logger = createLogger('silent');
  let store: Store | undefined;
  try {
    const knowledge = KnowledgeHolder.open(KNOWLEDGE_DIR);
    store = await openLowdbStore(file, logger);
    const onFile = createAdvisor({ knowledge, store, logger, config });
    const inMemory = createAdvisor({ knowledge, store: createMemoryStore({ logger }), logger, config });
    const batch = knowledge.current.kb.entries.flatMap((e) => e.questions);

    await sideBySide(onFile, inMemory, batch); // warm-up: the engine compiles the hot path
    const before = await sideBySide(onFile, inMemory, batch);
    const sizeBefore = statSync(file).size;
    const onePerson = await flood(onFile, () => 'U0FLOODER', 0);
    const manyPeople = await flood(onFile, (i) => `U0PERSON${i}`, FLOOD);
    const after = await sideBySide(onFile, inMemory, batch);
    const unansweredMs = await timed(() => onFile.staff(STAFF, 'unanswered'));
    const statsMs = await timed(() => onFile.staff(STAFF, 'stats 30'));
    const result = {
      questionsPerBatch: batch.length,
      before,
      after,
      ratioAfterToBefore: after.file.median / before.file.median,
      ratioFileToMemoryAfter: after.file.median / after.memory.median,
      flood: { onePerson, manyPeople },
      fileBytes: { beforeFlood: sizeBefore, afterFlood: statSync(file).size },
      staff: { unansweredMs, statsMs },
    };
    if (json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const f = (n: number) => `${n.toFixed(2)} ms`;
    console.log(`Normal questions (${batch.length} per batch), median / p99 per question:`);
    console.log(`  before the flood  data file ${f(before.file.median)} / ${f(before.file.p99)}   in memory ${f(before.memory.median)} / ${f(before.memory.p99)}`);
    console.log(`  after the flood   data file ${f(after.file.median)} / ${f(after.file.p99)}   in memory ${f(after.memory.median)} / ${f(after.memory.p99)}`);
    console.log(`  after / before (data file): ${result.ratioAfterToBefore.toFixed(2)}x (bar: at most 1.5x); data file / memory after: ${result.ratioFileToMemoryAfter.toFixed(2)}x`);
    console.log(`Flood of ${FLOOD} unique nonsense questions: one person ${(onePerson.totalMs / 1000).toFixed(1)} s (longest event-loop stall ${f(onePerson.longestStallMs)}); ${FLOOD} people ${(manyPeople.totalMs / 1000).toFixed(1)} s (stall ${f(manyPeople.longestStallMs)})`);
    console.log(`Data file: ${(sizeBefore / 1024).toFixed(0)} KB before, ${(result.fileBytes.afterFlood / 1024).toFixed(0)} KB after (bar: under 2 MB)`);
    console.log(`Staff: "unanswered" ${f(unansweredMs)}, "stats 30" ${f(statsMs)}`);
  } catch (err) {
    console.log(`Benchmark could not finish: ${(err as Error)?.stack ?? String(err)}`);
  } finally {
    await store?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = 0;
  }
}

void main();
