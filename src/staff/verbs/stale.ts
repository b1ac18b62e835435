// "stale": entries due for review, oldest first, with the file to edit.
import { basename } from 'node:path';
import { formatDate } from '../../reply/plain-text.js';
import type { Reply } from '../../types.js';
import { findStale } from '../find-stale.js';
import type { StaffDeps } from '../staff-deps.js';
import { staffReply } from '../staff-reply.js';

export function stale(deps: StaffDeps): Reply {
  const { kb } = deps.knowledge.current;
  const found = findStale(kb.entries, deps.now());
  if (found.length === 0) return staffReply('Entries due for review: none', [{ body: `None: all ${kb.entries.length} entries were reviewed in the last 12 months.` }]);
  // Paths start at the knowledge folder's name, as staff see it in the repository.
  const folder = basename(deps.knowledge.folder);
  const lines = found.map(({ entry, due }) => `- **${entry.title}** (${entry.id}): reviewed ${formatDate(entry.reviewed)}, due ${formatDate(due)}. File: ${folder}/${entry.file}`);
  return staffReply(`Entries due for review: ${found.length}`, [
    { body: lines.join('\n') },
    { body: 'Check each against its sources, update the text if needed, and set "reviewed" to the date you checked it.' },
  ]);
}
