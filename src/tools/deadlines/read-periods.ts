// Reads and checks knowledge/periods.yaml. Every problem names the line and field; the periods
// are returned only when the file has no errors.
import type { KnowledgeProblem } from '../../errors.js';
import type { Source } from '../../types.js';
import { asRecord, FieldReporter } from '../data-checks.js';
import { readYamlSource } from '../yaml-source.js';
import { COUNTING_RULES, PERIOD_PHRASES, PERIOD_UNITS, type ClockEvent, type CountingRule, type PeriodsData, type StatutoryPeriod } from './periods-model.js';
import { readCues, readNoClock } from './read-no-clock.js';
import { wordingMismatch } from './wording-agrees.js';

export const PERIODS_FILE = 'periods.yaml';

/** `entryIds` are the knowledge entries that exist, for checking each event's `entry`. */
export function readPeriods(text: string, entryIds: ReadonlySet<string>, problems: KnowledgeProblem[]): PeriodsData | undefined {
  const before = problems.filter((p) => p.severity === 'error').length;
  const source = readYamlSource(text, PERIODS_FILE, problems);
  if (source.data === undefined) return undefined;
  const r = new FieldReporter(PERIODS_FILE, source, problems);
  const root = asRecord(source.data);

  const reviewed = r.isoDate(root.reviewed, ['reviewed']);
  const phrases = readPhrases(asRecord(root.phrases), r);
  const counting = readCounting(asRecord(root.counting), r);
  const monthsRaw = asRecord(root.months);
  const months = {
    explain: r.text(monthsRaw.explain, ['months', 'explain'], 'how month ends are handled') ?? '',
    caveat: r.text(monthsRaw.caveat, ['months', 'caveat'], 'the caveat shown when a month end has no matching date') ?? '',
    sources: sources(monthsRaw.sources, ['months', 'sources'], r),
  };
  const workingDays = readWorkingDays(asRecord(root.workingDays), r);
  const matchingRaw = asRecord(root.matching);
  // A list of words under `matching`, each trimmed and read in lower case.
  const words = (key: string, what: string) => r.list(matchingRaw[key], ['matching', key], what).map((n) => String(n).trim().toLowerCase()).filter(Boolean);
  const negations = words('negations', 'the words that negate a cue');
  const wordsReferringBack = matchingRaw.wordsReferringBack;
  if (typeof wordsReferringBack !== 'number' || !Number.isInteger(wordsReferringBack) || wordsReferringBack < 0) r.error(['matching', 'wordsReferringBack'], 'Give a whole number, for example 4.');
  const namedPeriodWords = matchingRaw.namedPeriodWords ?? 0;
  if (typeof namedPeriodWords !== 'number' || !Number.isInteger(namedPeriodWords) || namedPeriodWords < 0) r.error(['matching', 'namedPeriodWords'], 'Give a whole number, for example 5.');
  const timeQuestions = words('timeQuestions', 'the words that ask about time');
  const dateQuestions = matchingRaw.dateQuestions === undefined ? [] : words('dateQuestions', 'the words that ask for a date');
  const aheadCues = matchingRaw.aheadCues === undefined ? [] : words('aheadCues', 'the words that put a date still to come');
  const documentCues = matchingRaw.documentCues === undefined ? [] : words('documentCues', 'the words that give a letter\'s own date');
  const checkQuestions = matchingRaw.checkQuestions === undefined ? [] : words('checkQuestions', 'the words that check a day against the dates');
  const corrections = matchingRaw.corrections === undefined ? [] : words('corrections', 'the words that correct a date given earlier');
  const replacedDate = matchingRaw.replacedDate === undefined ? [] : words('replacedDate', 'the words before a date that was wrong');
  const clauseBreaks = matchingRaw.clauseBreaks === undefined ? [] : words('clauseBreaks', 'the words that start a clause of its own');
  // A cue may belong to one event only, clock or not, so a date is never tied to both.
  const cueOwner = new Map<string, string>();
  const events = readEvents(root.events, entryIds, cueOwner, r);
  const eventIds = new Set(events.map((e) => e.id));
  events.forEach((e, i) => e.alsoOffer.forEach((id, j) => {
    if (!eventIds.has(id) || id === e.id) r.error(['events', i, 'alsoOffer', j], `"${id}" is not another event listed under events.`);
  }));
  const noClock = root.noClock === undefined ? [] : readNoClock(root.noClock, eventIds, entryIds, cueOwner, r);
  for (const [i, n] of noClock.entries()) if (eventIds.has(n.id)) r.error(['noClock', i, 'id'], `"${n.id}" is also an event id; give it another id.`);
  const periods = readPeriodList(root.periods, eventIds, r);
  for (const [i, e] of events.entries()) {
    if (!periods.some((p) => p.event === e.id)) r.warn(['events', i, 'id'], `No period runs from the event "${e.id}".`);
  }

  if (problems.filter((p) => p.severity === 'error').length > before || !reviewed || !workingDays) return undefined;
  return { reviewed, phrases, counting, months, workingDays, matching: { negations, wordsReferringBack: Number(wordsReferringBack), namedPeriodWords: Number(namedPeriodWords), clauseBreaks, timeQuestions, dateQuestions, aheadCues, documentCues, checkQuestions, corrections, replacedDate }, events, noClock, periods };
}

function readPhrases(raw: Record<string, unknown>, r: FieldReporter) {
  const out: Record<string, string> = {};
  for (const key of PERIOD_PHRASES) out[key] = r.text(raw[key], ['phrases', key], `the phrase "${key}"`) ?? '';
  return out;
}

function readCounting(raw: Record<string, unknown>, r: FieldReporter): Record<CountingRule, string> {
  const out = {} as Record<CountingRule, string>;
  for (const rule of COUNTING_RULES) {
    const text = r.text(raw[rule], ['counting', rule], `how the "${rule}" rule is described`) ?? '';
    if (text && !text.includes('{start}')) r.error(['counting', rule], 'The description must include {start}, where the date counted from goes.');
    out[rule] = text;
  }
  return out;
}

function sources(value: unknown, path: (string | number)[], r: FieldReporter): Source[] {
  return r.list(value, path, 'at least one source').flatMap((s, i) => r.source(s, [...path, i]) ?? []);
}

function readWorkingDays(raw: Record<string, unknown>, r: FieldReporter): PeriodsData['workingDays'] | undefined {
  const source = r.source(raw.source, ['workingDays', 'source']);
  const coveredUntil = raw.coveredUntil;
  if (typeof coveredUntil !== 'number' || !Number.isInteger(coveredUntil)) r.error(['workingDays', 'coveredUntil'], 'Give the last year the holiday list covers, for example 2030.');
  const holidays = new Set<string>();
  r.list(raw.holidays, ['workingDays', 'holidays'], 'the bank holidays').forEach((h, i) => {
    const iso = r.isoDate(h, ['workingDays', 'holidays', i]);
    if (!iso) return;
    const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) r.warn(['workingDays', 'holidays', i], `${iso} is a weekend day, which never counts as a working day anyway; list the substitute weekday instead.`);
    if (Number(iso.slice(0, 4)) > Number(coveredUntil)) r.error(['workingDays', 'holidays', i], `${iso} is after coveredUntil (${String(coveredUntil)}); raise coveredUntil.`);
    holidays.add(iso);
  });
  return source && typeof coveredUntil === 'number' ? { source, coveredUntil, holidays } : undefined;
}

function readEvents(value: unknown, entryIds: ReadonlySet<string>, cueOwner: Map<string, string>, r: FieldReporter): ClockEvent[] {
  const seen = new Map<string, string>();
  return r.list(value, ['events'], 'the events periods run from').flatMap((raw, i) => {
    const e = asRecord(raw);
    const at = (field: string) => ['events', i, field];
    const id = r.id(e.id, at('id'), 30);
    if (id && seen.has(id)) r.error(at('id'), `The event id "${id}" is used twice.`);
    if (id) seen.set(id, id);
    const describe = r.text(e.describe, at('describe'), 'a description that completes "I\'ve taken 3 June as the day ..."');
    const short = r.text(e.short, at('short'), 'a short label for the event');
    const whenAllPassed = r.text(e.whenAllPassed, at('whenAllPassed'), 'what to say when every date has passed');
    const since = e.since === undefined ? undefined : r.isoDate(e.since, at('since'));
    const entry = r.optionalText(e.entry, at('entry'));
    if (entry && !entryIds.has(entry)) r.error(at('entry'), `There is no knowledge entry "${entry}".`);
    const explainedAlsoBy = e.explainedAlsoBy === undefined ? [] : r.list(e.explainedAlsoBy, at('explainedAlsoBy'), 'the knowledge entries that explain its periods').map(String);
    for (const other of explainedAlsoBy) if (!entryIds.has(other)) r.error(at('explainedAlsoBy'), `There is no knowledge entry "${other}".`);
    const cues = readCues(e.cues, ['events', i], id, cueOwner, r);
    const note = r.optionalText(e.note, at('note'));
    const alsoOffer = e.alsoOffer === undefined ? [] : r.list(e.alsoOffer, at('alsoOffer'), 'the event ids to offer as well').map(String);
    return id && describe && short && whenAllPassed && (e.since === undefined || since)
      ? [{ id, describe, short, whenAllPassed, cues, alsoOffer, explainedAlsoBy, ...(since ? { since } : {}), ...(entry ? { entry } : {}), ...(note ? { note } : {}) }]
      : [];
  });
}

function readPeriodList(value: unknown, eventIds: ReadonlySet<string>, r: FieldReporter): StatutoryPeriod[] {
  const seen = new Set<string>();
  return r.list(value, ['periods'], 'the periods').flatMap((raw, i) => {
    const p = asRecord(raw);
    const at = (field: string) => ['periods', i, field];
    const id = r.id(p.id, at('id'), 40);
    if (id && seen.has(id)) r.error(at('id'), `The period id "${id}" is used twice.`);
    if (id) seen.add(id);
    const event = typeof p.event === 'string' && eventIds.has(p.event) ? p.event : undefined;
    if (!event) r.error(at('event'), `"event" must be one of the events listed above (${[...eventIds].join(', ')}).`);
    const length = typeof p.length === 'number' && Number.isInteger(p.length) && p.length > 0 ? p.length : undefined;
    if (!length) r.error(at('length'), 'The length must be a whole number above 0, for example 6.');
    const unit = PERIOD_UNITS.find((u) => u === p.unit);
    if (!unit) r.error(at('unit'), `The unit must be one of: ${PERIOD_UNITS.join(', ')}.`);
    const counting = COUNTING_RULES.find((c) => c === p.counting);
    if (!counting) r.error(at('counting'), `counting must be one of: ${COUNTING_RULES.join(', ')} (see the top of the file).`);
    const wording = r.text(p.wording, at('wording'), "the statute's own words for the period");
    const mismatch = wording && counting && length && unit ? wordingMismatch(wording, counting, length, unit) : undefined;
    if (mismatch) r.error(at('wording'), `The wording and the period disagree: ${mismatch} Fix whichever is wrong.`);
    const provision = r.text(p.provision, at('provision'), 'the provision, for example "Localism Act 2011, s.95(6)"');
    const url = typeof p.url === 'string' && p.url.startsWith('https://www.legislation.gov.uk/') ? p.url : undefined;
    if (!url) r.error(at('url'), 'Link the provision itself on https://www.legislation.gov.uk/ (the section, regulation or rule).');
    const label = r.text(p.label, at('label'), 'a label for the date');
    const meaning = r.text(p.meaning, at('meaning'), 'what the date means for the group');
    const caveat = r.optionalText(p.caveat, at('caveat'));
    const meaningAhead = r.optionalText(p.meaningAhead, at('meaningAhead'));
    if (p.rollover !== undefined && typeof p.rollover !== 'boolean') r.error(at('rollover'), 'rollover must be true or false.');
    const rollover = p.rollover === true;
    const rolloverSource = rollover ? r.source(p.rolloverSource, at('rolloverSource'), true) : undefined;
    if (!id || !event || !length || !unit || !counting || !wording || !provision || !url || !label || !meaning || (rollover && !rolloverSource)) return [];
    return [{ id, event, label, length, unit, counting, wording, provision, url, meaning, rollover, ...(rolloverSource ? { rolloverSource } : {}), ...(caveat ? { caveat } : {}), ...(meaningAhead ? { meaningAhead } : {}) }];
  });
}

