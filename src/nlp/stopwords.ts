// Words that carry no topic. natural's English list, minus digits (six weeks vs six months
// matters here) and "own" ("I own the pub" is the owner asking), plus chat filler.
import { englishStopwords, stem } from './natural.js';

const KEEP = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'after', 'before', 'under', 'over', 'own']);
const CHAT_FILLER = [
  'please', 'pls', 'plz', 'hi', 'hello', 'hey', 'thanks', 'thank', 'cheers', 'ok', 'okay', 'just', 'really', 'know', 'tell',
  'want', 'wanted', 'need', 'us', 'im', 'ive', 'id', 'anyone', 'someone', 'somebody', 'anybody', 'bot', 'advisor', 'question',
  'wondering', 'wonder', 'explain', 'mean', 'means', 'actually', 'basically', 'wat', 'wot', 'whats', 'hows', 'u', 'ur',
  'yes', 'no', 'not', 'there', 'theres', 'thing', 'things', 'stuff', 'lot', 'lots', 'bit', 'going', 'gonna', 'etc', 'also',
  'is', 'are', 'am', 'does', 'do', 'did', 'will', 'shall', 'may', 'would', 'could', 'should', 'can', 'cannot', 'happen', 'happens',
  'wants', 'wanting', 'needs', 'needed', 'needing', 'knows', 'knowing', 'telling', 'asks', 'asked', 'happening', 'happened',
  'explaining', 'wondered', 'exactly', 'precisely',
  // Chat slang and fillers ("till" and "til" are "until", which natural's list already has)
  'lol', 'lmao', 'omg', 'ngl', 'tbh', 'rn', 'idk', 'imo', 'btw', 'fyi', 'like', 'literally', 'super', 'vibes', 'kinda', 'sorta',
  'gonna', 'wanna', 'gotta', 'so', 'um', 'erm', 'hmm', 'guys', 'folks', 'mate', 'mates', 'yeah', 'yep', 'nope',
  'friend', 'asking', 'quick', 'quickly', 'sure', 'confused', 'confusing', 'honest', 'honestly', 'anyway', 'anyways', 'even', 'still',
  'tho', 'though', 'till', 'til', 'innit', 'eh', 'whatever', 'whatevs', 'nr', 'sort', 'sorts', 'somehow', 'anyhow', 'maybe', 'probably', 'apparently', 'seriously', 'totally', 'definitely', 'genuinely',
  // Formal politeness, and "regarding" however it is said ("cil wise any benefit?")
  'grateful', 'kindly', 'kind', 'appreciate', 'appreciated', 'clarify', 'confirm', 'outline', 'explain',
  'whether', 'regard', 'regarding', 'wise', 'respect', 'circumstances', 'therefore', 'thereafter', 'hereby', 'ought', 'properly',
  'might', 'perhaps', 'possibly', 'particular', 'particularly', 'wish', 'wishes', 'seek', 'seeking', 'enquire', 'inquire',
];

// The calendar a story is told by ("shut since easter", "closed last autumn", "listed in March
// 2021"): context, never the topic. Dates are read from the text as typed (tools/deadlines), and the
// year stays a term. Left in, "easter" was corrected to "easier".
const CALENDAR = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend',
  'spring', 'summer', 'autumn', 'winter', 'easter', 'christmas', 'xmas', 'whitsun',
];

export const STOPWORDS: ReadonlySet<string> = new Set([...englishStopwords.filter((w) => !KEEP.has(w)), ...CHAT_FILLER, ...CALENDAR]);

/** Stop words that are their own stem ("kind", "wish"), so an inflection ("kinds", "wishing") is
 *  dropped like the word itself. Stop words whose stem differs ("basically" -> "basic") are left
 *  out, or "basic conditions" would lose a word. */
// "friends" stays: "Friends of the Red Lion" is a group, though "asking for a friend" is filler.
export const STOP_STEMS: ReadonlySet<string> = new Set([...STOPWORDS].filter((w) => w.length > 1 && !/\d/.test(w) && stem(w) === w && w !== 'friend'));

/** Words that point back at the previous answer ("how long does that last?"). */
export const REFERRING_WORDS: ReadonlySet<string> = new Set(['that', 'it', 'this', 'they', 'them', 'those', 'these', 'its', 'same', 'then']);
