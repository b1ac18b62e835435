// Is this message a follow-up, and if so which entry does it mean? A follow-up keeps the
// conversation's facets and changes one or two ("and in Wales?", "what if they refuse?", "how
// long?"). Every entry is scored on its fit to the facets with those changes, plus the matcher's
// score for the question on its own and for the question read with the topic's words; the best
// wins, so a question the matcher is sure of keeps its answer when that answer fits too. A
// question that says a lot the topic does not explain, or one the matcher places off topic,
// starts fresh and is never bent towards the old topic.
import type { Entry, KnowledgeBase } from '../kb/model.js';
import { anchored } from '../nlp/decide.js';
import { EXACT, type Candidate } from '../nlp/rank.js';
import type { SearchIndex } from '../nlp/search-index.js';
import type { Jurisdiction } from '../types.js';
import { changesFrom, stageOfOutcome, type CurrentFacets } from './conversation-facets.js';
import { declares, facetFit, type TargetFacets } from './facet-fit.js';
import { readSignals, type FacetSignals } from './facet-signals.js';
import { dialogueIndex, entryVocabulary } from './dialogue-index.js';
import { scoresWithTopic, type OwnMatch } from './matcher.js';

/** New topical words (ones the topic's entry never uses) from which a question the matcher is sure of carries its own topic. */
const STANDS_ALONE = 3;
/**
 * New topical words from which a follow-up names a thing of its own ("a rural body for the village
 * hall next door too?"): where the matcher places it on the subject, that placing wins over facets.
 */
const NAMES_ITS_OWN = 2;
/** Words up to which a message the matcher cannot answer is read as a fragment of the conversation. */
const FRAGMENT_WORDS = 3;
/**
 * Words up to which a question that names no subject and at most one word the topic's entry lacks
 * ("can we apply directly" after Pride in Place) is weighed as a follow-up even when the matcher
 * answers it alone. On the dev conversations 4 and 5 gain a turn and 6 or more lose it again.
 */
const ELLIPTICAL_WORDS = 5;
/** The aspects that say what happens (facets.yaml), which "then what?" asks of the next stage. */
const WHAT_HAPPENS = ['how', 'what'];
/** The aspect (facets.yaml) of asking who can help. */
const HELP_ASPECT = 'help';
/** The party (facets.yaml) of a question asked as a group. */
const GROUP_PARTY = 'community';
/**
 * Added to the score of an entry the conversation has already had, or, when the follow-up asks who
 * can help, one the last answer points to: enough to settle a tie, no more.
 */
const RETURN_BONUS = 0.02;
/** How far below the best fit an entry the matcher placed the question on may fit and still be taken. */
const FIT_TOLERANCE = 0.001;
/** Content words of its own at which a follow-up's matcher scores count in full... */
const FULL_SAY_WORDS = 2;
/** ...and the share they keep with none, to settle ties between entries that fit equally. */
const MATCHER_FLOOR = 0.2;

export interface FollowUpChoice {
  entryId: string;
  /** Fit and matcher blended, 0..1. */
  confidence: number;
  target: TargetFacets;
  changes: Map<string, Set<string>>;
  /** The heading of the chosen entry's section on what the follow-up asked for ("Where to get help"). */
  focus?: string;
  /** The best few, for explanations. */
  ranked: { entryId: string; fit: number; matcher: number; own: number; score: number }[];
}

/** What the question says beyond the conversation: words the knowledge uses but the topic's entry does not, and words the knowledge never uses. */
export interface NewWords {
  topical: number;
  unknown: number;
  /** Of the topical ones, those no entry on the conversation's subject uses either. */
  offSubject: number;
}

/**
 * `recent`: entries already answered in this conversation, which win ties ("and back in England?").
 * `asked`: the conversation's last question (redacted), read with the topic's title.
 */
export function resolveFollowUp(own: OwnMatch, signals: FacetSignals, words: NewWords, topic: Entry, current: CurrentFacets, recent: readonly string[], kb: KnowledgeBase, index: SearchIndex, asked?: string): FollowUpChoice | undefined {
  const { decision } = own;
  if (decision.status === 'fallback' && decision.offTopicId) return undefined;
  // "Unrelated, but...", "off topic: ...": the asker says it is not about the conversation.
  if (signals.aside) return undefined;
  const changes = changesFrom(signals, current, kb, topic);
  // The matcher is sure of an entry whose own defining concept the question carries while the
  // topic's entry never uses it ("could the parish borrow to buy it?" after the moratorium names
  // borrowing, the loan board's concept): a new question about the same situation, whatever points
  // back ("what about the lottery?" after the loan board). One that opens as a continuation and
  // speaks of the asker's case ("what if we are an unparished area?") changes that case, and is read
  // against the conversation as usual.
  if (!(signals.cued && signals.aboutAsker) && namesAnotherEntry(own, signals, topic, kb)) return undefined;
  // A few words the matcher cannot place ("to anyone?"), or that name nothing but a facet
  // ("deadline?", "how much?"), can only be about what was just said.
  const fragment = (decision.status !== 'answered' || signals.residual.length === 0) && signals.length <= FRAGMENT_WORDS;
  // A short question that names no subject and hardly a word the topic lacks leaves its object to
  // the conversation ("can we apply directly"): the matcher's answer alone does not settle it.
  const elliptical = signals.length <= ELLIPTICAL_WORDS && words.topical <= 1 && words.unknown === 0 && !signals.values.has('subject');
  // Neither changing a facet nor pointing back ("that", "and..."): a question in its own right.
  // The matcher cannot answer it but finds nothing nearer than what the conversation is about
  // ("our area crosses into the next district though", after the area designation answer).
  // Three words the topic never uses, none pointing back, make a question of its own however near
  // the topic the matcher puts it: after the Scotland answer, "the best football team in Glasgow"
  // finds the Scotland entry only by its place name.
  const saysItsOwn = words.topical >= STANDS_ALONE;
  const nearTopic = decision.status !== 'answered' && recent.includes(own.candidates[0]?.entryId ?? '') && (!saysItsOwn || signals.pointsBack);
  // The conversation's subject is evidence the matcher lacks for a bare question: what it would
  // place, short of answering, on an entry of that subject ("can I claim for my losses?" on the
  // Right to Bid) is a follow-up on it. What it places elsewhere, or barely at all, is not.
  const placedOnSubject = onSubject(own, topic, current, kb);
  const sibling = decision.status !== 'answered' && placedOnSubject;
  // Nothing in it the topic's entry does not say ("how many people do we need?" after setting up a
  // forum): it can only be about the topic. A word from elsewhere would make it a question of its own.
  // So is one the matcher answers on another subject while naming no subject itself, when every
  // word it has is one the conversation's subject uses ("how many members do we need?" after Right
  // to Build orders asks about the order's group, not the 21 voters of an asset-of-community-value one).
  const offSubjectAnswer = decision.status === 'answered' && !placedOnSubject && !signals.values.has('subject') && words.offSubject === 0;
  // A subject's words are a wide net when the topic is on every subject (a nation's entry), so that
  // reading too stops at three words the topic's entry never uses.
  const inTopicWords = words.unknown === 0 && signals.residual.length > 0 && ((decision.status !== 'answered' && (words.topical === 0 || (words.offSubject === 0 && !saysItsOwn))) || offSubjectAnswer);
  // Spoken to the advisor itself, with nothing of the asker's case and nothing pointing back
  // ("who are you?", "are you a person?"): about the advisor, not a follow-up on the topic.
  if (signals.toAdvisor && !signals.aboutAsker && !signals.pointsBack) return undefined;
  // Asked of the advisor, changing nothing, and mostly in words the knowledge never uses ("can you
  // write me a birthday poem for her?"): a request for something else, whatever it points back at.
  const mostlyUnknown = words.unknown * 2 > signals.residual.length;
  if (signals.toAdvisor && changes.size === 0 && mostlyUnknown) return undefined;
  // Nothing at all to carry: no facet, no word of its own, nothing pointing back ("what's 2+2?").
  // Whatever it is, it is not about what was just said.
  if (changes.size === 0 && !signals.continues && signals.next.size === 0 && ownWords(signals) === 0) return undefined;
  const carriesOn = changes.size > 0 || signals.continues || fragment || elliptical || nearTopic || inTopicWords;
  if (!carriesOn && !sibling) return undefined;
  // "What is neighbourhood planning?", "what's a CIC?": asks about a thing, not about the topic
  // ("what is that?" points back; "what is the deadline?" asks the topic's time).
  // When the matcher cannot place it either, the conversation may still make sense of it.
  if (signals.asksAnew && !signals.pointsBack && decision.status === 'answered' && [...signals.values.keys()].every((facet) => facet === 'subject')) return undefined;
  // Carrying on, but about something the knowledge does not cover ("and the weather in Wales?",
  // "is it dog friendly?"), unless it tells the asker's own case: words the knowledge lacks are
  // then the asker's circumstances (a place, a building), not another subject. A follow-up that
  // changes a facet tells it by pointing back or speaking of "we" ("what if we were over the
  // border in Wales?"); one that changes none must do both ("we're unparished in Hackney, who
  // gets it then?").
  // So does one that points back when the nearest the matcher finds is an answer the conversation
  // has had ("what about the holiday cottage they let out on the same plot?" after the exclusions).
  // So does one that opens as a continuation and points back ("what if his widow just gives it to
  // their daughter?", "and if he shuts it and leaves it to rot?"): the new words are the case's.
  const ownCase = (changes.size === 0 ? signals.pointsBack && signals.aboutAsker : signals.pointsBack || signals.aboutAsker) || (nearTopic && signals.pointsBack) || (signals.cued && signals.pointsBack);
  if (words.unknown > 0 && !ownCase && !sibling && (changes.size === 0 || (mostlyUnknown && decision.status === 'fallback'))) return undefined;
  if (decision.status === 'answered' && (saysItsOwn || (words.topical >= 2 && !signals.continues))) return undefined;

  const target: TargetFacets = { values: new Map(), changed: new Set(changes.keys()) };
  // A conversation that has not left England is about England.
  target.values.set('nation', new Set([current.nation ?? 'england']));
  for (const [facet, value] of Object.entries(current)) target.values.set(facet, new Set([value]));
  // Stages belong to a subject: on a new subject the old stage means nothing, unless the new
  // subject has that stage too ("what about the old rules?" after the 2026 moratorium).
  const subjects = changes.get('subject');
  if (subjects && current.stage && !kb.entries.some((e) => e.facets.subject?.some((s) => subjects.has(s)) && e.facets.stage?.includes(current.stage!))) target.values.delete('stage');
  // "Then what?" asks what happens at the next stage, whatever was asked of this one: after "how
  // long does the consultation run?" it is not asking how long the next stage takes.
  if (signals.next.has('stage') && !changes.has('aspect')) target.values.set('aspect', new Set(WHAT_HAPPENS));
  // Asking as a group ("can we get it listed again?") after an answer about another party (the
  // buyer, the council) also fits entries on the community's side; a party the question names wins.
  // Asking who can help as a group ("who do we ask?") says who asks, not whose side the answer is
  // on: advice bodies serve every party.
  if (signals.asGroup && !changes.has('party') && !changes.get('aspect')?.has(HELP_ASPECT)) target.values.set('party', new Set([...(target.values.get('party') ?? []), GROUP_PARTY]));
  for (const [facet, values] of changes) target.values.set(facet, values);
  // A value the follow-up changes to may ask for another facet's value too (facets.yaml
  // `implies`): "any grants for it now?" after "how long does the plan last?" asks what things
  // cost, not how long a grant lasts. What the follow-up names itself wins.
  for (const [facet, values] of changes) {
    const implies = kb.facets.facets.find((f) => f.name === facet)?.implies;
    for (const value of values) {
      const implied = implies?.get(value);
      if (implied && !changes.has(implied.facet)) target.values.set(implied.facet, new Set([implied.value]));
    }
  }
  // An aspect no entry on the subject gives, asked without naming a subject ("how long till they
  // reply?" after taking over a council building, which no time limit governs), is asked of the
  // subject the conversation came from when that one has it (the Right to Challenge's 30 days).
  const earlierSubjects = aspectFromEarlierSubject(changes, target, recent, kb);
  if (earlierSubjects.size) target.values.set('subject', new Set([...(target.values.get('subject') ?? []), ...earlierSubjects]));
  // A stage no entry on the conversation's subject gives, asked without naming a subject ("when does
  // our moratorium end?" after the Community Ownership Fund), belongs to the subjects that have it,
  // when the question read on its own leans there too. A loose stage word does not move it ("can
  // they sell it to us cheap?" after asset transfer: "sell" is a sale notice's only loosely).
  const ownSubject = kb.byId.get(own.candidates[0]?.entryId ?? '')?.facets.subject?.[0];
  // One that points back ("can we appeal against that?") or changes the outcome too ("if the council
  // refuses, can we appeal?") is asked of the topic: an appeal there is a step it may lack.
  const ofTheTopic = signals.pointsBack || [...changes.keys()].some((f) => f !== 'stage' && f !== 'aspect');
  const stageSubjects = ofTheTopic ? new Set<string>() : stageOfOtherSubject(changes, target, kb, ownSubject);
  if (stageSubjects.size) target.values.set('subject', new Set([...(target.values.get('subject') ?? []), ...stageSubjects]));
  // "Is there funding for it?": the new subject is asked of the old one.
  if (subjects && current.subject && signals.pointsBack) target.earlier = new Map([['subject', current.subject]]);
  const outcomes = changes.get('outcome');
  const outcomeStage = outcomes && !changes.has('stage') ? stageOfOutcome(kb, current, outcomes) : undefined;
  if (outcomeStage) target.values.set('stage', new Set([outcomeStage]));

  const weights = kb.conversation.followUps;
  const nation = [...target.values.get('nation')!][0] as Jurisdiction;
  const { scores } = scoresWithTopic(index, own.analysis, topic, nation === 'england' ? undefined : nation, asked);
  // The matcher weighs in as far as the question has words of its own: for "what happens next?"
  // or "how about England?" it could only measure likeness to the old topic's title, and the
  // facets already carry the topic.
  const ownWordCount = ownWords(signals);
  const say = Math.max(MATCHER_FLOOR, Math.min(1, ownWordCount / FULL_SAY_WORDS));
  const matcherWeight = weights.matcher * say;
  // A question that points back and names nothing new ("how long does the council have to decide
  // on that?") is only half a question on its own: the matcher's reading of it alone counts for less.
  const ownWeight = weights.own * say * (signals.pointsBack && words.topical === 0 ? weights.pointingBack : 1);
  const total = 1 + matcherWeight + ownWeight;
  // The law differs by nation: an entry that does not apply in the conversation's nation never
  // answers a follow-up there while one that does is in the knowledge (after the Scotland answer,
  // "how long does the council get to decide?" is about Scotland's deadline, not England's).
  const applying = kb.entries.filter((e) => e.jurisdictions.includes(nation));
  // A follow-up made of facet words alone ("how long does the council have to decide?") names
  // nothing of another subject: the matcher's reading of it on its own, which knows no
  // conversation, cannot carry it to an entry off the conversation's subject. Nor can that reading
  // when it does not carry the other entry's defining concept ("how long has the council got to tell
  // us something after we put it in?" after the Right to Challenge is not about an ACV nomination).
  const onSubjects = new Set(target.values.get('subject') ?? []);
  const nothingNamed = signals.residual.length === 0 && onSubjects.size > 0;
  const askedAspects = changes.get('aspect');
  // A stage asked of a topic that has none, and that an entry on its subject does have ("what vote
  // do we need at the end?" after what an order does not give you), or one asked in facet words alone
  // ("how long would the pause be?" after whether the new right is in force): a question about a step
  // the topic's answer never reaches. A stage only entries of other subjects have is no step here.
  // With words of its own besides ("can we pay someone to write the bid?"), the topic may still
  // answer it: "bid" names a stage only loosely.
  const askedStages = changes.get('stage');
  const asksStage = askedStages !== undefined && ([...changes.keys()].every((f) => f === 'stage' || f === 'subject') || signals.residual.length === 0) && !topic.facets.stage?.length && kb.entries.some((e) => e.id !== topic.id && onTopicSubject(e, topic) && declares(e, 'stage', askedStages));
  const asksElse = (askedAspects !== undefined && !declares(topic, 'aspect', askedAspects)) || asksStage;
  // Who to ask about something is among what its answer points to (its related entries): after the
  // loan board, "who do we talk to?" is the county associations it names. Other asks are not: the
  // related entries of an answer on timing are other subjects, not the time asked about.
  const asksHelp = askedAspects?.has(HELP_ASPECT) === true;
  // A defining concept made only of facet words that the topic's entry uses too ("how long can the
  // council take to decide?" after setting up a neighbourhood forum, which the council decides on
  // too) names no other subject: it does not carry the matcher's own reading there. A pattern or an
  // example asked word for word still does.
  const facetWords = new Set(signals.valueWords);
  const topicWords = entryVocabulary(kb).vocabulary.get(topic.id);
  const namesNothingElse = (unit: string) => unit.split(' ').every((stem) => facetWords.has(stem) && topicWords?.has(stem));
  const anchoredAway = (c: Candidate) => c.patternHit || c.bestCosine >= EXACT || (c.anchorLevel > 0 && !(c.anchorUnit && namesNothingElse(c.anchorUnit)));
  const ranked = (applying.length ? applying : kb.entries)
    .map((e) => {
      const fit = facetFit(e, target, kb.facets, weights);
      // Read with the topic's words, the question finds the topic again whatever it asks: a
      // follow-up asking for what the topic's answer does not give ("who can help us be ready next
      // time?" after the protected period) does not stay on it by that reading.
      const matcher = e.id === topic.id && asksElse ? 0 : scores.get(e.id) ?? 0;
      const ownScore = own.scores.get(e.id) ?? 0;
      const returning = recent.includes(e.id) || (asksHelp && topic.related.includes(e.id)) ? RETURN_BONUS : 0;
      const offSubject = onSubjects.size > 0 && !(e.facets.subject ?? []).some((s) => onSubjects.has(s));
      const ownCandidate = own.candidates.find((c) => c.entryId === e.id);
      const ownSay = offSubject && (nothingNamed || !ownCandidate || !anchoredAway(ownCandidate)) ? 0 : 1;
      return { entryId: e.id, fit, matcher, own: ownScore, score: (fit + matcherWeight * matcher + ownWeight * ownSay * ownScore) / total + returning };
    })
    .sort((a, b) => b.score - a.score);
  // The matcher placed the question on an entry of the subject (answering it or not): that entry
  // is what it asks about, whatever the topic's own words would add ("must they get the best price
  // on a lease like that?" after approaching the council), as long as it fits the conversation's
  // facets as well as any entry does, or nothing but that placing made it a follow-up.
  // So does an answer the matcher is sure of when the question has words of its own beyond cues
  // and facet words and the entry that fits best has nothing of them: less than an even share of
  // belief (one over the number of entries) in either reading ("how long do we get to raise the
  // funds?" after the 2026 price is the 2026 pause, not a grant's deadline because "funds" names
  // funding; "what about the old rules?", all cue and subject, still moves to the old rules).
  const bestFit = Math.max(0, ...ranked.map((r) => r.fit));
  const evenShare = 1 / Math.max(1, kb.entries.length);
  const supported = (r: { matcher: number; own: number }) => Math.max(r.matcher, r.own) >= evenShare;
  const unsupported = ranked[0] !== undefined && !supported(ranked[0]);
  const placed = placedOnSubject && suggestible(own, index) ? ranked.find((r) => r.entryId === own.candidates[0]?.entryId && (!carriesOn || (unsupported && decision.status === 'answered' && signals.residual.length > 0) || words.topical >= NAMES_ITS_OWN || r.fit >= bestFit - FIT_TOLERANCE)) : undefined;
  // A follow-up with words of its own beyond facet words is answered by an entry those words
  // support, with the same even share in either reading: when the best fit has less ("does the
  // moratorium still apply?" after the owner's death fits the interest-group entry by its stage
  // alone), the best-scoring entry on the conversation's subject that has it answers instead.
  const subjectsNow = target.values.get('subject');
  const worded = unsupported && signals.residual.length > 0 ? ranked.find((r) => supported(r) && (!subjectsNow?.size || declares(kb.byId.get(r.entryId)!, 'subject', subjectsNow))) : undefined;
  // An answer points to its related entries. A follow-up whose own words point to one of them
  // rather than back at the answer ("what about taking over the building itself?" after the Right
  // to Challenge cannot stop a closure, which points to asset transfer) follows that pointer:
  // read with the topic's words, any question finds the topic again. The entry must give what the
  // follow-up asks for ("who'd help us object?" wants help, which an entry on planning may not give).
  const ownTop = own.candidates[0];
  // The pointer may be on any answer the conversation has had ("what about the library building
  // itself?" after the Right to Challenge's timing, when the closures answer pointed to asset transfer).
  const pointers = new Set([topic, ...recent.map((id) => kb.byId.get(id))].flatMap((e) => e?.related ?? []));
  // A thing named only as missing ("and without the order?" after the levy's share with an order)
  // is no pointer to the entry on that thing: the question is asked of the case without it.
  // A follow-up of facet words alone points only where the matcher could answer it ("free?" after
  // the grants is Planning Aid's free advice): "how long has he got?" after compensation finds the
  // related moratorium by "long", which defines nothing, and the topic's 13 weeks answer it.
  const pointed = ownTop && (signals.residual.length > 0 || anchored(ownTop)) && suggestible(own, index) && !signals.without && pointers.has(ownTop.entryId) && ownTop.score >= evenShare && [...changes].every(([facet, values]) => declares(kb.byId.get(ownTop.entryId)!, facet, values));
  // Words of its own, some the knowledge never uses, that no entry takes up in either reading, even
  // read with the topic's words ("can you recommend a cheap laptop for our treasurer?" after the
  // answer on Wales, where "cheap" asks the cost): a question about something else, whatever facet
  // it seems to touch. Facets alone would pick an entry on a tie of fits.
  if (!placed && signals.residual.length > 0 && words.unknown > 0 && !ranked.some(supported)) return undefined;
  // "And after that?", naming nothing else, after an entry on how long something lasts whose end
  // leads somewhere other than the next stage (knowledge `then:`): after how long a listing lasts
  // it is a new nomination, not the sale that "what happens next?" after a listing means.
  const afterwards = signals.next.has('stage') && signals.values.size === 0 && topic.then ? ranked.find((r) => r.entryId === topic.then) : undefined;
  // The nearest the matcher finds, short of answering, is an answer the conversation has had, and
  // the best fit has no support of its own ("someone posted it came in in april with a grant pot?"
  // after whether the new right is in force: "grant" names funding, which fits by facets alone):
  // the question is about that answer again.
  const again = unsupported && nearTopic ? ranked.find((r) => r.entryId === own.candidates[0]?.entryId && supported(r)) : undefined;
  // "What about our village hall?" after who advises on planning: the thing asked about changes,
  // what is asked of it (who helps) does not. When a follow-up that opens as a continuation ("what
  // about", "and") names new things and nothing else, and the matcher's own reading is sure of an
  // entry that does not say who helps (village hall funding), the first of its candidates that
  // carries its own defining concept, has an even share and does say who helps (who helps village
  // halls) answers instead. Only help is carried so: a conversation's "how" or "what" is no
  // question the next one goes on asking.
  const helps = (id: string) => declares(kb.byId.get(id)!, 'aspect', new Set([HELP_ASPECT]));
  const keepsAskingHelp = current.aspect === HELP_ASPECT && decision.status === 'answered' && signals.cued && changes.size === 0 && words.topical >= 2 && !helps(decision.top.entryId);
  const keptAspect = keepsAskingHelp ? own.candidates.find((c) => c.anchorLevel === 2 && c.score >= evenShare && helps(c.entryId)) : undefined;
  const kept = keptAspect ? ranked.find((r) => r.entryId === keptAspect.entryId) : undefined;
  const chosen = afterwards ?? kept ?? placed ?? worded ?? again ?? ranked[0];
  const best = chosen?.entryId === topic.id && pointed ? ranked.find((r) => r.entryId === ownTop.entryId) ?? chosen : chosen;
  if (!best) return undefined;
  // Three words or more the topic never uses say a question of its own ("someone posted a link
  // saying it came in with a grant pot" after the answer on Wales): an entry neither reading
  // supports, chosen on the conversation's facets alone, would bend it towards the old topic.
  if (saysItsOwn && signals.residual.length > 0 && !supported(best)) return undefined;
  const focus = focusHeading(kb.byId.get(best.entryId)!, changes, kb);
  return { entryId: best.entryId, confidence: round(best.score), target, changes, ...(focus ? { focus } : {}), ranked: ranked.slice(0, 5) };
}

/**
 * Whether the matcher's top entry is one it could answer, or at least offer as a nearest topic
 * (weights `thresholds.nearest`): one it touches by a word or two ("biggest grant?" finds the
 * grants overview by "grant" alone) neither places a follow-up nor is a pointer to follow.
 */
function suggestible(own: OwnMatch, index: SearchIndex): boolean {
  const top = own.candidates[0];
  return own.eligible || (top !== undefined && top.score >= index.weights.thresholds.nearest);
}

/**
 * The matcher answers, sure of it (conversation.yaml `namesAnother`, or `namesAnotherOwnWord` when
 * the word is one only that entry uses), an entry other than the
 * topic on that entry's own defining concept, with a word of the question's own that the topic's
 * entry never uses (not a facet word: "how long to hear back?" asks the topic's time).
 */
function namesAnotherEntry(own: OwnMatch, signals: FacetSignals, topic: Entry, kb: KnowledgeBase): boolean {
  const top = own.candidates[0];
  const { decision } = own;
  if (decision.status !== 'answered' || !top || top.entryId === topic.id || top.anchorLevel !== 2 || !top.anchorUnit) return false;
  const { vocabulary, users } = entryVocabulary(kb);
  const topicWords = vocabulary.get(topic.id);
  const ownWords = new Set(signals.residual);
  const named = top.anchorUnit.split(' ').filter((stem) => ownWords.has(stem) && !topicWords?.has(stem));
  if (named.length === 0) return false;
  // A word only that entry uses names it as plainly as a name does ("is mycommunity still a thing?"
  // after community shares): the matcher need not be as sure.
  const onlyItsOwn = named.some((stem) => users.get(stem) === 1);
  const { namesAnother, namesAnotherOwnWord } = kb.conversation.followUps;
  return decision.confidence >= (onlyItsOwn ? namesAnotherOwnWord : namesAnother);
}

/**
 * Whether the matcher's top entry is on the conversation's subject (or one of the topic entry's)
 * and holds at least the share of belief set for that (conversation.yaml).
 */
function onSubject(own: OwnMatch, topic: Entry, current: CurrentFacets, kb: KnowledgeBase): boolean {
  const top = own.candidates[0];
  const entry = top && kb.byId.get(top.entryId);
  if (!entry || (own.scores.get(entry.id) ?? 0) < kb.conversation.followUps.sibling) return false;
  const subjects = new Set([...(topic.facets.subject ?? []), ...(current.subject ? [current.subject] : [])]);
  return (entry.facets.subject ?? []).some((s) => subjects.has(s));
}

/** A section whose heading names what the follow-up asked for: "Where to get help" for help. */
function focusHeading(entry: Entry, changes: Map<string, Set<string>>, kb: KnowledgeBase): string | undefined {
  const asked = changes.get('aspect');
  if (!asked?.size) return undefined;
  const { signals } = dialogueIndex(kb);
  return entry.sections.find((s) => s.heading && [...(readSignals(s.heading, signals).values.get('aspect') ?? [])].some((v) => asked.has(v)))?.heading;
}

/**
 * The question's own content words: what it adds beyond pointing back, and the words that name a
 * facet value ("price", "refused"). "What happens next?" and "how about England?" have none.
 */
function ownWords(signals: FacetSignals): number {
  return new Set([...signals.residual, ...signals.valueWords]).size;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Whether an entry is first of all about the topic's subject (a help entry listing several subjects is about its first). */
function onTopicSubject(entry: Entry, topic: Entry): boolean {
  const primary = entry.facets.subject?.[0];
  return primary !== undefined && (topic.facets.subject ?? []).includes(primary);
}

/**
 * The subjects of the conversation's earlier answers that have an entry giving the asked aspect,
 * when the follow-up changes the aspect alone and no entry on the current subject gives it.
 */
function aspectFromEarlierSubject(changes: Map<string, Set<string>>, target: TargetFacets, recent: readonly string[], kb: KnowledgeBase): Set<string> {
  const aspects = changes.get('aspect');
  const subjects = target.values.get('subject');
  if (!aspects || changes.has('subject') || !subjects?.size) return new Set();
  const gives = (e: Entry, subject: string) => e.facets.subject?.[0] === subject && declares(e, 'aspect', aspects);
  if ([...subjects].some((s) => kb.entries.some((e) => gives(e, s)))) return new Set();
  const earlier = recent.map((id) => kb.byId.get(id)?.facets.subject?.[0]).filter((s): s is string => s !== undefined && !subjects.has(s));
  return new Set(earlier.filter((s) => kb.entries.some((e) => gives(e, s))));
}

/**
 * The subjects whose entries give the stage a follow-up names (with the aspect it asks of it, if
 * any), when it names no subject, no entry on the conversation's subject gives that, and the
 * matcher's own top entry for the question is on one of those subjects.
 */
function stageOfOtherSubject(changes: Map<string, Set<string>>, target: TargetFacets, kb: KnowledgeBase, ownSubject: string | undefined): Set<string> {
  const stages = changes.get('stage');
  const aspects = changes.get('aspect');
  const subjects = target.values.get('subject');
  if (!stages || changes.has('subject') || !subjects?.size || !ownSubject || subjects.has(ownSubject)) return new Set();
  const primary = (e: Entry) => e.facets.subject?.[0];
  const gives = (e: Entry) => declares(e, 'stage', stages) && (!aspects || declares(e, 'aspect', aspects));
  if (kb.entries.some((e) => subjects.has(primary(e) ?? '') && gives(e))) return new Set();
  const having = new Set(kb.entries.filter(gives).map(primary).filter((s): s is string => s !== undefined));
  return having.has(ownSubject) ? having : new Set();
}
