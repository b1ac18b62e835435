// The core stays platform-neutral: nothing under src/ may import a chat platform's SDK or reach
// into adapters/. Adapters depend on the core, never the other way round.
import { describe, it, expect } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const ADAPTERS = join(ROOT, 'adapters');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.(ts|mts|cts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier in a file: static and type imports, re-exports, import(), require(). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\bdeclare\s+module\s+['"]([^'"]+)['"]/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]);
  return found;
}

const PLATFORM_SDK = /^(@slack\/|discord\.js(\/|$)|@discordjs\/)/;

function forbidden(file: string, specifier: string): string | undefined {
  if (PLATFORM_SDK.test(specifier)) return `imports the platform SDK "${specifier}"`;
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    if (target === ADAPTERS || target.startsWith(ADAPTERS + sep)) return `imports "${specifier}" from adapters/`;
  }
  if (/(^|\/)adapters\//.test(specifier) && !specifier.startsWith('.')) return `imports "${specifier}" from adapters/`;
  return undefined;
}

function violations(file: string, source: string): string[] {
  return specifiers(source).flatMap((s) => {
    const why = forbidden(file, s);
    return why ? [`${relative(ROOT, file)} ${why}`] : [];
  });
}

describe('the core does not depend on any chat platform', () => {
  const files = tsFiles(SRC);

  it('finds the core source files and their imports', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(`${sep}advisor.ts`))).toBe(true);
    const all = files.flatMap((f) => specifiers(readFileSync(f, 'utf8')));
    expect(all).toEqual(expect.arrayContaining(['./types.js', 'lowdb', 'yaml']));
  });

  it('no file under src/ imports @slack/*, discord.js or anything under adapters/', () => {
    const found = files.flatMap((f) => violations(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ["import { App } from '@slack/bolt';", 'platform SDK'],
    ["import type { WebClient } from '@slack/web-api';", 'platform SDK'],
    ["import { Client, GatewayIntentBits } from 'discord.js';", 'platform SDK'],
    ["export { thing } from 'discord.js';", 'platform SDK'],
    ["const bolt = await import('@slack/bolt');", 'platform SDK'],
    ["const d = require('discord.js');", 'platform SDK'],
    ["import {\n  render,\n} from '../../adapters/slack/render.js';", 'adapters/'],
    ["import '../../adapters/discord/client.js';", 'adapters/'],
    ["import { x } from '../adapters/cli/ask.js';", 'adapters/ (from a file directly under src/)'],
  ])('would catch %j (%s)', (line, kind) => {
    const file = kind.includes('directly under src/') ? join(SRC, 'example.ts') : join(SRC, 'kb', 'example.ts');
    expect(violations(file, line)).toHaveLength(1);
  });

  it('would not flag an ordinary import', () => {
    expect(violations(join(SRC, 'advisor.ts'), "import { guardInput } from './input-guard.js';\nimport { parse } from 'yaml';")).toEqual([]);
  });
});
