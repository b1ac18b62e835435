// Reads one guided check from its YAML file and checks its shape. The tree as a whole (every
// step reachable, no cycle, no dead end) is checked in check-graph.ts.
import type { KnowledgeProblem } from '../../errors.js';
import { asRecord, FieldReporter } from '../data-checks.js';
import { readYamlSource } from '../yaml-source.js';
import type { CheckOption, CheckOutcome, CheckStep, GuidedCheck, Verdict } from './check-model.js';
import { checkGraph } from './check-graph.js';

/** Slack caps button text at 75 characters; Discord at 80. */
export const MAX_LABEL = 75;
/** Ids end up in button ids ("check--<check>--<step>--<option>"), which Discord caps at 100. */
const MAX_ID = { check: 24, step: 24, option: 16 };
const VERDICTS: Verdict[] = ['yes', 'no', 'maybe'];

export function readCheck(text: string, file: string, entryIds: ReadonlySet<string>, problems: KnowledgeProblem[]): GuidedCheck | undefined {
  const before = problems.filter((p) => p.severity === 'error').length;
  const source = readYamlSource(text, file, problems);
  if (source.data === undefined) return undefined;
  const r = new FieldReporter(file, source, problems);
  const root = asRecord(source.data);
  const id = r.id(root.id, ['id'], MAX_ID.check);
  const expected = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (id && id !== expected) r.error(['id'], `The id must match the file name: "${expected}".`);
  const title = r.text(root.title, ['title'], 'a title, the question the check answers');
  const intro = r.text(root.intro, ['intro'], 'an introduction shown when the check starts');
  const offerLabel = r.text(root.offerLabel, ['offerLabel'], 'the label of the button that offers this check');
  const offerOn = stringList(root.offerOn, ['offerOn'], r);
  offerOn.forEach((e, i) => entryIds.has(e) || r.error(['offerOn', i], `There is no knowledge entry "${e}".`));
  const match = stringList(root.match, ['match'], r, false).map((m) => m.toLowerCase());
  const start = typeof root.start === 'string' ? root.start : undefined;

  const steps = new Map<string, CheckStep>();
  for (const [stepId, raw] of Object.entries(asRecord(root.steps))) {
    const step = readStep(stepId, asRecord(raw), r);
    if (step) steps.set(stepId, step);
  }
  if (steps.size === 0) r.error(['steps'], 'Add at least one step under "steps:".');
  const outcomes = new Map<string, CheckOutcome>();
  for (const [outcomeId, raw] of Object.entries(asRecord(root.outcomes))) {
    const outcome = readOutcome(outcomeId, asRecord(raw), entryIds, r);
    if (outcome) outcomes.set(outcomeId, outcome);
  }
  if (outcomes.size === 0) r.error(['outcomes'], 'Add at least one outcome under "outcomes:".');
  if (!start || !steps.has(start)) r.error(['start'], `"start" must name one of the steps (${[...steps.keys()].join(', ')}).`);
  // Graph problems are checked against every outcome named, even one with its own errors, so
  // a broken outcome is reported once rather than again as "missing".
  else checkGraph(start, steps, new Set(Object.keys(asRecord(root.outcomes))), r);

  if (problems.filter((p) => p.severity === 'error').length > before || !id || !title || !intro || !offerLabel || !start) return undefined;
  return { id, title, intro, offerLabel, offerOn, match, start, steps, outcomes, file };
}

function readStep(id: string, raw: Record<string, unknown>, r: FieldReporter): CheckStep | undefined {
  const at = (...rest: (string | number)[]) => ['steps', id, ...rest];
  if (!r.id(id, at(), MAX_ID.step)) return undefined;
  const question = r.text(raw.question, at('question'), 'the one question this step asks');
  if (question && (question.match(/\?/g) ?? []).length > 1) r.warn(at('question'), 'Ask one thing per step; this question has more than one question mark.');
  const help = r.optionalText(raw.help, at('help'));
  const seen = new Set<string>();
  const options = r.list(raw.options, at('options'), 'the options people choose from').flatMap((o, i): CheckOption[] => {
    const opt = asRecord(o);
    const optionId = r.id(opt.id, at('options', i, 'id'), MAX_ID.option);
    const label = r.text(opt.label, at('options', i, 'label'), 'the text on the button');
    if (label && label.length > MAX_LABEL) r.error(at('options', i, 'label'), `Button text must be at most ${MAX_LABEL} characters (this is ${label.length}).`);
    for (const key of [optionId && `id ${optionId}`, label && `label ${label.toLowerCase()}`]) {
      if (key && seen.has(key)) r.error(at('options', i), `Two options of this step share the ${key.replace(' ', ' "')}".`);
      if (key) seen.add(key);
    }
    const next = typeof opt.next === 'string' ? opt.next : undefined;
    const outcome = typeof opt.outcome === 'string' ? opt.outcome : undefined;
    if (Boolean(next) === Boolean(outcome)) r.error(at('options', i), 'Each option needs exactly one of "next: <step>" or "outcome: <outcome>".');
    const aliases = stringList(opt.aliases, at('options', i, 'aliases'), r, false).map((a) => a.toLowerCase());
    return optionId && label ? [{ id: optionId, label, aliases, ...(next ? { next } : {}), ...(outcome ? { outcome } : {}) }] : [];
  });
  if (options.length === 1) r.error(at('options'), 'A step needs at least two options to choose from.');
  if (options.length > 10) r.error(at('options'), 'Keep a step to at most 10 options; split it into two steps.');
  return question ? { id, question, ...(help ? { help } : {}), options } : undefined;
}

function readOutcome(id: string, raw: Record<string, unknown>, entryIds: ReadonlySet<string>, r: FieldReporter): CheckOutcome | undefined {
  const at = (...rest: (string | number)[]) => ['outcomes', id, ...rest];
  if (!r.id(id, at(), 40)) return undefined;
  const verdict = VERDICTS.find((v) => v === raw.verdict);
  if (!verdict) r.error(at('verdict'), `verdict must be one of: ${VERDICTS.join(', ')}.`);
  const title = r.text(raw.title, at('title'), 'the verdict in a sentence');
  const reasons = stringList(raw.reasons, at('reasons'), r);
  if (reasons.length === 0) r.error(at('reasons'), 'Give at least one reason for the verdict.');
  const provisions = r.list(raw.provisions, at('provisions'), 'the provisions the verdict rests on (every outcome must be sourced)')
    .flatMap((p, i) => r.source(p, at('provisions', i), true) ?? []);
  const sources = raw.sources === undefined ? [] : r.list(raw.sources, at('sources'), 'further sources').flatMap((s, i) => r.source(s, at('sources', i)) ?? []);
  const next = r.text(raw.next, at('next'), 'what to do next');
  const related = stringList(raw.related, at('related'), r, false);
  related.forEach((e, i) => entryIds.has(e) || r.error(at('related', i), `There is no knowledge entry "${e}".`));
  const offer = stringList(raw.offer, at('offer'), r, false);
  return verdict && title && next && provisions.length ? { id, verdict, title, reasons, provisions, sources, next, offer, related } : undefined;
}

function stringList(value: unknown, path: (string | number)[], r: FieldReporter, required = true): string[] {
  if (value === undefined || value === null) {
    if (required) r.error(path, 'Add a list here, one "- ..." line per item.');
    return [];
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
    r.error(path, 'This must be a list of text items, one "- ..." line each.');
    return [];
  }
  return value.map((v: string) => v.trim());
}
