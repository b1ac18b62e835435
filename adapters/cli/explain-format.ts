// The staff view of a ranking: what the question became, the top candidates, the fitted features
// that scored them (value x weight) and the defining concept that allowed an answer.
import type { Explained } from '../../src/index.js';

/** How many of a candidate's largest feature contributions to list. */
const SHOWN_FEATURES = 6;

export function formatExplanation(x: Explained, weights?: { features: string[]; rank: number[]; thresholds: { answer: number } }): string {
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
  const threshold = weights ? ` (answers at ${weights.thresholds.answer.toFixed(2)} or above)` : '';
  lines.push(`decision: ${x.status}, confidence ${(x.confidence ?? 0).toFixed(3)}${threshold}`);
  for (const c of x.candidates) {
    const anchor = c.anchorLevel === 2 ? `entry concept "${c.anchorUnit}"` : c.anchorLevel === 1 ? `topic concept "${c.anchorUnit}"` : 'no defining concept (cannot answer)';
    lines.push(`  share ${c.score.toFixed(3)}  score ${c.raw.toFixed(2)}  ${c.entryId}  [${anchor}${c.patternHit ? ', pattern' : ''}]`);
    if (weights) {
      const contributions = weights.features
        .map((name, i) => ({ name, value: (c.parts as Record<string, number>)[name] ?? 0, weight: weights.rank[i] }))
        .filter((f) => f.value !== 0 && f.name !== 'bias')
        .sort((a, b) => Math.abs(b.value * b.weight) - Math.abs(a.value * a.weight))
        .slice(0, SHOWN_FEATURES);
      lines.push(`         features: ${contributions.map((f) => `${f.name} ${f.value.toFixed(2)}x${f.weight.toFixed(2)}`).join(', ')}`);
    }
    if (c.bestExample) lines.push(`         closest example: "${c.bestExample}"`);
    if (c.keywordsHit.length) lines.push(`         keywords: ${c.keywordsHit.join(', ')}`);
  }
  return lines.join('\n');
}
