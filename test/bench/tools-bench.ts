// `npx tsx test/bench/tools-bench.ts`: what the guided tools cost per question. The same
// questions go, interleaved, to the advisor on the shipped knowledge and to a baseline advisor on
// a copy of it without periods.yaml and checks/ (so no dates are read and no checks offered).
// Every entry's example questions plus dated variants of them; reports medians, p99 and ratios.
// It reports; it does not fail the build.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, loadKnowledge, type FullAdvisor, type Question } from '../../src/index.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const ROUNDS = 3;

const baselineDir = mkdtempSync(join(tmpdir(), 'tools-bench-'));
cpSync(KNOWLEDGE_DIR, baselineDir, { recursive: true });
rmSync(join(baselineDir, 'periods.yaml'));
rmSync(join(baselineDir, 'checks'), { recursive: true });

const advisor = (dir: string): FullAdvisor =>
  createAdvisor({ knowledge: KnowledgeHolder.open(dir), store: createMemoryStore(), logger: createMemoryLogger(), config: { hashSalt: 'bench', staff: [], retentionDays: 90 } });
const withTools = advisor(KNOWLEDGE_DIR);
const baseline = advisor(baselineDir);

const examples = loadKnowledge(KNOWLEDGE_DIR).kb!.entries.flatMap((e) => e.questions);
const dated = examples.slice(0, 200).map((q, i) => `${q} The owner's notice reached the council on ${(i % 28) + 1} June 2026.`);
const questions = [...examples, ...dated];

let n = 0;
const ask = (text: string): Question => ({ text, platform: 'cli', user: { id: 'bench' }, channel: { id: 'terminal', isDirect: true }, threadId: `bench-${n++}`, receivedAt: new Date('2026-11-21T12:00:00Z') });

async function time(a: FullAdvisor, text: string): Promise<number> {
  const t = performance.now();
  await a.explain(ask(text));
  return performance.now() - t;
}

// Warm both up so the first, JIT-cold calls do not count against either.
for (const q of questions.slice(0, 100)) {
  await time(withTools, q);
  await time(baseline, q);
}
const samples = { tools: [] as number[], baseline: [] as number[], toolsDated: [] as number[], baselineDated: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  for (const q of questions) {
    const isDated = q.includes("owner's notice reached the council on");
    // Alternate which goes first, so neither always runs on a warmer cache.
    const order = (n + round) % 2 === 0 ? (['tools', 'baseline'] as const) : (['baseline', 'tools'] as const);
    for (const which of order) {
      const ms = await time(which === 'tools' ? withTools : baseline, q);
      samples[isDated ? (which === 'tools' ? 'toolsDated' : 'baselineDated') : which].push(ms);
    }
  }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const line = (label: string, xs: number[]) => `${label.padEnd(34)} n=${String(xs.length).padStart(5)}  median ${pct(xs, 0.5).toFixed(3)} ms  p99 ${pct(xs, 0.99).toFixed(3)} ms`;
console.log(line('examples, baseline (no tools)', samples.baseline));
console.log(line('examples, with tools', samples.tools));
console.log(`  ratio of medians ${(pct(samples.tools, 0.5) / pct(samples.baseline, 0.5)).toFixed(2)}x`);
console.log(line('dated questions, baseline', samples.baselineDated));
console.log(line('dated questions, with tools', samples.toolsDated));
console.log(`  ratio of medians ${(pct(samples.toolsDated, 0.5) / pct(samples.baselineDated, 0.5)).toFixed(2)}x`);
rmSync(baselineDir, { recursive: true, force: true });
