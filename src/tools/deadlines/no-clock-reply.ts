// The reply to a date for something that starts no clock, such as a pub going on the market: no
// dates are worked out from it (they could be wrong either way, and too late loses the 6 weeks);
// instead it says what does start the clock, under which provision, and how to find that date.
import type { FollowUp, Reply } from '../../types.js';
import { encodeToolId } from '../tool-ids.js';
import { dateKey, dateLabel } from './date-key.js';
import { fill } from './fill.js';
import type { FoundDate } from './find-dates.js';
import type { ClockEvent, NoClockEvent } from './periods-model.js';

export interface NoClockReplyInput {
  event: NoClockEvent;
  found: FoundDate;
  /** Events that do start a clock, named in the same sentence: the date may be theirs, if the person says so. */
  alternatives: ClockEvent[];
  /** The general-information notice from phrases.yaml. */
  notice: string;
  /** Title of the knowledge entry that explains what starts the clock. */
  entryTitle?: string;
}

export function noClockReply({ event, found, alternatives, notice, entryTitle }: NoClockReplyInput): Reply {
  const date = dateLabel(found);
  const followUps: FollowUp[] = alternatives.map((a) => ({ label: `${a.short}: ${date}`, entryId: encodeToolId({ tool: 'deadline', event: a.id, date: dateKey(found) }) }));
  if (event.entry && entryTitle) followUps.push({ label: entryTitle, entryId: event.entry });
  return {
    kind: 'answer',
    title: fill(event.title, { date }),
    sections: [
      { body: fill(event.explain, { date }) },
      { heading: event.findDateHeading, body: fill(event.findDate, { date }) },
    ],
    sources: event.sources.map((s) => ({ ...s })),
    followUps,
    actions: [],
    notice,
    ...(event.entry ? { entryId: event.entry } : {}),
  };
}
