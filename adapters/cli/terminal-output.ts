// The terminal commands' only way to print: everything goes through the one sanitiser, so an
// answer, a queued question, a knowledge problem or a start-up error cannot carry control or
// bidi characters to the screen of the person running the command.
import { escapeJsonForTerminal, terminalJson, terminalText } from '../../src/index.js';

/** Prints to standard output, as is apart from the characters a terminal would act on. */
export function printOut(text: string, stream: NodeJS.WritableStream = process.stdout): void {
  stream.write(terminalText(text));
}

/** Prints to standard error (usage mistakes, start-up failures). */
export function printErr(text: string): void {
  process.stderr.write(terminalText(text));
}

/** Prints lines of JSON already made, escaped like printJson; resolves once they are flushed. */
export function printJsonLines(json: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(escapeJsonForTerminal(json), (err) => (err ? reject(err) : resolve())));
}

/** Prints one JSON value; unsafe characters are escaped, so the parsed value is unchanged. */
export function printJson(value: unknown, indent?: number): void {
  process.stdout.write(terminalJson(value, indent) + '\n');
}
