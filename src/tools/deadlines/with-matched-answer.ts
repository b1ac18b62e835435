// Joins the worked-out dates and the matcher's answer to the rest of the question: "the owner
// told the council on 1 March. What happens now?" needs both. An exact date is the point of the
// question, so its dates come first; a rough one ("we listed it two years ago") is context, so
// the answer comes first and the dates follow.
import type { FollowUp, Reply, Source } from '../../types.js';

export function withMatchedAnswer(dates: Reply, matched: Reply, datesFirst: boolean): Reply {
  const [first, ...rest] = matched.sections;
  const answerSections = first ? [{ heading: matched.title ?? first.heading, body: first.body }, ...rest] : [];
  const [dateHead, ...dateRest] = dates.sections;
  const dateSections = dateHead ? [{ heading: dates.title ?? dateHead.heading, body: dateHead.body }, ...dateRest] : [];
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

function unique<T>(items: T[], key: (t: T) => string): T[] {
  return items.filter((item, i) => items.findIndex((o) => key(o) === key(item)) === i);
}
