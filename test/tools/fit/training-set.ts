// The questions the matcher is fitted on, each with the set of entries that would be a correct
// answer to it:
//  - every example question of every entry, asked with that example left out of the index
//    (a fair stand-in for an unseen phrasing), correct = its own entry;
//  - the dev question files (the blind question bank's dev split and the probe sets), correct =
//    every entry whose answer, as the scorer reads it (title + plain text, at most 4,000
//    characters), matches all the question's expected facts; none for questions to decline.
import { readFileSync, existsSync } from 'node:fs';
import type { Entry, KnowledgeBase } from '../../../src/kb/model.js';
import { guardInput } from '../../../src/input-guard.js';
import { analyze, type Analysis } from '../../../src/nlp/analyze.js';
import type { LeaveOut } from '../../../src/nlp/features.js';
import type { SearchIndex } from '../../../src/nlp/search-index.js';
import { answerReply, clarifyReply } from '../../../src/reply/compose.js';
import type { Reply } from '../../../src/types.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { withoutPersonalDetails } from '../../../src/store/privacy.js';

export interface QuestionLine {
  id: string;
  q: string;
  facts?: string[];
  abstain?: boolean;
  orFacts?: string[];
  topic?: string;
}

export interface TrainingQuestion {
  id: string;
  text: string;
  /** example: an entry's own example, left out; dev: a question the knowledge may be shaped on;
   *  calibration: a blind-written question nobody reads, so the confidence and threshold learn
   *  from phrasings the knowledge was never shaped to fit. */
  source: 'example' | 'dev' | 'calibration';
  /** Should be declined (no entry is right). */
  decline: boolean;
  /** Entry ids that would be scored correct. */
  correct: Set<string>;
  /** Entry ids whose short reading (title and "In short", as a clarify reply gives it) would be. */
  shortCorrect: Set<string>;
  analysis: Analysis;
  leaveOut?: LeaveOut;
  /** The expected facts (dev questions), for reports. */
  facts?: string[];
}

/** A .jsonl question file, or a .txt file of questions to decline (one a line; `orFacts` as the
 *  probe test scores them: an answer naming the right other scheme counts as declining). */
export function readQuestionFile(file: string, orFacts?: string[]): QuestionLine[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.txt')) return text.split('\n').filter((l) => l.trim()).map((q, i) => ({ id: `${file}:${i}`, q, abstain: true, ...(orFacts ? { orFacts } : {}) }));
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as QuestionLine);
}

/** Entry ids whose answer to this question the shared scorer would count as correct. */
export function correctEntries(kb: KnowledgeBase, line: QuestionLine, analysis: Analysis): Set<string> {
  return entriesStating(kb, line, (entry) => scoredText(answerReply(kb, entry, 1, analysis.nations)));
}

/** Entry ids whose short reading, as a clarify reply gives it, states the facts on its own. */
export function shortCorrectEntries(kb: KnowledgeBase, line: QuestionLine): Set<string> {
  return entriesStating(kb, line, (entry) => shortReading(kb, entry));
}

// A short reading does not depend on the question: each entry's is rendered once per knowledge.
const shortReadings = new WeakMap<KnowledgeBase, Map<string, string | undefined>>();
function shortReading(kb: KnowledgeBase, entry: Entry): string | undefined {
  let byEntry = shortReadings.get(kb);
  if (!byEntry) shortReadings.set(kb, (byEntry = new Map()));
  if (!byEntry.has(entry.id)) byEntry.set(entry.id, scoredText(clarifyReply(kb, [{ entryId: entry.id, score: 1 }])));
  return byEntry.get(entry.id);
}

/** Title and text as the shared scorer reads them, or undefined when the text is over its 4,000 characters. */
function scoredText(reply: Reply): string | undefined {
  const text = toPlainText(reply);
  return text.length <= 4000 ? `${reply.title ?? ''}\n${text}` : undefined;
}

function entriesStating(kb: KnowledgeBase, line: QuestionLine, bodyOf: (entry: Entry) => string | undefined): Set<string> {
  const facts = (line.abstain ? line.orFacts : line.facts) ?? [];
  if (line.abstain && !line.orFacts) return new Set();
  const res = facts.map((f) => new RegExp(f, 'i'));
  const out = new Set<string>();
  for (const entry of kb.entries) {
    const body = bodyOf(entry);
    if (body !== undefined && res.every((r) => r.test(body))) out.add(entry.id);
  }
  return out;
}

export function exampleQuestions(index: SearchIndex): TrainingQuestion[] {
  const out: TrainingQuestion[] = [];
  for (const ie of index.entries) {
    ie.examples.forEach((ex, k) => {
      if (k === 0) return; // the title, not a question someone asked
      out.push({ id: `${ie.entry.id}#${k}`, text: ex.text, source: 'example', decline: false, correct: new Set([ie.entry.id]), shortCorrect: new Set([ie.entry.id]), analysis: analyze(ex.text, index.lexicon), leaveOut: { position: ie.position, example: k } });
    });
  }
  return out;
}

export function devQuestions(kb: KnowledgeBase, index: SearchIndex, lines: QuestionLine[], source: 'dev' | 'calibration' = 'dev'): TrainingQuestion[] {
  const out: TrainingQuestion[] = [];
  for (const line of lines) {
    // Questions the input guard stops never reach the matcher.
    if (guardInput(line.q) !== 'ok') continue;
    const analysis = analyze(withoutPersonalDetails(line.q), index.lexicon);
    if (analysis.terms.length === 0) continue;
    out.push({ id: line.id, text: line.q, source, decline: Boolean(line.abstain), correct: correctEntries(kb, line, analysis), shortCorrect: shortCorrectEntries(kb, line), analysis, ...(line.facts ? { facts: line.facts } : {}) });
  }
  return out;
}

/** How many of a question's facts an entry's answer states (for telling misroutes from knowledge gaps). */
export function factsStated(kb: KnowledgeBase, entryId: string, facts: string[], analysis: Analysis): number {
  const entry = kb.byId.get(entryId);
  if (!entry) return 0;
  const reply = answerReply(kb, entry, 1, analysis.nations);
  const body = `${reply.title ?? ''}\n${toPlainText(reply)}`;
  return facts.filter((f) => new RegExp(f, 'i').test(body)).length;
}
