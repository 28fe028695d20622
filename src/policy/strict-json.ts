/**
 * The fast way to read HuJSON (JSON with comments and trailing commas): one scan takes the
 * comments and trailing commas out, and the engine's own JSON.parse reads the rest. jsonc-parser
 * builds a syntax tree of every value first, which was most of the reading of a 10,000-rule
 * policy and of the parse-back of a 10,000-grant one (issue #15). Pure.
 *
 * It answers only for text it reads exactly as jsonc-parser does (parseTree + getNodeValue with
 * trailing commas and comments allowed): anything unusual (a syntax error of any kind, a
 * duplicate key, a string with an escape, a comment that a line break other than "\n" ends, a
 * character JSON does not allow between tokens) gives undefined, and the caller takes the full parser, with its errors and
 * positions. A test holds the two to the same value on every input this accepts.
 */

/**
 * The value of a HuJSON text, or undefined when the text is not one this reads (see above).
 * Objects are plain objects, as JSON.parse builds them; `nullPrototype` gives jsonc-parser's form.
 */
export function readStrictJson(text: string): { value: unknown } | undefined {
  const parts: string[] = [];
  let from = 0; // the start of the text not yet copied to parts
  // Containers open at this point: for an object, the keys seen so far (undefined for an array).
  const open: Array<Set<string> | undefined> = [];
  let expectKey = false;
  // What the last token was: a value's end ('v'), '[' or '{' ('o'), ',' (','), ':' (':'), nothing ('').
  let last = '';
  let comma = -1; // a ',' taken out of the text, put back unless the next token closes a list
  let backslash = text.indexOf('\\'); // the next backslash at or after the scan, or -1
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // JSON's whitespace: space, tab, line feed, carriage return.
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
      i++;
      continue;
    }
    if (c === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      let end: number;
      if (next === 0x2f) {
        const nl = text.indexOf('\n', i + 2);
        end = nl < 0 ? n : nl;
        // jsonc-parser also ends a line comment at "\r"; leave such text (and other line breaks) to it.
        if (/[\r\u2028\u2029]/.test(text.slice(i + 2, end))) return undefined;
      } else if (next === 0x2a /* * */) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) return undefined;
        end = close + 2;
      } else return undefined;
      parts.push(text.slice(from, i), ' ');
      from = end;
      i = end;
      continue;
    }
    // The first character of a token: the waiting comma is dropped before a closing bracket.
    if (comma >= 0) {
      if (c !== 0x5d /* ] */ && c !== 0x7d /* } */) parts.push(',');
      comma = -1;
    }
    if (c === 0x22 /* " */) {
      // A string with an escape is left to the full parser: Node 24's JSON.parse misreads some
      // escaped keys after others ('{"\\u0061":1}' read after '{"\\\\":1}' gave the key "\\").
      const q = text.indexOf('"', i + 1);
      if (q < 0) return undefined;
      if (backslash >= 0 && backslash < i) backslash = text.indexOf('\\', i);
      if (backslash >= 0 && backslash < q) return undefined;
      const top = open.length > 0 ? open[open.length - 1] : undefined;
      if (top !== undefined && expectKey) {
        if (last !== 'o' && last !== ',') return undefined;
        const key = text.slice(i + 1, q);
        if (top.has(key)) return undefined; // reported by the full parser, at both places
        top.add(key);
        expectKey = false;
        last = 'k';
      } else last = 'v';
      i = q + 1;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (expectKey) return undefined;
      open.push(c === 0x7b ? new Set() : undefined);
      expectKey = c === 0x7b;
      last = 'o';
      i++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (open.length === 0 || (c === 0x7d) !== (open.pop() !== undefined)) return undefined;
      expectKey = false;
      last = 'v';
      i++;
      continue;
    }
    if (c === 0x2c /* , */) {
      if (last !== 'v' || open.length === 0) return undefined;
      parts.push(text.slice(from, i));
      from = i + 1;
      comma = i;
      expectKey = open[open.length - 1] !== undefined;
      last = ',';
      i++;
      continue;
    }
    if (c === 0x3a /* : */) {
      if (last !== 'k') return undefined;
      last = ':';
      i++;
      continue;
    }
    // A number or true/false/null: JSON.parse checks its spelling. Anything else (another
    // character, Unicode whitespace) is for the full parser.
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || (c >= 0x61 && c <= 0x7a))) return undefined;
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if ((d >= 0x30 && d <= 0x39) || (d >= 0x61 && d <= 0x7a) || d === 0x2e || d === 0x2b || d === 0x2d || d === 0x45)
        j++;
      else break;
    }
    if (expectKey) return undefined;
    last = 'v';
    i = j;
  }
  if (comma >= 0 || open.length > 0 || last !== 'v') return undefined;
  parts.push(text.slice(from));
  try {
    return { value: JSON.parse(parts.join('')) };
  } catch {
    return undefined;
  }
}

/** The value with every object rebuilt without a prototype, as jsonc-parser's getNodeValue gives it. */
export function nullPrototype(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = nullPrototype(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = nullPrototype((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

interface Member {
  /** The key's range (objects only), quotes included. */
  keyStart: number;
  keyEnd: number;
  start: number;
  end: number;
}

/** A list's items, or an object's members by key, with their ranges. */
type Container = { list: Member[] } | { members: Map<string, Member> };

/**
 * Positions in a text readStrictJson accepted, found as jsonc-parser's locator finds them (the
 * deepest value the path reaches; with `key`, the key of an object member), without its tree:
 * only the lists and objects a path goes through are indexed, once each. Failing tests of a
 * 10,000-rule policy ask for thousands of positions, all in `tests`.
 */
export class StrictJsonPositions {
  private readonly containers = new Map<number, Container>();
  private readonly root: Member;

  constructor(private readonly text: string) {
    const start = this.skip(0);
    this.root = { keyStart: -1, keyEnd: -1, start, end: this.valueEnd(start) };
  }

  /** [start, end) of what `path` reaches. */
  range(path: readonly (string | number)[], key: boolean): [number, number] {
    let found = this.root;
    let complete = true;
    let viaKey = false;
    for (const seg of path) {
      const c = this.container(found.start);
      let next: Member | undefined;
      if (typeof seg === 'string') next = c && 'members' in c ? c.members.get(seg) : undefined;
      else next = c && 'list' in c && Number.isInteger(seg) && seg >= 0 ? c.list[seg] : undefined;
      if (!next) {
        complete = false;
        break;
      }
      found = next;
      viaKey = typeof seg === 'string';
    }
    return key && complete && viaKey ? [found.keyStart, found.keyEnd] : [found.start, found.end];
  }

  /** The items or members of the list or object at `start`; undefined for any other value. */
  private container(start: number): Container | undefined {
    const t = this.text;
    const open = t.charCodeAt(start);
    if (open !== 0x7b && open !== 0x5b) return undefined;
    const known = this.containers.get(start);
    if (known) return known;
    const list: Member[] = [];
    const members = new Map<string, Member>();
    let i = this.skip(start + 1);
    while (t.charCodeAt(i) !== 0x7d && t.charCodeAt(i) !== 0x5d) {
      let keyStart = -1;
      let keyEnd = -1;
      if (open === 0x7b) {
        keyStart = i;
        keyEnd = t.indexOf('"', i + 1) + 1;
        i = this.skip(this.skip(keyEnd) + 1); // past the ':'
      }
      const m: Member = { keyStart, keyEnd, start: i, end: this.valueEnd(i) };
      if (open === 0x7b) members.set(t.slice(keyStart + 1, keyEnd - 1), m);
      else list.push(m);
      i = this.skip(m.end);
      if (t.charCodeAt(i) === 0x2c) i = this.skip(i + 1);
    }
    const c: Container = open === 0x7b ? { members } : { list };
    this.containers.set(start, c);
    return c;
  }

  /** The first offset at or after `i` that is neither whitespace nor in a comment. */
  private skip(i: number): number {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) i++;
      else if (c === 0x2f && t.charCodeAt(i + 1) === 0x2f) {
        const nl = t.indexOf('\n', i + 2);
        i = nl < 0 ? t.length : nl;
      } else if (c === 0x2f && t.charCodeAt(i + 1) === 0x2a) i = t.indexOf('*/', i + 2) + 2;
      else return i;
    }
  }

  /** The end of the value that starts at `i` (a string has no escape: readStrictJson accepted it). */
  private valueEnd(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 0x22) return t.indexOf('"', i + 1) + 1;
    if (c !== 0x7b && c !== 0x5b) {
      let j = i + 1;
      for (; j < t.length; j++) {
        const d = t.charCodeAt(j);
        if (!(
          (d >= 0x30 && d <= 0x39) ||
          (d >= 0x61 && d <= 0x7a) ||
          d === 0x2e ||
          d === 0x2b ||
          d === 0x2d ||
          d === 0x45
        ))
          break;
      }
      return j;
    }
    let depth = 0;
    for (let j = i; j < t.length; j++) {
      const d = t.charCodeAt(j);
      if (d === 0x22) j = t.indexOf('"', j + 1);
      else if (d === 0x2f) {
        const e = t.charCodeAt(j + 1);
        if (e === 0x2f) {
          const nl = t.indexOf('\n', j + 2);
          j = nl < 0 ? t.length : nl;
        } else if (e === 0x2a) j = t.indexOf('*/', j + 2) + 1;
      } else if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        if (--depth === 0) return j + 1;
      }
    }
    return t.length;
  }
}
