// Folder-wide checks on law-change notes: the review policy and the dated phrase they need are
// present, and a warning for every note whose last check is older than the policy allows.
import type { KnowledgeProblem } from '../errors.js';
import { WATCH_PHRASE } from './load-extras.js';
import type { Entry, Phrases, ReviewPolicy } from './model.js';
import { isWatchOverdue, watchDue } from './watch-due.js';

export interface WatchCheckInput {
  entries: Entry[];
  phrases?: Phrases;
  reviewPolicy?: ReviewPolicy;
  policyFileExists: boolean;
  /** File -> line of its "checked:" field, so the warning points at what to edit. */
  watchLines: Map<string, number | undefined>;
  today: Date;
  problems: KnowledgeProblem[];
}

export function checkWatchNotes({ entries, phrases, reviewPolicy, policyFileExists, watchLines, today, problems }: WatchCheckInput) {
  const watched = entries.filter((e) => e.watch);
  if (watched.length === 0) return;
  if (!policyFileExists) {
    problems.push({ file: 'review-policy.yaml', severity: 'error', message: `${watched.length} entries carry a watch note, so the folder needs review-policy.yaml saying how many months a law and a funding note stay fresh.` });
  }
  for (const kind of new Set(watched.map((e) => e.watch!.kind))) {
    const key = WATCH_PHRASE[kind];
    if (phrases && !phrases[key]) {
      const example = watched.find((e) => e.watch!.kind === kind)!.file;
      problems.push({ file: 'phrases.yaml', field: key, severity: 'error', message: `Add the phrase "${key}" (with {date}): ${example} and others carry a ${kind} watch note, and the answer shows it.` });
    }
  }
  if (!reviewPolicy) return;
  for (const e of watched) {
    const w = e.watch!;
    if (!isWatchOverdue(w, reviewPolicy, today)) continue;
    problems.push({
      file: e.file,
      field: 'watch.checked',
      line: watchLines.get(e.file),
      severity: 'warning',
      message: `This ${w.kind} note was last checked ${w.checked} and was due again ${watchDue(w, reviewPolicy)} (every ${reviewPolicy[w.kind]} months): check ${w.provision} at ${w.where}, update the answer if it changed, then set "checked".`,
    });
  }
}
