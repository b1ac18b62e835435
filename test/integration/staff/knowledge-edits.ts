// Edits made to a temporary copy of the fixture knowledge, the way staff and editors make them.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A valid new entry about village greens, answerable by its own example questions. */
export function villageGreenEntry(id = 'acv-village-green'): string {
  return `---
id: ${id}
title: Can a village green be registered to protect it?
questions:
  - can we register our village green
  - how do we protect the village green from development
  - registering a town or village green
  - What is the process for registering land as a town or village green?
keywords:
  - village green
sources:
  - title: Commons Act 2006, section 15
    url: https://www.legislation.gov.uk/ukpga/2006/26/section/15
jurisdictions: [england]
statutory: true
reviewed: 2026-10-01
---
## In short
Land local people have used for sports and pastimes for **20 years** can be registered as a village green.
`;
}

/** Saves the way many editors do: write a temporary file beside it, then rename it over. */
export function saveLikeAnEditor(path: string, text: string) {
  const temp = join(path, '..', `.${path.split('/').pop()}.swp`);
  writeFileSync(temp, text);
  renameSync(temp, path);
}

export function editFile(path: string, change: (text: string) => string) {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 3000, everyMs = 20): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return { value, ms: performance.now() - started };
    if (performance.now() - started > timeoutMs) throw new Error(`not seen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
