// People's names where the writer says whose they are: "my name is …", "I'm …", a title
// ("Cllr Jones") or a sign-off ("Thanks, Jo"). A capitalised word after "I'm" is a name only when
// it is not one of the words people commonly put there ("I'm Chair of…", "I am Welsh").
import type { Redaction } from './redaction.js';

const WORD = "[\\p{Lu}][\\p{L}'’-]*";
const ANY_WORD = "[\\p{L}][\\p{L}'’-]*";
// No "i" flag: under it \p{Lu} would match small letters too, so the cues spell out both cases.
const MY_NAME = new RegExp(`(\\b${anyCase('my name')}(?: ${anyCase('is')}|['’]${anyCase('s')})[\\s:]{1,3})(${ANY_WORD}(?: ${ANY_WORD}){0,2})`, 'gu');
const I_AM = new RegExp(`(\\b(?:[Ii] ${anyCase('am')}|[Ii]['’][Mm]|[Ii][Mm])[\\s,]{1,3})(${WORD}(?: ${WORD}){0,2})`, 'gu');
const TITLED = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Rev|Revd)\\.? ${WORD}(?: ${WORD})?`, 'gu');
const SIGN_OFF_CUES = ['thanks', 'thank you', 'regards', 'kind regards', 'best wishes', 'many thanks', 'cheers', 'best'].map(anyCase).join('|');
const SIGN_OFF = new RegExp(`(\\b(?:${SIGN_OFF_CUES})[,!.]?\\s{1,3})(${WORD}(?: ${WORD}){0,2})(?=[\\s.!]{0,3}$)`, 'gu');

// Words that follow "I'm" or "my name is" without being (part of) a name.
const NOT_NAMES = new Set(
  `a an the not just also really very so still now here there from with on in at of for to and or but as
   chair chairman chairwoman chairperson secretary clerk treasurer trustee director member members councillor
   cllr volunteer volunteers resident residents tenant tenants landlord owner manager officer coordinator
   organiser organizer part one new sure unsure confused worried interested writing asking looking trying hoping
   wondering planning based involved responsible currently part-time retired english british welsh scottish irish
   northern england wales scotland ireland uk london parish town city district county council community village
   group charity church school pub local i im i'm we our my me is was am and run live work here please`.split(/\s+/),
);

/** "my name" -> "[Mm][Yy] [Nn][Aa][Mm][Ee]". */
function anyCase(text: string): string {
  return text.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}

function keepName(match: string, cue: string, words: string): string {
  const parts = words.split(' ');
  const name: string[] = [];
  for (const p of parts) {
    if (NOT_NAMES.has(p.toLowerCase())) break;
    name.push(p);
  }
  if (name.length === 0) return match;
  return `${cue}[name]${words.slice(name.join(' ').length)}`;
}

export const NAME_REDACTIONS: Redaction[] = [
  {
    marker: 'name',
    apply: (t) =>
      t
        .replace(MY_NAME, (m, cue: string, words: string) => keepName(m, cue, words))
        .replace(I_AM, (m, cue: string, words: string) => keepName(m, cue, words))
        .replace(TITLED, '[name]')
        .replace(SIGN_OFF, (m, cue: string, words: string) => keepName(m, cue, words)),
  },
];
