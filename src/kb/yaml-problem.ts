// Turns the YAML parser's messages ("Nested mappings are not allowed in compact mappings at line
// 3, column 8") into words a staff member can act on: what is wrong, where (line and column in
// the file itself, not in the header), the line as written, and how to fix it.

export interface YamlProblem {
  message: string;
  line?: number;
  column?: number;
}

interface ParserError {
  code?: string;
  message?: string;
  linePos?: { line: number; col: number }[];
}

/** What usually causes each parser error code in a hand-edited file, and the fix. */
const EXPLAIN: Record<string, (raw: string) => string> = {
  TAB_AS_INDENT: () => 'This line is indented with a tab. Use spaces instead (two per level).',
  DUPLICATE_KEY: () => 'This field appears twice. Keep one of them (merge what they say).',
  BAD_DQ_ESCAPE: () => 'A backslash (\\) inside double quotes starts a special code. Write \\\\ for a backslash, or use single quotes around the text.',
  BLOCK_AS_IMPLICIT_KEY: (raw) =>
    /block sequence/i.test(raw)
      ? 'The "- " lines of this list are not lined up. Start every item of one list with the same number of spaces.'
      : 'A colon followed by a space (": ") inside the text makes it look like a new field. Put the whole text in double quotes, e.g. - "question: with a colon".',
  MULTILINE_IMPLICIT_KEY: () => 'A field name seems to run over two lines: a colon is probably missing after the name, or a quote is not closed.',
  BAD_INDENT: (raw) =>
    /flow (sequence|collection|mapping)/i.test(raw)
      ? 'A list in square brackets [ ] is not closed. End it with ] on the same line, or write each item on its own line starting with "- ".'
      : 'This line is indented differently from the lines around it. Line it up with the other lines of the same list or field.',
  MISSING_CHAR: (raw) =>
    /quote/i.test(raw)
      ? 'A quotation mark is opened but never closed. Add the closing quote at the end of the text, or remove the opening one.'
      : /between flow (sequence|collection|mapping) items/i.test(raw)
        ? 'Inside square brackets [ ], an apostrophe or quote ends the item early. Put that item in double quotes, or write each item on its own line starting with "- ".'
        : 'Something is missing here: usually a closing quote or bracket, or the colon after a field name.',
  BAD_SCALAR_START: () => 'The text cannot start with this character (such as @, `, % or a lone -). Put the whole text in double quotes.',
  UNEXPECTED_TOKEN: () => 'There is a character here the file format does not expect. If it is part of the text, put the whole text in double quotes.',
  MULTIPLE_DOCS: () => 'A line "---" appears inside the fields. Only the first and last lines of the header may be "---".',
};

/**
 * @param lineOffset lines before the YAML text in the file (1 for a Markdown header after "---")
 * @param source the YAML text, to quote the offending line
 */
export function describeYamlError(err: unknown, lineOffset: number, source: string): YamlProblem {
  const e = err as ParserError;
  const raw = (e?.message ?? String(err)).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const pos = e?.linePos?.[0] && opening(e.code, raw, source, e.linePos[0]);
  const explain = e?.code ? EXPLAIN[e.code] : undefined;
  const what = explain ? explain(raw) : `The file could not be read: ${raw}.`;
  if (!pos) return { message: what };
  const written = source.split('\n')[pos.line - 1]?.trimEnd();
  const line = pos.line + lineOffset;
  const shown = written ? ` Line ${line} reads: ${JSON.stringify(written.length > 80 ? written.slice(0, 77) + '...' : written)}` : '';
  return { message: `${what}${shown}`, line, column: pos.col };
}

/**
 * The parser notices an unclosed quote or bracket where the text runs out, lines later; the line
 * to edit is the one that opened it, so point there: the last line before the error that leaves
 * a double quote or a square bracket open.
 */
function opening(code: string | undefined, raw: string, source: string, at: { line: number; col: number }): { line: number; col: number } {
  const quote = code === 'MISSING_CHAR' && /quote/i.test(raw);
  const bracket = code === 'BAD_INDENT' && /flow (sequence|collection)/i.test(raw);
  if (!quote && !bracket) return at;
  const lines = source.split('\n');
  for (let n = Math.min(at.line, lines.length); n >= 1; n--) {
    const text = lines[n - 1];
    const col = quote ? unclosedQuote(text) : unclosedBracket(text);
    if (col !== undefined) return { line: n, col };
  }
  return at;
}

function unclosedQuote(text: string): number | undefined {
  let open: number | undefined;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && open !== undefined) i++;
    else if (text[i] === '"') open = open === undefined ? i + 1 : undefined;
  }
  return open;
}

function unclosedBracket(text: string): number | undefined {
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') opens.push(i + 1);
    else if (text[i] === ']') opens.pop();
  }
  return opens.at(-1);
}
