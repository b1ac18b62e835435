// The reply to a bare mention or an empty question: the greeting and help text the core
// generates from the knowledge, so the adapter adds no words of its own.
import type { Advisor, Reply } from '../../src/types.js';

/** Greeting and help as an 'info' Reply. */
export function helpReply(described: ReturnType<Advisor['describe']>): Reply {
  return {
    kind: 'info',
    sections: [described.greeting, described.help].filter((text) => text.trim() !== '').map((body) => ({ body })),
    sources: [],
    followUps: [],
    actions: [],
  };
}
