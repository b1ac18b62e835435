// Words two needs share: "inheritance tax" is an executors' sale of a listed pub and a family's
// own tax bill; "six weeks" is the Right to Bid's window and a neighbourhood plan's consultation;
// "sport england match funding" is a cricket club's grant, not a fixture. A signpost takes only
// the personal reading, and "six weeks" alone is no longer the interim moratorium's keyword, so
// each lands where it belongs.
// The questions are worded afresh, not copied from any entry's examples or question set.
import { describe, it, expect } from '@jest/globals';
import { cliQuestion, shippedAdvisor } from '../../integration/core/support/shipped-advisor.js';
import { toPlainText } from '../../../src/index.js';

const advisor = shippedAdvisor();
let thread = 0;

async function explain(text: string) {
  const x = await advisor.explain(cliQuestion(text, `shared-words:${thread++}`));
  return { status: x.status, top: x.candidates[0]?.entryId, signposted: x.reply.kind === 'fallback' && /(isn't|aren't) something I cover|don't cover/i.test(toPlainText(x.reply)) };
}

describe('signposts take only the personal reading of a shared word', () => {
  it.each([
    ['the executors are selling our listed village shop to settle the inheritance tax bill, does the pause apply?', 'acv-owner-death-insolvency-repossession'],
    ['sport england match funding for our bowls club pavilion, how much could we get?', undefined],
  ])('given "%s", it is not sent away as off-topic', async (text, entry) => {
    const r = await explain(text);
    expect({ text, signposted: r.signposted }).toEqual({ text, signposted: false });
    if (entry) expect({ text, top: r.top }).toEqual({ text, top: entry });
  });

  it.each([
    'what is the inheritance tax threshold for a married couple these days?',
    'we got gazumped on the flat we were buying, can we stop the sale?',
    'is the next england match on bbc or itv?',
    'who is the secretary of state for local government right now',
    'do I need householder planning permission for a porch',
    'the parish laptop is stuck on the windows recovery screen, what do I press',
    'can our community group sell raffle tickets at the fete without a licence',
    "what's the welsh word for village green",
    'which is the best pub near the village green for a sunday roast',
  ])('given the personal question "%s", it signposts it away', async (text) => {
    const r = await explain(text);
    expect({ text, status: r.status, signposted: r.signposted }).toEqual({ text, status: 'fallback', signposted: true });
  });
});

describe('a period two rights share does not pull a question to the other right', () => {
  it('given a neighbourhood area application publicised for six weeks, its top entry is a neighbourhood planning one', async () => {
    const r = await explain('the district put our neighbourhood area application out for six weeks of publicity and has gone quiet since, how long can it take to decide?');
    expect(r.top).toMatch(/^np-/);
  });

  it('given the Right to Bid window in everyday words, its top entry is the interim moratorium', async () => {
    const r = await explain('the owner has told the council he is selling the listed pub, how many weeks do we have to put our name down?');
    expect(r.top).toBe('acv-interim-moratorium-6-weeks');
  });
});

describe('facts added for questions nobody had asked before', () => {
  it('given a question on the 2023 Act and listed assets, the answer states its power to amend the rules', async () => {
    const x = await advisor.explain(cliQuestion('does the levelling up and regeneration act 2023 say anything about assets of community value?', `shared-words:${thread++}`));
    const reply = x.topAnswer ?? x.reply;
    expect(toPlainText(reply)).toMatch(/power to amend[^.]*26 December 2023/);
  });

  it('given a church closed by its diocese, the answer names the Mission and Pastoral Measure exemption', async () => {
    const x = await advisor.explain(cliQuestion('our diocese is closing the listed chapel under a pastoral scheme, can it be sold without the moratorium?', `shared-words:${thread++}`));
    const reply = x.topAnswer ?? x.reply;
    expect(toPlainText(reply)).toMatch(/Mission and Pastoral Measure 2011/);
  });
});

describe('abbreviations volunteers use', () => {
  it('given "CRtB", it reads the 2026 Community Right to Buy, not a Right to Build order', async () => {
    const r = await explain('is the CRtB live now or not?');
    expect(r.top).toMatch(/^crtb-/);
  });
});
