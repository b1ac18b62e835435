// Volunteers call their pub by its name: "the Red Lion in Thame might be going up for sale, can
// we get it listed?" never says "pub". Read as words, the name only misleads: "red" is the red line
// of a part-listed site, "crown" the Crown Estate, "three" a number. A pub's name is read as "the
// pub" instead, which is what it tells the matcher.
//
// A name is "the" followed by capitalised words that are all words of common pub names, with at
// least one that is not just a colour, a number or a title ("the Red Lion", "the Three
// Horseshoes", "the Rose and Crown"), or whose last word names a pub ("the Bridge Inn", "the Kings
// Arms"). "the Crown Estate", "the Green" and "the Royal Town Planning Institute" are not pubs.

/** Words of England's commonest pub names that name a thing (a lion, a crown, a plough). */
const NAME_NOUNS = new Set([
  'lion', 'oak', 'hart', 'head', 'crown', 'plough', 'swan', 'bell', 'bells', 'horse', 'horses', 'fox', 'hounds', 'wheatsheaf', 'man',
  'coach', 'george', 'ship', 'star', 'bull', 'horseshoes', 'horseshoe', 'keys', 'boar', 'nag', 'railway', 'victoria', 'anchor', 'angel',
  'feathers', 'grapes', 'lamb', 'chequers', 'globe', 'mitre', 'hare', 'greyhound', 'eagle', 'falcon', 'griffin', 'unicorn', 'dragon',
  'bear', 'stag', 'sun', 'moon', 'tuns', 'compasses', 'fleece', 'woolpack', 'cricketers', 'harrow', 'wellington', 'nelson', 'albert',
  'rose', 'thistle', 'mermaid', 'dolphin', 'pheasant', 'partridge', 'peacock', 'cock', 'hen', 'ram', 'dove', 'butchers', 'bakers', 'masons', 'gardeners',
  'foresters', 'oddfellows', 'shepherds', 'drovers', 'ploughshare', 'barley', 'mow', 'hop', 'pole', 'bush', 'vine', 'tree', 'castle',
]);
/** Words that only describe ("red", "royal", "three"): part of a name, never one alone. */
const NAME_DESCRIBERS = new Set(['red', 'white', 'black', 'green', 'blue', 'golden', 'royal', 'new', 'old', 'three', 'two', 'seven', 'kings', 'king', 'queens', 'queen', 'rising', 'cross', 'spread', 'jolly', 'dun', 'grey', 'brown', 'pied', 'little', 'prince', 'duke', 'marquis']);
/**
 * Last words that make any name a pub's or an inn's. Not "hotel": a hotel counts as a home for the
 * listing rules, so "the old hotel on the seafront" must keep the word that says so.
 */
const PUB_WORDS = new Set(['inn', 'arms', 'tavern', 'alehouse']);

// "the" and a run of up to five capitalised words or joining "and"/"&". Each step consumes at least
// one character and the alternatives cannot start alike, so the scan is linear.
const CANDIDATE = /\b[Tt]he((?:\s+(?:[A-Z][A-Za-z]*(?:'s)?|and|&)){1,5})/g;

/**
 * Name words that are everyday words too ("the old tree", "the head of planning", "the star of the
 * show"): typed without capitals, they are not taken as part of a pub's name.
 */
const EVERYDAY_NOUNS = new Set(['man', 'head', 'tree', 'bush', 'pole', 'hop', 'mow', 'sun', 'moon', 'star', 'ship', 'castle', 'bell', 'bells', 'globe', 'anchor', 'keys', 'harrow', 'railway', 'victoria', 'albert', 'nelson', 'wellington', 'george', 'coach', 'vine', 'barley', 'cock', 'hen', 'ram', 'bear']);

// Typed in lower case ("the rose and crown in thornbury"), a name is "the" and two to five words of
// common pub names, none of them also an everyday word, ending in a thing ("lion", "crown"), or in
// a word that makes any name a pub's ("the kings arms"). A run stops before the next "the", so "the
// owner of the kings head" still finds "the kings head".
const LOWER_CANDIDATE = /\bthe((?:\s+(?!the\b)(?:[a-z]+(?:'s)?|&)){2,5})\b/g;

/** The text with each pub's name read as "the pub". */
export function readPubNames(text: string): string {
  return readLeadingNames(readLowerCaseSingleNames(readLowerCaseNames(readCapitalisedNames(text))));
}

// The first words of a sentence, before any punctuation: up to six words or "&".
const SENTENCE_OPENING = /(^|[.!?\n]\s*)((?:[A-Za-z]+(?:'s)?|&)(?:[ \t]+(?:[A-Za-z]+(?:'s)?|&)){0,5})/g;

/**
 * Typed fast, a sentence often opens with the pub's name and no "the": "kings head in wellington
 * is listed", "fox & hounds being sold as a going concern", "red lion owner has told the council".
 * At a sentence's start a capital says nothing, so the opening words are read as if typed in
 * lower case after "the", by the same rules. "Three of us work for the council" and "old methodist
 * hall" are not names: a name needs two name words ending in a thing, an owner's thing ("kings
 * head"), or one thing and then "in" or "at" a place ("plough at little haddon").
 */
function readLeadingNames(text: string): string {
  return text.replace(SENTENCE_OPENING, (whole, before: string, opening: string) => {
    const typed = opening.split(/[ \t]+/);
    const taken = leadingNameLength(typed.map((w) => w.toLowerCase()));
    if (!taken) return whole;
    const rest = typed.slice(taken).join(' ');
    return `${before}the pub${rest ? ` ${rest}` : ''}`;
  });
}

/** How many of a sentence's opening words (lower case) are a pub's name, or 0. */
function leadingNameLength(typed: string[]): number {
  if (typed[0] === 'the') return 0;
  const named = lowerNameLength(typed);
  if (named) return named;
  return namesAPubAlone(typed[0]) && /^(in|at)$/.test(typed[1] ?? '') && typed.length > 2 ? 1 : 0;
}

/** Everyday words that may still be a pub's whole name when "in" or "at" a place follows ("the george in wootton"). */
const ALONE_BEFORE_A_PLACE = new Set(['george', 'bell', 'anchor']);
// "the" and one lower-case word, then "in" or "at" and another word ("the swan at brinkley"), or
// what happens to a pub ("the crown got listed", "the swan is up for sale", "get the plough listed").
const LOWER_SINGLE = /\bthe\s+([a-z]+)(?=\s+(?:in|at)\s+[a-z]|\s+(?:(?:got|gets|is|was|has|had|been|being|getting)\s+)?(?:listed|sold|closed|closing|shut|shutting|nominated|for sale|up for sale|on the market)\b)/g;

/**
 * Typed in lower case, a pub is often named by one word and where it is ("the plough in little
 * hadley", "the george in wootton"), or by one word and what is happening to it ("the crown got
 * listed in 2022"). One word of a common pub name that is not an everyday word (or is one of the
 * few pub names that are, ALONE_BEFORE_A_PLACE), followed by "in" or "at" a place or by such a
 * happening, is read as the pub. "The man at the council" and "the tree in the park" are not.
 */
function readLowerCaseSingleNames(text: string): string {
  return text.replace(LOWER_SINGLE, (whole, word: string) => {
    return namesAPubAlone(word) ? `${whole.slice(0, 3)} pub` : whole;
  });
}

/** One word that, before a place or a happening, is a pub's whole name ("george", "plough"). */
function namesAPubAlone(word: string): boolean {
  return NAME_NOUNS.has(word) && (!EVERYDAY_NOUNS.has(word) || ALONE_BEFORE_A_PLACE.has(word));
}

function readLowerCaseNames(text: string): string {
  if (!/\bthe\s+[a-z]/.test(text)) return text;
  return text.replace(LOWER_CANDIDATE, (whole, run: string) => {
    const typed = run.trim().split(/\s+/);
    const end = lowerNameLength(typed);
    if (!end) return whole;
    const rest = typed.slice(end).join(' ');
    return `${whole.slice(0, 3)} pub${rest ? ` ${rest}` : ''}`;
  });
}

/**
 * How many of the words (lower case) make a pub's name of two words or more, or 0: the longest run
 * of name words from the start ("rose and crown in thornbury" -> "rose and crown"), or an owner's
 * thing ("kings head"), ending in a thing or a word that makes any name a pub's.
 */
function lowerNameLength(typed: string[]): number {
  let end = 0;
  while (end < typed.length && isLowerNameWord(typed[end].replace(/'s$/, ''))) end++;
  end = Math.max(end, ownersThingLength(typed));
  while (end > 0 && /^(and|&)$/.test(typed[end - 1])) end--;
  const words = typed.slice(0, end).filter((w) => !/^(and|&)$/.test(w)).map((w) => w.replace(/'s$/, ''));
  if (words.length < 2) return 0;
  const last = words[words.length - 1];
  return NAME_NOUNS.has(last) || PUB_WORDS.has(last) ? end : 0;
}

/** Owners in names like "the Kings Head", "the Queens Head", "the Nags Head", typed with or without the apostrophe. */
const POSSESSIVE_OWNERS = new Set(['king', 'queen', 'nag', 'duke', 'prince', 'bishop', 'saracen', 'turk', 'marquis']);

/**
 * "the kings head" typed in lower case: possessive owners ("kings", "queen's", "nags") and then a
 * thing of a pub's name, even an everyday one ("head", "man"), are a name. "The head of planning"
 * has no owner before it, and "the old tree" no possessive, so neither is read as a pub.
 * Returns how many typed words the name takes, or 0.
 */
function ownersThingLength(typed: string[]): number {
  let owners = 0;
  while (owners < typed.length && /s$/.test(typed[owners]) && POSSESSIVE_OWNERS.has(typed[owners].replace(/'?s$/, ''))) owners++;
  return owners > 0 && owners < typed.length && NAME_NOUNS.has(typed[owners]) ? owners + 1 : 0;
}

function isLowerNameWord(w: string): boolean {
  return /^(and|&)$/.test(w) || PUB_WORDS.has(w) || NAME_DESCRIBERS.has(w) || (NAME_NOUNS.has(w) && !EVERYDAY_NOUNS.has(w));
}

function readCapitalisedNames(text: string): string {
  if (!/\b[Tt]he\s+[A-Z]/.test(text)) return text;
  return text.replace(CANDIDATE, (whole, run: string) => {
    const words = run.trim().split(/\s+/);
    // A run may end in "and" ("the Crown and the council..."): keep what follows it as it was.
    while (words.length && /^(and|&)$/.test(words[words.length - 1])) words.pop();
    const capitalised = words.filter((w) => !/^(and|&)$/.test(w)).map((w) => w.toLowerCase().replace(/'s$/, ''));
    if (!capitalised.length) return whole;
    const last = capitalised[capitalised.length - 1];
    const allNameWords = capitalised.every((w) => NAME_NOUNS.has(w) || NAME_DESCRIBERS.has(w));
    const isPub = PUB_WORDS.has(last) ? capitalised.length > 1 : allNameWords && capitalised.some((w) => NAME_NOUNS.has(w));
    if (!isPub) return whole;
    const rest = run.trim().split(/\s+/).slice(words.length).join(' ');
    // Keep "The" or "the" as typed: a capital still starts the sentence for the name-reading.
    return `${whole.slice(0, 3)} pub${rest ? ` ${rest}` : ''}`;
  });
}
