// The in-memory shape of the knowledge folder, after loading and validation.
import type { ChecksData } from '../tools/checks/check-model.js';
import type { PeriodsData } from '../tools/deadlines/periods-model.js';
import type { Jurisdiction, Source } from '../types.js';

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
  patterns: RegExp[];
  related: string[];
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
}

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
}

/** A common question the bot does not cover, and where to send people. */
export interface OffTopic {
  id: string;
  label: string;
  match: string[];
  reply: string;
  sources: Source[];
}

export interface Topic {
  id: string;
  label: string;
}

export interface KnowledgeBase {
  entries: Entry[];
  byId: Map<string, Entry>;
  synonyms: Synonyms;
  phrases: Phrases;
  offTopic: OffTopic[];
  topics: Topic[];
  /** Statutory periods for the deadline calculator (periods.yaml), when present. */
  periods?: PeriodsData;
  /** Guided checks (checks/*.yaml), when present. */
  checks?: ChecksData;
}
