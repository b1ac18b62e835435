// Guided checks ("can our group nominate?") as loaded from knowledge/checks/*.yaml: a small
// decision tree of steps, each asking one thing, whose options lead to another step or to an
// outcome with its reasons, provisions and next step.
import type { Source } from '../../types.js';

export interface CheckOption {
  id: string;
  label: string;
  /** Other words that pick this option when typed ("y", "charity"). */
  aliases: string[];
  next?: string;
  outcome?: string;
}

export interface CheckStep {
  id: string;
  question: string;
  /** A line of explanation under the question. */
  help?: string;
  options: CheckOption[];
}

export type Verdict = 'yes' | 'no' | 'maybe';

export interface CheckOutcome {
  id: string;
  verdict: Verdict;
  title: string;
  reasons: string[];
  /** The provisions the verdict rests on; every outcome has at least one. */
  provisions: Source[];
  /** Further reading that is not legislation. */
  sources: Source[];
  next: string;
  /** Other checks worth offering after this one. */
  offer: string[];
  /** Knowledge entries to offer as follow-ups. */
  related: string[];
}

export interface GuidedCheck {
  id: string;
  title: string;
  intro: string;
  /** The button that offers the check under a related answer ("Check your group"). */
  offerLabel: string;
  /** Entry ids whose answers offer this check. */
  offerOn: string[];
  /** Phrases that pick this check when someone asks for a check ("check eligibility to nominate"). */
  match: string[];
  start: string;
  steps: Map<string, CheckStep>;
  outcomes: Map<string, CheckOutcome>;
  /** Path within the knowledge folder, for messages to staff. */
  file: string;
}

/** Stock phrases and command words of guided checks, from knowledge/checks/phrases.yaml. */
export interface CheckPhrases {
  menu: string;
  menuLabel: string;
  progress: string;
  paused: string;
  resumeLabel: string;
  restartLabel: string;
  cancelled: string;
  nothingToResume: string;
  staleChoice: string;
  answersHeading: string;
  reasonsHeading: string;
  nextHeading: string;
  notUnderstood: string;
  commands: { cancel: string[]; restart: string[]; resume: string[]; request: string[] };
}

export interface ChecksData {
  checks: GuidedCheck[];
  phrases: CheckPhrases;
}
