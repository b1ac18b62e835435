// `npm run kb:check` as staff run it: passes on the shipped knowledge, and on a copy with a
// broken file fails, naming the file and the field.
import { describe, it, expect, afterAll } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILD_TIMEOUT_MS, ROOT, runNpm } from './support/child-process.js';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyOfKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-copy-'));
  copies.push(dir);
  cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
  return dir;
}

describe('npm run kb:check', () => {
  it('given the shipped knowledge, it reports no errors and exits 0', () => {
    const run = runNpm(['run', '--silent', 'kb:check']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/entries loaded from .*: 0 error\(s\)/);
  }, CHILD_TIMEOUT_MS);

  it('given a copy where one entry lost its title and one source has no https url, it exits non-zero and names each file and field', () => {
    const dir = copyOfKnowledge();
    const listing = join(dir, 'right-to-bid', 'acv-listing-length.md');
    writeFileSync(listing, readFileSync(listing, 'utf8').replace(/^title: .*$/m, ''));
    const shares = join(dir, 'funding', 'fund-community-shares.md');
    writeFileSync(shares, readFileSync(shares, 'utf8').replace(/url: https:\/\//, 'url: http://'));

    const run = runNpm(['run', '--silent', 'kb:check'], { env: { ADVISOR_KNOWLEDGE_DIR: dir } });

    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/ERROR\s+right-to-bid\/acv-listing-length\.md \[title\]/);
    expect(run.stdout).toMatch(/ERROR\s+funding\/fund-community-shares\.md \[sources\]: .*https:\/\//);
  }, CHILD_TIMEOUT_MS);

  it('given a copy where an entry declares an anchor that reads as one everyday word, it warns, naming the file, the line and the field', () => {
    const dir = copyOfKnowledge();
    const grants = join(dir, 'funding', 'fund-awards-for-all.md');
    const text = readFileSync(grants, 'utf8');
    writeFileSync(grants, text.replace(/^anchors:\n/m, 'anchors:\n  - the grant\n'));
    const line = text.split('\n').findIndex((l) => l === 'anchors:') + 2;

    const run = runNpm(['run', '--silent', 'kb:check'], { env: { ADVISOR_KNOWLEDGE_DIR: dir } });

    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`funding/fund-awards-for-all.md:${line} [anchors]: The anchor "the grant" reads as the everyday word "grant"`);
    expect(run.stdout).toMatch(/0 error\(s\), 1 warning\(s\)/);
  }, CHILD_TIMEOUT_MS);

  it('given a copy where an answer within its section limits runs over 4,000 characters as a reply, it exits non-zero naming the file and the field', () => {
    const dir = copyOfKnowledge();
    const entry = join(dir, 'right-to-buy-2026', 'crtb-in-force-yet.md');
    const text = readFileSync(entry, 'utf8');
    writeFileSync(entry, text.replace(/\n## What is still unknown\n/, `\n## What is still unknown\n${'Staff will add more here when the regulations are published. '.repeat(2)}`));

    const run = runNpm(['run', '--silent', 'kb:check'], { env: { ADVISOR_KNOWLEDGE_DIR: dir } });

    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/ERROR\s+right-to-buy-2026\/crtb-in-force-yet\.md \[answer\]: Shown as a reply .* runs to \d+ characters, over the 4000/);
    expect(run.stdout).not.toMatch(/keep the whole answer under/);
  }, CHILD_TIMEOUT_MS);
});
