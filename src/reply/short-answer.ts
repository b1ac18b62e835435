// Short answer first: the first reply is the "In short" part (with any note about where the
// answer applies), plus "What to do next" when both fit the budget in conversation.yaml; the
// other sections are marked as detail, which chat adapters keep behind "More detail". A follow-up
// that asked for one part ("who can help us there?") has that section in the short answer too,
// ahead of "What to do next", when it fits.
import type { ReplySection } from '../types.js';

const NEXT_STEPS = /^what to do next$/i;

export function markShortAnswer(sections: ReplySection[], budget: number, focus?: string): ReplySection[] {
  const inShort = sections.findIndex((s) => /^in short$/i.test(s.heading ?? ''));
  // Everything up to and including "In short" is the short answer (a note may come before it).
  const lead = inShort >= 0 ? inShort + 1 : Math.min(1, sections.length);
  let used = sections.slice(0, lead).reduce((n, s) => n + sectionSize(s), 0);
  const shown = new Set<number>();
  const wanted = [sections.findIndex((s, i) => i >= lead && focus !== undefined && s.heading === focus), sections.findIndex((s, i) => i >= lead && NEXT_STEPS.test(s.heading ?? ''))];
  for (const i of wanted) {
    if (i < 0 || shown.has(i) || used + sectionSize(sections[i]) > budget) continue;
    used += sectionSize(sections[i]);
    shown.add(i);
  }
  return sections.map((s, i) => (i < lead || shown.has(i) ? s : { ...s, detail: true }));
}

/** Whether a reply keeps anything behind "More detail". */
export function hasDetail(sections: readonly ReplySection[]): boolean {
  return sections.some((s) => s.detail);
}

/** The characters a section takes in the short reply: its heading and its body. */
export function sectionSize(s: ReplySection): number {
  return (s.heading?.length ?? 0) + s.body.length;
}
