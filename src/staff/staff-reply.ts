// Staff replies are ordinary info replies, so every adapter already renders them.
import type { Reply } from '../types.js';

export type Section = Reply['sections'][number];

export function staffReply(title: string, sections: Section[]): Reply {
  return { kind: 'info', title, sections, sources: [], followUps: [], actions: [] };
}

/**
 * Question text typed by the public, shown to staff. Bold markers and link syntax are broken up
 * so a question cannot pose as formatting or a link inside a staff reply.
 */
export function quoteUserText(text: string): string {
  return `"${text.replace(/\*+/g, '').replace(/\]\s*\(/g, '] (').replace(/\s+/g, ' ').trim()}"`;
}

/** "2026-11-21 14:02 UTC": unambiguous for staff in any time zone. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}
