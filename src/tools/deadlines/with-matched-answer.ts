// Joins the worked-out dates and the matcher's answer to the rest of the question: "the owner
// told the council on 1 March. What happens now?" needs both. An exact date is the point of the
// question, so its dates come first; a rough one ("we listed it two years ago") is context, so
// the answer comes first and the dates follow.
//
// Short answer first: with the dates first, the short reply has them and the answer's own short
// part ("In short"); everything else of the answer waits behind "More detail" with the dates'
// full lines. With the answer first, each part keeps its own marks.
import type { FollowUp, Reply, ReplySection, Source } from '../../types.js';

const IN_SHORT = /^in short$/i;

export function withMatchedAnswer(dates: Reply, matched: Reply, datesFirst: boolean): Reply {
  const answer = headed(matched.sections, matched.title, (s) => IN_SHORT.test(s.heading ?? ''));
  const lead = Math.max(0, matched.sections.findIndex((s) => IN_SHORT.test(s.heading ?? '')));
  const answerSections = datesFirst ? answer.map((s, i) => (i <= lead || s.brief || s.detail ? s : { ...s, detail: true })) : answer;
  // The dates' sections come in a short and a full form; both take the dates' title.
  const dateSections = headed(dates.sections, dates.title, (s) => s.heading === dates.sections[0]?.heading);
  return {
    ...dates,
    title: datesFirst ? dates.title : matched.title,
    sections: datesFirst ? [...dates.sections, ...answerSections] : [...matched.sections, ...dateSections],
    sources: unique([...dates.sources, ...matched.sources], (s: Source) => s.url),
    followUps: unique([...dates.followUps, ...matched.followUps], (f: FollowUp) => f.entryId),
    actions: matched.actions,
    ...(matched.entryId ? { entryId: matched.entryId } : {}),
    ...(matched.reviewed ? { reviewed: matched.reviewed } : {}),
    ...(matched.confidence !== undefined ? { confidence: matched.confidence } : {}),
  };
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
