// Scores a question file the way the project's shared scorer (../shared/eval/run-eval.mjs) does,
// and adds what staff need to judge a change: answered-but-wrong, clarify, a per-topic breakdown
// and a risk-coverage table. Pure: takes the question lines and the JSON lines `ask` printed.
import { RENDERED_REPLY_MAX } from '../../src/kb/check-rendered-length.js';

export interface EvalCase {
  id: string;
  q: string;
  facts?: string[];
  abstain?: boolean;
  orFacts?: string[];
  topic?: string;
}

export interface AskLine {
  status: string;
  title?: string | null;
  text?: string | null;
  /** Set when the reply gave two readings of the question, each in short. */
  readings?: string[];
  candidate?: { entryId: string | null; confidence: number; eligible: boolean; always: boolean; title: string | null; text: string };
}

export interface TopicRow {
  topic: string;
  inScope: number;
  correct: number;
  wrong: number;
  declines: number;
  declined: number;
}

export interface CoverageRow {
  threshold: number;
  /** Share of in-scope questions answered at this threshold. */
  answered: number;
  /** Accuracy among the in-scope questions answered. */
  accuracyAnswered: number;
  /** In-scope questions answered wrongly, over all in-scope questions. */
  wrongRate: number;
  /** Questions to decline that would be answered (and not by a signpost that counts). */
  declineAnswered: number;
}

export interface EvalReport {
  inScope: number;
  correct: number;
  wrong: number;
  clarify: number;
  /** In-scope questions answered with two readings, and how many of those were right. */
  twoReadings: number;
  twoReadingsRight: number;
  declines: number;
  declined: number;
  accuracy: number;
  abstain: number;
  wrongRate: number;
  meanAnswerChars: number;
  failures: string[];
  topics: TopicRow[];
  coverage: CoverageRow[];
}

/** The scorer's rule: answered, every fact matches title + text, text at most 4,000 characters. */
function passes(status: string, title: string | null | undefined, text: string | null | undefined, facts: string[]): boolean {
  const body = `${title ?? ''}\n${text ?? ''}`;
  return status === 'answered' && facts.every((f) => new RegExp(f, 'i').test(body)) && (text ?? '').length <= RENDERED_REPLY_MAX;
}

export function topicOf(c: EvalCase): string {
  return c.topic ?? c.id.replace(/-?\d+$/, '');
}

/** `null` marks a line `ask` printed that was not valid JSON: like the shared scorer, it is reported and not counted. */
export function scoreRun(cases: EvalCase[], lines: (AskLine | null)[]): EvalReport {
  let inScope = 0, correct = 0, wrong = 0, clarify = 0, twoReadings = 0, twoReadingsRight = 0, declines = 0, declined = 0, totalLen = 0;
  const failures: string[] = [];
  const topics = new Map<string, TopicRow>();
  cases.forEach((c, i) => {
    const r = lines[i];
    if (!r) {
      failures.push(`${c.id}: unparseable output`);
      return;
    }
    const row = topics.get(topicOf(c)) ?? { topic: topicOf(c), inScope: 0, correct: 0, wrong: 0, declines: 0, declined: 0 };
    topics.set(row.topic, row);
    totalLen += (r.text ?? '').length;
    if (c.abstain) {
      declines++;
      row.declines++;
      const signposted = Boolean(c.orFacts) && passes(r.status, r.title, r.text, c.orFacts ?? []);
      if (r.status === 'fallback' || signposted) {
        declined++;
        row.declined++;
      } else failures.push(`${c.id}: should decline "${c.q}" but got ${r.status} "${r.title ?? ''}"`);
      return;
    }
    inScope++;
    row.inScope++;
    if (r.status === 'clarify') clarify++;
    if (r.readings?.length) twoReadings++;
    if (passes(r.status, r.title, r.text, c.facts ?? [])) {
      correct++;
      if (r.readings?.length) twoReadingsRight++;
      row.correct++;
    } else {
      if (r.status === 'answered') {
        wrong++;
        row.wrong++;
      }
      const missing = (c.facts ?? []).filter((f) => !new RegExp(f, 'i').test(`${r.title ?? ''}\n${r.text ?? ''}`));
      failures.push(`${c.id}: "${c.q}" -> ${r.status} "${r.title ?? ''}"${missing.length ? ` missing /${missing.join('/, /')}/` : ''}`);
    }
  });
  return {
    inScope, correct, wrong, clarify, twoReadings, twoReadingsRight, declines, declined,
    accuracy: inScope ? correct / inScope : 1,
    abstain: declines ? declined / declines : 1,
    wrongRate: inScope ? wrong / inScope : 0,
    meanAnswerChars: cases.length ? Math.round(totalLen / cases.length) : 0,
    failures,
    topics: [...topics.values()].sort((a, b) => a.topic.localeCompare(b.topic)),
    coverage: riskCoverage(cases, lines),
  };
}

/** For each threshold: what would be answered (top candidate eligible and confident enough) and how well. */
export function riskCoverage(cases: EvalCase[], lines: (AskLine | null)[], thresholds = Array.from({ length: 19 }, (_, i) => (i + 1) / 20)): CoverageRow[] {
  if (!lines.some((l) => l?.candidate)) return [];
  const inScope = cases.filter((c) => !c.abstain).length;
  const declines = cases.length - inScope;
  return thresholds.map((threshold) => {
    let answered = 0, right = 0, declineAnswered = 0;
    cases.forEach((c, i) => {
      const k = lines[i]?.candidate;
      if (!k?.entryId || !k.eligible || !(k.always || k.confidence >= threshold)) return;
      if (c.abstain) {
        if (!(c.orFacts && passes('answered', k.title, k.text, c.orFacts))) declineAnswered++;
        return;
      }
      answered++;
      if (passes('answered', k.title, k.text, c.facts ?? [])) right++;
    });
    return {
      threshold,
      answered: inScope ? answered / inScope : 0,
      accuracyAnswered: answered ? right / answered : 1,
      wrongRate: inScope ? (answered - right) / inScope : 0,
      declineAnswered: declines ? declineAnswered / declines : 0,
    };
  });
}
