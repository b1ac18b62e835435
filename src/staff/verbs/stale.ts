// "stale": entries due for review, oldest first, with the file to edit. Lists both entries past
// their 12-month review and law-change notes not re-checked within the review policy.
import { basename } from 'node:path';
import { formatDate } from '../../reply/plain-text.js';
import type { Reply } from '../../types.js';
import { findStale, type StaleEntry } from '../find-stale.js';
import type { StaffDeps } from '../staff-deps.js';
import { staffReply } from '../staff-reply.js';

export function stale(deps: StaffDeps): Reply {
  const { kb } = deps.knowledge.current;
  const found = findStale(kb.entries, deps.now(), kb.reviewPolicy);
  const watched = kb.entries.filter((e) => e.watch).length;
  if (found.length === 0) {
    const notes = watched ? ` and all ${watched} law-change notes were checked within ${policyText(deps)}` : '';
    return staffReply('Entries due for review: none', [{ body: `None: all ${kb.entries.length} entries were reviewed in the last 12 months${notes}.` }]);
  }
  // Paths start at the knowledge folder's name, as staff see it in the repository.
  const folder = basename(deps.knowledge.folder);
  const lines = found.map((s) => `- **${s.entry.title}** (${s.entry.id}): ${what(s)} ${formatDate(s.since)}, due ${formatDate(s.due)}. File: ${folder}/${s.entry.file}`);
  return staffReply(`Entries due for review: ${found.length}`, [
    { body: lines.join('\n') },
    { body: 'Check each against its sources, update the text if needed, and set "reviewed" (or, for a law or funding note, "watch: checked") to the date you checked it.' },
  ]);
}

function what(s: StaleEntry): string {
  if (s.reason === 'review') return 'reviewed';
  const w = s.entry.watch!;
  return `${s.reason} note (${w.provision}; check ${w.where}) last checked`;
}

function policyText(deps: StaffDeps): string {
  const p = deps.knowledge.current.kb.reviewPolicy;
  return p ? `${p.law} months (law) or ${p.funding} months (funding)` : 'their review period';
}
