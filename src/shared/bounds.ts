/**
 * Bounds checked on the raw text before any parser or walker recurses (SPEC 4, properties 6 and
 * 12). jsonc-parser's visitor, the YAML composer, ajv, the renderer and the plan's diff all
 * recurse once per level of nesting, so a file of a few thousand `[` would overflow the stack or,
 * for YAML, grow the heap by hundreds of megabytes. One linear pass over the characters measures
 * nesting depth, lines and entries first, and a file beyond a bound gets one located error
 * instead of being parsed.
 *
 * The limits are far above anything a real policy needs (Tailscale's own policies nest about 6
 * levels deep) and low enough that every later recursion stays shallow. Pure.
 */

/** Deepest nesting of lists and maps a file may have. */
export const MAX_DEPTH = 64;
/** Most lines a YAML file may have (the YAML composer's heap grows fast with them). */
export const MAX_LINES = 100_000;
/** Most entries (list items and map keys, counted by their separators) a YAML file may have. */
export const MAX_ENTRIES = 200_000;
/**
 * The same for JSON and HuJSON, the format of Tailscale's policy: ten times more, so that no
 * policy a team could write is refused (Tailscale states no size limit; its own client reads at
 * most 10 MiB of a policy, and MAX_FILE_BYTES caps every file there). 100,000 lines refused a
 * 2.5 MB policy of 10,000 rules and 10,000 tests. Memory stays bounded by the file cap.
 */
export const MAX_JSON_LINES = 10 * MAX_LINES;
export const MAX_JSON_ENTRIES = 10 * MAX_ENTRIES;

export interface BoundsViolation {
  rule: 'syntax/too-deep' | 'syntax/too-many-lines' | 'syntax/too-many-entries';
  message: string;
  /** Character offset of the place that crossed the bound. */
  offset: number;
}

const tooDeep = (offset: number): BoundsViolation => ({
  rule: 'syntax/too-deep',
  message: `Nesting is deeper than ${MAX_DEPTH} levels here; a policy needs only a few. Flatten the structure.`,
  offset,
});
const tooManyLines = (offset: number, max = MAX_LINES): BoundsViolation => ({
  rule: 'syntax/too-many-lines',
  message: `The file has more than ${max.toLocaleString('en-US')} lines; split it into smaller files.`,
  offset,
});
const tooManyEntries = (offset: number, max = MAX_ENTRIES): BoundsViolation => ({
  rule: 'syntax/too-many-entries',
  message: `The file has more than ${max.toLocaleString('en-US')} entries; split it into smaller files.`,
  offset,
});

/**
 * JSON and HuJSON: depth of `[` / `{` outside strings and comments, lines, and entries (each
 * `,` or `:` outside strings). Linear in the text, no recursion.
 */
export function jsonBounds(text: string): BoundsViolation | undefined {
  let depth = 0;
  let lines = 1;
  let entries = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++lines > MAX_JSON_LINES) return tooManyLines(i + 1, MAX_JSON_LINES);
    } else if (c === 34 /* " */) {
      // A string: skip to its closing quote (or the end of the line, where jsonc reports it).
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34 || d === 10) break;
      }
      if (text.charCodeAt(i) === 10) i--;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i + 1 < n && text.charCodeAt(i + 1) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      for (i += 2; i < n && !(text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47); i++) {
        if (text.charCodeAt(i) === 10 && ++lines > MAX_JSON_LINES) return tooManyLines(i + 1, MAX_JSON_LINES);
      }
      i++;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > MAX_DEPTH) return tooDeep(i);
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (depth > 0) depth--;
    } else if (c === 44 /* , */ || c === 58 /* : */) {
      if (++entries > MAX_JSON_ENTRIES) return tooManyEntries(i, MAX_JSON_ENTRIES);
    }
  }
  return undefined;
}

/**
 * YAML: an upper estimate of nesting, per line: the number of open indentation levels, plus
 * compact sequence and mapping markers (`- - x`, `? `) at the line's start, plus open flow
 * collections (`[`, `{` outside quotes and comments, carried across lines). Lines and entries
 * (`- ` items and `: ` keys) are counted too. Overestimates only for odd layouts (a block scalar
 * indented step by step more than 64 times), never underestimates, so the composer never
 * recurses deeper than the bound allows. Linear, no recursion.
 */
export function yamlBounds(text: string): BoundsViolation | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lines = 0;
  let entries = 0;
  /** The block depth of the line a still-open flow collection started on. */
  let flowBase = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lineStart = i;
    if (++lines > MAX_LINES) return tooManyLines(lineStart);
    let end = text.indexOf('\n', i);
    if (end === -1) end = n;
    // Indentation (spaces only: YAML forbids tabs there).
    let j = i;
    while (j < end && text.charCodeAt(j) === 32) j++;
    const blank = j >= end || text.charCodeAt(j) === 35 /* # */ || text.charCodeAt(j) === 13;
    let depth = flowBase;
    if (!blank && flow === 0) {
      const indent = j - i;
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      depth = indents.length;
      // Compact collections: "- - - x", "- key: - x", "? - x".
      let k = j;
      for (;;) {
        const c = text.charCodeAt(k);
        const next = text.charCodeAt(k + 1);
        if ((c === 45 /* - */ || c === 63) /* ? */ && (k + 1 >= end || next === 32 || next === 13)) {
          depth++;
          if (++entries > MAX_ENTRIES) return tooManyEntries(k);
          k += 1;
          while (k < end && text.charCodeAt(k) === 32) k++;
        } else break;
      }
      if (depth > MAX_DEPTH) return tooDeep(k);
      flowBase = depth;
    }
    // The rest of the line: quotes, comments, flow brackets, "key: " separators.
    for (let k = j; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 39 /* ' */ || c === 34 /* " */) {
        const prev = k === 0 ? 32 : text.charCodeAt(k - 1);
        // Only a quote that opens a scalar starts a quoted string ("it's" is plain text).
        if (!(prev === 32 || prev === 91 || prev === 123 || prev === 44 || prev === 58 || prev === 45 || k === j))
          continue;
        const close = quotedEnd(text, k, c);
        if (close === -1) break; // unterminated on this line: the parser reports it
        k = close;
      } else if (c === 35 /* # */ && (k === j || text.charCodeAt(k - 1) === 32)) {
        break;
      } else if (c === 91 || c === 123) {
        if (depth + ++flow > MAX_DEPTH) return tooDeep(k);
      } else if (c === 93 || c === 125) {
        if (flow > 0) flow--;
      } else if ((c === 58 /* : */ && (k + 1 >= end || text.charCodeAt(k + 1) === 32)) || (c === 44 && flow > 0)) {
        if (++entries > MAX_ENTRIES) return tooManyEntries(k);
      }
    }
    i = end + 1;
  }
  return undefined;
}

/** Where a quoted scalar opened at `start` closes on its line, or -1. */
function quotedEnd(text: string, start: number, quote: number): number {
  for (let k = start + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return -1;
    if (quote === 34 && c === 92) k++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(k + 1) === 39) k++;
      else return k;
    }
  }
  return -1;
}

/**
 * A defensive depth check of a value already in memory (an API answer decoded by JSON.parse,
 * which does not recurse): true when it nests deeper than `max`. Iterative.
 */
export function deeperThan(value: unknown, max = MAX_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
    }
  }
  return false;
}

/** Sets `obj[key] = value` as an own data property, so a key "__proto__" is data, not the prototype. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** `obj[key]` only when `key` is the object's own: "constructor" or "__proto__" are not looked up the prototype. */
export function own<T>(obj: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
