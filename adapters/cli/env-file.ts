// Loads ./.env into process.env when present (Node's built-in parser; no dotenv needed).
import { existsSync } from 'node:fs';

export function loadDotEnv(path = '.env') {
  if (existsSync(path)) process.loadEnvFile(path);
}
