import { describe, it, expect } from '@jest/globals';
import { CHILD_TIMEOUT_MS, runNpm } from './support/child-process.js';
import { cliQuestion, shippedAdvisor } from './support/shipped-advisor.js';

const KEYS = ['status', 'entryId', 'title', 'confidence', 'text', 'sources', 'followUps'].sort();
const QUESTION = 'how long does an ACV listing last?';

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('npm run ask -- --json', () => {
  it(`given "${QUESTION}", it prints exactly one JSON object with the documented keys, answered, saying five years with an https source`, async () => {
    const run = runNpm(['run', '--silent', 'ask', '--', '--json', QUESTION]);
    expect(run.status).toBe(0);

    const lines = run.stdout.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(KEYS);
    expect(result.status).toBe('answered');
    expect(typeof result.entryId).toBe('string');
    expect(typeof result.title).toBe('string');
    expect(result.confidence).toEqual(expect.any(Number));
    expect(result.confidence as number).toBeGreaterThan(0);
    expect(result.confidence as number).toBeLessThanOrEqual(1);
    expect(result.text).toMatch(/\b(five|5) years\b/i);
    const sources = result.sources as { title: string; url: string }[];
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(Object.keys(s).sort()).toEqual(['title', 'url']);
    expect(sources.some((s) => s.url.startsWith('https://'))).toBe(true);
    for (const f of result.followUps as object[]) expect(Object.keys(f).sort()).toEqual(['entryId', 'label']);

    const inProcess = await shippedAdvisor().ask(cliQuestion(QUESTION, 'compare'));
    expect(result.entryId).toBe(inProcess.entryId);
  }, CHILD_TIMEOUT_MS);

  it('given an empty question, it prints one JSON object with a helpful text and exits 0', () => {
    const run = runNpm(['run', '--silent', 'ask', '--', '--json', '']);
    expect(run.status).toBe(0);
    const results = jsonLines(run.stdout);
    expect(results).toHaveLength(1);
    expect(Object.keys(results[0]).sort()).toEqual(KEYS);
    expect(String(results[0].text).trim().length).toBeGreaterThan(20);
    expect((results[0].followUps as unknown[]).length).toBeGreaterThan(0);
  }, CHILD_TIMEOUT_MS);

  it('given a question, it keeps log lines off stdout', () => {
    const run = runNpm(['run', '--silent', 'ask', '--', '--json', "what's the weather in Leeds tomorrow"]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(1);
    expect(jsonLines(run.stdout)[0].status).toBe('fallback');
  }, CHILD_TIMEOUT_MS);
});
