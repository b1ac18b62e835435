// `npm run fit`: fits the matcher and writes src/nlp/weights.generated.json. Procedure and
// reasoning in src/nlp/FITTING.md. Deterministic: same knowledge and question files, same weights.
//   npm run fit [-- --dry-run]   (--dry-run prints the results without writing the file)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { EXACT, extractFeatures, FEATURES, type CandidateFeatures } from '../../../src/nlp/features.js';
import { stem } from '../../../src/nlp/natural.js';
import { matchOffTopic } from '../../../src/nlp/rank.js';
import { calibrationInputs } from '../../../src/nlp/score.js';
import { buildSearchIndex, type SearchIndex } from '../../../src/nlp/search-index.js';
import { WEIGHTS, type Weights } from '../../../src/nlp/weights.js';
import { dot, fitListwise, fitLogistic, type ListRow } from './optimise.js';
import { devQuestions, exampleQuestions, factsStated, readQuestionFile, type TrainingQuestion } from './training-set.js';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const settingsFile = process.argv.find((a) => a.startsWith('--settings='))?.slice(11) ?? 'test/tools/fit/settings.json';
const settings = JSON.parse(readFileSync(root(settingsFile), 'utf8')) as FitSettings;
const dryRun = process.argv.includes('--dry-run');

interface FitSettings {
  knowledgeDir: string;
  devFiles: string[];
  /** Blind-written questions the knowledge is never shaped on (nobody reads their misses): the
   *  confidence learns from them and the threshold is read from their out-of-fold curve. */
  calibrationFiles?: string[];
  declineOrFacts: Record<string, string[]>;
  everydayWords: string;
  /** English places, never learned as words to decline (see the file's own note). */
  placeNames?: string;
  /** The words of common pub names, never learned as words to decline either. */
  pubNames?: string;
  folds: number;
  /** Weight of a dev or calibration question against one left-out example in the ranking fit. */
  devWeight: number;
  rank: { iterations: number; learningRate: number; l2: number };
  calibration: { iterations: number; learningRate: number; l2: number; topFeatures: string[]; on: 'dev' | 'all'; exampleWeight?: number; blindWeight?: number; declineWeights?: number[] };
  /** `on`: which questions' out-of-fold curve the threshold is read from. */
  targets: { maxWrongRate: number; maxDeclineAnswered: number; on?: 'dev' | 'calibration' };
  clarify: { minPrecision: number; maxDeclineShare: number };
  nearest: number;
  askedSentenceFloor: number;
  genericAskFloor: number;
  askedSentenceNear: number;
  learnedGeneric: { minDeclines: number; ratio: number };
  /** Dev questions that at least this share of entries would answer correctly are not fitted on. */
  looseLabels: { maxRightShare: number };
  anchors: { maxEntryShare: number; topicConcentration: number };
  index: Weights['index'];
}

interface Outcome {
  q: TrainingQuestion;
  conf: number;
  anchored: boolean;
  exact: boolean;
  topRight: boolean;
  top2Right: boolean;
  /** Either of the top two states the facts in its short reading (what a clarify reply gives). */
  top2ShortRight: boolean;
  top2Anchored: boolean;
  mass2: number;
  top?: string;
  /** Entry ids best first (the first five), and the rank of the first right one (-1: none). */
  order: string[];
  rightRank: number;
  offTopic: boolean;
  calib: Record<string, number>;
}

const t0 = performance.now();
const { kb, problems } = loadKnowledge(root(settings.knowledgeDir));
if (!kb) throw new Error(`the knowledge has errors: ${JSON.stringify(problems.filter((p) => p.severity === 'error'))}`);
/** A word list's lines, without comments and blank lines. */
const listLines = (file: string) => readFileSync(root(file), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
const seed = listLines(settings.everydayWords).map(stem);
// The words of names (places, pubs), never learned as words to decline: see each file's note.
const nameWords = (file?: string) => (file ? listLines(file).flatMap((l) => l.toLowerCase().replace(/'s\b/g, '').split(/\s+/)).filter((w) => w !== 'and').map(stem) : []);
const neverDeclineWords = new Set([...nameWords(settings.placeNames), ...nameWords(settings.pubNames)]);
const base: Weights = { ...WEIGHTS, features: [...FEATURES], index: settings.index, anchors: { ...settings.anchors, generic: [...new Set(seed)].sort() } };
let index = buildSearchIndex(kb, [], base);
const devLines = settings.devFiles.flatMap((f) => readQuestionFile(root(f), settings.declineOrFacts[f]));
// A dev question whose expected facts nearly every answer states ("not|no", "check", "legal
// advice", which every answer's footer carries) says nothing about which entry is right: it is
// scored in every report, but left out of fitting, so it neither teaches the ranking nor makes
// the confidence look better than it is.
const calibrationLines = (settings.calibrationFiles ?? []).flatMap((f) => readQuestionFile(root(f), settings.declineOrFacts[f]));
const allDev = [...devQuestions(kb, index, devLines), ...devQuestions(kb, index, calibrationLines, 'calibration')];
const looseLimit = settings.looseLabels.maxRightShare * kb.entries.length;
const loose = allDev.filter((q) => !q.decline && q.correct.size >= looseLimit);
const questions = [...exampleQuestions(index), ...allDev.filter((q) => !loose.includes(q))];

const fold = (q: TrainingQuestion) => hash(q.id) % settings.folds;

// Words learned from the data: seen in several questions to decline and markedly more common there
// than in questions to answer ("ticket", "ebay", "gazumped"). They join the everyday words (never
// an anchor alone) and feed the question-level declineWords feature. Learned per fold, so no
// question's own words shape the features it is scored on out of fold.
function learnWords(qs: TrainingQuestion[]): string[] {
  const count = (group: TrainingQuestion[]) => {
    const m = new Map<string, number>();
    for (const q of group) for (const t of new Set(q.analysis.terms)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const declines = qs.filter((q) => q.decline);
  const answers = qs.filter((q) => !q.decline);
  const inDeclines = count(declines);
  const inAnswers = count(answers);
  const out: string[] = [];
  for (const [t, d] of inDeclines) {
    if (neverDeclineWords.has(t)) continue;
    if (d >= settings.learnedGeneric.minDeclines && d / declines.length >= (settings.learnedGeneric.ratio * (inAnswers.get(t) ?? 0)) / answers.length) out.push(t);
  }
  return out.sort();
}
const weightsWith = (learned: string[]): Weights => ({
  ...base,
  anchors: { ...base.anchors, generic: [...new Set([...base.anchors.generic, ...learned])].sort() },
  declineWords: learned,
});
const foldIndexes = Array.from({ length: settings.folds }, (_, k) => buildSearchIndex(kb, [], weightsWith(learnWords(questions.filter((q) => fold(q) !== k)))));
const weights = weightsWith(learnWords(questions));
index = buildSearchIndex(kb, [], weights);

const features = questions.map((q) => {
  const ix = foldIndexes[fold(q)];
  return extractFeatures(ix, q.analysis, matchOffTopic(ix, q.analysis) !== undefined, q.leaveOut);
});
if (process.env.FIT_TIMING) console.error(`features extracted in ${Math.round(performance.now() - t0)} ms`);
const rows: ListRow[] = questions.map((q, n) => {
  const right = features[n].flatMap((c, i) => (q.correct.has(c.ie.entry.id) ? [i] : []));
  return { xs: features[n].map((c) => c.x), right, noneRight: q.decline || right.length === 0, weight: q.source === 'example' ? 1 : settings.devWeight };
});

const exportTo = process.argv.find((a) => a.startsWith('--export='))?.slice(9);
if (exportTo) {
  // The fitting data itself (features of every candidate of every question), for offline study.
  // Blind calibration questions stay unread: they are not exported.
  const data = questions.flatMap((q, n) => (q.source === 'calibration' ? [] : [{
    id: q.id, source: q.source, fold: fold(q), decline: q.decline, text: q.text, terms: q.analysis.terms, focusTerms: focusOf(q.text), normalised: q.analysis.normalised, leaveOut: q.leaveOut,
    right: rows[n].right, weight: rows[n].weight,
    cands: features[n].map((c) => ({ id: c.ie.entry.id, topic: c.ie.entry.topic, pos: c.ie.position, anchor: c.anchor.level, pattern: c.patternHit, cos: c.bestCosine, x: [...c.x].map((v) => Math.round(v * 1e5) / 1e5) })),
  }]));
  const entries = index.entries.map((ie) => ({ id: ie.entry.id, topic: ie.entry.topic, title: ie.entry.title, examples: ie.examples.map((e) => ({ text: e.text, terms: e.termList })), keywords: ie.keywords.map((k) => k.terms), body: [...ie.bodyTf] }));
  writeFileSync(exportTo, JSON.stringify({ features: FEATURES, settings, questions: data, entries, idf: [...index.idf] }));
  if (process.argv.includes('--export-only')) process.exit(0);
}
// Out-of-fold rankings: each question scored by weights fitted without its fold.
const outcomes: Outcome[] = new Array(questions.length);
for (let k = 0; k < settings.folds; k++) {
  const w = fitListwise(rows.filter((_, n) => fold(questions[n]) !== k), FEATURES.length, settings.rank);
  questions.forEach((q, n) => {
    if (fold(q) === k) outcomes[n] = outcome(q, features[n], w);
  });
}
const calibInputs = ['bias', 'logitShare', 'lead', 'anchorEntry', 'anchorTopic', 'siblingRunnerUp', 'rivals', ...settings.calibration.topFeatures.map((f) => `top.${f}`)];
// The calibration is itself cross-fitted, so the curve the threshold is read from is out of fold
// for both stages. It learns from the dev and calibration questions (`on: "all"` adds the
// left-out examples at `exampleWeight`: fair stand-ins for unseen wordings of an entry, but
// easier than what people type, so they make it over-confident).
// Blind calibration questions carry what the dev questions cannot: the knowledge was shaped on
// dev, so there the top entry is almost always right and the confidence learns little beyond
// "in scope or not"; on blind questions the top entry is wrong as often as it is for users.
const calibrationPool = (o: Outcome) => settings.calibration.on === 'all' || o.q.source !== 'example';
// Questions to decline are weighted by `declineWeight`, chosen below: they are easy to tell from
// questions in scope (AUROC about 0.97), while telling a right top entry from a wrong one is what
// limits accuracy. At full weight they pull the model towards "in scope or not"; at a lower one it
// spends more of itself on right-or-wrong, as long as the declines' own target still holds.
const calibrationWeight = (o: Outcome, declineWeight: number) =>
  (o.q.source === 'dev' ? 1 : o.q.source === 'calibration' ? settings.calibration.blindWeight ?? 1 : settings.calibration.exampleWeight ?? 1) * (o.q.decline ? declineWeight : 1);
const calibRow = (o: Outcome) => Float64Array.from(calibInputs.map((c) => o.calib[c] ?? 0));
const fitCalibration = (os: Outcome[], declineWeight: number) =>
  fitLogistic(os.map(calibRow), os.map((o) => (o.topRight ? 1 : 0)), calibInputs.length, settings.calibration, os.map((o) => calibrationWeight(o, declineWeight)));
const crossFit = (declineWeight: number) => {
  for (let k = 0; k < settings.folds; k++) {
    const w = fitCalibration(outcomes.filter((o) => calibrationPool(o) && fold(o.q) !== k), declineWeight);
    for (const o of outcomes) if (fold(o.q) === k) o.conf = sigmoid(dot(w, calibRow(o)));
  }
};

// The answer threshold: the lowest that keeps answered-but-wrong and answered declines within
// target on the blind calibration questions (or on dev, when the settings say so).
const dev = outcomes.filter((o) => o.q.source === 'dev');
const blind = outcomes.filter((o) => o.q.source === 'calibration');
const thresholdOn = settings.targets.on === 'calibration' && blind.length ? blind : dev;
const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
// A clarify reply gives both readings' short answers, so it counts as an answer on the curve: right
// when either reading is, wrong when neither is. For each answer threshold the clarify level is the
// one that answers most within the targets, among levels where offering both is usually right.
const within = (m: ReturnType<typeof measure>) => m.wrongRate <= settings.targets.maxWrongRate && m.declineAnswered <= settings.targets.maxDeclineAnswered;
function operatingPoint() {
  const curve = grid.map((t) => {
    const options = clarifyLevels(thresholdOn, t).map((mass) => ({ t, mass, ...measure(thresholdOn, t, mass) }));
    return options.filter(within).sort((a, b) => b.accuracy - a.accuracy || b.mass - a.mass)[0] ?? options[options.length - 1];
  });
  const chosen = curve.filter(within).sort((a, b) => b.accuracy - a.accuracy || a.t - b.t)[0] ?? curve[curve.length - 1];
  return { curve, chosen };
}
// The decline weight is the one whose out-of-fold operating point is most accurate within the
// targets (the first listed wins a tie).
const declineWeightTried = (settings.calibration.declineWeights ?? [1]).map((weight) => {
  crossFit(weight);
  return { weight, ...operatingPoint() };
});
const best = [...declineWeightTried].sort((a, b) => Number(within(b.chosen)) - Number(within(a.chosen)) || b.chosen.accuracy - a.chosen.accuracy)[0];
const declineWeight = best.weight;
crossFit(declineWeight);
const { curve, chosen } = operatingPoint();
const calibration = fitCalibration(outcomes.filter(calibrationPool), declineWeight);
const clarifyMass = chosen.mass;
const rank = fitListwise(rows, FEATURES.length, settings.rank);

const result: Weights = {
  features: [...FEATURES],
  rank,
  calibration: { inputs: calibInputs, w: calibration },
  thresholds: { answer: chosen.t, clarifyMass, nearest: settings.nearest, askedSentenceFloor: settings.askedSentenceFloor, genericAskFloor: settings.genericAskFloor, askedSentenceNear: settings.askedSentenceNear },
  anchors: weights.anchors,
  declineWords: weights.declineWords,
  index: settings.index,
  fittedOn: {
    entries: kb.entries.length,
    exampleQuestions: questions.filter((q) => q.source === 'example').length,
    devQuestions: dev.length,
    devDeclines: dev.filter((o) => o.q.decline).length,
    devLeftOutAsLoose: loose.length,
    devFiles: settings.devFiles,
    calibrationQuestions: blind.length,
    calibrationFiles: settings.calibrationFiles ?? [],
    declineWeight,
    thresholdReadFrom: thresholdOn === blind ? 'calibration' : 'dev',
    outOfFoldAtThreshold: round(chosen),
    outOfFoldDevAtThreshold: round(measure(dev, chosen.t, clarifyMass)),
  },
};
console.log(`risk-coverage on ${thresholdOn === blind ? 'the blind calibration questions' : 'dev'} (out-of-fold): threshold, answered share of in-scope, accuracy when answered, answered-but-wrong rate, declines answered`);
for (const c of curve.filter((c) => Math.round(c.t * 100) % 5 === 0 || c === chosen)) {
  console.log(`  ${c.t.toFixed(2)}  answered ${pct(c.coverage)}  right-when-answered ${pct(c.precision)}  wrong ${pct(c.wrongRate)}  declines answered ${pct(c.declineAnswered)}  (two readings ${pct(c.twoReadings)}, clarify mass ${c.mass})${c === chosen ? '   <- chosen' : ''}`);
}
if (thresholdOn === blind) {
  const d = measure(dev, chosen.t, clarifyMass);
  console.log(`  dev at the same threshold: answered ${pct(d.coverage)}, right-when-answered ${pct(d.precision)}, wrong ${pct(d.wrongRate)}, declines answered ${pct(d.declineAnswered)}`);
}
console.log(`chosen threshold ${chosen.t}: accuracy ${pct(chosen.accuracy)}, answered-but-wrong ${pct(chosen.wrongRate)}, declined ${pct(1 - chosen.declineAnswered)}; clarify mass ${clarifyMass}`);
console.log(`weights: ${FEATURES.map((f, i) => `${f} ${rank[i].toFixed(2)}`).join(', ')}`);
console.log(`calibration (questions to decline weighted ${declineWeight}; tried ${declineWeightTried.map((d) => `${d.weight}: ${pct(d.chosen.accuracy)}`).join(', ')}): ${calibInputs.map((f, i) => `${f} ${calibration[i].toFixed(2)}`).join(', ')}`);
console.log(`generic words (${result.anchors.generic.length}): ${result.anchors.generic.join(' ')}`);
console.log(`${questions.length} questions (${loose.length} dev questions left out as loose labels), ${Math.round(performance.now() - t0)} ms`);
if (process.argv.includes('--diagnose')) {
  const diagnosed = thresholdOn;
  const which = diagnosed === blind ? 'calibration' : 'dev';
  const inScope = diagnosed.filter((o) => !o.q.decline && o.top);
  const auroc = (score: (o: Outcome) => number, pos: (o: Outcome) => boolean, os: Outcome[]) => {
    const p = os.filter(pos).map(score);
    const n = os.filter((o) => !pos(o)).map(score);
    let s = 0;
    for (const a of p) for (const b of n) s += a > b ? 1 : a === b ? 0.5 : 0;
    return s / Math.max(1, p.length * n.length);
  };
  const off = diagnosed.filter((o) => o.calib['top.offTopic'] === 1);
  console.log(`${which} questions naming an off-topic need: ${off.length}; in-scope ${off.filter((o) => !o.q.decline).length} (top right ${off.filter((o) => !o.q.decline && o.topRight).length}), declines ${off.filter((o) => o.q.decline).length}`);
  console.log(`${which} in-scope with a right entry among candidates: ${inScope.filter((o) => o.q.correct.size).length}/${inScope.length}; top right ${inScope.filter((o) => o.topRight).length}; top-2 right ${inScope.filter((o) => o.top2Right).length}`);
  console.log(`AUROCs below are on the ${which} questions, out of fold`);
  for (const name of [...calibInputs, 'conf']) {
    const f = (o: Outcome) => (name === 'conf' ? o.conf : o.calib[name] ?? 0);
    console.log(`  AUROC right-vs-wrong (in-scope) ${name}: ${auroc(f, (o) => o.topRight, inScope).toFixed(3)}; in-scope-vs-decline: ${auroc(f, (o) => !o.q.decline, diagnosed.filter((o) => o.top)).toFixed(3)}`);
  }
}
if (process.argv.includes('--misses')) {
  const missesAt = Number(process.argv.find((a) => a.startsWith('--misses-at='))?.slice(12) ?? chosen.t);
  for (const o of dev.filter((o) => (!o.q.decline && !o.topRight) || (o.q.decline && !o.offTopic && o.anchored && o.conf >= missesAt && !o.topRight))) {
    const stated = o.top && o.q.facts ? `${factsStated(kb!, o.top, o.q.facts, o.q.analysis)}/${o.q.facts.length}` : '';
    console.log(`${o.q.decline ? 'DECLINE' : 'MISS   '} ${stated} ${o.conf.toFixed(2)} ${o.anchored ? 'A' : '-'} top=${o.top} right=[${[...o.q.correct].slice(0, 4).join(' ')}${o.q.correct.size > 4 ? ` +${o.q.correct.size - 4}` : ''}] "${o.q.text.slice(0, 110)}"`);
  }
}
const dumpTo = process.argv.find((a) => a.startsWith('--dump='))?.slice(7);
if (dumpTo) {
  // Every dev outcome, out of fold, for error analysis (never includes the test split).
  // Blind calibration questions stay unread: they are not dumped.
  const rows = outcomes.filter((o) => o.q.source !== 'calibration').map((o) => ({ source: o.q.source, fold: fold(o.q), calib: o.calib, id: o.q.id, q: o.q.text, facts: o.q.facts, decline: o.q.decline, conf: o.conf, anchored: o.anchored, exact: o.exact, offTopic: o.offTopic, topRight: o.topRight, rightRank: o.rightRank, order: o.order, right: [...o.q.correct], stated: o.top && o.q.facts ? factsStated(kb!, o.top, o.q.facts, o.q.analysis) : 0 }));
  writeFileSync(dumpTo, JSON.stringify({ threshold: chosen.t, rows }, null, 1));
}
if (!dryRun) writeFileSync(root('src/nlp/weights.generated.json'), JSON.stringify(result, null, 2) + '\n');

function outcome(q: TrainingQuestion, cands: CandidateFeatures[], w: number[]): Outcome {
  const raws = cands.map((c) => dot(w, c.x));
  const order = raws.map((_, i) => i).sort((a, b) => raws[b] - raws[a] || cands[a].ie.position - cands[b].ie.position);
  // As rankEntries does: a question worded exactly like an entry's example is that entry's.
  const exactAt = order.findIndex((i) => cands[i].verbatim) >= 0 ? order.findIndex((i) => cands[i].verbatim) : order.findIndex((i) => cands[i].exactAsked);
  if (exactAt > 0) order.unshift(...order.splice(exactAt, 1));
  const top = Math.max(0, ...raws);
  const z = raws.reduce((a, r) => a + Math.exp(r - top), Math.exp(-top));
  const ranked = order.map((i) => ({ raw: raws[i], share: Math.exp(raws[i] - top) / z, anchorLevel: cands[i].anchor.level, topic: cands[i].ie.entry.topic, parts: partsOf(cands[i]), c: cands[i] }));
  const [first, second] = ranked;
  const anchoredOf = (r?: (typeof ranked)[number]) => Boolean(r && (r.anchorLevel > 0 || r.c.patternHit || r.c.bestCosine >= EXACT));
  const rightOf = (r?: (typeof ranked)[number]) => Boolean(r && q.correct.has(r.c.ie.entry.id));
  return {
    q,
    conf: 0,
    anchored: anchoredOf(first),
    exact: ranked.some((r) => r.c.exactAsked),
    topRight: rightOf(first),
    top2Right: rightOf(first) || rightOf(second),
    top2ShortRight: [first, second].some((r) => Boolean(r && q.shortCorrect.has(r.c.ie.entry.id))),
    top2Anchored: anchoredOf(first) && anchoredOf(second),
    mass2: (first?.share ?? 0) + (second?.share ?? 0),
    top: first?.c.ie.entry.id,
    order: ranked.slice(0, 5).map((r) => r.c.ie.entry.id),
    rightRank: ranked.findIndex((r) => q.correct.has(r.c.ie.entry.id)),
    offTopic: Boolean(first && first.c.x[FEATURES.indexOf('offTopic')] === 1),
    calib: calibrationInputs(ranked),
  };
}

function focusOf(text: string): string[] | null {
  const parts = text.split(/(?<=[.?!])\s+|\n+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const asked = parts.filter((p) => p.includes('?'));
  const focus = asked.length ? asked[asked.length - 1] : parts[parts.length - 1];
  return analyze(focus, index.lexicon).terms;
}

function partsOf(c: CandidateFeatures): Record<string, number> {
  return Object.fromEntries(FEATURES.map((f, i) => [f, c.x[i]]));
}

function measure(os: Outcome[], t: number, mass: number) {
  const inScope = os.filter((o) => !o.q.decline);
  // Declines a signpost catches never reach the threshold, so they say nothing about it: counted
  // in, every signpost added would loosen the threshold for the questions no signpost names.
  const decl = os.filter((o) => o.q.decline && !o.offTopic);
  const single = (o: Outcome) => singleAnswer(o, t);
  const both = (o: Outcome) => !single(o) && twoReadings(o, mass);
  const answered = (o: Outcome) => single(o) || both(o);
  const rightOf = (o: Outcome) => (single(o) ? o.topRight : o.top2ShortRight);
  const ans = inScope.filter(answered);
  const right = ans.filter(rightOf).length;
  const declineAnswered = decl.filter((o) => answered(o) && !rightOf(o)).length;
  return {
    coverage: ans.length / Math.max(1, inScope.length),
    precision: right / Math.max(1, ans.length),
    accuracy: right / Math.max(1, inScope.length),
    wrongRate: (ans.length - right) / Math.max(1, inScope.length),
    declineAnswered: declineAnswered / Math.max(1, decl.length),
    twoReadings: inScope.filter(both).length / Math.max(1, inScope.length),
  };
}

/** As decide.ts: the top entry answers alone. */
function singleAnswer(o: Outcome, t: number): boolean {
  return o.exact || (!o.offTopic && o.anchored && o.conf >= t);
}

/** As decide.ts: the top two are both allowed to answer and hold `mass` of the belief between them. */
function twoReadings(o: Outcome, mass: number): boolean {
  return !o.offTopic && o.top2Anchored && o.mass2 >= mass;
}

/** Joint shares of the top two at which offering both is usually right and rarely shown on
 *  declines (settings.clarify), lowest first; 1 (never) is always among them. */
function clarifyLevels(os: Outcome[], t: number): number[] {
  const open = os.filter((o) => !singleAnswer(o, t) && twoReadings(o, 0));
  const declinesTotal = os.filter((o) => o.q.decline).length;
  const levels = grid.filter((m) => {
    const shown = open.filter((o) => o.mass2 >= m);
    if (shown.length === 0) return false;
    const precision = shown.filter((o) => !o.q.decline && o.top2ShortRight).length / shown.length;
    const declines = shown.filter((o) => o.q.decline).length / Math.max(1, declinesTotal);
    return precision >= settings.clarify.minPrecision && declines <= settings.clarify.maxDeclineShare;
  });
  return [...levels, 1];
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function sigmoid(x: number) {
  return 1 / (1 + Math.exp(-x));
}

function pct(x: number) {
  return `${(100 * x).toFixed(1)}%`;
}

function round(o: Record<string, number>) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
}
void analyze;
void ({} as SearchIndex);
