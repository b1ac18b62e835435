// Loads the recorded Slack payloads in test/fixtures/slack.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function slackFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(resolve('test/fixtures/slack', `${name}.json`), 'utf8')) as T;
}
