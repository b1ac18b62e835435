// The benchmarks' command lines, parsed like every other command (adapters/cli/args.ts): --help
// prints the usage, an unknown flag is refused by name (exit 2).
import type { CommandSpec, Flag } from '../../adapters/cli/args.js';

const json = { type: 'boolean', help: 'print the results as JSON' } as const satisfies Flag;

export const BENCH = {
  command: 'npm run bench --',
  summary: 'The matcher beside MiniSearch BM25 and natural\'s Bayes on the question bank, with latency (then the cold-start and reload sections).',
  synopsis: ['[--json]'],
  flags: { json },
} as const satisfies CommandSpec<Record<string, Flag>>;

export const BENCH_STARTUP = {
  command: 'npm run bench:startup --',
  summary: 'Start-up to first answer through buildCore, per-question latency p50/p95/p99 and reload time.',
  synopsis: [''],
  flags: {},
} as const satisfies CommandSpec<Record<string, Flag>>;

export const BENCH_STORE = {
  command: 'npm run bench:store --',
  summary: 'Normal questions before and after 5,000 nonsense ones into one data file, beside the in-memory store.',
  synopsis: ['[--json]'],
  flags: { json },
} as const satisfies CommandSpec<Record<string, Flag>>;

export const BENCH_COLD_START = {
  command: 'npx tsx test/bench/cold-start.ts --',
  summary: 'Cold start to first answer: the built bot beside a MiniSearch BM25 baseline, medians of interleaved runs.',
  synopsis: ['[--rounds N]'],
  flags: { rounds: { type: 'string', value: 'N', help: 'timed rounds after the warm-up (default 5)' } },
} as const satisfies CommandSpec<Record<string, Flag>>;

export const BENCH_RELOAD = {
  command: 'npx tsx test/bench/reload-latency.ts --',
  summary: 'Question latency during a knowledge reload, in the answering thread and in a worker thread.',
  synopsis: ['[--copies N]'],
  flags: { copies: { type: 'string', value: 'N', help: 'copies of every entry added to the shipped knowledge (default 3)' } },
} as const satisfies CommandSpec<Record<string, Flag>>;
