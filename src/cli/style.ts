/**
 * Colour and the one-line tally, for a person at a terminal only (SPEC 3.2): never in a pipe or
 * a file, unless FORCE_COLOR asks; never with a non-empty NO_COLOR (https://no-color.org), unless
 * FORCE_COLOR asks; never on a dumb terminal. Codes are the basic 16 ANSI colours, so any terminal shows them.
 */
import type { Io } from './terminal.js';

export function colorOn(io: Pick<Io, 'env' | 'isTTY'>): boolean {
  // FORCE_COLOR=1 (or any value) forces colour, FORCE_COLOR=0 or false forbids it, as Node and chalk read it.
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.isTTY === true && io.env.TERM !== 'dumb';
}

const CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;

export type Style = (name: keyof typeof CODES, text: string) => string;

export function styler(io: Pick<Io, 'env' | 'isTTY'>): Style {
  return colorOn(io) ? (name, text) => `\u001b[${CODES[name]}m${text}\u001b[0m` : (_name, text) => text;
}

/** Colours the lines of a report: errors red, warnings yellow, "OK" green, added/removed lines. */
export function paintReport(text: string, style: Style): string {
  return text
    .split('\n')
    .map((line) => paintLine(line, style))
    .join('\n');
}

/** One line of a report coloured as paintReport colours it (`line` has no "\n"). */
export function paintLine(line: string, style: Style): string {
  return /: error\[/.test(line) || /^(FAIL|DENIED)\b/.test(line)
    ? style('red', line)
    : /: warning\[/.test(line)
      ? style('yellow', line)
      : /^(OK|ALLOWED)\b/.test(line)
        ? style('green', line)
        : /^\s*\+/.test(line)
          ? style('green', line)
          : /^\s*-/.test(line)
            ? style('red', line)
            : line;
}

/**
 * A report written line by line: each line painted as paintReport paints it and given to `write`
 * in batches of about 64 KiB, so a large report is never held whole (nor split and joined again).
 * What reaches `write` in total is paintReport of the lines joined, each followed by "\n".
 */
export function lineWriter(
  write: (s: string) => void,
  style: Style,
): { line: (text: string) => boolean; end: () => void } {
  let batch: string[] = [];
  let size = 0;
  const end = () => {
    if (batch.length === 0) return;
    write(batch.join(''));
    batch = [];
    size = 0;
  };
  return {
    /** Adds a line; true when that wrote a batch. */
    line: (text) => {
      // A line with a line break in it is painted line by line, as paintReport splits the whole.
      const painted = text.includes('\n') ? paintReport(text, style) : paintLine(text, style);
      batch.push(painted, '\n');
      size += painted.length + 1;
      if (size < 1 << 16) return false;
      end();
      return true;
    },
    end,
  };
}

/** "1 grant added, 2 rules removed": counts in words, the noun on the first of each group. */
export function tally(groups: Array<[noun: string, counts: Array<[verb: string, n: number]>]>): string {
  const parts: string[] = [];
  for (const [noun, counts] of groups) {
    let first = true;
    for (const [verb, n] of counts) {
      if (!n) continue;
      parts.push(first ? `${n} ${noun}${n === 1 ? '' : 's'} ${verb}` : `${n} ${verb}`);
      first = false;
    }
  }
  return parts.length ? parts.join(', ') : 'no changes';
}
