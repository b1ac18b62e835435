import { describe, it, expect } from '@jest/globals';
import { adminCommandLine, roleNames } from '../../../adapters/discord/admin-command.js';
import { autocompleteChoices } from '../../../adapters/discord/on-autocomplete.js';
import type { DiscordCore } from '../../../adapters/discord/deps.js';
import { helpReply } from '../../../adapters/discord/help.js';
import { createMemoryLogger } from '../../../src/index.js';

describe('Discord /rights-admin translation', () => {
  it('given each subcommand and its options, it builds the staff command line the core expects', () => {
    expect(adminCommandLine('unanswered', {})).toBe('unanswered');
    expect(adminCommandLine('link', { item: 3, entry: 'acv-listing-length' })).toBe('link 3 acv-listing-length');
    expect(adminCommandLine('dismiss', { item: 3 })).toBe('dismiss 3');
    expect(adminCommandLine('stats', { days: 7 })).toBe('stats 7');
    expect(adminCommandLine('stats', { days: null })).toBe('stats');
    expect(adminCommandLine('stale', {})).toBe('stale');
    expect(adminCommandLine('reload', {})).toBe('reload');
  });

  it('given free text typed instead of an entry id, it keeps it one argument; given missing options or unknown subcommands, null', () => {
    expect(adminCommandLine('link', { item: 2, entry: ' acv listing length ' })).toBe('link 2 acv-listing-length');
    expect(adminCommandLine('link', { item: 2 })).toBeNull();
    expect(adminCommandLine('dismiss', {})).toBeNull();
    expect(adminCommandLine('drop-tables', {})).toBeNull();
  });

  it('given role ids, it returns their names for the staff check, leaving out @everyone and unknown roles', () => {
    const names: Record<string, string> = { g1: '@everyone', r1: 'Advisor Staff', r2: 'Members' };
    expect(roleNames(['g1', 'r1', 'r2', 'gone'], 'g1', (id) => names[id])).toEqual(['Advisor Staff', 'Members']);
  });
});

function stubCore(titles: { entryId: string; title: string }[]): DiscordCore & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    logger: createMemoryLogger(),
    advisor: {
      ask: async () => {
        throw new Error('not used');
      },
      act: async () => null,
      inConversation: async () => false,
      staff: async () => {
        throw new Error('not used');
      },
      suggestTitles: (partial, limit = 25) => {
        asked.push(partial);
        return titles.slice(0, limit);
      },
      describe: () => ({ greeting: 'Hello!', help: 'Ask me. Topics I cover:', topics: [] }),
    },
  };
}

describe('Discord autocomplete choices', () => {
  it('given titles for /rights question, it offers each title as both name and value, at most 25, within 100 characters', () => {
    const titles = Array.from({ length: 40 }, (_, i) => ({ entryId: `entry-${i}`, title: `${'Long title '.repeat(12)}${i}` }));
    const core = stubCore(titles);
    const choices = autocompleteChoices(core, 'rights', 'question', 'how long');
    expect(core.asked).toEqual(['how long']);
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const short = autocompleteChoices(stubCore([{ entryId: 'acv-listing-length', title: 'How long does an ACV listing last?' }]), 'rights', 'question', 'acv');
    expect(short).toEqual([{ name: 'How long does an ACV listing last?', value: 'How long does an ACV listing last?' }]);
  });

  it('given /rights-admin link entry, it offers titles but fills in the entry id', () => {
    const choices = autocompleteChoices(stubCore([{ entryId: 'acv-listing-length', title: 'How long does an ACV listing last?' }]), 'rights-admin', 'entry', 'acv');
    expect(choices).toEqual([{ name: 'How long does an ACV listing last? (acv-listing-length)', value: 'acv-listing-length' }]);
  });

  it('given an option that does not autocomplete, it offers nothing', () => {
    expect(autocompleteChoices(stubCore([{ entryId: 'a', title: 'A' }]), 'rights', 'private', '')).toEqual([]);
  });
});

describe('Discord help reply', () => {
  it("given the core's description, it shows the greeting, help and topics, with each topic's first entry as a button", () => {
    const reply = helpReply({
      greeting: 'Hello! I answer questions about community rights.',
      help: 'Topics I cover:',
      topics: [
        { label: 'Right to bid', entries: [{ entryId: 'acv-what-is', title: 'What is an ACV?' }, { entryId: 'acv-nominate', title: 'How to nominate' }] },
        { label: 'Empty topic', entries: [] },
      ],
    });
    expect(reply.kind).toBe('info');
    expect(reply.sections.map((s) => s.body)).toEqual(['Hello! I answer questions about community rights.', 'Topics I cover:\n- Right to bid\n- Empty topic']);
    expect(reply.followUps).toEqual([{ label: 'What is an ACV?', entryId: 'acv-what-is' }]);
  });
});
