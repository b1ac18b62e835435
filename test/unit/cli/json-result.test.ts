import { describe, it, expect } from '@jest/globals';
import { toJsonResult } from '../../../adapters/cli/json-result.js';
import type { Reply } from '../../../src/index.js';

const base: Reply = { kind: 'clarify', sections: [{ body: 'Which did you mean?' }], sources: [], followUps: [{ label: 'Option A', entryId: 'a' }, { label: 'Option B', entryId: 'b' }], actions: [] };

describe('the JSON status of a clarify reply', () => {
  it('given a clarify reply that only asks which was meant, it is "clarify"', () => {
    expect(toJsonResult(base).status).toBe('clarify');
    expect(toJsonResult(base).readings).toBeUndefined();
  });

  it('given a clarify reply that gives both readings in short, it is "answered" and names the readings', () => {
    const reply: Reply = { ...base, readings: ['a', 'b'], sections: [base.sections[0], { heading: 'Option A', body: 'A in short.' }, { heading: 'Option B', body: 'B in short.' }] };
    const json = toJsonResult(reply);
    expect(json.status).toBe('answered');
    expect(json.readings).toEqual(['a', 'b']);
    expect(json.text).toContain('Option A\nA in short.');
    expect(json.text).toContain('Option B\nB in short.');
  });
});
