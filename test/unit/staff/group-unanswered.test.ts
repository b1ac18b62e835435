import { describe, expect, it } from '@jest/globals';
import { groupUnanswered } from '../../../src/staff/group-unanswered.js';
import type { UnansweredItem, UnansweredReason } from '../../../src/store/store.js';

// Plain word sets stand in for the matcher's analysis, so the grouping rule is tested alone.
const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);

let nextId = 1;
function item(text: string, extra: Partial<UnansweredItem> & { at?: string; platform?: string; reason?: UnansweredReason } = {}): UnansweredItem {
  const { at = '2026-11-20T10:00:00.000Z', platform = 'slack', reason = 'fallback', ...rest } = extra;
  return { id: nextId++, text, count: 1, platforms: [platform], reasons: { [reason]: 1 }, firstAt: at, lastAt: at, nearest: [], status: 'open', ...rest };
}

describe('groupUnanswered', () => {
  it('given the same question asked several ways, it shows one group with the count and the first id as the handle', () => {
    const a = item('can we fly a drone over the village green');
    const b = item('Can we fly a drone over the village green?!', { platform: 'discord', at: '2026-11-21T09:00:00.000Z' });
    const c = item('can we fly a drone over the village green please');
    const groups = groupUnanswered([c, b, a], words);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: a.id, text: a.text, count: 3, itemIds: [a.id, b.id, c.id], platforms: ['discord', 'slack'], lastAskedAt: b.lastAt });
  });

  it('given different questions, it keeps them apart and lists the most-asked first', () => {
    const once = item('what colour should the bicycle shed be');
    const twiceA = item('who maintains the village pond');
    const twiceB = item('who maintains the village pond?');
    const groups = groupUnanswered([once, twiceA, twiceB], words);
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      [twiceA.id, 2],
      [once.id, 1],
    ]);
  });

  it('given questions sharing under 80% of their words, it does not merge them', () => {
    const a = item('how do we register a village green');
    const b = item('how do we protect a village green from building');
    expect(groupUnanswered([a, b], words)).toHaveLength(2);
  });

  it('given personal details in one copy, it still groups it with the plain question', () => {
    const a = item('can we fly a drone over the village green, call me on [phone] or [email], [postcode]');
    const b = item('can we fly a drone over the village green');
    expect(groupUnanswered([a, b], words)).toHaveLength(1);
  });

  it('given mixed reasons and nearest entries, it keeps every reason, the commonest as "reason", and the best score per entry', () => {
    const a = item('is the pub listing still valid', { reason: 'thumbs-down', nearest: [{ entryId: 'acv-listing-length', score: 0 }] });
    const b = item('is the pub listing still valid', { reason: 'fallback', nearest: [{ entryId: 'acv-listing-length', score: 0.35 }, { entryId: 'acv-nominate', score: 0.2 }] });
    const c = item('is the pub listing still valid', { reason: 'fallback', nearest: [{ entryId: 'acv-nominate', score: 0.25 }] });
    const [group] = groupUnanswered([a, b, c], words);
    expect(group.reasons.sort()).toEqual(['fallback', 'thumbs-down']);
    expect(group.reason).toBe('fallback');
    expect(group.nearest).toEqual([
      { entryId: 'acv-listing-length', score: 0.35 },
      { entryId: 'acv-nominate', score: 0.25 },
    ]);
  });
});

describe('groupUnanswered cost', () => {
  // What grouping costs as the queue grows is measured by `npm run bench:queue`, not timed here.
  it('given the full queue of distinct questions sharing common words, it keeps every one apart', () => {
    const word = (n: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
    const many = Array.from({ length: 2000 }, (_, i) => item(`pub question ${word(i)} ${word(i * 7919 + 11)}`));
    expect(groupUnanswered(many, words)).toHaveLength(2000);
  });

  it('given items already counting repeats, a group adds up their counts', () => {
    const a = item('who maintains the village pond', { count: 4 });
    const b = item('who maintains the village pond?', { count: 2 });
    expect(groupUnanswered([a, b], words)[0].count).toBe(6);
  });
});

describe('groupUnanswered candidates (rarest-terms index)', () => {
  /** The rule stated plainly: each question joins the earliest group whose first question it matches, comparing every pair. */
  function everyPair(items: UnansweredItem[]): number[][] {
    const groups: { terms: Set<string>; key: string; ids: number[] }[] = [];
    for (const it of [...items].sort((a, b) => a.id - b.id)) {
      const terms = new Set(words(it.text));
      const key = it.text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
      const home = groups.find((g) => {
        if (g.key === key) return true;
        const n = [...terms].filter((t) => g.terms.has(t)).length;
        return n > 0 && n / (g.terms.size + terms.size - n) >= 0.8;
      });
      if (home) home.ids.push(it.id);
      else groups.push({ terms, key, ids: [it.id] });
    }
    return groups.map((g) => g.ids).sort((a, b) => a[0] - b[0]);
  }

  it('given 200 queues of short questions drawn from a few shared words, it groups each exactly as comparing every pair would', () => {
    const vocab = ['pub', 'village', 'green', 'hall', 'shop', 'council', 'listed', 'sale', 'owner', 'grant', 'lease', 'church', 'field', 'school'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const queue = Array.from({ length: 5 + Math.floor(next() * 50) }, () => item(Array.from({ length: 1 + Math.floor(next() * 6) }, () => vocab[Math.floor(next() * vocab.length)]).join(' ')));
      const grouped = groupUnanswered(queue, words).map((g) => g.itemIds).sort((a, b) => a[0] - b[0]);
      expect(grouped).toEqual(everyPair(queue));
    }
  });
});
