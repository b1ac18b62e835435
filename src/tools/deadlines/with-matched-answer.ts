// Joins the worked-out dates and the matcher's answer to the rest of the question: "the owner
// told the council on 1 March. What happens now?" needs both. An exact date is the point of the
// question, so its dates come first; a rough one ("we listed it two years ago") is context, so
// the answer comes first and the dates follow.
//
// The answer brings its short part (what it shows first, its note on changing law included);
// "More detail" gives the dates' full lines and the answer's title as a button for the rest of it
// (dates-room.ts), so the joined reply stays about as long as an answer.
import { SHORT_PART_SOURCES } from '../../reply/compose.js';
import { withinOneMessage } from '../../reply/within-one-message.js';
import type { FollowUp, Reply, ReplySection, Source } from '../../types.js';

const IN_SHORT = /^in short$/i;

export function withMatchedAnswer(dates: Reply, matched: Reply, datesFirst: boolean): Reply {
  // The short reply's brief note on changing law stands for the full one here, in every output.
  const short = matched.sections.filter((s) => !s.detail).map(({ brief: _brief, ...s }) => s);
  // After the dates, the answer's title heads its short part; leading the reply, the answer keeps
  // its own headings, since the reply's title already names it.
  const answerSections = datesFirst ? headed(short, matched.title, (s) => IN_SHORT.test(s.heading ?? '')) : short;
  // The dates' sections come in a short and a full form; both take the dates' title after an answer.
  const dateSections = datesFirst ? dates.sections : headed(dates.sections, dates.title, (s) => s.heading === dates.sections[0]?.heading);
  const joined: Reply = {
    ...dates,
    title: datesFirst ? dates.title : matched.title,
    sections: datesFirst ? [...dateSections, ...answerSections] : [...answerSections, ...dateSections],
    // As each reading of a two-readings reply: the answer's short part brings its first sources;
    // its full answer, a button away, lists them all. The joined reply stays within one message.
    sources: joinSources(dates.sources, matched.sources.slice(0, SHORT_PART_SOURCES)),
    // The dates offer their event's entry; when that is the answer already given, it is not offered again.
    followUps: unique([...dates.followUps, ...matched.followUps], (f: FollowUp) => f.entryId).filter((f) => f.entryId !== matched.entryId),
    actions: matched.actions,
    ...(matched.entryId ? { entryId: matched.entryId } : {}),
    ...(matched.reviewed ? { reviewed: matched.reviewed } : {}),
    ...(matched.confidence !== undefined ? { confidence: matched.confidence } : {}),
  };
  // The dates' own choices ("was it something else?") are never dropped.
  return withinOneMessage(joined, (f) => dates.followUps.some((d) => d.entryId === f.entryId));
}

export function joinSources(a: Source[], b: Source[]): Source[] {
  return unique([...a, ...b], (s: Source) => s.url);
}

/** The sections, with `title` as the heading of those `which` picks (of the first, when none is picked). */
function headed(sections: ReplySection[], title: string | undefined, which: (s: ReplySection) => boolean): ReplySection[] {
  if (!title) return sections;
  const any = sections.some(which);
  return sections.map((s, i) => ((any ? which(s) : i === 0) ? { ...s, heading: title } : s));
}

function unique<T>(items: T[], key: (t: T) => string): T[] {
  return items.filter((item, i) => items.findIndex((o) => key(o) === key(item)) === i);
}
