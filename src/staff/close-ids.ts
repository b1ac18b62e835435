// Entry ids close to one a staff member typed, so "link 12 acv-listing-lenght" can say what
// they probably meant.
import { editDistance } from '../nlp/natural.js';

export function closeEntryIds(typed: string, ids: readonly string[], limit = 5): string[] {
  const scored = ids.map((id) => {
    const distance = editDistance(typed, id);
    // Part of an id ("listing") is as good a clue as a near spelling.
    const contains = typed.length >= 3 && (id.includes(typed) || typed.includes(id));
    const sharedWords = typed.split('-').filter((w) => w.length >= 3 && id.split('-').includes(w)).length;
    return { id, rank: contains ? 0 : distance - 2 * sharedWords, near: contains || sharedWords > 0 || distance <= Math.max(3, typed.length / 3) };
  });
  return scored.filter((s) => s.near).sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)).slice(0, limit).map((s) => s.id);
}
