// Reads and checks conversation.yaml: small-talk phrases and replies, the words that ask for the
// rest of an answer, the short-answer budget, and how follow-ups are weighed. Staff edit these;
// a missing file gives conservative defaults so a small knowledge folder still loads.

type Report = (field: string | undefined, message: string) => void;

export interface SmallTalkKind {
  /** thanks, greeting, farewell, acknowledgement... */
  name: string;
  reply: string;
  phrases: string[];
}

export interface ConversationSettings {
  /** In priority order: "ok thanks" is thanks, because thanks is listed first. */
  smallTalk: SmallTalkKind[];
  /** Words that may surround small talk without making it a question ("thanks so much mate"). */
  smallTalkFillers: string[];
  /** The kind a message of emoji alone is when none of them is listed ("😂"); unset: not small talk. */
  emojiAlone?: string;
  /** Opening words that carry a conversation on ("and in Wales?", "what if they refuse?"). */
  followUpCues: string[];
  /** Opening words of a question asked in its own right ("what is...", "what's a..."). */
  freshCues: string[];
  /** Phrases, anywhere in a message, that announce a change of subject ("unrelated but...", "off topic"). */
  asideCues: string[];
  /** Phrases in which a pointer word points at a time, not at what was discussed ("these days", "this year"). */
  notPointing: string[];
  /** Words that point back at what was just discussed ("that", "it", "there"). */
  referringWords: string[];
  /** Words by which askers speak of their own case ("we", "our"). */
  askerWords: string[];
  /** Words by which askers speak as a group ("can we...", "our pub"), the community's side. */
  groupWords: string[];
  /** Words by which askers speak to the advisor itself ("who are you?"). */
  advisorWords: string[];
  /** Words that ask for someone to turn to ("who", "anyone", "organisation"): with the help aspect, a question for an advice body. */
  helperWords: string[];
  /** Words that tell the asker's story, not a subject: its people ("the bloke who owns it") and how they heard ("thought that got raised to 5m?"). */
  storyWords: string[];
  /** Whole messages that ask for the detail of the last answer ("more", "tell me more"). */
  more: string[];
  /** Whole messages that ask only when ("when?", "when exactly"): in a thread they ask it of the topic, read as `whenAloneReadsAs`. */
  whenAlone: string[];
  whenAloneReadsAs: string;
  /** Words that open where the asker's place stands ("on the", "by the"): the word after is the asker's case. */
  whereWords: string[];
  /** Words a place's name comes before ("Great Haddon parish"): up to `placeNameWords` words before one are the asker's place. */
  placeNouns: string[];
  placeNameWords: number;
  /** Whole messages that question the last answer ("why?", "since when?"): its detail holds the reasons, dates and sources. */
  groundsQuestions: string[];
  /** Small-talk kinds that close a conversation ("thanks", "bye"): said with a statement that asks nothing, the message is still small talk. */
  closingKinds: string[];
  /** Words that make a message ask something even without a question mark ("need to know when", "tell me"). */
  askingWords: string[];
  /** Words that open a closing comparison with another scheme ("...like with ACVs?"): in a thread, that scheme is a yardstick, not the topic. */
  comparisonWords: string[];
  /** The label of the button (and the word) that shows the rest of an answer. */
  moreLabel: string;
  /** Heading of the short answer to a second question asked in the same message; {title} is its entry's title. */
  alsoAsked: string;
  /** The short reply's note on a time-sensitive answer: {what} may change, last checked {date}. */
  changingNote: string;
  /** Characters of answer text in the first, short reply; "What to do next" joins it if it fits. */
  shortAnswerChars: number;
  /** How long a conversation's topic is remembered after its last message. */
  contextMinutes: number;
  /** Weights for resolving a follow-up against the conversation's facets. */
  followUps: FollowUpWeights;
}

export interface FollowUpWeights {
  /** Multiplies a facet's weight when the follow-up changes it ("and in Wales?"). */
  changed: number;
  /** Credit (0..1) for an entry that declares nothing for a facet, against 1 for a match. */
  undeclared: number;
  /** Weight of the matcher's score on the question plus the topic's words, against facet fit. */
  matcher: number;
  /** Weight of the matcher's score on the question alone, against facet fit. */
  own: number;
  /** Share of that weight kept when the question points back and names nothing new ("...on that?"). */
  pointingBack: number;
  /** The matcher's share of belief (0..1) at which a question it cannot answer alone is taken as a follow-up on an entry of the conversation's subject. */
  sibling: number;
  /** Share (0..1) of a changed subject's fit kept by an entry without the subject the follow-up points back at ("funding for it?"). */
  earlierSubject: number;
  /** Share of the outcome facet's weight at which an entry on one outcome ("if they refuse") fits less than one on none when no outcome was asked. */
  unaskedOutcome: number;
  /** The matcher's confidence at which a follow-up carrying another entry's own concept, in a word the topic's entry never uses, is a question of its own. */
  namesAnother: number;
  /** The same, when that word is one no other entry in the knowledge uses (a name: "MyCommunity"). */
  namesAnotherOwnWord: number;
  /** An answered entry naming at most this many values of a facet sets the conversation's value to its first when the current is not among them; a broader entry keeps the conversation's. */
  narrowEntry: number;
}

const WORD_LISTS = ['followUpCues', 'freshCues', 'asideCues', 'notPointing', 'referringWords', 'askerWords', 'groupWords', 'advisorWords', 'helperWords', 'storyWords', 'more', 'groundsQuestions', 'whenAlone', 'whereWords', 'placeNouns', 'askingWords', 'comparisonWords'] as const;

export function defaultConversationSettings(): ConversationSettings {
  return {
    smallTalk: [],
    smallTalkFillers: [],
    followUpCues: ['and', 'what about', 'what if'],
    freshCues: ['what is', 'what are'],
    asideCues: ['off topic', 'unrelated question'],
    notPointing: ['these days'],
    referringWords: ['that', 'it', 'this', 'they', 'them', 'there'],
    askerWords: ['we', 'us', 'our'],
    groupWords: ['we', 'us', 'our'],
    advisorWords: ['you', 'your'],
    helperWords: ['who', 'anyone', 'organisation'],
    storyWords: ['heard', 'thought'],
    more: ['more'],
    groundsQuestions: ['why', 'since when'],
    whenAlone: ['when'],
    whenAloneReadsAs: 'how long',
    whereWords: ['on the', 'by the', 'near the'],
    placeNouns: ['parish'],
    placeNameWords: 3,
    closingKinds: [],
    askingWords: ['how', 'what', 'when', 'where', 'who', 'why', 'which', 'can', 'could', 'should', 'would', 'need', 'know', 'tell', 'explain'],
    comparisonWords: ['like with', 'as with'],
    moreLabel: 'More detail',
    alsoAsked: 'You also asked: {title}',
    changingNote: '**Changing:** {what} Last checked {date}; see More detail.',
    shortAnswerChars: 900,
    contextMinutes: 30,
    followUps: { changed: 4, undeclared: 0.4, matcher: 0.3, own: 0.6, pointingBack: 0.5, sibling: 0.5, earlierSubject: 0.9, unaskedOutcome: 0.35, namesAnother: 0.9, namesAnotherOwnWord: 0.6, narrowEntry: 2 },
  };
}

export function readConversationSettings(data: unknown, report: Report): ConversationSettings {
  const settings = defaultConversationSettings();
  if (data === undefined || data === null) return settings;
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(undefined, 'conversation.yaml must be "name: value" lines; compare with the comments at its top.');
    return settings;
  }
  const d = data as Record<string, unknown>;
  settings.smallTalk = readSmallTalk(d.smallTalk, report);
  settings.smallTalkFillers = list(d.smallTalkFillers, 'smallTalkFillers', report);
  if (typeof d.emojiAlone === 'string' && settings.smallTalk.some((k) => k.name === d.emojiAlone)) settings.emojiAlone = d.emojiAlone;
  else if (d.emojiAlone !== undefined) report('emojiAlone', 'emojiAlone must name one of the small-talk kinds, e.g. acknowledgement.');
  // Word lists: a list given replaces the default; one left out keeps it.
  for (const name of WORD_LISTS) {
    const words = list(d[name], name, report);
    if (words.length) settings[name] = words;
  }
  const closing = list(d.closingKinds, 'closingKinds', report);
  const unknown = closing.filter((k) => !settings.smallTalk.some((kind) => kind.name === k));
  if (unknown.length) report('closingKinds', `closingKinds must name small-talk kinds listed above; not: ${unknown.join(', ')}.`);
  settings.closingKinds = closing.filter((k) => !unknown.includes(k));
  if (typeof d.whenAloneReadsAs === 'string' && d.whenAloneReadsAs.trim()) settings.whenAloneReadsAs = d.whenAloneReadsAs.trim();
  else if (d.whenAloneReadsAs !== undefined) report('whenAloneReadsAs', 'whenAloneReadsAs must be the question a bare "when?" is read as, e.g. how long.');
  if (typeof d.moreLabel === 'string' && d.moreLabel.trim()) settings.moreLabel = d.moreLabel.trim();
  else if (d.moreLabel !== undefined) report('moreLabel', 'moreLabel must be the text of the "More detail" button.');
  if (typeof d.alsoAsked === 'string' && d.alsoAsked.includes('{title}')) settings.alsoAsked = d.alsoAsked.trim();
  else if (d.alsoAsked !== undefined) report('alsoAsked', 'alsoAsked must be the heading of the answer to a second question, with {title} where its title goes.');
  if (typeof d.changingNote === 'string' && d.changingNote.trim()) settings.changingNote = d.changingNote.trim();
  else if (d.changingNote !== undefined) report('changingNote', 'changingNote must be the text of the short note on a time-sensitive answer.');
  settings.shortAnswerChars = positive(d.shortAnswerChars, 'shortAnswerChars', settings.shortAnswerChars, report);
  settings.placeNameWords = positive(d.placeNameWords, 'placeNameWords', settings.placeNameWords, report);
  settings.contextMinutes = positive(d.contextMinutes, 'contextMinutes', settings.contextMinutes, report);
  const f = (d.followUps ?? {}) as Record<string, unknown>;
  settings.followUps = {
    changed: positive(f.changed, 'followUps.changed', settings.followUps.changed, report),
    undeclared: positive(f.undeclared, 'followUps.undeclared', settings.followUps.undeclared, report),
    matcher: positive(f.matcher, 'followUps.matcher', settings.followUps.matcher, report),
    own: positive(f.own, 'followUps.own', settings.followUps.own, report),
    pointingBack: positive(f.pointingBack, 'followUps.pointingBack', settings.followUps.pointingBack, report),
    sibling: positive(f.sibling, 'followUps.sibling', settings.followUps.sibling, report),
    earlierSubject: positive(f.earlierSubject, 'followUps.earlierSubject', settings.followUps.earlierSubject, report),
    unaskedOutcome: positive(f.unaskedOutcome, 'followUps.unaskedOutcome', settings.followUps.unaskedOutcome, report),
    namesAnother: positive(f.namesAnother, 'followUps.namesAnother', settings.followUps.namesAnother, report),
    namesAnotherOwnWord: positive(f.namesAnotherOwnWord, 'followUps.namesAnotherOwnWord', settings.followUps.namesAnotherOwnWord, report),
    narrowEntry: positive(f.narrowEntry, 'followUps.narrowEntry', settings.followUps.narrowEntry, report),
  };
  return settings;
}

function readSmallTalk(raw: unknown, report: Report): SmallTalkKind[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report('smallTalk', 'smallTalk must list kinds (thanks, greeting...), each with a "reply" and "phrases".');
    return [];
  }
  const out: SmallTalkKind[] = [];
  for (const [name, spec] of Object.entries(raw as Record<string, unknown>)) {
    const s = (spec ?? {}) as Record<string, unknown>;
    const reply = typeof s.reply === 'string' ? s.reply.trim() : '';
    if (!reply) report(`smallTalk.${name}`, `The small-talk kind "${name}" needs a "reply": what the bot says back.`);
    const phrases = list(s.phrases, `smallTalk.${name}.phrases`, report);
    if (phrases.length === 0) report(`smallTalk.${name}`, `The small-talk kind "${name}" needs "phrases": the words people write.`);
    if (reply && phrases.length) out.push({ name, reply, phrases });
  }
  return out;
}

function list(raw: unknown, field: string, report: Report): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.some((p) => typeof p !== 'string' && typeof p !== 'number')) {
    report(field, `${field} must be a list in square brackets, e.g. [thanks, cheers].`);
    return [];
  }
  return raw.map((p) => String(p).trim()).filter(Boolean);
}

function positive(raw: unknown, field: string, fallback: number, report: Report): number {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'number' || !(raw > 0)) {
    report(field, `${field} must be a number above 0.`);
    return fallback;
  }
  return raw;
}
