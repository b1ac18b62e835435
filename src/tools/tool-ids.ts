// Follow-up ids for the guided tools. They travel in the same place as knowledge entry ids
// (button ids, `followUps` in JSON), so they use only lower-case letters, digits and hyphens,
// which every adapter already accepts. Knowledge ids never contain "--", so the double hyphen
// separates the parts unambiguously and a tool id can never be mistaken for an entry.
import { DATE_KEY } from './deadlines/calendar-date.js';

export type ToolId =
  | { tool: 'deadline'; event: string; date: string }
  | { tool: 'check-start'; check: string }
  | { tool: 'check-choice'; check: string; step: string; option: string }
  /** The answers given in a check that reached its verdict ("More detail" under a verdict). */
  | { tool: 'check-answers'; check: string }
  | { tool: 'check-resume' }
  | { tool: 'check-menu' };

const SEP = '--';
const ANSWERS = 'answers';

export function encodeToolId(id: ToolId): string {
  switch (id.tool) {
    case 'deadline':
      return ['deadline', id.event, id.date].join(SEP);
    case 'check-start':
      return ['check', id.check].join(SEP);
    case 'check-choice':
      return ['check', id.check, id.step, id.option].join(SEP);
    case 'check-answers':
      return ['check', id.check, ANSWERS].join(SEP);
    case 'check-resume':
      return 'check-resume';
    case 'check-menu':
      return 'check-menu';
  }
}

/** Whether a follow-up id belongs to a tool rather than a knowledge entry. */
export function isToolId(raw: string): boolean {
  return decodeToolId(raw) !== undefined;
}

/** The tool behind a follow-up id, or undefined for a knowledge entry id. */
export function decodeToolId(raw: string): ToolId | undefined {
  if (raw === 'check-resume') return { tool: 'check-resume' };
  if (raw === 'check-menu') return { tool: 'check-menu' };
  const parts = raw.split(SEP);
  if (parts[0] === 'deadline' && parts.length === 3 && DATE_KEY.test(parts[2])) return { tool: 'deadline', event: parts[1], date: parts[2] };
  if (parts[0] === 'check' && parts.length === 2 && parts[1]) return { tool: 'check-start', check: parts[1] };
  if (parts[0] === 'check' && parts.length === 3 && parts[1] && parts[2] === ANSWERS) return { tool: 'check-answers', check: parts[1] };
  if (parts[0] === 'check' && parts.length === 4 && parts.every(Boolean)) return { tool: 'check-choice', check: parts[1], step: parts[2], option: parts[3] };
  return undefined;
}
