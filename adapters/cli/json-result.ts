// The stable JSON shape of `npm run ask -- --json`, used by scripts and the question-set scorer.
import { toPlainText, type Explained, type Reply } from '../../src/index.js';

export interface JsonResult {
  status: 'answered' | 'clarify' | 'fallback';
  entryId: string | null;
  title: string | null;
  confidence: number | null;
  text: string;
  sources: { title: string; url: string }[];
  followUps: { label: string; entryId: string }[];
  /** On a reply that answers two readings of the question, each in short: their entry ids. */
  readings?: string[];
  /** "smalltalk" for thanks, ok, greetings: status stays "fallback", so generic scorers count it as not an answer. */
  kind?: 'smalltalk';
}

export function toJsonResult(reply: Reply): JsonResult {
  // A clarify reply that gives each reading's short answer answers the question either way; a
  // bare "which did you mean?" does not.
  const status = reply.kind === 'answer' || reply.readings?.length ? 'answered' : reply.kind === 'clarify' ? 'clarify' : 'fallback';
  return {
    status,
    entryId: reply.entryId ?? null,
    title: reply.title ?? null,
    confidence: reply.confidence ?? null,
    text: toPlainText(reply),
    sources: reply.sources.map((s) => ({ title: s.title, url: s.url })),
    followUps: reply.followUps.map((f) => ({ label: f.label, entryId: f.entryId })),
    ...(reply.readings?.length ? { readings: [...reply.readings] } : {}),
    ...(reply.smallTalk ? { kind: 'smalltalk' as const } : {}),
  };
}

/** The top-ranked entry whether or not it was answered (`ask --candidate`, for the risk-coverage table). */
export interface CandidateJson {
  entryId: string | null;
  /** Calibrated probability that this entry is the right answer. */
  confidence: number;
  /** Whether the decision rules allow it to answer at some threshold (it carries a defining concept). */
  eligible: boolean;
  /** Answered whatever the threshold (worded exactly like one of its examples). */
  always: boolean;
  title: string | null;
  text: string;
}

export function candidateJson(x: Explained): CandidateJson {
  const reply = x.topAnswer;
  return {
    entryId: reply?.entryId ?? null,
    confidence: x.confidence ?? 0,
    eligible: x.topEligible ?? false,
    always: x.topAlways ?? false,
    title: reply?.title ?? null,
    text: reply ? toPlainText(reply) : '',
  };
}
