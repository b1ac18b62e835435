// The YAML library, loaded on first use: a start that reads the knowledge from the start-up
// cache parses no YAML at all, so it does not pay for loading the parser.
import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');
let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  const require = createRequire(import.meta.url);
  lib ??= require('yaml') as YamlLib;
  return lib;
}
