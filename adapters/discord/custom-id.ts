// Button custom_id codec. A button carries an entry id and what to do with it, never free text,
// so the id stays well inside Discord's 100-character limit and cannot be used to smuggle a
// question past the core. The version prefix lets old buttons on old messages be recognised
// (and ignored politely) if the format ever changes.
import { COMPONENTS } from './limits.js';

/** What pressing a button asks the core to do. */
export type ButtonIntent =
  | { type: 'followUp'; entryId: string }
  | { type: 'more'; entryId: string }
  | { type: 'feedback'; vote: 'up' | 'down'; entryId: string };

const PREFIX = 'cra1';
/** Entry ids are lowercase letters, digits and hyphens (see knowledge/README.md). */
const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

const CODES = { followUp: 'f', more: 'm', up: 'up', down: 'down' } as const;

/** The custom_id for a button, or null when the entry id is malformed or would not fit. */
export function encodeCustomId(intent: ButtonIntent): string | null {
  if (!ENTRY_ID.test(intent.entryId)) return null;
  const code = intent.type === 'feedback' ? CODES[intent.vote] : CODES[intent.type];
  const id = `${PREFIX}:${code}:${intent.entryId}`;
  return id.length <= COMPONENTS.customId ? id : null;
}

/** The intent behind a custom_id, or null for anything this adapter did not produce. */
export function decodeCustomId(customId: string): ButtonIntent | null {
  const [prefix, code, entryId, ...rest] = customId.split(':');
  if (prefix !== PREFIX || rest.length > 0 || entryId === undefined || !ENTRY_ID.test(entryId)) return null;
  switch (code) {
    case CODES.followUp:
      return { type: 'followUp', entryId };
    case CODES.more:
      return { type: 'more', entryId };
    case CODES.up:
      return { type: 'feedback', vote: 'up', entryId };
    case CODES.down:
      return { type: 'feedback', vote: 'down', entryId };
    default:
      return null;
  }
}
