// The in-memory shape of the knowledge folder, after loading and validation.
import type { SafePattern } from '../nlp/safe-pattern.js';
import type { ChecksData } from '../tools/checks/check-model.js';
import type { PeriodsData } from '../tools/deadlines/periods-model.js';
import type { Jurisdiction, Source } from '../types.js';
import type { ConversationSettings } from './conversation-settings.js';
import type { FacetVocabulary } from './facet-vocabulary.js';

export type { ConversationSettings, FacetVocabulary };
export type { FollowUpWeights } from './conversation-settings.js';

export interface Section {
  heading?: string;
  body: string;
}

/** One answer, from one Markdown file. */
export interface Entry {
  id: string;
  title: string;
  questions: string[];
  keywords: string[];
  /** Declared defining concepts (front matter `anchors:`); the matcher also learns them. */
  anchors?: string[];
  /** Staff patterns, run by a linear-time engine (see nlp/safe-pattern.ts). */
  patterns: SafePattern[];
  related: string[];
  /**
   * The entry that says what happens once this one's period is over, when that is not the next
   * stage ("and after that?" after how long a listing lasts is a new nomination, not a sale).
   */
  then?: string;
  sources: Source[];
  jurisdictions: Jurisdiction[];
  statutory: boolean;
  reviewed: string;
  /** The topic folder the file sits in. */
  topic: string;
  /** Path relative to the knowledge folder, for messages to staff. */
  file: string;
  /** The answer: "In short" first, then detail. */
  sections: Section[];
  /** What the entry is about, as facet -> values (subject, stage, party...); see facets.yaml. */
  facets: EntryFacets;
  /** Present on time-sensitive entries: what may change and when it was last checked. */
  watch?: Watch;
  /** An amount the answer states per unit, worked out for a number the question gives. */
  perUnit?: PerUnit;
}

/**
 * An amount per unit an answer states ("capped at £100 per council-tax dwelling"). When a question
 * answered by the entry gives a number of those units, the answer shows the sum.
 */
export interface PerUnit {
  /** Phrases naming what is counted, lower-case ("council tax dwellings", "households"). */
  units: string[];
  /** Pounds per unit. */
  amount: number;
  /** The heading the worked sum is shown under. */
  heading: string;
  /** The sentence shown, with {count} and {total} where the number given and the sum go. */
  says: string;
  /**
   * Phrases that name the unit only when the asker says the number is their own ("homes" is as
   * often a new development as the parish): read only beside one of `ownCues`.
   */
  looseUnits?: string[];
  /** Words that make a loose unit the asker's own ("we've got", "a parish of"). */
  ownCues?: string[];
  /** Words that make a loose unit something else even so ("new", "being built"). */
  otherCues?: string[];
}

/**
 * A law-change note on a time-sensitive entry (a new Act not yet in force, a fund that opens
 * and closes). The answer shows when it was last checked; staff are told when that is too old.
 */
export interface Watch {
  kind: WatchKind;
  /** One plain sentence on what may change. */
  what: string;
  /** The provision or scheme to watch, e.g. "Levelling-up and Regeneration Act 2023, section 99". */
  provision: string;
  /** An https:// address where the change would show. */
  where: string;
  /** YYYY-MM-DD: when it was last checked against that primary source. */
  checked: string;
}

export type WatchKind = 'law' | 'funding';

/** How long a watch note stays fresh, in months, by kind (knowledge/review-policy.yaml). */
export type ReviewPolicy = Record<WatchKind, number>;

/** facet name -> the values an entry declares for it, e.g. { stage: ['nomination'] }. */
export type EntryFacets = Readonly<Record<string, readonly string[]>>;

/** canonical phrase -> the variants people type for it. */
export type Synonyms = Record<string, string[]>;

/** The bot's stock phrases, all editable by staff. */
export interface Phrases {
  greeting: string;
  help: string;
  fallback: string;
  fallbackNearest: string;
  whereToGetHelp: string;
  recorded: string;
  clarify: string;
  error: string;
  disclaimer: string;
  empty: string;
  tooLong: string;
  unreadable: string;
  otherLanguage: string;
  thanksUp: string;
  thanksDown: string;
  notStaff: string;
  otherNation: string;
  unknownButton: string;
  /** Said instead of an answer when one person sends too much too fast. */
  slowDown: string;
  /** The dated line under a law watch note; needed once any entry has one. */
  watchLaw?: string;
  /** The dated line under a funding watch note; needed once any entry has one. */
  watchFunding?: string;
}

/** A common question the bot does not cover, and where to send people. */
export interface OffTopic {
  id: string;
  label: string;
  match: string[];
  /**
   * Staff patterns for what a phrase list cannot name: the shape of a request ("do you reckon they
   * will refuse it?" asks for a forecast whoever "they" are). Run in linear time, like entries'.
   */
  patterns?: SafePattern[];
  /**
   * Patterns for a fair question that can share a message with a shape above ("what are the
   * chances he sells to someone else? is he even allowed to?"): when one matches, this signpost's
   * patterns stand aside and the entries answer. Its phrases still apply.
   */
  unless?: SafePattern[];
  reply: string;
  sources: Source[];
}

export interface Topic {
  id: string;
  label: string;
  /** What people call the scheme the topic is about ("asset of community value", "right to bid"):
   *  a question naming one is about that scheme, whatever object words it shares with others. */
  names?: string[];
  /** Names of the Act that made the scheme ("2026 act"): they name the scheme unless the question
   *  also names another scheme, one the Act did not change (`actChanges`), which is then the
   *  subject ("is the right to challenge still in force after the 2026 act?"). */
  actNames?: string[];
  /** Topic ids of the schemes the Act changed or replaced: naming one beside the Act still names this scheme. */
  actChanges?: string[];
}

export interface KnowledgeBase {
  entries: Entry[];
  /** The facet vocabulary (facets.yaml): values and the words that signal them. */
  facets: FacetVocabulary;
  /** How conversations behave (conversation.yaml): small talk, commands, short answers. */
  conversation: ConversationSettings;
  byId: Map<string, Entry>;
  synonyms: Synonyms;
  phrases: Phrases;
  offTopic: OffTopic[];
  topics: Topic[];
  /** Statutory periods for the deadline calculator (periods.yaml), when present. */
  periods?: PeriodsData;
  /** Guided checks (checks/*.yaml), when present. */
  checks?: ChecksData;
  /** Absent when the folder has no review-policy.yaml (allowed only while no entry has a watch note). */
  reviewPolicy?: ReviewPolicy;
}
