// Where someone is in a guided check: a plain JSON value kept in the conversation state, so a
// check survives a restart and works the same in every adapter.
export interface CheckProgress {
  check: string;
  /** The step being asked now. */
  step: string;
  /** Choices so far, in order. */
  answers: { step: string; option: string }[];
  /** A question was asked mid-check; the check waits to be resumed. */
  paused?: boolean;
  /** The check reached an outcome; kept so "start again" knows which check. */
  finished?: boolean;
}

export function isCheckProgress(value: unknown): value is CheckProgress {
  const v = value as CheckProgress;
  return (
    Boolean(v) && typeof v === 'object' && typeof v.check === 'string' && typeof v.step === 'string' && Array.isArray(v.answers) &&
    v.answers.every((a) => Boolean(a) && typeof a === 'object' && typeof a.step === 'string' && typeof a.option === 'string')
  );
}
