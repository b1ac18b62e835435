// A declared defining concept (`anchors:` in an entry's front matter) lets its entry answer any
// question that carries it, so it must stay as specific as it was written. Stop words fall away
// when a phrase is read ("no window" reads as "window"), and an anchor that reads as one everyday
// word lets off-topic questions through ("my Windows recovery drive" once reached the Right to
// Challenge that way). `npm run kb:check` warns about each one, naming the file, line and field.
import type { KnowledgeProblem } from '../errors.js';
import type { KnowledgeBase } from './model.js';
import { analyze } from '../nlp/analyze.js';
import type { SearchIndex } from '../nlp/search-index.js';

/** `texts`: each entry file's text (file -> text), to name the anchor's line. */
export function everydayAnchors(kb: KnowledgeBase, index: SearchIndex, texts: ReadonlyMap<string, string> = new Map()): KnowledgeProblem[] {
  const everyday = new Set(index.weights.anchors.generic);
  return kb.entries.flatMap((entry) =>
    (entry.anchors ?? []).flatMap((anchor): KnowledgeProblem[] => {
      const terms = analyze(anchor, index.lexicon).terms;
      if (terms.length !== 1 || !everyday.has(terms[0])) return [];
      const line = lineOf(texts.get(entry.file), anchor);
      return [{
        file: entry.file,
        field: 'anchors',
        ...(line ? { line } : {}),
        severity: 'warning',
        message: `The anchor "${anchor}" reads as the everyday word "${terms[0]}", so any question using that word could be answered from this entry. Make it a phrase only this topic uses (for example "community asset transfer", not "transfer").`,
      }];
    }),
  );
}

function lineOf(text: string | undefined, anchor: string): number | undefined {
  if (!text) return undefined;
  const at = text.split(/\r?\n/).findIndex((l) => /^\s*-\s*/.test(l) && l.replace(/^\s*-\s*/, '').replace(/^["']|["']$/g, '').trim() === anchor);
  return at >= 0 ? at + 1 : undefined;
}
