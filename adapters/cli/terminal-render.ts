// Reply -> what the terminal chat prints: the short answer first (type "more" for the detail),
// then sources, the reviewed date and the notice, then the reply's choices numbered so typing a
// number asks it. Wrapped to the terminal's width; when the window is too short for it all,
// "What to do next" joins the detail, so "In short" stays on screen.
import { formatDate, markdownToPlain, type Reply } from '../../src/index.js';
import { wrapText } from './wrap-text.js';

export const TERMINAL_COPY = {
  more: 'Type "more" for the detail.',
  related: 'Related topics (type a number to ask):',
  choose: 'Type a number to choose:',
  sources: 'Sources:',
  reviewed: (date: string) => `Reviewed ${date}.`,
} as const;

export function renderForTerminal(reply: Reply, width = 80, rows = Infinity): string {
  // Leave room for the prompt and the question just typed.
  const fits = (text: string) => text.split('\n').length <= rows - 3;
  const full = render(reply, width, false);
  if (fits(full)) return full;
  const extra = reply.sections.findIndex((s, i) => !s.detail && i > 0 && !/^in short$/i.test(s.heading ?? '') && s.heading !== WHERE_THIS_APPLIES);
  const shorter = extra < 0 ? reply : { ...reply, sections: reply.sections.map((s, i) => (i === extra ? { ...s, detail: true } : s)) };
  const moved = render(shorter, width, false);
  return fits(moved) ? moved : render(shorter, width, true);
}

/** The core's note on where an answer applies belongs with the short answer, however tall. */
const WHERE_THIS_APPLIES = 'Where this applies';

/** `compact`: one line a source, the full address first and the title shortened to fit. */
function render(reply: Reply, width: number, compact: boolean): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  const shown = reply.sections.filter((s) => !s.detail);
  // The title already heads the answer; an "In short" line under it would only push it up the screen.
  for (const s of shown) parts.push([/^in short$/i.test(s.heading ?? '') ? '' : s.heading, markdownToPlain(s.body)].filter(Boolean).join('\n'));
  // Sources, date, notice and choices as one block under the answer: fewer blank lines, more answer on screen.
  const meta: string[] = [];
  if (reply.sources.length) {
    meta.push(TERMINAL_COPY.sources, ...reply.sources.map((s) => (compact ? oneLine(`- ${s.url} (${s.title})`, width) : `- ${s.title}: ${s.url}`)));
  }
  const footer = [reply.reviewed ? TERMINAL_COPY.reviewed(formatDate(reply.reviewed)) : '', reply.notice ?? ''].filter(Boolean).join(' ');
  if (footer) meta.push(footer);
  if (shown.length < reply.sections.length) meta.push(TERMINAL_COPY.more);
  if (reply.followUps.length) {
    meta.push(reply.kind === 'answer' ? TERMINAL_COPY.related : TERMINAL_COPY.choose);
    // One line each: the number is what is typed, so a long title can be shortened.
    meta.push(...reply.followUps.map((f, i) => oneLine(`${i + 1}. ${f.label}`, width)));
  }
  if (meta.length) parts.push(meta.join('\n'));
  return wrapText(parts.join('\n\n'), width);
}

function oneLine(text: string, width: number): string {
  if (text.length <= width) return text;
  // Never cut inside a web address: a shortened one would not work.
  const url = /https?:\/\/\S+/.exec(text);
  const keep = Math.max(width - 1, url ? url.index + url[0].length : 0);
  return `${text.slice(0, keep).trimEnd()}…`;
}
