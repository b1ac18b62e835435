// Staff/developer tool: how well the knowledge routes its own example questions.
//   npx tsx test/tools/route-report.ts [--loo] [--verbose]
// Without --loo each example is asked as written (must route to its own entry). With --loo each
// example is removed from the index before it is asked: a fair stand-in for unseen phrasings.
import { loadConfig, loadKnowledge } from '../../src/index.js';
import { analyze } from '../../src/nlp/analyze.js';
import { decide } from '../../src/nlp/decide.js';
import { matchOffTopic, rankEntries } from '../../src/nlp/rank.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';

const loo = process.argv.includes('--loo');
const verbose = process.argv.includes('--verbose');
const { kb, problems } = loadKnowledge(loadConfig().knowledgeDir);
if (!kb) {
  console.error(problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n'));
  process.exit(1);
}
const full = buildSearchIndex(kb);
const tally = { answered: 0, wrong: 0, clarify: 0, fallback: 0 };
const misses: string[] = [];
for (const entry of kb.entries) {
  entry.questions.forEach((q, i) => {
    let index = full;
    if (loo) {
      const reduced = { ...entry, questions: entry.questions.filter((_, k) => k !== i) };
      index = buildSearchIndex({ ...kb, entries: kb.entries.map((e) => (e === entry ? reduced : e)) });
    }
    const a = analyze(q, index.lexicon);
    const cands = rankEntries(index, a);
    const d = decide(cands, matchOffTopic(index, a));
    const top = cands[0];
    const label = `${entry.id} <- "${q}"`;
    if (d.status === 'answered' && d.top.entryId === entry.id) tally.answered++;
    else if (d.status === 'answered') {
      tally.wrong++;
      misses.push(`WRONG    ${label} -> ${d.top.entryId} ${d.top.score.toFixed(2)}`);
    } else if (d.status === 'clarify') {
      tally.clarify++;
      misses.push(`clarify  ${label} -> ${d.options.map((o) => `${o.entryId} ${o.score.toFixed(2)}`).join(', ')}`);
    } else {
      tally.fallback++;
      misses.push(`fallback ${label} (top ${top?.entryId} ${top?.score.toFixed(2)}${d.offTopicId ? ` off-topic ${d.offTopicId}` : ''})`);
    }
  });
}
const total = Object.values(tally).reduce((a, b) => a + b, 0);
if (verbose || misses.length < 80) console.log(misses.join('\n'));
console.log(`${loo ? 'leave-one-out' : 'as written'}: ${total} examples, answered right ${tally.answered} (${((100 * tally.answered) / total).toFixed(1)}%), wrong ${tally.wrong}, clarify ${tally.clarify}, fallback ${tally.fallback}`);
