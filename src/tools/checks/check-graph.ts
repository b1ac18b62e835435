// Checks a guided check's tree as a whole: every option leads to a step or outcome that exists,
// every step and outcome can be reached from the start, and no path loops back on itself, so
// every path ends in an outcome.
import type { FieldReporter } from '../data-checks.js';
import type { CheckStep } from './check-model.js';

export function checkGraph(start: string, steps: Map<string, CheckStep>, outcomes: ReadonlySet<string>, r: FieldReporter) {
  for (const step of steps.values()) {
    step.options.forEach((o, i) => {
      if (o.next && !steps.has(o.next)) r.error(['steps', step.id, 'options', i, 'next'], `There is no step "${o.next}".`);
      if (o.outcome && !outcomes.has(o.outcome)) r.error(['steps', step.id, 'options', i, 'outcome'], `There is no outcome "${o.outcome}".`);
    });
  }
  const reachedSteps = new Set<string>();
  const reachedOutcomes = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'visiting') {
      r.error(['steps', id], `The steps loop back on themselves: ${[...path.slice(path.indexOf(id)), id].join(' -> ')}. Every path must end in an outcome.`);
      return;
    }
    if (state.get(id) === 'done') return;
    state.set(id, 'visiting');
    reachedSteps.add(id);
    for (const o of steps.get(id)?.options ?? []) {
      if (o.outcome) reachedOutcomes.add(o.outcome);
      if (o.next && steps.has(o.next)) visit(o.next, [...path, id]);
    }
    state.set(id, 'done');
  };
  visit(start, []);
  for (const id of steps.keys()) if (!reachedSteps.has(id)) r.error(['steps', id], `No option leads to the step "${id}", so nobody can reach it.`);
  for (const id of outcomes) if (!reachedOutcomes.has(id)) r.error(['outcomes', id], `No option leads to the outcome "${id}", so nobody can reach it.`);
}
