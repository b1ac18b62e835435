// The staff view of a ranking: what the question became, the top candidates and why.
import type { Explained } from '../../src/index.js';

export function formatExplanation(x: Explained): string {
  const lines = ['', '--- how this was matched ---'];
  if (!x.analysis) return [...lines, `input guard: not sent to the matcher (reply kind ${x.reply.kind})`].join('\n');
  lines.push(`words:  ${x.analysis.words.join(' ')}`);
  lines.push(`terms:  ${x.analysis.terms.join(' ')}`);
  if (x.analysis.corrections.length) lines.push(`typos:  ${x.analysis.corrections.map((c) => `${c.from}->${c.to}`).join(', ')}`);
  if (x.analysis.nations.length) lines.push(`nation: ${x.analysis.nations.join(', ')}`);
  if (x.usedContext) lines.push('context: used the previous answer in this conversation');
  if (x.followUp) {
    const changes = [...x.followUp.changes].map(([facet, values]) => `${facet}=${[...values].join('|')}`).join(', ') || 'none (points back)';
    lines.push(`follow-up: changes ${changes}`);
    for (const r of x.followUp.ranked.slice(0, 3)) lines.push(`  ${r.score.toFixed(3)}  ${r.entryId}  [facet fit ${r.fit.toFixed(2)} with topic ${r.matcher.toFixed(2)} own ${r.own.toFixed(2)}]`);
  }
  lines.push(`decision: ${x.status}`);
  for (const c of x.candidates) {
    const p = c.parts;
    lines.push(`  ${c.score.toFixed(3)}  ${c.entryId}  [example ${p.example.toFixed(2)} coverage ${p.coverage.toFixed(2)} bm25 ${p.bm25.toFixed(2)} keyword ${p.keyword.toFixed(2)} pattern ${p.pattern}${p.nation ? ` nation ${p.nation}` : ''}]`);
    if (c.bestExample) lines.push(`         closest example: "${c.bestExample}"`);
    if (c.keywordsHit.length) lines.push(`         keywords: ${c.keywordsHit.join(', ')}`);
  }
  return lines.join('\n');
}
