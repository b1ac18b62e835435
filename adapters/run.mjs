// Runs one of the bot's commands: the compiled JavaScript in dist/ when `npm run build` has made
// it and it is newer than the source, otherwise the TypeScript source through tsx (a development
// dependency), silently, so an edit after a build is never run stale. So a fresh clone starts with one command, and a built, pruned production install
// runs plain `node` with no TypeScript tooling at all.
//
// This one file is JavaScript because it has to run before any TypeScript loader exists.
//   node adapters/run.mjs <command> [arguments...]
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The commands package.json's scripts run, by the name they use here. */
const COMMANDS = {
  start: 'adapters/start',
  ask: 'adapters/cli/ask',
  admin: 'adapters/cli/admin',
  'kb:check': 'adapters/cli/kb-check',
  'kb:learned': 'adapters/cli/kb-learned',
  eval: 'adapters/cli/eval',
  'discord:register': 'adapters/discord/register',
  'discord:shards': 'adapters/discord/shards',
};

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const name = process.argv[2];
const module = COMMANDS[name];
if (!module) {
  process.stderr.write(`Unknown command "${name ?? ''}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
  process.exit(2);
}
// The command reads its own arguments from process.argv.slice(2), as if started directly.
process.argv.splice(2, 1);

const built = join(root, 'dist', `${module}.js`);
const tsxApi = join(root, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs');
const haveTsx = existsSync(tsxApi);

if (existsSync(built) && !(haveTsx && sourceIsNewer(statSync(built).mtimeMs))) {
  // V8 keeps the compiled code of the bot's modules on disk (in the system's temporary folder),
  // so later starts skip compiling them: most of what a start costs before any knowledge loads.
  nodeModule.enableCompileCache?.();
  await import(pathToFileURL(built).href);
} else if (haveTsx) {
  const { register } = await import(pathToFileURL(tsxApi).href);
  register();
  await import(pathToFileURL(join(root, `${module}.ts`)).href);
} else {
  process.stderr.write('There is no build to run and no TypeScript runner installed. Run `npm run build` (with development dependencies installed), or `npm ci` to get them.\n');
  process.exitCode = 1;
}

/** Whether any TypeScript (or imported JSON) file under src/ or adapters/ was saved after the build was made. */
function sourceIsNewer(builtAt) {
  const newer = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() ? newer(path) : /\.(ts|json)$/.test(entry.name) && statSync(path).mtimeMs > builtAt) return true;
    }
    return false;
  };
  return newer(join(root, 'src')) || newer(join(root, 'adapters'));
}
