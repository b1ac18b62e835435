// The few words the Slack adapter adds around the core's replies: button labels and the lines
// it must be able to say when the core cannot answer at all (the core's own stock phrases, such
// as "too long" or "thanks for the feedback", come back inside its replies).
// Answers and stock phrases come from the knowledge folder, never from here.

export const SLACK_COPY = {
  shareButton: 'Share in channel',
  moreButton: 'Show more',
  /** Shown under a reply cut short to fit one Slack message. */
  shortened: 'This answer was shortened to fit in Slack.',
  sources: 'Sources',
  related: 'Related',
  reviewed: (date: string) => `Last reviewed ${date}`,
  sharedBy: (userMention: string) => `Shared by ${userMention}`,
  apology: "Sorry, something went wrong while I was answering. Please try again in a minute; if it keeps happening, let the team who run this bot know.",
} as const;
