// A reply must fit in one message (RENDERED_REPLY_MAX, as sent). The parts added to an answer
// (worked-out dates, a check's offer, a second answer, a paused check's note) are each sized with
// care, but only the finished reply shows whether together they run over; what gives way then
// is the related-topic buttons, from the last, as the asker can do without each of them.
import { RENDERED_REPLY_MAX } from '../kb/check-rendered-length.js';
import type { FollowUp, Reply } from '../types.js';
import { toPlainText } from './plain-text.js';

/** The reply with follow-ups `keep` does not protect dropped from the last until it fits. */
export function withinOneMessage(reply: Reply, keep: (f: FollowUp) => boolean): Reply {
  let fitted = reply;
  while (toPlainText(fitted).length > RENDERED_REPLY_MAX) {
    const droppable = fitted.followUps.map((f, i) => (keep(f) ? -1 : i)).filter((i) => i >= 0);
    const last = droppable[droppable.length - 1];
    if (last === undefined) break;
    fitted = { ...fitted, followUps: fitted.followUps.filter((_, i) => i !== last) };
  }
  return fitted;
}
