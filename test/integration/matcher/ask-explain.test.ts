// `npm run ask -- --explain`: staff see why the matcher answered, in terms of the fitted scorer:
// each candidate's score, its largest feature contributions (value x fitted weight) and the
// defining concept that allowed it to answer.
import { describe, it, expect } from '@jest/globals';
import { CHILD_TIMEOUT_MS, runNpm } from '../core/support/child-process.js';

describe('npm run ask -- --explain', () => {
  it('given a question it answers, it prints the decision with its confidence and threshold, fitted features and the concept that allowed the answer', () => {
    const run = runNpm(['run', '--silent', 'ask', '--', '--explain', 'how long does an ACV listing last?']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/decision: answered, confidence \d\.\d{3} \(answers at \d\.\d+ or above\)/);
    expect(run.stdout).toMatch(/acv-listing-length {2}\[(entry|topic) concept "[a-z ]+"/);
    expect(run.stdout).toMatch(/features: (\w+ -?\d\.\d\dx-?\d\.\d\d(, )?)+/);
  }, CHILD_TIMEOUT_MS);

  it('given an off-topic question sharing one everyday word, it shows that no entry carried a defining concept', () => {
    const run = runNpm(['run', '--silent', 'ask', '--', '--explain', 'my windows laptop recovery drive will not boot']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/decision: fallback/);
    expect(run.stdout).not.toMatch(/decision: answered/);
    expect(run.stdout).toMatch(/rtc-timing  \[no defining concept \(cannot answer\)\]/);
  }, CHILD_TIMEOUT_MS);
});
