/**
 * Characters that must not reach a terminal, a log line or a HuJSON comment from text in files
 * and API answers: control characters (terminal escapes, line breaks) and invisible formatting
 * characters (zero-width and bidirectional marks, which can make a reviewer read something else
 * than what is there). Named code-point ranges, turned into one pattern each.
 */

type Range = readonly [from: number, to: number];

/** C0 controls, DEL and the C1 controls, and the Unicode line and paragraph separators. */
export const CONTROLS: readonly Range[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x2028, 0x2029],
];

/** CONTROLS without the line feed: for a terminal, which may show several lines. */
export const CONTROLS_BUT_NEWLINE: readonly Range[] = [[0x00, 0x09], [0x0b, 0x1f], ...CONTROLS.slice(1)];

/** Zero-width characters, directional marks and overrides, invisible operators, the byte-order mark. */
export const INVISIBLE: readonly Range[] = [
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x206f],
  [0xfeff, 0xfeff],
];

const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** A global pattern matching each run of characters in `ranges`. */
export function runsOf(ranges: readonly Range[]): RegExp {
  const members = ranges.map(([from, to]) => (from === to ? escape(from) : `${escape(from)}-${escape(to)}`));
  return new RegExp(`[${members.join('')}]+`, 'g');
}
