// Which questions are usage. Questions typed at the terminal (`npm run ask`, the terminal chat)
// are staff checking the knowledge, not people the bot serves: left out of the statistics and the
// unanswered queue unless ADVISOR_COUNT_TERMINAL=true (or --count) says the terminal is in use.
import type { Platform } from '../types.js';

export function countsAsUsage(platform: Platform, countTerminal = false): boolean {
  return platform !== 'cli' || countTerminal;
}
