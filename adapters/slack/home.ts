// The App Home tab and the reply to an empty mention, both built from the core's own description
// of what it knows (greeting, help, topics), so they never drift from the knowledge folder.
import type { types } from '@slack/bolt';
import type { Advisor, Reply } from '../../src/index.js';
import { headerBlock, sectionBlock, type KnownBlock } from './blocks.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn, markdownToMrkdwn, splitMrkdwn } from './mrkdwn.js';

export type Description = ReturnType<Advisor['describe']>;

/** Starter buttons on the help reply: the first question of each topic, as Slack shows few well. */
const STARTERS = 5;

/** What an empty mention or an empty /rights gets: the greeting, how to ask, and the topics. */
export function helpReply(description: Description): Reply {
  const topics = description.topics.map((t) => `- ${t.label}`).join('\n');
  return {
    kind: 'info',
    sections: [description.greeting, [description.help, topics].filter(Boolean).join('\n')]
      .filter((b) => b.trim())
      .map((body) => ({ body })),
    sources: [],
    followUps: description.topics
      .flatMap((t) => (t.entries[0] ? [{ label: t.entries[0].title, entryId: t.entries[0].entryId }] : []))
      .slice(0, STARTERS),
    actions: [],
  };
}

/** The Home tab: greeting, how to ask, then each topic with the questions it answers. */
export function renderHome(description: Description): types.HomeView {
  const blocks: KnownBlock[] = [];
  for (const body of [description.greeting, description.help]) {
    for (const piece of splitMrkdwn(markdownToMrkdwn(body.trim()), SLACK_LIMITS.sectionText)) blocks.push(sectionBlock(piece));
  }
  for (const topic of description.topics) {
    const list = topic.entries.map((e) => `• ${escapeMrkdwn(e.title)}`).join('\n');
    const topicBlocks: KnownBlock[] = [
      { type: 'divider' },
      headerBlock(topic.label),
      ...splitMrkdwn(list, SLACK_LIMITS.sectionText).map((piece) => sectionBlock(piece)),
    ];
    // A view holds at most 100 blocks (https://docs.slack.dev/reference/views); topics past that
    // are still answered, just not listed.
    if (blocks.length + topicBlocks.length > SLACK_LIMITS.blocksPerView) break;
    blocks.push(...topicBlocks);
  }
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.blocksPerView) };
}
