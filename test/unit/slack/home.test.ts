// The App Home view and the empty-mention help, from the core's description.
import { describe, expect, it } from '@jest/globals';
import { helpReply, renderHome, type Description } from '../../../adapters/slack/home.js';

const description: Description = {
  greeting: 'Hello! I answer questions about **community rights** in England.',
  help: 'Ask me a question in your own words. Topics I cover:',
  topics: [
    { label: 'Assets of community value', entries: [{ entryId: 'acv-what-is', title: 'What is an ACV?' }, { entryId: 'acv-listing-length', title: 'How long does a listing last?' }] },
    { label: 'Right to Challenge', entries: [{ entryId: 'rtc-what-is', title: 'What is the <!channel> Right to Challenge?' }] },
  ],
};

describe('App Home', () => {
  it('given the description, it publishes a home view with the greeting, how to ask, and every topic with its questions', () => {
    const view = renderHome(description);
    expect(view.type).toBe('home');
    const json = JSON.stringify(view.blocks);
    expect(json).toContain('Hello! I answer questions about *community rights* in England.');
    expect(json).toContain('Ask me a question in your own words.');
    expect(json).toContain('Assets of community value');
    expect(json).toContain('• How long does a listing last?');
  });

  it('given a title with mention markup, it escapes it', () => {
    const json = JSON.stringify(renderHome(description).blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
  });

  it('given more topics than a view can hold, it stays within 100 blocks', () => {
    const many: Description = { ...description, topics: Array.from({ length: 80 }, (_, i) => ({ label: `Topic ${i}`, entries: [{ entryId: `e${i}`, title: `Entry ${i}` }] })) };
    expect(renderHome(many).blocks.length).toBeLessThanOrEqual(100);
  });
});

describe('help for an empty question', () => {
  it('given the description, it gives the greeting, how to ask, the topic list and a starter button per topic', () => {
    const reply = helpReply(description);
    expect(reply.kind).toBe('info');
    expect(reply.sections[0].body).toBe(description.greeting);
    expect(reply.sections[1].body).toBe('Ask me a question in your own words. Topics I cover:\n- Assets of community value\n- Right to Challenge');
    expect(reply.followUps).toEqual([
      { label: 'What is an ACV?', entryId: 'acv-what-is' },
      { label: 'What is the <!channel> Right to Challenge?', entryId: 'rtc-what-is' },
    ]);
  });
});
