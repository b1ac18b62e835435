// What a verb returns: the reply, and whether it did what was asked (the terminal turns a
// refusal into a non-zero exit code for scripts).
import type { Reply } from '../../types.js';

export interface VerbResult {
  ok: boolean;
  reply: Reply;
}
