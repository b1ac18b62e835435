// Wraps text to a terminal's width at word boundaries. A bullet's continuation lines are
// indented under its text; a word longer than the width (a web address) gets a line of its own
// rather than being broken, so it can still be copied whole.

export function wrapText(text: string, width: number): string {
  const columns = Math.max(20, Math.floor(width));
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const bullet = /^(\s*(?:[-*•]|\d+\.)\s+)/.exec(line)?.[1] ?? /^(\s*)/.exec(line)![1];
  const indent = ' '.repeat(bullet.length);
  const words = line.slice(bullet.length).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = bullet;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > width) {
      out.push(current);
      current = indent;
      empty = true;
    }
    current += (empty ? '' : ' ') + word;
    empty = false;
  }
  out.push(current);
  return out.join('\n');
}
