// `npm run bench` (reload section): how long questions wait while the knowledge reloads, on a
// knowledge folder grown to several times the shipped one (copies of every entry). A question is
// due every 20 ms; its latency is from when it was due to when its answer was ready, so time spent
// queued behind a blocked thread counts. Compared side by side in one run:
//  - no reload (the baseline);
//  - a reload in the answering thread (read, check, index: one long block);
//  - a reload in a worker thread (what the bot does): only reading the result in blocks.
// Building in slices on the answering thread cannot block for less than its longest single step,
// the index build, which is reported too. Reports only (exit 0).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from '../../adapters/cli/args.js';
import { BENCH_RELOAD } from './bench-specs.js';
import { createAdvisor, createLogger, createMemoryStore, KnowledgeHolder, type Question } from '../../src/index.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';

const INTERVAL_MS = 20;
const args = readCommandLine(BENCH_RELOAD);
if (!args) process.exit(process.exitCode ?? 0);
const COPIES = Number(args.flags.copies ?? 3);
const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const QUESTIONS = ['how long does an ACV listing last?', 'who can nominate a pub', 'what is the community right to challenge', 'recipe for lasagne', 'can we get a grant to buy the village hall'];

function grownKnowledge(): { dir: string; bytes: number } {
  const dir = join(mkdtempSync(join(tmpdir(), 'advisor-reload-bench-')), 'knowledge');
  cpSync(KNOWLEDGE, dir, { recursive: true });
  let bytes = 0;
  for (const topic of readdirSync(dir)) {
    const folder = join(dir, topic);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(join(folder, name), 'utf8');
      const id = name.replace(/\.md$/, '');
      for (let k = 1; k <= COPIES; k++) {
        // A distinct id (the file name), and example questions that differ from the original's.
        const copy = text.replace(/^id: .*$/m, `id: copy${k}-${id}`).replace(/^(\s+- )(.*)$/gm, (line, lead: string, q: string) => (/^\s+- (title|url):/.test(line) ? line : `${lead}${q.replace(/^"|"$/g, '')} variant ${k}`));
        writeFileSync(join(folder, `copy${k}-${name}`), copy);
        bytes += copy.length;
      }
      bytes += text.length;
    }
  }
  return { dir, bytes };
}

const question = (text: string, i: number): Question => ({ text, platform: 'slack', user: { id: `u${i % 7}` }, channel: { id: 'c', isDirect: true }, threadId: `t${i}`, receivedAt: new Date() });
const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function questionsDuring(holder: KnowledgeHolder, reload: (() => unknown) | undefined): Promise<number[]> {
  const advisor = createAdvisor({ knowledge: holder, store: createMemoryStore(), logger: createLogger('silent'), config: { hashSalt: 'bench', staff: [], retentionDays: 90 } });
  const latencies: number[] = [];
  const start = performance.now();
  let i = 0;
  let reloading: Promise<unknown> | undefined;
  let reloadDone = reload === undefined;
  // Questions keep coming, one due every INTERVAL_MS, until the reload is over and 100 ms more.
  while (!reloadDone || i < 50) {
    const due = start + i * INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (i === 10 && reload) reloading = Promise.resolve(reload()).then(() => setTimeout(() => (reloadDone = true), 100));
    await advisor.ask(question(QUESTIONS[i % QUESTIONS.length], i));
    latencies.push(performance.now() - due);
    i++;
    if (i > 5_000) break;
  }
  await reloading;
  return latencies.sort((a, b) => a - b);
}

function line(name: string, sorted: number[]) {
  console.log(`  ${name.padEnd(34)} questions ${String(sorted.length).padStart(5)}   median ${pct(sorted, 0.5).toFixed(1)} ms   p99 ${pct(sorted, 0.99).toFixed(1)} ms   max ${sorted[sorted.length - 1].toFixed(1)} ms`);
}

async function main() {
  const { dir, bytes } = grownKnowledge();
  try {
    const holder = KnowledgeHolder.open(dir, [], { onWorkerFailure: (r) => console.log(`  NOTE: no worker thread (${r})`) });
    const entries = holder.current.kb.entries.length;
    console.log(`\nQuestion latency during a knowledge reload (${entries} entries, ${(bytes / 1024 / 1024).toFixed(1)} MB of entry files; a question due every ${INTERVAL_MS} ms)`);
    // Warm up the answering path and the worker once, untimed.
    await questionsDuring(holder, () => holder.reloadInBackground());
    line('no reload', await questionsDuring(holder, undefined));
    line('reload in the answering thread', await questionsDuring(holder, () => holder.reload()));
    line('reload in a worker thread (the bot)', await questionsDuring(holder, () => holder.reloadInBackground()));
    const t = performance.now();
    buildSearchIndex(holder.current.kb, []);
    console.log(`  index build alone (the least a sliced reload must block the answering thread): ${(performance.now() - t).toFixed(0)} ms`);
  } catch (err) {
    console.log(`Reload benchmark could not finish: ${(err as Error)?.stack ?? String(err)}`);
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
    process.exitCode = 0;
  }
}

void main();
