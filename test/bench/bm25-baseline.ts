// The baseline the bot's cold start is compared with: the simplest bot that could answer from
// the same knowledge. It reads every entry's file, indexes title, example questions, keywords and
// answer with MiniSearch (BM25), and prints the best match for one question. No checks, no
// typo correction, no store: the cost of answering at all.
//   node <compiled>/bm25-baseline.js "question" [knowledge folder]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';

interface Doc {
  id: string;
  title: string;
  questions: string;
  keywords: string;
  body: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') && name !== 'README.md' ? [path] : [];
  });
}

function readDoc(path: string): Doc | undefined {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'));
  if (!match) return undefined;
  const header = parse(match[1]) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.join(' \n ') : '');
  return { id: String(header.id), title: String(header.title ?? ''), questions: list(header.questions), keywords: list(header.keywords), body: match[2] };
}

const question = process.argv[2] ?? 'how long does an ACV listing last?';
const dir = process.argv[3] ?? 'knowledge';
const docs = markdownFiles(dir).flatMap((p) => readDoc(p) ?? []);
const index = new MiniSearch<Doc>({ fields: ['title', 'questions', 'keywords', 'body'], storeFields: ['title', 'body'], searchOptions: { boost: { title: 2, keywords: 2, questions: 1.5 }, fuzzy: 0.2, prefix: true } });
index.addAll(docs);
const [best] = index.search(question);
const firstParagraph = (body: string) => body.split('\n\n').map((p) => p.trim()).find((p) => p && !p.startsWith('#')) ?? '';
process.stdout.write(best ? `${best.title}\n\n${firstParagraph(String(best.body))}\n` : 'Sorry, I do not know.\n');
