// periods.yaml and the checks are read with the rest of the knowledge folder: an edit to them
// changes the knowledge's version (so the start-up cache is rebuilt), and a broken one is
// reported while the running bot keeps its last good version, as for any other folder file.
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { readKnowledgeFolder } from '../../../src/kb/read-folder.js';
import { KNOWLEDGE_DIR } from './support/real-periods.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function copyOfKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tools-kb-'));
  made.push(dir);
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
// The interim moratorium's length changed without its statutory wording: kb:check refuses it.
const breakPeriods = (dir: string) => edit(join(dir, 'periods.yaml'), (t) => t.replace(/(id: interim-moratorium[\s\S]*?length: )6/, '$17'));

describe('the tools\' data in the knowledge folder', () => {
  it('given an edit to periods.yaml or to a check, the knowledge\'s version changes', () => {
    const dir = copyOfKnowledge();
    const before = readKnowledgeFolder(dir).version;
    edit(join(dir, 'periods.yaml'), (t) => t.replace('reviewed: ', 'reviewed:  '));
    const afterPeriods = readKnowledgeFolder(dir).version;
    edit(join(dir, 'checks', 'trigger-moratorium.yaml'), (t) => t.replace('title: Can our group trigger the moratorium?', 'title: Can our group trigger the pause?'));
    const afterCheck = readKnowledgeFolder(dir).version;
    expect(new Set([before, afterPeriods, afterCheck]).size).toBe(3);
  });

  it('given periods.yaml broken while the bot runs, a reload reports it and keeps the last good periods; a fixed file is used again', () => {
    const dir = copyOfKnowledge();
    const holder = KnowledgeHolder.open(dir);
    const good = holder.current.kb.periods!;
    breakPeriods(dir);
    const outcome = holder.reload();
    expect(outcome.problems).toContainEqual(expect.objectContaining({ file: 'periods.yaml', severity: 'error' }));
    expect(holder.current.kb.periods).toBe(good);
    edit(join(dir, 'periods.yaml'), (t) => t.replace(/(id: interim-moratorium[\s\S]*?length: )7/, '$16').replace('reviewed: 2026-11-21', 'reviewed: 2026-11-22'));
    holder.reload();
    expect(holder.current.kb.periods!.reviewed).toBe('2026-11-22');
  });

  it('given periods.yaml broken at start, the bot opens with its answers and checks but without the calculator, and reports the file', () => {
    const dir = copyOfKnowledge();
    breakPeriods(dir);
    const holder = KnowledgeHolder.open(dir);
    expect(holder.current.kb.periods).toBeUndefined();
    expect(holder.current.kb.checks?.checks.length).toBe(4);
    expect(holder.openingProblems.problems).toContainEqual(expect.objectContaining({ file: 'periods.yaml', severity: 'error' }));
  });

  it('given a check broken while the bot runs, a reload keeps the last good checks', () => {
    const dir = copyOfKnowledge();
    const holder = KnowledgeHolder.open(dir);
    const good = holder.current.kb.checks!;
    edit(join(dir, 'checks', 'can-nominate.yaml'), (t) => t.replace('start: body', 'start: nowhere'));
    const outcome = holder.reload();
    expect(outcome.problems).toContainEqual(expect.objectContaining({ file: 'checks/can-nominate.yaml', field: 'start', severity: 'error' }));
    expect(holder.current.kb.checks).toBe(good);
  });
});
