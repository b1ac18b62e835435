// The thirty hostile inputs of issue 14's attack run, one per line of a batch file (so none
// contains a line break). Each is named for the report when one fails.

const bytes = Array.from({ length: 512 }, (_, i) => String.fromCharCode((i * 37 + 11) % 256)).join('').replace(/[\r\n]/g, ' ');

export const HOSTILE_INPUTS: [name: string, text: string][] = [
  ['giant input', 'why is this so long '.repeat(10_000)],
  ['binary', bytes],
  ['C0 control characters', '\u0001\u0002\u0007\u001b[2J how long does an ACV listing last?'],
  ['C1 control characters', '\u009b31m how long does an ACV listing last? \u0085\u0090'],
  ['bidi overrides', '\u202etsal gnitsil VCA na seod gnol woh\u202c \u2066isolate\u2069 \u200f\u061c'],
  ['an RTL script', 'كيف يمكننا شراء الحانة المحلية في قريتنا؟'],
  ['Hebrew with a Latin word', 'איך אפשר לרשום ACV בכפר שלנו'],
  ['zero-width characters', 'how\u200b long\u200c does\u200d an\ufeff ACV\u2060 listing last'],
  ['Slack broadcast markup', '<!channel> <!everyone> <!here> how long does an ACV listing last?'],
  ['@everyone and @here', '@everyone @here what is an asset of community value'],
  ['Slack link tricks', '<http://evil.example/login|how long does an ACV listing last> <mailto:x@evil.example|mail> <!date^1392734382^{date}|Feb 18>'],
  ['Discord role, user and channel mentions', '<@&123456789012345678> <@!123456789012345678> <#123456789012345678> what is the moratorium'],
  ['a backtracking bait for nested quantifiers', `${'a'.repeat(60)}! (a+)+$ how long (x+ ?)+ listing`],
  ['a backtracking bait for the listing patterns', `how long ${'listing '.repeat(3000)}x`],
  ['regex metacharacters', '.*.*.*.*=.*=.*=[[[(((\\\\\\ $^|?+{1000000}'],
  ['"constructor"', 'constructor'],
  ['"__proto__"', '__proto__'],
  ['"toString"', 'toString'],
  ['every Object.prototype name', 'constructor __proto__ toString valueOf hasOwnProperty isPrototypeOf propertyIsEnumerable toLocaleString __defineGetter__ __lookupSetter__ prototype'],
  ['an emoji flood', '🏠🍺'.repeat(5_000)],
  ['40,000 "<http:"', '<http:'.repeat(40_000 / 6)],
  ['40,000 characters of email-like text', 'a.'.repeat(10_000) + 'a@a.'.repeat(5_000)],
  ['40,000 digits', '0'.repeat(40_000)],
  ['postcodes back to back', 'SW1A 1AA '.repeat(4_000)],
  ['an unclosed code fence', '```' + 'x'.repeat(30_000)],
  ['40,000 asterisks and underscores', '*_'.repeat(20_000)],
  ['a compatibility-expanding character flood', '\ufdfa'.repeat(2_000)],
  ['lone surrogates', '\ud800\udc00\ud800'.repeat(1_000)],
  ['script and SQL injection', "<script>alert(1)</script>'; DROP TABLE questions;-- how long does a listing last"],
  ['only punctuation', '?!?!… ,,, ;;; ::: --- ___ ***'],
];
