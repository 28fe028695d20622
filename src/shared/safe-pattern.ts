/**
 * Ticket patterns from access.yaml are regular expressions run by JavaScript's backtracking
 * engine on text from pull requests. `^([0-9]+)+$` takes 51 s on a 31-character ticket. Rather
 * than ship a second regex engine, a pattern is refused, with a located error in access.yaml,
 * when its worst case is not small:
 *
 * - a repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) that itself contains a quantifier or
 *   an alternation, e.g. `(a+)+`, `(a|a)*`: exponential;
 * - backreferences (`\1`, `\k<name>`): matching them is NP-hard in general;
 * - quantifiers whose combined work on the longest ticket (200 characters) exceeds a budget:
 *   each repetition multiplies the backtracking by up to min(max, 200) + 1, and an unanchored
 *   pattern is tried at every start: `\d*\d*\d*x` unanchored is refused, `^[A-Z]+-\d+$` is not.
 *
 * Every pattern a ticket format needs (`^INC-[0-9]+$`, `^(INC|SR)-\d{3,8}$`, `^[A-Z]{2,10}-\d+$`)
 * passes. Pure, linear in the pattern.
 */

/** The longest ticket a grant file may carry (the grant schema's maxLength). */
export const MAX_TICKET_LENGTH = 200;
/** Worst-case backtracking steps a pattern may need on the longest ticket. */
const STEP_BUDGET = 10_000_000;

interface Frame {
  /** A quantifier or alternation somewhere inside. */
  complex: boolean;
  alternation: boolean;
}

/** Why `pattern` may backtrack catastrophically, or undefined when it is safe. */
export function unsafePattern(pattern: string): string | undefined {
  const stack: Frame[] = [{ complex: false, alternation: false }];
  /** The atom a following quantifier applies to: a group's frame, or a single character/class. */
  let last: Frame | 'atom' | undefined;
  let work = 1;
  const n = MAX_TICKET_LENGTH + 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'it uses a backreference, which can take exponential time';
      // \u{…}, \p{…}, \x.., \u....: one atom.
      if ((next === 'u' || next === 'p' || next === 'P') && pattern[i + 2] === '{') i = pattern.indexOf('}', i) >>> 0;
      else i++;
      last = 'atom';
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      last = 'atom';
    } else if (c === '(') {
      stack.push({ complex: false, alternation: false });
      if (pattern[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i +=
          pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!' ? pattern.indexOf('>', i) - i : 2;
        if (pattern[i] === '<') i++;
      }
      last = undefined;
    } else if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : top;
      const parent = stack[stack.length - 1]!;
      parent.complex ||= frame.complex || frame.alternation;
      last = frame;
    } else if (c === '|') {
      top.alternation = true;
      last = undefined;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i)))) {
      let max = 1;
      if (c === '*' || c === '+') max = Infinity;
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i))!;
        max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        i += m[0].length - 1;
      }
      if (pattern[i + 1] === '?' || pattern[i + 1] === '+') i++; // lazy (or possessive-looking) marker
      if (max > 1 && last !== undefined && last !== 'atom' && (last.complex || last.alternation)) {
        return 'a repeated group contains another quantifier or an alternation (like "(a+)+" or "(a|b)*"), which can take exponential time';
      }
      if (max > 1) work *= Math.min(max, n) + 1;
      top.complex = true;
      last = 'atom';
    } else {
      last = 'atom';
    }
  }
  const anchored = pattern.startsWith('^') && !stack[0]!.alternation;
  if (!anchored) work *= n;
  if (work > STEP_BUDGET) {
    return (
      'its quantifiers together can take too long on a long ticket; use fewer repetitions, bound them ({1,8}), ' +
      'or anchor the pattern with ^'
    );
  }
  return undefined;
}
