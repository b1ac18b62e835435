// What the guided tools keep in a conversation's state (ConversationState.flow, which they own):
// a check under way, paused or just finished, and what the last reply kept behind "More detail"
// when it was a tool's. A plain JSON value, saved through the recorder like the rest of the
// state, so a check survives a restart and works the same in every adapter. Read back from
// storage it is checked before use; anything malformed is simply no flow.
import { isCheckProgress, type CheckProgress } from './checks/check-progress.js';

/** The dates a reply worked out, enough to work them out again for "More detail". */
export interface DatesShown {
  event: string;
  /** The date counted from (YYYY-MM-DD). */
  date: string;
  /** The knowledge entry answered alongside the dates, if any. */
  entry?: string;
  /** The answer came first and the dates after it (a rough date is context, not the point). */
  answerFirst?: boolean;
}

export interface ToolFlow {
  /** A guided check under way, paused, or finished (kept so "start again" knows which). */
  check?: CheckProgress;
  /** Set only by the turn whose reply worked out dates; the next turn clears it. */
  dates?: DatesShown;
  /**
   * The latest event and date the asker gave in this thread, shown or not; kept from turn to turn
   * until another replaces it, so a later question of time can be counted from it.
   */
  given?: DatesShown;
  /** Set only by the turn whose reply was a check's verdict: "more" shows the answers given. */
  verdict?: boolean;
}

export function asToolFlow(raw: unknown): ToolFlow | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const flow: ToolFlow = {};
  if (isCheckProgress(r.check)) flow.check = r.check;
  const d = r.dates as Partial<DatesShown> | undefined;
  if (d && typeof d.event === 'string' && typeof d.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.date)) {
    flow.dates = { event: d.event, date: d.date, ...(typeof d.entry === 'string' ? { entry: d.entry } : {}), ...(d.answerFirst === true ? { answerFirst: true } : {}) };
  }
  const g = r.given as Partial<DatesShown> | undefined;
  if (g && typeof g.event === 'string' && typeof g.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(g.date)) flow.given = { event: g.event, date: g.date };
  if (r.verdict === true && flow.check?.finished) flow.verdict = true;
  return flow.check || flow.dates || flow.given ? flow : undefined;
}

/** A check that is waiting for the person's choice (not paused by a question, not finished). */
export function activeCheck(flow: ToolFlow | undefined): CheckProgress | undefined {
  const check = flow?.check;
  return check && !check.paused && !check.finished ? check : undefined;
}

/** The flow a later turn inherits: the check and the date given carry on; what the last reply showed does not. */
export function carriedFlow(flow: ToolFlow | undefined): ToolFlow | undefined {
  if (!flow?.check && !flow?.given) return undefined;
  return { ...(flow.check ? { check: flow.check } : {}), ...(flow.given ? { given: flow.given } : {}) };
}
