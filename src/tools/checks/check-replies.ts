// Replies for guided checks: a step (its one question and the options as follow-ups, which the
// adapters show as buttons or numbered choices), a verdict with its reasons, provisions and
// next step, the menu of checks, and the "paused" note added to an answer given mid-check.
import type { KnowledgeBase } from '../../kb/model.js';
import type { FollowUp, Reply } from '../../types.js';
import { encodeToolId } from '../tool-ids.js';
import type { ChecksData, GuidedCheck } from './check-model.js';
import type { CheckView } from './run-check.js';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (w, k: string) => (k in values ? String(values[k]) : w));

export function viewReply(kb: KnowledgeBase, data: ChecksData, check: GuidedCheck, view: CheckView, lead?: string): Reply {
  return view.kind === 'step' ? stepReply(data, check, view, lead) : outcomeReply(kb, data, check, view, lead);
}

function stepReply(data: ChecksData, check: GuidedCheck, view: Extract<CheckView, { kind: 'step' }>, lead?: string): Reply {
  const { step, progress } = view;
  const sections: Reply['sections'] = [];
  if (lead) sections.push({ body: lead });
  if (progress.answers.length === 0) sections.push({ body: check.intro });
  sections.push({ heading: fill(data.phrases.progress, { n: progress.answers.length + 1 }), body: [`**${step.question}**`, step.help].filter(Boolean).join('\n') });
  return {
    kind: 'clarify',
    title: check.title,
    sections,
    sources: [],
    followUps: step.options.map((o) => ({ label: o.label, entryId: encodeToolId({ tool: 'check-choice', check: check.id, step: step.id, option: o.id }) })),
    actions: [],
  };
}

function outcomeReply(kb: KnowledgeBase, data: ChecksData, check: GuidedCheck, view: Extract<CheckView, { kind: 'outcome' }>, lead?: string): Reply {
  const { outcome, progress } = view;
  const p = data.phrases;
  const answers = progress.answers.map((a) => {
    const step = check.steps.get(a.step)!;
    return `- ${step.question} **${step.options.find((o) => o.id === a.option)!.label}**`;
  });
  const offers: FollowUp[] = outcome.offer.flatMap((id) => data.checks.filter((c) => c.id === id).map((c) => ({ label: c.title, entryId: encodeToolId({ tool: 'check-start', check: c.id }) })));
  const related: FollowUp[] = outcome.related.flatMap((id) => {
    const entry = kb.byId.get(id);
    return entry ? [{ label: entry.title, entryId: entry.id }] : [];
  });
  // Short answer first: the verdict, why, and what to do next; the answers it rests on wait
  // behind "More detail". No entry id: the verdict is not an entry's answer (nothing to share or rate).
  return {
    kind: 'answer',
    title: outcome.title,
    sections: [
      ...(lead ? [{ body: lead }] : []),
      { heading: p.reasonsHeading, body: outcome.reasons.map((r) => `- ${r}`).join('\n') },
      { heading: p.nextHeading, body: outcome.next },
      { heading: p.answersHeading, body: answers.join('\n'), detail: true },
    ],
    sources: [...outcome.provisions, ...outcome.sources].map((s) => ({ ...s })),
    followUps: [...offers, ...related, { label: p.restartLabel, entryId: encodeToolId({ tool: 'check-start', check: check.id }) }],
    actions: [{ type: 'more', entryId: encodeToolId({ tool: 'check-answers', check: check.id }), label: kb.conversation.moreLabel }],
    notice: kb.phrases.disclaimer,
  };
}

/** "More detail" under a verdict: the answers it rests on. */
export function answersReply(kb: KnowledgeBase, data: ChecksData, check: GuidedCheck, view: Extract<CheckView, { kind: 'outcome' }>): Reply {
  const full = outcomeReply(kb, data, check, view);
  return { ...full, sections: full.sections.filter((s) => s.detail).map(({ detail: _detail, ...s }) => s), actions: [] };
}

export function menuReply(data: ChecksData): Reply {
  return {
    kind: 'clarify',
    sections: [{ body: data.phrases.menu }],
    sources: [],
    followUps: data.checks.map((c) => ({ label: c.title, entryId: encodeToolId({ tool: 'check-start', check: c.id }) })),
    actions: [],
  };
}

/** An answer given while a check waits: a button to go back to it, and a note the first time. */
export function withPausedNote(reply: Reply, data: ChecksData, check: GuidedCheck, note: boolean): Reply {
  return {
    ...reply,
    sections: note ? [...reply.sections, { body: fill(data.phrases.paused, { title: check.title }) }] : reply.sections,
    followUps: [{ label: data.phrases.resumeLabel, entryId: encodeToolId({ tool: 'check-resume' }) }, ...reply.followUps],
  };
}

export function infoOnly(body: string, followUps: FollowUp[] = []): Reply {
  return { kind: 'info', sections: [{ body }], sources: [], followUps, actions: [] };
}
