// Reads the cues of events and the `noClock` section of knowledge/periods.yaml: things people
// date that start no clock ("it went on the market"), each naming the event that does.
import { asRecord, type FieldReporter } from '../data-checks.js';
import type { NoClockEvent } from './periods-model.js';

/** An event's cues; each may belong to one event only (clock or not), so a date is never tied to both. */
export function readCues(value: unknown, at: (string | number)[], owner: string | undefined, cueOwner: Map<string, string>, r: FieldReporter): string[] {
  return r.list(value, [...at, 'cues'], 'the words people use for this event').flatMap((c, j) => {
    const cue = typeof c === 'string' ? c.trim().toLowerCase() : '';
    if (!cue) r.error([...at, 'cues', j], 'Each cue must be a word or phrase.');
    else if (cueOwner.has(cue) && cueOwner.get(cue) !== owner) r.error([...at, 'cues', j], `"${cue}" is also a cue of "${cueOwner.get(cue)}"; a cue may belong to one event only.`);
    else cueOwner.set(cue, owner ?? '');
    return cue ? [cue] : [];
  });
}

/** The `noClock` section: things people date that start no clock (see the notes above it in periods.yaml). */
export function readNoClock(value: unknown, eventIds: ReadonlySet<string>, entryIds: ReadonlySet<string>, cueOwner: Map<string, string>, r: FieldReporter): NoClockEvent[] {
  return r.list(value, ['noClock'], 'the things that start no clock').flatMap((raw, i) => {
    const n = asRecord(raw);
    const at = (field: string) => ['noClock', i, field];
    const id = r.id(n.id, at('id'), 30);
    const short = r.text(n.short, at('short'), 'a short label');
    const clockEvent = typeof n.clockEvent === 'string' && eventIds.has(n.clockEvent) ? n.clockEvent : undefined;
    if (!clockEvent) r.error(at('clockEvent'), `"clockEvent" must be one of the events listed above (${[...eventIds].join(', ')}): the one that does start the clock.`);
    const entry = r.optionalText(n.entry, at('entry'));
    if (entry && !entryIds.has(entry)) r.error(at('entry'), `There is no knowledge entry "${entry}".`);
    const cues = readCues(n.cues, ['noClock', i], id, cueOwner, r);
    const title = r.text(n.title, at('title'), 'the reply\'s title');
    const explain = r.text(n.explain, at('explain'), 'why this starts no clock and what does');
    const findDateHeading = r.text(n.findDateHeading, at('findDateHeading'), 'a heading for how to find the real date');
    const findDate = r.text(n.findDate, at('findDate'), 'how to find the date that does start the clock');
    const notCounted = r.text(n.notCounted, at('notCounted'), 'the line said when another date was counted instead');
    if (n.onlyWhenTimeAsked !== undefined && typeof n.onlyWhenTimeAsked !== 'boolean') r.error(at('onlyWhenTimeAsked'), '"onlyWhenTimeAsked" must be true or false.');
    const onlyWhenTimeAsked = n.onlyWhenTimeAsked === true;
    if (n.endsClock !== undefined && typeof n.endsClock !== 'boolean') r.error(at('endsClock'), '"endsClock" must be true or false.');
    const endsClock = n.endsClock === true;
    const sources = r.list(n.sources, at('sources'), 'at least one source').flatMap((s, j) => r.source(s, ['noClock', i, 'sources', j]) ?? []);
    return id && short && clockEvent && title && explain && findDateHeading && findDate && notCounted && sources.length
      ? [{ id, short, clockEvent, cues, title, explain, findDateHeading, findDate, notCounted, sources, ...(entry ? { entry } : {}), ...(onlyWhenTimeAsked ? { onlyWhenTimeAsked } : {}), ...(endsClock ? { endsClock } : {}) }]
      : [];
  });
}
