// Checks on the shipped knowledge folder: it loads, every entry's examples find their own entry,
// every entry is sourced, and the answers people most often need read right.
import { describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import {
  createAdvisor,
  createMemoryLogger,
  createMemoryStore,
  KnowledgeHolder,
  loadKnowledge,
  toPlainText,
  type Question,
} from '../../src/index.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const { kb, problems } = loadKnowledge(KNOWLEDGE_DIR);
const entries = kb?.entries ?? [];

const holder = kb ? KnowledgeHolder.open(KNOWLEDGE_DIR) : undefined;
const advisor = holder
  ? createAdvisor({ knowledge: holder, store: createMemoryStore(), logger: createMemoryLogger(), config: { hashSalt: 'content-test', staff: [], retentionDays: 90 } })
  : undefined;

let thread = 0;
function ask(text: string): Question {
  return { text, platform: 'cli', user: { id: 'content-test' }, channel: { id: 'terminal', isDirect: true }, threadId: `content-${thread++}`, receivedAt: new Date() };
}

const PRIMARY_HOSTS = new Set(['legislation.gov.uk', 'www.legislation.gov.uk', 'gov.uk', 'www.gov.uk']);
const isPrimary = (url: string) => PRIMARY_HOSTS.has(new URL(url).hostname);

describe('the shipped knowledge folder', () => {
  it('loads with no errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb).toBeDefined();
  });

  it('has at least 15 entries covering the four Localism Act rights', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
    const titles = entries.map((e) => `${e.id} ${e.title}`.toLowerCase()).join('\n');
    expect(titles).toMatch(/right to bid|asset of community value/);
    expect(titles).toMatch(/right to challenge/);
    expect(titles).toMatch(/neighbourhood plan/);
    expect(titles).toMatch(/right to build/);
  });
});

describe('every entry', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s has at least 4 example questions and at least one https source', (_id, entry) => {
    expect(entry.questions.length).toBeGreaterThanOrEqual(4);
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const s of entry.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it.each(entries.filter((e) => e.statutory).map((e) => [e.id, e] as const))('%s (statutory) cites legislation.gov.uk or gov.uk', (_id, entry) => {
    expect(entry.sources.map((s) => s.url).filter(isPrimary)).not.toEqual([]);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: every example question is answered with this entry', async (_id, entry) => {
    const astray: string[] = [];
    for (const q of entry.questions) {
      const x = await advisor!.explain(ask(q));
      if (x.status !== 'answered' || x.reply.entryId !== entry.id) {
        const where = x.status === 'clarify' ? x.reply.followUps.map((f) => f.entryId).join(' or ') : x.reply.entryId ?? '-';
        astray.push(`"${q}" -> ${x.status} ${where}`);
      }
    }
    expect(astray).toEqual([]);
  });
});

describe('claims about the 2026 Community Right to Buy', () => {
  // A sentence about the new right saying, as a fact, that it has started. A sentence that only
  // hedges ("check whether it has come into force", "until it came into force", "not yet") is fine.
  const STARTED = /\b(is now in force|(came|has now come|has come) into force)\b/i;
  const HEDGE = /\b(whether|if|until|unless|once|when|not|never|no|yet)\b/i;
  const ABOUT_NEW_RIGHT = /community right to buy|new right to buy|right to buy[^.]*2026|2026[^.]*right to buy/i;

  function claimsInForce(sentence: string): boolean {
    const m = STARTED.exec(sentence);
    return Boolean(m) && !HEDGE.test(sentence.slice(0, m!.index));
  }

  it('recognises a claim and lets a hedge through', () => {
    expect(claimsInForce('The new Community Right to Buy came into force on 1 October 2026.')).toBe(true);
    expect(claimsInForce('The Community Right to Buy is now in force.')).toBe(true);
    expect(claimsInForce('Check whether the new right has come into force.')).toBe(false);
    expect(claimsInForce('It has not come into force.')).toBe(false);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s does not say the new right is in force', (_id, entry) => {
    const claims: string[] = [];
    for (const section of entry.sections) {
      for (const sentence of section.body.split(/(?<=[.!?])\s+|\n+/)) {
        const aboutIt = entry.topic === 'right-to-buy-2026' || ABOUT_NEW_RIGHT.test(sentence);
        if (aboutIt && claimsInForce(sentence)) claims.push(sentence);
      }
    }
    expect(claims).toEqual([]);
  });
});

describe('answers people most often need', () => {
  it('given "how long does an ACV listing last?", it answers that a listing lasts five years, citing an https source', async () => {
    const x = await advisor!.explain(ask('how long does an ACV listing last?'));
    expect(x.status).toBe('answered');
    expect(toPlainText(x.reply)).toMatch(/\b(five|5) years\b/i);
    expect(x.reply.sources.some((s) => s.url.startsWith('https://'))).toBe(true);
  });

  it('given a question from Powys answered from an England-only entry, it says plainly that the answer does not apply in Wales', async () => {
    const x = await advisor!.explain(ask('my sister in Powys asked: does the new community right to buy in the 2026 act give them first refusal on their pub?'));
    expect(x.status).toBe('answered');
    expect(toPlainText(x.reply)).toMatch(/does not apply in Wales/);
  });

  it('given a question comparing Scotland\'s community right to buy with England\'s Right to Bid, the answer says what Scotland\'s right does: a registered interest, then the right to buy first at an independent value', async () => {
    const x = await advisor!.explain(ask('how does the scottish community right to buy compare with the english right to bid'));
    expect(x.status).toBe('answered');
    const text = toPlainText(x.reply);
    expect(text).toMatch(/registers? an interest/i);
    expect(text).toMatch(/independently assessed value|independent valu/i);
  });

  it('given a question about a listing after a sale, the answer also says why a buyer\'s searches show the listing (a local land charge and a Land Registry restriction)', async () => {
    const x = await advisor!.explain(ask('is the pub still an acv after it has been sold'));
    expect(x.reply.entryId).toBe('acv-listing-after-sale');
    expect(toPlainText(x.reply)).toMatch(/local land charge[^.]*restriction[^.]*Land Registry/i);
  });

  it('given "what\'s the weather in Leeds tomorrow", it falls back', async () => {
    const x = await advisor!.explain(ask("what's the weather in Leeds tomorrow"));
    expect(x.status).toBe('fallback');
    expect(x.reply.kind).toBe('fallback');
  });

  it('given "wat is the rite to bid", it answers about the right to bid', async () => {
    const x = await advisor!.explain(ask('wat is the rite to bid'));
    expect(x.status).toBe('answered');
    const aboutRightToBid = (x.reply.entryId ?? '').startsWith('acv-') || /right to bid/i.test(x.reply.title ?? '');
    expect(aboutRightToBid).toBe(true);
  });

  it('given an empty question, it replies helpfully (what to ask, and where to start) rather than failing', async () => {
    const reply = await advisor!.ask(ask(''));
    expect(reply.kind).not.toBe('error');
    expect(toPlainText(reply).trim().length).toBeGreaterThan(20);
    expect(reply.followUps.length).toBeGreaterThan(0);
  });
});
