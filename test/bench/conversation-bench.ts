// `npm run bench:conversations`: what following a conversation costs per turn. The dev
// conversations are asked twice in one process, interleaved conversation by conversation: as
// conversations (each turn read against the conversation's state, follow-ups resolved over the
// facets), and as the baseline, every turn on its own with no state. Reports medians, p95 and
// their ratio; it does not fail the build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAdvisor, createLogger, createMemoryStore, KnowledgeHolder, type FullAdvisor, type Question } from '../../src/index.js';
import { parseConversations } from '../../adapters/cli/conversation-score.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const DEV = fileURLToPath(new URL('../fixtures/question-bank/conversations-dev.jsonl', import.meta.url));
const ROUNDS = 20;

const conversations = parseConversations(readFileSync(DEV, 'utf8'));
const knowledge = KnowledgeHolder.open(KNOWLEDGE_DIR);
const advisor = (): FullAdvisor => createAdvisor({ knowledge, store: createMemoryStore(), logger: createLogger('error'), config: { hashSalt: 'bench', staff: [], retentionDays: 90 } });
const question = (text: string, threadId: string): Question => ({ text, platform: 'cli', user: { id: 'bench' }, channel: { id: 'bench', isDirect: true }, threadId, receivedAt: new Date() });

async function timeTurns(a: FullAdvisor, lines: string[], thread: (k: number) => string, into: number[]) {
  for (const [k, line] of lines.entries()) {
    const started = performance.now();
    await a.ask(question(line, thread(k)));
    into.push(performance.now() - started);
  }
}

async function main() {
  const withContext: number[] = [];
  const alone: number[] = [];
  const a = advisor();
  const b = advisor();
  // Warm up both paths once (caches, JIT) before timing.
  for (const c of conversations) {
    await timeTurns(a, c.turns.map((t) => t.q), () => `warm-${c.id}`, []);
    await timeTurns(b, c.turns.map((t) => t.q), (k) => `warm-${c.id}-${k}`, []);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of conversations) {
      const lines = c.turns.map((t) => t.q);
      await timeTurns(a, lines, () => `${round}-${c.id}`, withContext);
      await timeTurns(b, lines, (k) => `${round}-${c.id}-${k}`, alone);
    }
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((x, y) => x - y);
    return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], n: s.length };
  };
  const ctx = stats(withContext);
  const base = stats(alone);
  const fmt = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`turns timed: ${ctx.n} each way (${conversations.length} dev conversations x ${ROUNDS} rounds, interleaved)`);
  console.log(`as conversations:   median ${fmt(ctx.median)}  p95 ${fmt(ctx.p95)}`);
  console.log(`each turn alone:    median ${fmt(base.median)}  p95 ${fmt(base.p95)}`);
  console.log(`ratio (conversation / alone): median ${(ctx.median / base.median).toFixed(2)}x  p95 ${(ctx.p95 / base.p95).toFixed(2)}x`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
