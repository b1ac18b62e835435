// Staff/developer tool: how well the knowledge routes its own example questions.
//   npx tsx test/tools/route-report.ts [--loo] [--verbose]
// Without --loo each example is asked as written (must route to its own entry). With --loo each
// example is left out of the index before it is asked: a fair stand-in for unseen phrasings.
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
const index = buildSearchIndex(kb);
const tally = { answered: 0, wrong: 0, clarify: 0, fallback: 0 };
const misses: string[] = [];
for (const ie of index.entries) {
  ie.entry.questions.forEach((q, i) => {
    const a = analyze(q, index.lexicon);
    const offTopicId = matchOffTopic(index, a);
    // Example k of an entry is numbered k + 1 in the index (its title is example 0).
    const cands = rankEntries(index, a, 5, { offTopic: offTopicId !== undefined, ...(loo ? { leaveOut: { position: ie.position, example: i + 1 } } : {}) });
    const d = decide(cands, index.weights, offTopicId);
    const label = `${ie.entry.id} <- "${q}"`;
    if (d.status === 'answered' && d.top.entryId === ie.entry.id) tally.answered++;
    else if (d.status === 'answered') {
      tally.wrong++;
      misses.push(`WRONG    ${label} -> ${d.top.entryId} ${d.confidence.toFixed(2)}`);
    } else if (d.status === 'clarify') {
      tally.clarify++;
      misses.push(`clarify  ${label} -> ${d.options.map((o) => `${o.entryId} ${o.score.toFixed(2)}`).join(', ')}`);
    } else {
      tally.fallback++;
      misses.push(`fallback ${label} (top ${cands[0]?.entryId} ${d.confidence.toFixed(2)}${d.offTopicId ? ` off-topic ${d.offTopicId}` : ''})`);
    }
  });
}
const total = Object.values(tally).reduce((a, b) => a + b, 0);
if (verbose || misses.length < 80) console.log(misses.join('\n'));
console.log(`${loo ? 'leave-one-out' : 'as written'}: ${total} examples, answered right ${tally.answered} (${((100 * tally.answered) / total).toFixed(1)}%), wrong ${tally.wrong}, clarify ${tally.clarify}, fallback ${tally.fallback}`);
