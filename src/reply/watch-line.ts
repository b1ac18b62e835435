// The dated line under a time-sensitive answer: what may change, when it was last checked
// against the primary source and where to check now. Wording comes from phrases.yaml.
import { WATCH_PHRASE } from '../kb/load-extras.js';
import type { Entry, KnowledgeBase } from '../kb/model.js';
import { formatDate } from './plain-text.js';

export function watchLine(kb: KnowledgeBase, entry: Entry): string | undefined {
  const w = entry.watch;
  const phrase = w && kb.phrases[WATCH_PHRASE[w.kind]];
  if (!w || !phrase) return undefined;
  return phrase.replaceAll('{date}', formatDate(w.checked)).replaceAll('{what}', w.what).replaceAll('{provision}', w.provision).replaceAll('{where}', w.where);
}
