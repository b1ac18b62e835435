// `npm run fit:story-bands`: the curve the story floors are read from (FITTING.md, "A story's
// asked sentence" and "A story that ends in a plain question"). For every message of several
// sentences that the answer threshold declines, with an anchored best entry and no signpost, it
// prints how often that best entry is right, by band of the whole message's confidence and by what
// the asked sentence alone says: `same` (its own best entry is the whole message's), `plain` (it
// names nothing the knowledge defines), `other-sure` (it is answered from another entry) or
// `other-unsure` (it points elsewhere without being answered). For comparison it prints
// the same for messages just over the answer line, which the bot already answers.
// Read on the dev questions, the dev conversations' first turns and the calibration questions:
// the held-out files stay unread.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { matchOwn } from '../../../src/dialogue/matcher.js';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { anchored, decide } from '../../../src/nlp/decide.js';
import { askedSentence } from '../../../src/nlp/focus.js';
import { buildSearchIndex } from '../../../src/nlp/search-index.js';
import { WEIGHTS } from '../../../src/nlp/weights.js';
import { correctEntries } from './training-set.js';

const bankDir = fileURLToPath(new URL('../../fixtures/question-bank/', import.meta.url));
const files = readdirSync(bankDir).filter((f) => /^(dev|calibration|conversations-dev)(-\d+)?\.jsonl$/.test(f));
const { kb } = loadKnowledge(fileURLToPath(new URL('../../../knowledge', import.meta.url)));
if (!kb) throw new Error('the knowledge does not load: run npm run kb:check');
const index = buildSearchIndex(kb, [], WEIGHTS);
const { answer } = WEIGHTS.thresholds;

type Verdict = 'right' | 'wrong' | 'decline';
const tally = new Map<string, Record<Verdict, number>>();
const count = (key: string, v: Verdict) => {
  const t = tally.get(key) ?? { right: 0, wrong: 0, decline: 0 };
  t[v]++;
  tally.set(key, t);
};
const band = (c: number) => (Math.floor(c * 20) / 20).toFixed(2);

for (const file of files) {
  for (const line of readFileSync(bankDir + file, 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(line);
    // A conversation's first turn is a question on its own; later turns are follow-ups.
    const q = d.turns ? { ...d.turns[0], id: d.id } : d;
    if (q.smalltalk) continue;
    const asked = askedSentence(q.q);
    if (!asked) continue;
    const own = matchOwn(index, q.q);
    const whole = decide(own.candidates, index.weights);
    const top = own.candidates[0];
    if (!top || !anchored(top) || (own.decision.status === 'fallback' && own.decision.offTopicId)) continue;
    const right = correctEntries(kb, { id: q.id, q: q.q, facts: q.facts, abstain: q.abstain, orFacts: q.orFacts }, analyze(q.q, index.lexicon));
    const verdict: Verdict = q.abstain ? 'decline' : right.has(top.entryId) ? 'right' : 'wrong';
    if (whole.status === 'answered') {
      if (whole.confidence < answer + 0.1) count(`answered ${band(whole.confidence)}`, verdict);
      continue;
    }
    const part = matchOwn(index, asked);
    const partTop = part.candidates[0];
    const kind = !partTop || !anchored(partTop) ? 'plain' : partTop.entryId === top.entryId ? 'same' : part.decision.status === 'answered' ? 'other-sure' : 'other-unsure';
    count(`declined ${kind} ${band(whole.confidence)}`, verdict);
  }
}

console.log(`answer threshold ${answer}; floors: askedSentenceFloor ${WEIGHTS.thresholds.askedSentenceFloor}, genericAskFloor ${WEIGHTS.thresholds.genericAskFloor}`);
console.log('reading / band: right wrong decline (precision)');
for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
  const n = t.right + t.wrong + t.decline;
  console.log(`${key.padEnd(22)} ${String(t.right).padStart(4)} ${String(t.wrong).padStart(4)} ${String(t.decline).padStart(4)}  (${((100 * t.right) / n).toFixed(0)}%)`);
}
