// What a message is, given the conversation so far: something for the guided tools (a check
// command or request, a check's option, "more" after a tool's reply), a pick from the last
// reply's numbered choices, a request for more of the last answer, small talk, input the guard
// turns away, or a question (fresh, or a follow-up resolved against the conversation's facets).
import { guardInput, type GuardVerdict } from '../input-guard.js';
import { SUBJECT_FACET } from '../kb/facet-vocabulary.js';
import type { KnowledgeSnapshot } from '../kb/knowledge-holder.js';
import type { KnowledgeBase } from '../kb/model.js';
import type { Decision } from '../nlp/decide.js';
import { stem } from '../nlp/natural.js';
import { STOPWORDS } from '../nlp/stopwords.js';
import { applySynonyms, type SynonymTable } from '../nlp/synonyms.js';
import { asksForMore, pickChoice } from './choices.js';
import { facetsOf, type CurrentFacets } from './conversation-facets.js';
import { liveTopic, type ConversationState, type OfferedChoice } from './conversation-state.js';
import { dialogueIndex, entryVocabulary, subjectVocabulary } from './dialogue-index.js';
import { readSignals, type FacetSignals } from './facet-signals.js';
import { matchOwn, type OwnMatch } from './matcher.js';
import { resolveFollowUp, type FollowUpChoice } from './resolve-follow-up.js';
import { placeNameStems, whereStems } from './where-words.js';
import { withoutClosingComparison } from './comparison-aside.js';
import { whoToAsk } from './who-to-ask.js';
import { alsoAsked } from './also-asked.js';
import { closingKind, closingTells, smallTalkKind, withoutSmallTalkOpening } from './small-talk.js';
import { activeCheck, asToolFlow } from '../tools/tool-flow.js';
import { isToolId } from '../tools/tool-ids.js';
import { commandRequest, mistypedChoice, moreRequest, optionRequest, type ToolRequest } from '../tools/tool-request.js';

export type Turn =
  /** For the guided tools' room (tool-room.ts). */
  | { kind: 'tool'; request: ToolRequest }
  | { kind: 'pick'; choice: OfferedChoice }
  | { kind: 'more'; entryId: string }
  | { kind: 'smallTalk'; name: string }
  | { kind: 'guard'; verdict: Exclude<GuardVerdict, 'ok'> }
  /** Nothing but small words ("what can you do?"): the menu helps most. `closing`: see the question's. */
  | { kind: 'nothing'; own: OwnMatch; closing?: string }
  /** `closing`: the message thanks or says goodbye and tells rather than asks ("thanks, we'll ring them"). */
  | { kind: 'question'; own: OwnMatch; followUp?: FollowUpChoice; current?: CurrentFacets; named: ReadonlyMap<string, ReadonlySet<string>>; closing?: string; also?: string };

export function understand(text: string, saved: ConversationState | undefined, snapshot: KnowledgeSnapshot, now: Date): Turn {
  const { kb, index } = snapshot;
  const live = liveTopic(saved, now, kb.conversation.contextMinutes);
  const verdict = guardInput(text);
  if (verdict === 'tooLong') return { kind: 'guard', verdict };
  // The guided tools' state lives as long as the saved state, not just the topic: a check left
  // for an hour can still be resumed.
  const flow = asToolFlow(saved?.flow);
  const command = commandRequest(kb, text, flow);
  if (command) return { kind: 'tool', request: command };
  // Entries are offered by id (an answer's are its related entries); their labels are their
  // titles. A tool's choices carry their own labels. A check's step stays pickable after the topic expires.
  const answered = live?.entryId ? kb.byId.get(live.entryId) : undefined;
  const choices: OfferedChoice[] | undefined = live?.offered ?? (activeCheck(flow) ? saved?.offered : undefined) ?? answered?.related.map((entryId) => ({ entryId }));
  const offered = choices?.map((c) => ({ ...c, label: c.label ?? (c.entryId ? kb.byId.get(c.entryId)?.title : undefined) ?? '' }));
  const choice = pickChoice(text, offered);
  if (choice?.option && isToolId(choice.option)) return { kind: 'tool', request: { type: 'id', id: choice.option } };
  if (choice?.entryId && kb.byId.has(choice.entryId)) return { kind: 'pick', choice };
  const option = optionRequest(kb, text, flow);
  if (option) return { kind: 'tool', request: option };
  if (asksForMore(text, kb.conversation.more)) {
    const more = moreRequest(flow);
    if (more) return { kind: 'tool', request: more };
    if (live?.entryId && kb.byId.has(live.entryId)) return { kind: 'more', entryId: live.entryId };
  }
  // "Why?", "since when?" with nothing else: a question about the answer just given, not a new
  // one. The short answer states the conclusion; its detail holds the reasons, dates and sources.
  if (live?.entryId && kb.byId.has(live.entryId) && asksForMore(text, kb.conversation.groundsQuestions)) return { kind: 'more', entryId: live.entryId };
  const small = smallTalkKind(text, dialogueIndex(kb).smallTalk, kb.conversation);
  if (small) return { kind: 'smallTalk', name: small };
  const mistyped = mistypedChoice(text, flow, verdict === 'ok' || verdict === 'unreadable');
  if (mistyped) return { kind: 'tool', request: mistyped };
  if (verdict !== 'ok') return { kind: 'guard', verdict };

  // "Thanks! And in Wales?": the question is what follows the small talk.
  // "When?" alone, in a thread, asks the topic's time: read as the question it stands for.
  const whenAlone = live?.entryId && asksForMore(text, kb.conversation.whenAlone);
  const topicId = live?.entryId ?? live?.near;
  const topic = topicId ? kb.byId.get(topicId) : undefined;
  const opened = whenAlone ? kb.conversation.whenAloneReadsAs : withoutSmallTalkOpening(text, dialogueIndex(kb).smallTalk);
  // "...like with ACVs?" in a thread compares with another scheme; the question is the topic's.
  const asked = topic ? withoutClosingComparison(opened, kb.conversation.comparisonWords, (words) => readSignals(words, dialogueIndex(kb).signals).values.has(SUBJECT_FACET)) : opened;
  const own = matchOwn(index, asked);
  // A closing that tells about someone is small talk; thanks and a bare phrase ("cheers - right to
  // bid in Wales") is only when the matcher cannot answer the phrase. Neither is when a signpost
  // sends the message elsewhere ("did you see the score last night": its "night" is no goodbye).
  const closingName = closingKind(text, dialogueIndex(kb).smallTalk, kb.conversation);
  const signposted = own.decision.status === 'fallback' && own.decision.offTopicId !== undefined;
  const closing = closingName && !signposted && (closingTells(text, dialogueIndex(kb).smallTalk, kb.conversation) || own.decision.status !== 'answered') ? closingName : undefined;
  const current = topic ? live?.facets ?? facetsOf(topic) : undefined;
  const signals = readSignals(asked, dialogueIndex(kb).signals);
  // A mistyped facet word ("what if they rejcet it?") signals its value as the matcher corrects
  // it; the words as typed still say what the knowledge lacks ("dog" is no typo of anything asked).
  if (own.analysis.corrections.length) addValues(signals, readSignals(corrected(asked, own.analysis.corrections), dialogueIndex(kb).signals));
  // A variant from the synonyms list ("ppl", "eoi") is a word the knowledge uses, spelt its way.
  signals.residual = spelledAsKnowledge(signals.residual, index.lexicon.synonyms);
  let followUp;
  if (topic && current) {
    // New topical words: ones the knowledge uses but the topic's entry does not. A word no entry
    // uses cannot point at another topic, so it does not make the question stand alone.
    const { vocabulary, known } = entryVocabulary(kb);
    const topical = signals.residual.filter((w) => known.has(w) && !vocabulary.get(topic.id)?.has(w)).length;
    // A number is the asker's own quantity ("we've got about 400 houses"), and a story word a
    // person in their case or how they heard ("the bloke who owns it", "thought that got raised"):
    // neither is another subject; nor is where the asker's place stands ("on the seafront").
    const { storyStems, wherePhrases } = dialogueIndex(kb);
    const where = new Set([...whereStems(asked, wherePhrases), ...placeNameStems(asked, kb.conversation.placeNouns, kb.conversation.placeNameWords)]);
    const unknown = signals.residual.filter((w) => !known.has(w) && !signals.ownPlaces.has(w) && !/^\d/.test(w) && !storyStems.has(w) && !where.has(w)).length;
    // Words no entry on the conversation's subject uses: what could carry the question elsewhere.
    const subjectVocabularies = [...new Set([...(topic.facets.subject ?? []), ...(current.subject ? [current.subject] : [])])].map((s) => subjectVocabulary(kb, s));
    const offSubject = signals.residual.filter((w) => known.has(w) && !subjectVocabularies.some((v) => v.has(w))).length;
    followUp = resolveFollowUp(own, signals, { topical, unknown, offSubject }, topic, current, [topic.id, ...(live?.recent ?? [])], kb, index, live?.question);
  }
  // A message of small words only is nothing to answer, unless its shape is one a signpost names
  // ("will we get it tho?" asks for a forecast): then the signpost says why not.
  if (!followUp && own.analysis.terms.length === 0 && !signposted) return { kind: 'nothing', own, ...(closing ? { closing } : {}) };
  const helped = followUp ? undefined : whoToAsk(own, signals, kb);
  const decision = helped ?? own.decision;
  // A fresh question answered outright may have asked a second thing in another sentence.
  const also = !followUp && decision.status === 'answered' ? alsoAsked(kb, index, asked, decision.top.entryId) : undefined;
  const named = followUp ? signals.values : withLeaningSubject(signals.values, decision, own, kb);
  return { kind: 'question', own: helped ? { ...own, decision: helped } : own, followUp, current, named, ...(closing ? { closing } : {}), ...(also ? { also } : {}) };
}

/**
 * A wide answer (on more subjects than conversation.yaml `narrowEntry`, such as a nation's) is on
 * the subject the question leaned to when it named none: that of the entry the matcher believes
 * most after the answer, among those on one of the answer's subjects. After "in Scotland can groups
 * ask the council for its buildings?", answered by the Scotland entry, the conversation is on asset
 * transfer, so "and in England?" asks about asset transfer there, not about listing.
 */
function withLeaningSubject(named: ReadonlyMap<string, ReadonlySet<string>>, decision: Decision, own: OwnMatch, kb: KnowledgeBase): ReadonlyMap<string, ReadonlySet<string>> {
  if (named.has(SUBJECT_FACET) || decision.status !== 'answered') return named;
  const answered = decision.top.entryId;
  const subjects = kb.byId.get(answered)?.facets.subject ?? [];
  if (subjects.length <= kb.conversation.followUps.narrowEntry) return named;
  const leaning = [...own.scores]
    .filter(([id]) => id !== answered)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => kb.byId.get(id)?.facets.subject?.[0])
    .find((s): s is string => s !== undefined && subjects.includes(s));
  return leaning ? new Map([...named, [SUBJECT_FACET, new Set([leaning])]]) : named;
}

/** The text with each word the matcher corrected replaced by its correction. */
function corrected(text: string, corrections: readonly { from: string; to: string }[]): string {
  if (!corrections.length) return text;
  const fixes = new Map(corrections.map((c) => [c.from, c.to]));
  return text.replace(/[\p{L}\p{N}']+/gu, (word) => fixes.get(word.toLowerCase()) ?? word);
}

/** Words as the knowledge spells them: each word the synonyms list rewrites on its own ("ppl" is
 *  "people") becomes the stems of the phrase it stands for, stop words left out. */
function spelledAsKnowledge(residual: readonly string[], synonyms: SynonymTable): string[] {
  return residual.flatMap((w) => {
    const rewritten = applySynonyms([w], synonyms);
    return rewritten.length === 1 && rewritten[0] === w ? [w] : rewritten.filter((t) => !STOPWORDS.has(t)).map(stem);
  });
}

function addValues(to: FacetSignals, from: FacetSignals): void {
  for (const [facet, values] of from.values) to.values.set(facet, new Set([...(to.values.get(facet) ?? []), ...values]));
  for (const facet of from.next) to.next.add(facet);
}
