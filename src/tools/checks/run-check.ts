// The guided-check runner: progress in, next step or outcome out. Pure, so every adapter and
// every test drives the same logic with plain values.
import type { CheckOption, CheckOutcome, CheckStep, GuidedCheck } from './check-model.js';
import type { CheckProgress } from './check-progress.js';

export type CheckView =
  | { kind: 'step'; step: CheckStep; progress: CheckProgress }
  | { kind: 'outcome'; outcome: CheckOutcome; progress: CheckProgress };

export function startCheck(check: GuidedCheck): CheckView {
  return { kind: 'step', step: check.steps.get(check.start)!, progress: { check: check.id, step: check.start, answers: [] } };
}

/** Where the check stands now (for "resume"). */
export function currentView(check: GuidedCheck, progress: CheckProgress): CheckView {
  const step = check.steps.get(progress.step);
  return step ? { kind: 'step', step, progress: { ...progress, paused: false } } : startCheck(check);
}

/**
 * Applies a choice. A choice on an earlier step (an old button pressed again) changes that
 * answer and drops the ones after it; a choice that fits no step of this run is stale (undefined).
 */
export function choose(check: GuidedCheck, progress: CheckProgress, stepId: string, optionId: string): CheckView | undefined {
  let answers = progress.answers;
  if (stepId !== progress.step || progress.finished) {
    const earlier = answers.findIndex((a) => a.step === stepId);
    if (earlier < 0) return undefined;
    answers = answers.slice(0, earlier);
  }
  const step = check.steps.get(stepId);
  const option = step?.options.find((o) => o.id === optionId);
  if (!step || !option) return undefined;
  const chosen = [...answers, { step: stepId, option: optionId }];
  if (option.outcome) {
    return { kind: 'outcome', outcome: check.outcomes.get(option.outcome)!, progress: { check: check.id, step: stepId, answers: chosen, finished: true } };
  }
  const next = check.steps.get(option.next!)!;
  return { kind: 'step', step: next, progress: { check: check.id, step: next.id, answers: chosen } };
}

/**
 * The option someone typed in the check's own words: an alias, its id, or one distinctive word of
 * its label. Its number or its whole label is picked before this, by the dialogue's choices.
 */
export function optionFromText(step: CheckStep, text: string): CheckOption | undefined {
  const typed = normalise(text);
  if (!typed) return undefined;
  const exact = step.options.find((o) => o.id === typed || o.aliases.some((a) => normalise(a) === typed));
  if (exact) return exact;
  const words = typed.split(' ');
  // "yes" for "Yes, at least 21": the first word, when only one option starts with it.
  const firstWord = words.length === 1 ? step.options.filter((o) => normalise(o.label).split(' ')[0] === typed) : [];
  if (firstWord.length === 1) return firstWord[0];
  // "charity" or "a charity" for "A charity (registered or not)": short input whose words all
  // appear in exactly one option. Longer input is a question, not a choice.
  if (words.length > 3) return undefined;
  const containing = step.options.filter((o) => {
    const label = new Set(normalise(`${o.label} ${o.aliases.join(' ')}`).split(' '));
    return words.every((w) => label.has(w));
  });
  return containing.length === 1 ? containing[0] : undefined;
}

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The verdict a finished run reached (to show the answers it rests on again), if it still exists. */
export function finishedView(check: GuidedCheck, progress: CheckProgress): CheckView | undefined {
  const last = progress.finished ? progress.answers[progress.answers.length - 1] : undefined;
  const option = last && check.steps.get(last.step)?.options.find((o) => o.id === last.option);
  const outcome = option?.outcome ? check.outcomes.get(option.outcome) : undefined;
  return outcome && { kind: 'outcome', outcome, progress };
}
