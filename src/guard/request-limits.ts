// Applies the per-person rate limits to what reaches the advisor: questions (typed, or asked by
// pressing a related-topic or "more" button) and votes (👍/👎) each have their own allowance,
// from ADVISOR_QUESTIONS_PER_MINUTE and ADVISOR_VOTES_PER_MINUTE. The terminal is exempt: it is
// the operator's own machine, and `ask --batch` runs whole question files.
import { createHash } from 'node:crypto';
import type { Logger } from '../log.js';
import type { ActionEvent, Question } from '../types.js';
import { createRateLimiter, type RateLimiter } from './rate-limit.js';

export interface RateLimitSettings {
  questionsPerMinute: number;
  votesPerMinute: number;
}

/**
 * People tracked per kind of request. Ten thousand different people within one minute is far
 * beyond this bot's audience; at roughly 100 bytes a bucket it caps the memory at about 1 MB.
 */
const MAX_PEOPLE = 10_000;

export interface RequestLimits {
  /** False when this person has asked too much too fast; the caller answers "slow down". */
  allowQuestion(question: Question): boolean;
  allowAction(event: ActionEvent): boolean;
}

export function createRequestLimits(settings: RateLimitSettings | undefined, logger: Logger, now?: () => number): RequestLimits {
  if (!settings) return { allowQuestion: () => true, allowAction: () => true };
  const questions = createRateLimiter(settings.questionsPerMinute, { maxKeys: MAX_PEOPLE, now });
  const votes = createRateLimiter(settings.votesPerMinute, { maxKeys: MAX_PEOPLE, now });

  function allow(limiter: RateLimiter, kind: 'question' | 'vote', q: Question): boolean {
    if (q.platform === 'cli') return true;
    const result = limiter.take(personKey(q));
    // One line per run of refusals, without the person: a flood must not become a log flood.
    if (result === 'newly-limited') logger.warn(`rate limit: asking someone to slow down (${kind}s)`, { platform: q.platform });
    return result === 'allowed';
  }

  return {
    allowQuestion: (q) => allow(questions, 'question', q),
    allowAction: (e) => (e.type === 'feedback' ? allow(votes, 'vote', e.question) : allow(questions, 'question', e.question)),
  };
}

/** The platform's user id is not kept even in memory; a short hash tells people apart. */
function personKey(q: Question): string {
  return createHash('sha256').update(`${q.platform}:${q.user.id}`).digest('base64url').slice(0, 22);
}
