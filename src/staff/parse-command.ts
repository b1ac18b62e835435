// Turns a staff command line ("link 12 acv-listing-length") into a typed command, or says
// what is wrong with it. Every platform sends the same line, so there is one parser.

/** A staff command, ready to run. */
export type StaffCommand =
  | { verb: 'unanswered'; json: boolean }
  | { verb: 'link'; item: number; entryId: string }
  | { verb: 'dismiss'; item: number }
  | { verb: 'stats'; days: number }
  | { verb: 'stale' }
  | { verb: 'reload' }
  | { verb: 'help' };

export type ParseResult = { ok: true; command: StaffCommand } | { ok: false; message: string };

export const DEFAULT_STATS_DAYS = 7;
/** Far beyond any retention period; stops "stats 99999999" building a silly date. */
const MAX_STATS_DAYS = 3650;

/** One line per verb, shown by "help" and after a usage mistake. */
export const STAFF_USAGE = [
  '- **unanswered**: questions the bot could not answer well, most-asked first',
  '- **link** <item> <entry-id>: teach the bot that the item\'s question means that entry',
  '- **dismiss** <item>: take an item off the queue (off-topic or spam)',
  `- **stats** [days]: questions, answers, feedback and re-asks over the last ${DEFAULT_STATS_DAYS} days, or the number of days given`,
  '- **stale**: entries due for review (checked more than 12 months ago)',
  '- **reload**: re-read the knowledge folder now',
  '- **help**: this list',
].join('\n');

export function parseStaffCommand(line: string): ParseResult {
  const [rawVerb = 'help', ...args] = line.trim().split(/\s+/).filter(Boolean);
  const verb = rawVerb.toLowerCase();
  const noArgs = (command: StaffCommand): ParseResult => (args.length ? tooMany(verb) : { ok: true, command });
  switch (verb) {
    case 'help':
      return { ok: true, command: { verb: 'help' } };
    case 'unanswered': {
      const json = args.includes('--json');
      const rest = args.filter((a) => a !== '--json');
      return rest.length ? tooMany(verb) : { ok: true, command: { verb: 'unanswered', json } };
    }
    case 'stale':
    case 'reload':
      return noArgs({ verb });
    case 'dismiss': {
      if (args.length !== 1) return usage('Use: dismiss <item>, with the item number from "unanswered".');
      const item = itemNumber(args[0]);
      return item ? { ok: true, command: { verb, item } } : usage(notAnItem(args[0]));
    }
    case 'link': {
      if (args.length !== 2) return usage('Use: link <item> <entry-id>, for example "link 12 acv-listing-length".');
      const item = itemNumber(args[0]);
      if (!item) return usage(notAnItem(args[0]));
      return { ok: true, command: { verb, item, entryId: args[1].toLowerCase() } };
    }
    case 'stats': {
      if (args.length > 1) return tooMany(verb);
      if (args.length === 0) return { ok: true, command: { verb, days: DEFAULT_STATS_DAYS } };
      const days = Number(args[0]);
      if (!Number.isInteger(days) || days < 1 || days > MAX_STATS_DAYS) return usage(`"${args[0]}" is not a number of days; use a whole number such as "stats 30".`);
      return { ok: true, command: { verb, days } };
    }
    default:
      return usage(`I don't know the command "${rawVerb}".`);
  }
}

/** Accepts "12" and "#12", as the queue shows item numbers with a "#". */
function itemNumber(raw: string): number | undefined {
  const n = Number(raw.replace(/^#/, ''));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function notAnItem(raw: string): string {
  return `"${raw}" is not an item number; use the number shown by "unanswered".`;
}

function tooMany(verb: string): ParseResult {
  return usage(`"${verb}" was given more than it needs.`);
}

function usage(message: string): ParseResult {
  return { ok: false, message };
}
