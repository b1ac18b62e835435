// The core <-> adapter contract. Adapters translate platform payloads into these values and
// render these values back; the core never imports a platform SDK (a test enforces it).

/** Where a question came from. */
export type Platform = 'slack' | 'discord' | 'cli';

/** The nations the knowledge distinguishes between. */
export type Jurisdiction = 'england' | 'wales' | 'scotland' | 'northern-ireland';

/** One question, as the core sees it. */
export interface Question {
  text: string;
  platform: Platform;
  /** The platform's user id; the core hashes it before storing anything. */
  user: { id: string };
  channel: { id: string; isDirect: boolean };
  /** Opaque, platform-prefixed conversation key ("slack:C1:1712.5"); follow-ups share it. */
  threadId: string;
  receivedAt: Date;
}

/** A link the answer relies on. */
export interface Source {
  title: string;
  url: string;
}

/** A related topic offered as a button; carries an entry id, never free text. */
export interface FollowUp {
  label: string;
  entryId: string;
}

/** A button on a reply other than a follow-up (feedback, "show more"). */
export type Action =
  | { type: 'feedback'; vote: 'up' | 'down'; entryId: string; label: string }
  | { type: 'more'; entryId: string; label: string };

/** A file that goes with a reply, such as a calendar of computed deadlines (text/calendar). */
export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

/** One part of a reply's text. */
export interface ReplySection {
  heading?: string;
  body: string;
  /**
   * Short answer first: true for the detail that chat adapters keep behind "More detail" (the
   * `more` action). Plain-text and JSON output show every section.
   */
  detail?: boolean;
  /**
   * A shortened form of a detail section, shown only in the short first reply (the note that an
   * answer rests on changing law, without the link). Plain-text and JSON output leave it out.
   */
  brief?: boolean;
}

/** A platform-neutral reply. Bodies use a small Markdown subset: **bold**, [links](https://..), "- " bullets. */
export interface Reply {
  kind: 'answer' | 'clarify' | 'fallback' | 'error' | 'info';
  title?: string;
  sections: ReplySection[];
  sources: Source[];
  /** ISO date (YYYY-MM-DD) the entry was last checked against its sources. */
  reviewed?: string;
  followUps: FollowUp[];
  actions: Action[];
  entryId?: string;
  confidence?: number;
  /** The one-line "general information, not legal advice" notice, present on every answer. */
  notice?: string;
  /** Thanks, ok, a greeting: not a question, so never queued for staff or counted as unanswered. */
  smallTalk?: boolean;
  /** On a clarify reply: the entries whose short answers it gives, each under its title. Such a
   *  reply answers the question whichever reading was meant ("answered" in `ask --json`). */
  readings?: string[];
  /** Files to attach (Slack upload, Discord attachment, `ask --ics` in the terminal). */
  attachments?: Attachment[];
}

/** What a user did with a button. */
export type ActionEvent =
  | { type: 'followUp'; entryId: string; question: Question }
  | { type: 'feedback'; vote: 'up' | 'down'; entryId: string; question: Question }
  | { type: 'more'; entryId: string; question: Question };

/** Someone asking for a staff command; the core decides whether they are staff. */
export interface StaffActor {
  platform: Platform;
  id: string;
  /** Where they asked: the Slack team id or the Discord server id (none in a Discord DM). */
  workspace?: string;
  /** Ids of the roles they hold in that Discord server, used with ADVISOR_STAFF_ROLE. */
  roleIds?: string[];
  /** Names of those roles; a name counts only in a server listed in ADVISOR_DISCORD_GUILDS. */
  roleNames?: string[];
  /** True when the platform itself vouches for them (the CLI on the operator's own machine). */
  trusted?: boolean;
}

/** The one object adapters talk to. */
export interface Advisor {
  ask(question: Question): Promise<Reply>;
  act(event: ActionEvent): Promise<Reply | null>;
  /** Runs a staff command line such as "unanswered" or "link 3 acv-listing-length". */
  staff(actor: StaffActor, commandLine: string): Promise<Reply>;
  /** Entry titles matching what someone has typed so far (Discord autocomplete). */
  suggestTitles(partial: string, limit?: number): { entryId: string; title: string }[];
  /**
   * Whether the bot has replied in this conversation (Slack: a thread it answered in, so later
   * replies there need no new mention). Survives a restart.
   */
  inConversation(threadId: string): Promise<boolean>;
  /** Topic list and greeting, generated from the knowledge (App Home, help). */
  describe(): { greeting: string; help: string; topics: { label: string; entries: { entryId: string; title: string }[] }[] };
}
