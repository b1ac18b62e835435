// The reply to a bare mention or an empty question: the greeting, help text and topic list the
// core generates from the knowledge, so the adapter adds no words of its own.
import type { Advisor, Reply } from '../../src/index.js';

/** At most this many "try one of these" buttons, one row's worth. */
const STARTERS = 5;

/** Greeting, help and topics as an 'info' Reply, with the first entry of each topic as a button. */
export function helpReply(described: ReturnType<Advisor['describe']>): Reply {
  const topics = described.topics.map((t) => `- ${t.label}`).join('\n');
  const help = [described.help.trim(), topics].filter(Boolean).join('\n');
  return {
    kind: 'info',
    sections: [described.greeting.trim(), help].filter(Boolean).map((body) => ({ body })),
    sources: [],
    followUps: described.topics
      .flatMap((t) => (t.entries[0] ? [{ label: t.entries[0].title, entryId: t.entries[0].entryId }] : []))
      .slice(0, STARTERS),
    actions: [],
  };
}
