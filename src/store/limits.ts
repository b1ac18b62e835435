// Every bound on what the store keeps, in one place. These make the embedded data file small
// under any traffic: the worst case with all of them full stays under 1 MB (a test fills every one), and a flood of
// nonsense from one person fills only the conversation budget (see README, "Storage").

export interface StoreLimits {
  /**
   * How long a conversation's state is kept after its last message. Long enough that a Slack
   * thread the bot answered in is still answered days later; the dialogue itself forgets the topic
   * much sooner (knowledge/conversation.yaml, contextMinutes).
   */
  conversationTtlMs: number;
  /** A "did you mean" left this long without a choice joins the queue. */
  clarifyTtlMs: number;
  /** Largest conversation state kept, as JSON characters; larger states are not saved. */
  conversationStateChars: number;
  /** Most conversations kept at once, oldest dropped first. */
  conversations: number;
  /** Total JSON characters of conversation state kept in the embedded file, oldest dropped first. */
  conversationBudgetChars: number;
  /** Open queue items (distinct questions), least recently asked dropped first. */
  openItems: number;
  /** Linked or dismissed items kept so staff can be told what became of them. */
  closedItems: number;
  /** Characters of a question's (redacted) text kept in the queue. */
  itemTextChars: number;
  /** Queue contributions (questions, abandoned "did you mean"s, thumbs-down) per person per hour. */
  perUserPerHour: number;
  /** "Did you mean" questions waiting for a choice. */
  heldClarifies: number;
  /** Votes kept (one per person per entry), oldest dropped first. */
  votes: number;
  learned: number;
  audit: number;
  /** People tracked for the per-hour queue limit and for re-asks. */
  trackedPeople: number;
  /** A question this soon after an answer to the same person counts as a re-ask. */
  reaskWindowMs: number;
  /** Live claims (Store.claimOnce: Slack event ids) kept in the data file, soonest-expiring dropped first. */
  claims: number;
}

export const DEFAULT_LIMITS: StoreLimits = {
  conversationTtlMs: 7 * 24 * 60 * 60_000,
  clarifyTtlMs: 30 * 60_000,
  conversationStateChars: 4096,
  conversations: 2000,
  conversationBudgetChars: 100_000,
  openItems: 200,
  closedItems: 50,
  itemTextChars: 300,
  perUserPerHour: 10,
  heldClarifies: 60,
  votes: 1000,
  learned: 200,
  audit: 300,
  trackedPeople: 500,
  reaskWindowMs: 5 * 60_000,
  // About 65 characters each in the file; Slack's retries of one event span about five minutes.
  claims: 1000,
};

/** Bits in each day's people bitmap: distinct people are estimated from it, never listed. */
export const PEOPLE_BITS = 1024;

/** How the store waits and retries: one place for every timing that is not a data bound. */
export const TIMINGS = {
  /** The recorder's first retry after a failed write, doubling up to retryMaxMs. */
  retryMinMs: 250,
  retryMaxMs: 30_000,
  /** Writes held in memory while the store fails; the oldest are dropped beyond this. */
  maxQueuedOperations: 20_000,
  /** A conversation read slower than this answers without context. */
  readTimeoutMs: 1500,
  /** Longest wait for the data file's lock (a write holds it for milliseconds). */
  lockTimeoutMs: 10_000,
  /** A lock older than this is broken whoever holds it. */
  lockStaleMs: 30_000,
  /** How often a running bot picks up phrasings taught in another process. */
  learnedPollMs: 30_000,
};
