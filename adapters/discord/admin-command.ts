// `/rights-admin <subcommand> [options]` -> the core's staff command line, e.g. "link 3 acv-listing-length".
// The core parses and authorises the line; this only translates Discord's structured options.

/** The options a /rights-admin subcommand may carry. */
export interface AdminOptions {
  item?: number | null;
  entry?: string | null;
  days?: number | null;
}

/** The staff command line for a subcommand, or null for a subcommand this adapter does not know. */
export function adminCommandLine(subcommand: string, options: AdminOptions): string | null {
  switch (subcommand) {
    case 'unanswered':
    case 'stale':
    case 'reload':
      return subcommand;
    case 'stats':
      return options.days ? `stats ${options.days}` : 'stats';
    case 'dismiss':
      return options.item ? `dismiss ${options.item}` : null;
    case 'link': {
      // Autocomplete fills in an entry id; if someone typed free text instead, keep it one token
      // so it cannot be read as extra arguments.
      const entry = options.entry?.trim().split(/\s+/).join('-');
      return options.item && entry ? `link ${options.item} ${entry}` : null;
    }
    default:
      return null;
  }
}

/**
 * Role names for the staff check. Interactions carry role ids; names come from the guild's role
 * cache (filled by GUILD_CREATE). The @everyone role shares the guild's id and is left out.
 */
export function roleNames(roleIds: Iterable<string>, guildId: string | null, nameOf: (id: string) => string | undefined): string[] {
  const names: string[] = [];
  for (const id of roleIds) {
    if (id === guildId) continue;
    const name = nameOf(id);
    if (name) names.push(name);
  }
  return names;
}
