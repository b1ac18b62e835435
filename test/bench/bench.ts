// `npm run bench [-- --json]`: the project's matcher side by side with two baselines (MiniSearch
// BM25 and natural's BayesClassifier) on the same knowledge and question bank. Each gets one answer
// threshold fitted by the project's rule on the same blind calibration questions (the lowest
// keeping answered-but-wrong and answered declines within the targets in
// test/tools/fit/settings.json), then is scored on test the way the shared scorer scores
// (answered, every expected fact in title + text, at most 4,000 characters). Latency is per
// question, the three matchers interleaved in one process (rotating order), after a warm-up.
// It reports; it does not fail the build.
import { readFileSync } from 'node:fs';
import { readCommandLine } from '../../adapters/cli/args.js';
import { BENCH } from './bench-specs.js';
import { fileURLToPath } from 'node:url';
import { guardInput } from '../../src/input-guard.js';
import { loadKnowledge } from '../../src/kb/load-knowledge.js';
import type { KnowledgeBase } from '../../src/kb/model.js';
import { analyze } from '../../src/nlp/analyze.js';
import { anchored, answersWhatever, decide } from '../../src/nlp/decide.js';
import { matchOffTopic, rankEntries } from '../../src/nlp/rank.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';
import { answerReply } from '../../src/reply/compose.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { withoutPersonalDetails } from '../../src/store/privacy.js';
import { bayesBaseline, miniSearchBaseline, type Guess } from './baselines.js';

interface Case {
  id: string;
  q: string;
  facts?: string[];
  abstain?: boolean;
  orFacts?: string[];
}

/** A matcher's view of one question: its top entry, the score a threshold applies to, and whether it may answer at all. */
interface Verdict extends Guess {
  /** Answers whatever the threshold (the project's exact-example rule). */
  always?: boolean;
  /** May not answer at any threshold (the project's defining-concept rule). */
  never?: boolean;
}

interface Matcher {
  name: string;
  buildMs: number;
  run(text: string): Verdict;
  /** Its own fitted threshold, when it has one (the project's, from `npm run fit`). */
  threshold?: number;
}

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const FIT_SETTINGS = JSON.parse(readFileSync(root('test/tools/fit/settings.json'), 'utf8')) as { targets: { maxWrongRate: number; maxDeclineAnswered: number }; calibrationFiles?: string[] };
const MAX_WRONG = FIT_SETTINGS.targets.maxWrongRate;
const MAX_DECLINES_ANSWERED = FIT_SETTINGS.targets.maxDeclineAnswered;
const ROUNDS = 3;

function load(file: string): Case[] {
  return readFileSync(root(file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
}

function projectMatcher(kb: KnowledgeBase): Matcher {
  const started = performance.now();
  const index = buildSearchIndex(kb);
  const buildMs = performance.now() - started;
  return {
    name: 'project matcher',
    buildMs,
    threshold: index.weights.thresholds.answer,
    run(text) {
      if (guardInput(text) !== 'ok') return { entryId: null, score: 0, never: true };
      const analysis = analyze(withoutPersonalDetails(text), index.lexicon);
      if (analysis.terms.length === 0) return { entryId: null, score: 0, never: true };
      const offTopicId = matchOffTopic(index, analysis);
      const candidates = rankEntries(index, analysis, 5, { offTopic: offTopicId !== undefined });
      const d = decide(candidates, index.weights, offTopicId);
      const top = candidates[0];
      if (!top) return { entryId: null, score: 0, never: true };
      return { entryId: top.entryId, score: d.confidence, always: answersWhatever(candidates), never: !anchored(top) };
    },
  };
}

function timedBaseline(make: () => { name: string; guess(text: string): Guess }): Matcher {
  const started = performance.now();
  const b = make();
  const buildMs = performance.now() - started;
  return { name: b.name, buildMs, run: (text) => (guardInput(text) === 'ok' ? b.guess(text) : { entryId: null, score: 0, never: true }) };
}

/** Whether answering `entryId` to this case would score correct (for declines: a signpost that counts). */
function makeJudge(kb: KnowledgeBase) {
  const cache = new Map<string, string>();
  const bodyOf = (entryId: string, text: string) => {
    const nations = analyze(text, { synonyms: new Map() }).nations;
    const key = `${entryId}|${nations.join(',')}`;
    let body = cache.get(key);
    if (body === undefined) {
      const reply = answerReply(kb, kb.byId.get(entryId)!, 1, nations);
      const plain = toPlainText(reply);
      body = plain.length > 4000 ? '' : `${reply.title ?? ''}\n${plain}`;
      cache.set(key, body);
    }
    return body;
  };
  return (c: Case, entryId: string) => {
    const facts = c.abstain ? c.orFacts : c.facts ?? [];
    if (!facts) return false;
    const body = bodyOf(entryId, c.q);
    return body !== '' && facts.every((f) => new RegExp(f, 'i').test(body));
  };
}

interface Scored {
  accuracy: number;
  abstain: number;
  wrong: number;
  wrongRate: number;
  inScope: number;
  declines: number;
}

function score(cases: Case[], verdicts: Verdict[], threshold: number, judge: (c: Case, e: string) => boolean): Scored {
  let inScope = 0, correct = 0, wrong = 0, declines = 0, declined = 0;
  cases.forEach((c, i) => {
    const v = verdicts[i];
    const answers = Boolean(v.entryId) && !v.never && (v.always || v.score >= threshold);
    if (c.abstain) {
      declines++;
      if (!answers || judge(c, v.entryId!)) declined++;
      return;
    }
    inScope++;
    if (answers && judge(c, v.entryId!)) correct++;
    else if (answers) wrong++;
  });
  return { accuracy: correct / Math.max(1, inScope), abstain: declined / Math.max(1, declines), wrong, wrongRate: wrong / Math.max(1, inScope), inScope, declines };
}

/** The project's rule: the lowest threshold keeping calibration answered-but-wrong and answered declines within target. */
function fitThreshold(cases: Case[], verdicts: Verdict[], judge: (c: Case, e: string) => boolean): number {
  const candidates = [...new Set(verdicts.map((v) => v.score))].sort((a, b) => a - b);
  for (const t of candidates) {
    const s = score(cases, verdicts, t, judge);
    if (s.wrongRate <= MAX_WRONG && 1 - s.abstain <= MAX_DECLINES_ANSWERED) return t;
  }
  return Infinity;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function main() {
  const args = readCommandLine(BENCH);
  if (!args) return;
  const { json } = args.flags;
  const { kb } = loadKnowledge(root('knowledge'));
  if (!kb) throw new Error('the knowledge does not load');
  // The questions thresholds are fitted on: the project's blind calibration file (never tuned on).
  const fitOn = (FIT_SETTINGS.calibrationFiles ?? ['test/fixtures/question-bank/dev.jsonl']).flatMap(load);
  const test = load('test/fixtures/question-bank/test.jsonl');
  const judge = makeJudge(kb);
  const matchers = [projectMatcher(kb), timedBaseline(() => miniSearchBaseline(kb)), timedBaseline(() => bayesBaseline(kb))];

  // Warm-up, untimed: the engine compiles each hot path before it is measured.
  for (const m of matchers) for (const c of fitOn.slice(0, 200)) m.run(c.q);
  const fitVerdicts = matchers.map((m) => fitOn.map((c) => m.run(c.q)));
  // The project's threshold was fitted on these by `npm run fit` (out of fold); each baseline's is
  // fitted here on them by the same rule.
  const thresholds = matchers.map((m, k) => m.threshold ?? fitThreshold(fitOn, fitVerdicts[k], judge));

  const times: number[][] = matchers.map(() => []);
  let testVerdicts: Verdict[][] = matchers.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const verdicts: Verdict[][] = matchers.map(() => []);
    test.forEach((c, i) => {
      for (let j = 0; j < matchers.length; j++) {
        const k = (i + j + round) % matchers.length;
        const started = performance.now();
        const v = matchers[k].run(c.q);
        times[k].push(performance.now() - started);
        verdicts[k][i] = v;
      }
    });
    testVerdicts = verdicts;
  }

  const rows = matchers.map((m, k) => {
    const s = score(test, testVerdicts[k], thresholds[k], judge);
    const sorted = [...times[k]].sort((a, b) => a - b);
    return { matcher: m.name, threshold: thresholds[k], ...s, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), buildMs: m.buildMs };
  });
  if (json) {
    process.stdout.write(JSON.stringify({ entries: kb.entries.length, calibration: fitOn.length, test: test.length, rows }, null, 2) + '\n');
    return;
  }
  console.log(`Question bank test split: ${rows[0].inScope} in-scope, ${rows[0].declines} to decline; ${kb.entries.length} entries; thresholds fitted on the blind calibration questions (${fitOn.length})`);
  console.log(`Latency: ${ROUNDS} rounds over test, matchers interleaved in rotating order, one process\n`);
  console.log('matcher                   threshold  accuracy  declined  answered-but-wrong     p50 ms   p99 ms   build ms');
  for (const r of rows) {
    console.log(
      `${r.matcher.padEnd(25)} ${(Number.isFinite(r.threshold) ? r.threshold.toFixed(3) : 'none').padStart(9)}  ${r.accuracy.toFixed(3).padStart(8)}  ${r.abstain.toFixed(3).padStart(8)}  ${`${r.wrong} (${(100 * r.wrongRate).toFixed(1)}%)`.padStart(18)}  ${r.p50Ms.toFixed(3).padStart(8)} ${r.p99Ms.toFixed(3).padStart(8)} ${r.buildMs.toFixed(1).padStart(10)}`,
    );
  }
  const [project, bm25] = rows;
  console.log(`\np99 project / BM25: ${(project.p99Ms / bm25.p99Ms).toFixed(2)}x`);
}

main();
