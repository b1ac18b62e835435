// The plain-text form of a reply: for the terminal, notification fallbacks and JSON output.
import type { Reply } from '../types.js';

/** Converts the Markdown subset to plain text: **bold** -> bold, [t](u) -> t (u). */
export function markdownToPlain(body: string): string {
  return body.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)');
}

export function formatDate(iso: string): string {
  const d = new Date(iso + 'T00:00:00Z');
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function toPlainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  // The whole answer: the detail included, the short reply's shortened notes left out.
  for (const s of reply.sections.filter((x) => !x.brief)) parts.push([s.heading, markdownToPlain(s.body)].filter(Boolean).join('\n'));
  // A clarify reply that gives each reading under its title has named them already.
  if (reply.kind === 'clarify' && !reply.readings?.length && reply.followUps.length) parts.push(reply.followUps.map((f) => `- ${f.label}`).join('\n'));
  if (reply.sources.length) parts.push(['Sources:', ...reply.sources.map((s) => `- ${s.title}: ${s.url}`)].join('\n'));
  const footer = [reply.reviewed ? `Reviewed ${formatDate(reply.reviewed)}.` : '', reply.notice ?? ''].filter(Boolean).join(' ');
  if (footer) parts.push(footer);
  if (reply.kind === 'answer' && reply.followUps.length) parts.push(`Related: ${reply.followUps.map((f) => f.label).join(' | ')}`);
  return parts.join('\n\n');
}
