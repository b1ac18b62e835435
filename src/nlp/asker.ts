// Who the question is about. Community rights are used by groups ("can we...", "our pub"); a
// question only about the asker ("I was unfairly dismissed", "my house purchase", "my garage")
// is far more often one the advisor does not cover. On the dev questions, 46% of those to decline
// speak only of "I" or "my", against 1% of those it answers.
//
// Two kinds of "I" question are not about the asker alone, and the blind bank written in the
// first person showed both declined though the right entry ranked first:
// - someone speaking in a role ("I own the Crown", "I'm clerk to the parish council", "I work for
//   the council", "my charity wants to bid"), who asks for what they answer for, as a group does;
// - a question to the advisor itself ("are you a lawyer?", "where do your answers come from?").

const ROLE =
  '(owner|landlord|landlady|freeholder|licensee|publican|landowner|proprietor|clerk|officer|councillor|cllr|mayor|' +
  'trustee|director|chair|chairman|chairwoman|chairperson|secretary|treasurer|volunteer|organiser|organizer|' +
  'student|researcher|journalist|solicitor|lawyer|planner|surveyor|developer|buyer|purchaser|seller|vendor)s?';

/** The organisations someone speaks for: "my charity", "my parish council". Not "my council",
 *  "my club" or "my business": "my council tax", "my club's transfer" and "my business's VAT" are
 *  the asker's own affairs far more often. */
const SPOKEN_FOR = '(charity|cic|society|organisation|organization|trust|committee|forum|group|(parish|town) council(?! tax)|community|village|neighbours|residents)';

const SPEAKS_IN_ROLE = new RegExp(
  [
    `\\bi (own|run|founded|chair|manage)\\b`,
    `\\bi (work|volunteer) (in|for|at|with)\\b`,
    `\\b(i|i am|as) (the |a |an |one of the )?([a-z]+ )?${ROLE}\\b`,
    `\\b${ROLE} (here|to the)\\b`,
    `\\b${ROLE} of (the )?[a-z]+( [a-z]+)? here\\b`,
    `\\bmy ${SPOKEN_FOR}\\b`,
    // Given a role ("just been made chair of the Friends of the Golden Lion"), or asking for others
    // ("my family's from Skye and their community wants to buy the land").
    `\\b(made|elected|appointed|become|became|voted in as|taken on as) (the |a |an )?([a-z]+ )?${ROLE}\\b`,
    `\\btheir ${SPOKEN_FOR}\\b`,
    `\\bmy (dissertation|essay|thesis|article)\\b`,
  ].join('|'),
);

/** About groups in general ("my cousin in Fife says community groups up there can make the
 *  council hand over a building", "my cousin says in scotland groups have a right to ask"): a
 *  question about the right, in the first person only because the asker passes on what they
 *  heard. ("My landlord says" alone stays the asker's own affair.) */
const ABOUT_GROUPS = /\bgroups\b/;

/** "are you a lawyer?", "who runs you?", "your answers": a question about the advisor. */
const TO_THE_ADVISOR = /\bare you\b|\b(runs|made|built|trust|rely on) you\b|\byour (answers?|information|info|advice|sources?|data)\b/;

/** The question speaks of "I"/"my", never of "we"/"our"/"us", in no role, not of groups in
 *  general, and not to the advisor. */
export function asksForThemselves(normalised: string): boolean {
  return (
    /\b(i|my|myself)\b/.test(normalised) &&
    !/\b(we|our|ours|us|ourselves)\b/.test(normalised) &&
    !SPEAKS_IN_ROLE.test(normalised) &&
    !ABOUT_GROUPS.test(normalised) &&
    !TO_THE_ADVISOR.test(normalised)
  );
}
