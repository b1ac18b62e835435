// `npm run eval:conversations -- FILE.jsonl [--verbose] [--no-context] [--min-turns 0.9] [--min-conversations 0.8]`:
// answers each conversation in FILE through the same path as `ask --json --conversation`, on a
// throwaway data file, and reports the share of turns right and of conversations right
// throughout, by pattern and by turn position. --verbose lists the turns that went wrong (use it
// on dev sets only). --no-context asks every turn as a conversation of its own: the baseline
// that shows what following the conversation adds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCore, createLogger } from '../../src/index.js';
import { answerConversation } from './conversation-mode.js';
import { parseConversations, scoreConversations, type ConversationReport } from './conversation-score.js';
import { explainStartupFailure } from './fail.js';
import type { JsonResult } from './json-result.js';
import { printErr, printOut } from './terminal-output.js';

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const noContext = args.includes('--no-context');
  const minTurns = numberAfter(args, '--min-turns', 0.9);
  const minConversations = numberAfter(args, '--min-conversations', 0.8);
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--min'));
  if (!file) {
    console.error('Usage: npm run eval:conversations -- conversations.jsonl [--verbose] [--min-turns 0.9] [--min-conversations 0.8]');
    process.exitCode = 2;
    return;
  }
  const conversations = parseConversations(readFileSync(file, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'eval-conversations-'));
  const core = await buildCore({ watchKnowledge: false, logger: createLogger('error'), env: { ...process.env, ADVISOR_DATA_FILE: join(dir, 'data.json') } });
  const results: JsonResult[][] = [];
  try {
    for (const [i, c] of conversations.entries()) {
      const replies: JsonResult[] = [];
      const collect = (line: string) => void replies.push(JSON.parse(line) as JsonResult);
      const lines = c.turns.map((t) => t.q.replace(/\n/g, ' '));
      if (noContext) for (const [k, line] of lines.entries()) await answerConversation(core.advisor, [line], `eval:conversation:${i}:${k}`, collect);
      else await answerConversation(core.advisor, lines, `eval:conversation:${i}`, collect);
      results.push(replies);
    }
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const report = scoreConversations(conversations, results);
  print(report, verbose);
  const turnShare = report.turnsRight / Math.max(1, report.turns);
  const conversationShare = report.conversationsRight / Math.max(1, report.conversations);
  process.exitCode = turnShare >= minTurns && conversationShare >= minConversations ? 0 : 1;
}

function print(report: ConversationReport, verbose: boolean) {
  // Failures quote the conversation file's text: through the terminal sanitiser like every writer.
  if (verbose) for (const f of report.failures) printOut(`  ${f.id} turn ${f.turn}: "${f.q}" -> ${f.why}\n`);
  for (const [pattern, [right, total]] of [...report.byPattern].sort()) console.log(`  ${pattern.padEnd(24)} ${right}/${total}`);
  console.log(`  by turn: ${[...report.byPosition].sort((a, b) => a[0] - b[0]).map(([k, [right, asked]]) => `${k}: ${right}/${asked}`).join(', ')}`);
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`turns right ${pct(report.turnsRight, report.turns)} (${report.turnsRight}/${report.turns}); conversations right throughout ${pct(report.conversationsRight, report.conversations)} (${report.conversationsRight}/${report.conversations})`);
}

function numberAfter(args: string[], flag: string, fallback: number): number {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
