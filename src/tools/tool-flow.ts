// What the guided tools keep in a conversation's state (ConversationState.flow, which they own):
// a check under way, paused or just finished, and what the last reply kept behind "More detail"
// when it was a tool's. A plain JSON value, saved through the recorder like the rest of the
// state, so a check survives a restart and works the same in every adapter. Read back from
// storage it is checked before use; anything malformed is simply no flow.
import { isCheckProgress, type CheckProgress } from './checks/check-progress.js';
import { DATE_KEY } from './deadlines/calendar-date.js';

/** The dates a reply worked out, enough to work them out again for "More detail". */
export interface DatesShown {
  event: string;
  /** The date counted from (YYYY-MM-DD), or its month (YYYY-MM) when only that was given. */
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
  /**
   * The number of units the asker gave for an entry with an amount per unit ("about 420 houses
   * in the parish"), kept until another replaces it, so "what's the most we'd get?" is worked out.
   */
  units?: UnitsGiven;
}

export interface UnitsGiven {
  entry: string;
  count: number;
}

export function asToolFlow(raw: unknown): ToolFlow | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const flow: ToolFlow = {};
  if (isCheckProgress(r.check)) flow.check = r.check;
  const d = eventDate(r.dates);
  const shown = r.dates as Partial<DatesShown>;
  if (d) flow.dates = { ...d, ...(typeof shown.entry === 'string' ? { entry: shown.entry } : {}), ...(shown.answerFirst === true ? { answerFirst: true } : {}) };
  const g = eventDate(r.given);
  if (g) flow.given = g;
  if (r.verdict === true && flow.check?.finished) flow.verdict = true;
  const u = r.units as Partial<UnitsGiven> | undefined;
  if (u && typeof u === 'object' && typeof u.entry === 'string' && Number.isSafeInteger(u.count) && u.count! > 0) flow.units = { entry: u.entry, count: u.count! };
  return flow.check || flow.dates || flow.given || flow.units ? flow : undefined;
}

/** An event id and a day (YYYY-MM-DD) or month (YYYY-MM) read back from storage, or undefined when malformed. */
function eventDate(raw: unknown): { event: string; date: string } | undefined {
  const d = raw as Partial<DatesShown> | undefined;
  return d && typeof d.event === 'string' && typeof d.date === 'string' && DATE_KEY.test(d.date) ? { event: d.event, date: d.date } : undefined;
}

/** A check that is waiting for the person's choice (not paused by a question, not finished). */
export function activeCheck(flow: ToolFlow | undefined): CheckProgress | undefined {
  const check = flow?.check;
  return check && !check.paused && !check.finished ? check : undefined;
}

/** The flow a later turn inherits: the check, the date and the units given carry on; what the last reply showed does not. */
export function carriedFlow(flow: ToolFlow | undefined): ToolFlow | undefined {
  if (!flow?.check && !flow?.given && !flow?.units) return undefined;
  return { ...(flow.check ? { check: flow.check } : {}), ...(flow.given ? { given: flow.given } : {}), ...(flow.units ? { units: flow.units } : {}) };
}
