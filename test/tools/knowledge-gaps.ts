// Knowledge gaps on a dev question file: questions the matcher routes to an entry that states some
// but not all of the expected facts, or for which no entry states them all. These are for the
// knowledge editors; the matcher must not work around them.
//   npx tsx test/tools/knowledge-gaps.ts [test/fixtures/question-bank/dev.jsonl]   (never the test split)
import { loadKnowledge } from '../../src/kb/load-knowledge.js';
import { guardInput } from '../../src/input-guard.js';
import { analyze } from '../../src/nlp/analyze.js';
import { matchOffTopic, rankEntries } from '../../src/nlp/rank.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';
import { withoutPersonalDetails } from '../../src/store/privacy.js';
import { correctEntries, factsStated, readQuestionFile } from './fit/training-set.js';

const file = process.argv[2] ?? 'test/fixtures/question-bank/dev.jsonl';
if (/test\.jsonl$/.test(file)) throw new Error('knowledge gaps are read from dev questions only');
const { kb } = loadKnowledge('knowledge');
if (!kb) throw new Error('the knowledge does not load');
const index = buildSearchIndex(kb);
for (const line of readQuestionFile(file)) {
  if (line.abstain || !line.facts?.length || guardInput(line.q) !== 'ok') continue;
  const analysis = analyze(withoutPersonalDetails(line.q), index.lexicon);
  const top = rankEntries(index, analysis, 1, { offTopic: matchOffTopic(index, analysis) !== undefined })[0];
  if (!top) continue;
  const right = correctEntries(kb, line, analysis);
  const stated = factsStated(kb, top.entryId, line.facts, analysis);
  // Routed to an entry on the right subject (it states some of the facts) that lacks the rest,
  // with no entry stating them all: a gap in that entry, not a misroute.
  if (right.size === 0 && stated > 0) {
    const body = (await import('../../src/reply/plain-text.js')).toPlainText((await import('../../src/reply/compose.js')).answerReply(kb, kb.byId.get(top.entryId)!, 1, analysis.nations));
    const missing = line.facts.filter((f) => !new RegExp(f, 'i').test(`${kb.byId.get(top.entryId)!.title}\n${body}`));
    console.log(`${top.entryId}\t${line.id}\t${line.q}\tmissing: ${missing.map((m) => `/${m}/`).join(' ')}`);
  } else if (right.size === 0) console.log(`(no entry)\t${line.id}\t${line.q}\tfacts: ${line.facts.map((m) => `/${m}/`).join(' ')}`);
  else if (!right.has(top.entryId) && stated > 0) {
    // Routed to an entry on the subject that lacks a fact another entry states: a misroute, or a
    // fact the routed entry should carry too. Listed so editors can judge.
    const body = (await import('../../src/reply/plain-text.js')).toPlainText((await import('../../src/reply/compose.js')).answerReply(kb, kb.byId.get(top.entryId)!, 1, analysis.nations));
    const missing = line.facts.filter((f) => !new RegExp(f, 'i').test(`${kb.byId.get(top.entryId)!.title}\n${body}`));
    console.log(`partial ${top.entryId}\t${line.id}\t${line.q}\tmissing: ${missing.map((m) => `/${m}/`).join(' ')}\tstated by: ${[...right].slice(0, 3).join(', ')}`);
  }
}
