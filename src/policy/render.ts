/**
 * Rendering the compiled policy: canonical JSON and its digest, and the HuJSON text that is
 * pushed to Tailscale (tab-indented like Tailscale's own formatter, with a header and a comment
 * above every generated rule). Pure and deterministic.
 */
import * as jsonc from 'jsonc-parser';
import { POLICY_SECTIONS, type Policy } from './merge.js';
import { CONTROLS, INVISIBLE, runsOf } from '../shared/controls.js';
import { readStrictJson } from './strict-json.js';
import { Sha256, sha256Hex } from '../shared/sha256.js';

/** JSON with object keys sorted at every level and no whitespace. */
export function canonicalJson(value: unknown): string {
  // One list of parts, joined once: the recursive template strings this replaces made a string
  // per level and were a tenth of a 10,000-grant check (digest, fingerprints, parse-back).
  const parts: string[] = [];
  writeCanonical(value, parts);
  return parts.join('');
}

/** Parts kept before they go to the hash: the digest never holds the whole canonical text. */
const DIGEST_BATCH = 8192;

function writeCanonical(value: unknown, parts: string[], flush?: () => void): void {
  if (flush && parts.length >= DIGEST_BATCH) flush();
  if (Array.isArray(value)) {
    parts.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(',');
      writeCanonical(value[i], parts, flush);
    }
    parts.push(']');
  } else if (value && typeof value === 'object') {
    const keys = sortedKeys(value);
    parts.push('{');
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) parts.push(',');
      parts.push(quotedKey(keys[i]!), ':');
      writeCanonical((value as Record<string, unknown>)[keys[i]!], parts, flush);
    }
    parts.push('}');
  } else {
    parts.push(JSON.stringify(value) ?? 'null');
  }
}

/**
 * An object's keys in code-unit order, as Array.prototype.sort orders them. A rule has a few
 * keys: sorted in place by insertion, without the work array sort allocates (30 MB of a
 * 10,000-grant check, which sorts every rule's keys for the digest and again for its marker).
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

/** Keys as JSON strings, kept: the same few keys (src, dst, ip, ...) are written for every rule. */
const QUOTED = new Map<string, string>();

function quotedKey(key: string): string {
  let q = QUOTED.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (QUOTED.size >= 4096) QUOTED.clear();
    QUOTED.set(key, q);
  }
  return q;
}

/**
 * `sha256:<hex>` of the canonical JSON: what the header's `tailpolicy-digest` carries. The text
 * goes to the hash in batches of parts (each a whole JSON token, so no character is split): a
 * 10,000-grant policy's 5 MB canonical text and its million parts are never held at once.
 */
export function policyDigest(policy: unknown): string {
  const hash = new Sha256();
  const parts: string[] = [];
  const flush = () => {
    hash.update(parts.join(''));
    parts.length = 0;
  };
  writeCanonical(policy, parts, flush);
  flush();
  return `sha256:${hash.hex()}`;
}

const DIGEST_LINE = /^[ \t]*\/\/[ \t]*tailpolicy-digest:[ \t]*(sha256:[0-9a-f]{64})\s*$/;

/** The digest a policy text claims in its header, if it was written by tailpolicy. */
export function headerDigest(hujson: string): string | undefined {
  // Only the leading comment block counts: a digest line inside the body is not a header.
  // Line by line: with the multiline flag, "^\\s*" restarted at every blank line and ran over all
  // the following ones, quadratic in blank lines (60,000 made expire take 19 s).
  const head = hujson.slice(0, Math.max(0, hujson.indexOf('{')));
  for (const line of head.split('\n')) {
    const m = DIGEST_LINE.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** The comment that opens each run of generated rules: `tailpolicy-rules: <count> sha256:<hex> <grant path>`. */
export const RULE_MARKER = /^\s*\/\/\s*tailpolicy-rules:\s*(\d+)\s+(sha256:[0-9a-f]{64})\s+(.+?)\s*$/;

/** The fingerprint of a grant's generated rules in one section: their path and exact content. */
export function rulesFingerprint(path: string, rules: readonly unknown[]): string {
  return `sha256:${sha256Hex(canonicalJson({ grant: path, rules }))}`;
}

/** The marker comment (without `//`) placed above the first of a grant's generated rules in a section. */
export function ruleMarker(path: string, rules: readonly unknown[]): string {
  return `tailpolicy-rules: ${rules.length} ${rulesFingerprint(path, rules)} ${commentSafe(path, 300)}`;
}

const UNSAFE_IN_COMMENT = runsOf([...CONTROLS, ...INVISIBLE]);
const PLAIN_LINE = /^[!-~]+(?: [!-~]+)*$/;

/**
 * The one sanitiser for text in a HuJSON comment (SPEC 4, property 6): file paths, names, reasons,
 * tickets, the repository and commit of the header. The result is one line that cannot end the
 * comment: no line breaks of any kind, no control characters (C0, DEL, C1), no invisible
 * direction or zero-width marks that would make the admin console show something else.
 * renderPolicy applies it to every comment it writes; callers may apply it earlier to shorten.
 */
export function commentSafe(text: string, max = 200): string {
  // Printable ASCII words with single spaces between them are already safe and flat (most paths
  // and reasons): one test instead of two replaces and a trim, three times per grant.
  const flat = PLAIN_LINE.test(text) ? text : text.replace(UNSAFE_IN_COMMENT, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The comment lines above one list entry. ListComments gives them when the entry is written:
 * compile makes each generated rule's note and marker as the text is rendered, so 10,000
 * grants' notes are not all held (and moved to the old generation) before it starts.
 */
export type CommentLines = readonly string[];

/** The comments above a list's entries, by index (a Map is one). */
export interface ListComments {
  get(index: number): CommentLines | undefined;
}

export interface RenderOptions {
  /** e.g. `https://github.com/acme/tailnet`; puts Tailscale's GitOps banner on the first line. */
  repositoryUrl?: string;
  repository?: string;
  commit?: string;
  /** Comments to place above list entries: `comments.get("grants")?.get(3)` precedes grants[3]. */
  comments?: ReadonlyMap<string, ListComments>;
}

const SECTION_ORDER = Object.keys(POLICY_SECTIONS);

export function renderPolicy(policy: Policy, digest: string, opts: RenderOptions = {}): string {
  // The chunks joined once at the end: joining each section, then the sections, then the header
  // with them (a template string, flattened on first read) made three more copies of a
  // 10,000-grant policy's 4.7 MB text, each in the old generation until the next full collection.
  const text = new PolicyText(policy, digest, opts);
  const chunks: string[] = [];
  for (let chunk = text.next(); chunk !== undefined; chunk = text.next()) chunks.push(chunk);
  return chunks.length === 1 ? chunks[0]! : chunks.join('');
}

function order(section: string): number {
  const i = SECTION_ORDER.indexOf(section);
  return i === -1 ? SECTION_ORDER.length : i;
}

const INLINE_LIMIT = 100;

/** Parts kept before they are joined into a chunk of the rendered text. */
const RENDER_BATCH = 2048;

/**
 * `["a", "b"]` for a list of scalars, undefined for any other list. Kept by the list for one
 * rendering (nothing changes the policy while it is written): the rules of every grant of a
 * resource share its dst and ip lists, written once each instead of per rule.
 */
function inlineLine(value: readonly unknown[], kept: Map<readonly unknown[], string | null>): string | undefined {
  // A list of one scalar (every rule's src: its grant's own grantees) is written at once, not
  // kept: 10,000 grants' lists were as many entries of the map, held until the text was done.
  const v = value.length === 1 ? value[0] : undefined;
  if (v !== undefined) return v === null || typeof v !== 'object' ? `[${JSON.stringify(v)}]` : undefined;
  let line = kept.get(value);
  if (line === undefined) {
    line = value.every((v) => v === null || typeof v !== 'object')
      ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]`
      : null;
    kept.set(value, line);
  }
  return line ?? undefined;
}

const TABS: string[] = [];
const tabs = (n: number): string => (TABS[n] ??= '\t'.repeat(n));

const LIST = 0;
const OBJECT = 1;
const TOP = 2;

/** A list or object being written: its entries from `i` on are still to come. */
interface Frame {
  kind: typeof LIST | typeof OBJECT | typeof TOP;
  /** The list (LIST), or the object (OBJECT, TOP). */
  value: unknown;
  /** The keys (OBJECT, TOP) in the order written. */
  keys: string[] | undefined;
  i: number;
  depth: number;
  comments: ListComments | undefined;
}

/**
 * The text renderPolicy writes, in chunks made as they are asked for: `next()` gives the next
 * chunk, undefined after the last. The writing is a loop over a stack of the lists and objects
 * open, so it stops after any entry: a reader (parse-back in compile) can take the text chunk
 * by chunk without the whole of it, or of its chunks, ever being held.
 */
export class PolicyText {
  private readonly parts: string[];
  private readonly stack: Frame[];
  private readonly inline = new Map<readonly unknown[], string | null>();
  private finished = false;

  constructor(
    policy: Policy,
    digest: string,
    private readonly opts: RenderOptions = {},
  ) {
    const header: string[] = [];
    if (opts.repositoryUrl)
      header.push(`// This tailnet's ACLs are maintained in ${commentSafe(opts.repositoryUrl, 300)}`);
    const from = opts.repository
      ? ` from ${commentSafe(opts.repository, 200)}${opts.commit ? ` at ${commentSafe(opts.commit, 100)}` : ''}`
      : '';
    header.push(`// Generated by tailpolicy${from}.`);
    header.push('// Do not edit this policy in the admin console: change the repository instead.');
    header.push('// Edits made here are detected as drift and stop the next apply.');
    header.push(`// tailpolicy-digest: ${digest}`);
    const keys = Object.keys(policy).sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
    this.parts = [header.join('\n'), '\n{\n'];
    this.stack = [{ kind: TOP, value: policy, keys, i: 0, depth: 0, comments: undefined }];
  }

  /** The next chunk of the text; undefined once it has all been given. */
  next(): string | undefined {
    if (this.finished) return undefined;
    const parts = this.parts;
    while (this.stack.length > 0 && parts.length < RENDER_BATCH) this.step();
    if (this.stack.length === 0) this.finished = true;
    const chunk = parts.join('');
    parts.length = 0;
    return chunk;
  }

  /** One entry of the innermost open list or object, or its end. */
  private step(): void {
    const parts = this.parts;
    const f = this.stack[this.stack.length - 1]!;
    if (f.kind === LIST) {
      const list = f.value as readonly unknown[];
      if (f.i === list.length) {
        this.stack.pop();
        parts.push('\n', tabs(f.depth), ']', ',');
        return;
      }
      const i = f.i++;
      if (i > 0) parts.push('\n');
      if (!(i in list)) return; // a hole is an empty line, as joining the mapped items gave
      const inner = tabs(f.depth + 1);
      for (const c of f.comments?.get(i) ?? []) parts.push(inner, '// ', commentSafe(c, 400), '\n');
      parts.push(inner);
      if (this.open(list[i], f.depth + 1, undefined)) parts.push(',');
      return;
    }
    const keys = f.keys!;
    if (f.i === keys.length) {
      this.stack.pop();
      if (f.kind === OBJECT) parts.push('\n', tabs(f.depth), '}', ',');
      else parts.push('\n}\n');
      return;
    }
    const i = f.i++;
    const k = keys[i]!;
    if (i > 0) parts.push('\n');
    if (f.kind === OBJECT) parts.push(tabs(f.depth + 1), quotedKey(k), ': ');
    else parts.push('\t', JSON.stringify(k), ': ');
    const comments = f.kind === TOP ? this.opts.comments?.get(k) : undefined;
    if (this.open((f.value as Record<string, unknown>)[k], f.depth + 1, comments)) parts.push(',');
  }

  /** Writes `value` whole (true), or its opening, with a frame for the rest (false). */
  private open(value: unknown, depth: number, comments: ListComments | undefined): boolean {
    const parts = this.parts;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        parts.push('[]');
        return true;
      }
      const line = comments ? undefined : inlineLine(value, this.inline);
      if (line !== undefined && line.length + depth * 4 <= INLINE_LIMIT) {
        parts.push(line);
        return true;
      }
      parts.push('[\n');
      this.stack.push({ kind: LIST, value, keys: undefined, i: 0, depth, comments });
      return false;
    }
    if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length === 0) {
        parts.push('{}');
        return true;
      }
      parts.push('{\n');
      this.stack.push({ kind: OBJECT, value, keys, i: 0, depth, comments: undefined });
      return false;
    }
    parts.push(JSON.stringify(value) ?? 'null');
    return true;
  }
}

/**
 * Does `text` parse back (as HuJSON) to exactly `policy`, as JSON? What is pushed must be what
 * was validated, offline and by Tailscale: a comment that escaped its line, or anything else
 * that makes the text say more or less than the policy, is caught here before any push.
 */
export function parsesBackTo(text: string, policy: Policy): boolean {
  // First the text read against the policy as it is scanned, building nothing: it answers (yes)
  // for every text renderPolicy writes. Reading the text into a second copy of the policy made
  // the parse-back of a 10,000-grant policy the peak of the check's memory.
  if (new ParseBack(text).matches(policy)) return true;
  // The fast reading when it answers (it does for every text renderPolicy writes); jsonc-parser's
  // tree otherwise. parseTree + getNodeValue build objects without a prototype, so a "__proto__"
  // key stays a key; JSON.parse keeps it as an own key too.
  const fast = readStrictJson(text);
  let parsed: unknown;
  if (fast) parsed = fast.value;
  else {
    const errors: jsonc.ParseError[] = [];
    const root = jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || !root) return false;
    parsed = jsonc.getNodeValue(root);
  }
  // Compared value by value with the policy as JSON says it (JSON.parse keeps "__proto__" as an
  // own key too): the same answer as comparing the two canonical texts, without building them.
  return sameJson(parsed, asJson(policy));
}

/**
 * The policy as JSON.stringify and JSON.parse would give it back, without the copy when it is
 * already plain JSON data (compile builds it from parsed files: it always is). A 10,000-grant
 * policy's copy was its whole object graph again, at the check's peak of memory.
 */
function asJson(policy: Policy): unknown {
  return isJsonData(policy) ? policy : JSON.parse(JSON.stringify(policy));
}

/** Only strings, finite numbers, booleans, null, arrays of them and plain objects: what JSON round-trips. */
function isJsonData(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false;
      continue;
    }
    if (typeof v !== 'object') return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if ((proto !== Object.prototype && proto !== null) || typeof (v as { toJSON?: unknown }).toJSON === 'function')
      return false;
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return true;
}

/**
 * Are two values parsed from JSON the same JSON value? Object keys in any order, arrays in order;
 * numbers by value (JSON has no NaN, and 0 and -0 print alike). Iterative, for deep input.
 */
function sameJson(a: unknown, b: unknown): boolean {
  const stack: unknown[] = [a, b];
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push(x[i], y[i]);
      continue;
    }
    if (Array.isArray(y)) return false;
    const xs = x as Record<string, unknown>;
    const ys = y as Record<string, unknown>;
    const keys = Object.keys(xs);
    if (keys.length !== Object.keys(ys).length) return false;
    for (const k of keys) {
      if (!Object.hasOwn(ys, k)) return false;
      stack.push(xs[k], ys[k]);
    }
  }
  return true;
}

/**
 * Reads a HuJSON text against an expected value without building it: `matches` is true only when
 * the text is one JSON.parse (after its comments and trailing commas are taken out) would read to
 * exactly `expected`, in the form renderPolicy writes (object keys in the value's own order at
 * every level but the top, strings without escapes, numbers as JSON.stringify spells them).
 * False means "not shown": parsesBackTo then decides in full, so this never changes its answer.
 */

export class ParseBack {
  private text: string;
  private i = 0;
  /** Whether the text read so far has a line break other than "\n" (renderPolicy writes none). */
  private oddBreaks: boolean;
  /** The next chunk of the text, when it is read in chunks (undefined after the last). */
  private pull: (() => string | undefined) | undefined;

  /**
   * `source` is the whole text, or a function giving it chunk by chunk (a PolicyText's `next`):
   * only the part not yet read of the chunks taken so far is held.
   */
  constructor(source: string | (() => string | undefined)) {
    if (typeof source === 'string') {
      this.text = source;
      this.oddBreaks = ODD_BREAK.test(source);
    } else {
      this.text = '';
      this.oddBreaks = false;
      this.pull = source;
    }
  }

  matches(expected: unknown): boolean {
    if (!this.value(expected, true)) return false;
    return this.skip() && this.i === this.text.length;
  }

  /** Takes the next chunk after what is left to read; false when there is none. */
  private more(): boolean {
    if (this.pull === undefined) return false;
    const chunk = this.pull();
    if (chunk === undefined) {
      this.pull = undefined;
      return false;
    }
    this.text = this.i < this.text.length ? this.text.slice(this.i) + chunk : chunk;
    this.i = 0;
    if (!this.oddBreaks && ODD_BREAK.test(chunk)) this.oddBreaks = true;
    return true;
  }

  /** At least `n` characters from the scan on are read, or all there are. */
  private ensure(n: number): void {
    while (this.text.length - this.i < n && this.more());
  }

  /** Where `needle` is, from `after` characters past the scan on; -1 when the text has no more. */
  private find(needle: string, after: number): number {
    for (;;) {
      const at = this.text.indexOf(needle, this.i + after);
      if (at >= 0 || !this.more()) return at;
    }
  }

  /** Past whitespace and comments; false on anything parsesBackTo's full reading should judge. */
  private skip(): boolean {
    for (;;) {
      if (this.i >= this.text.length) {
        if (!this.more()) return true;
        continue;
      }
      const c = this.text.charCodeAt(this.i);
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) this.i++;
      else if (c === 0x2f /* / */) {
        this.ensure(2);
        const next = this.text.charCodeAt(this.i + 1);
        if (next === 0x2f) {
          const nl = this.find('\n', 2);
          const t = this.text;
          const end = nl < 0 ? t.length : nl;
          // Only "\n" ends a line comment here (jsonc-parser also ends one at "\r").
          for (let j = this.i + 2; this.oddBreaks && j < end; j++) {
            const d = t.charCodeAt(j);
            if (d === 0x0d || d === 0x2028 || d === 0x2029) return false;
          }
          this.i = end;
        } else if (next === 0x2a /* * */) {
          const close = this.find('*/', 2);
          if (close < 0) return false;
          this.i = close + 2;
        } else return false;
      } else return true;
    }
  }

  /** The string token at the scan equals `s` (no escape, no control character in it). */
  private string(s: string): boolean {
    this.ensure(s.length + 2);
    const t = this.text;
    const start = this.i + 1;
    const end = start + s.length;
    if (t.charCodeAt(this.i) !== 0x22 || t.charCodeAt(end) !== 0x22) return false;
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c !== t.charCodeAt(start + j) || c < 0x20 || c === 0x5c /* \\ */ || c === 0x22) return false;
    }
    this.i = end + 1;
    return true;
  }

  /** The value at the scan (after whitespace and comments) is `expected`. */
  private value(expected: unknown, top = false): boolean {
    if (!this.skip()) return false;
    if (typeof expected === 'string') return this.string(expected);
    if (typeof expected === 'number' || typeof expected === 'boolean' || expected === null) {
      if (typeof expected === 'number' && !Number.isFinite(expected)) return false;
      const spelled = JSON.stringify(expected);
      this.ensure(spelled.length + 1);
      const t = this.text;
      if (!t.startsWith(spelled, this.i)) return false;
      this.i += spelled.length;
      // The token ends there: a longer number or word is another value.
      const d = t.charCodeAt(this.i);
      if (
        (d >= 0x30 && d <= 0x39) ||
        (d >= 0x61 && d <= 0x7a) ||
        (d >= 0x41 && d <= 0x5a) ||
        d === 0x2e ||
        d === 0x2b ||
        d === 0x2d
      )
        return false;
      return true;
    }
    if (typeof expected !== 'object') return false;
    if (Array.isArray(expected)) {
      if (this.text.charCodeAt(this.i) !== 0x5b /* [ */) return false;
      this.i++;
      for (let k = 0; k < expected.length; k++) {
        if (!(k in expected) || !this.value(expected[k])) return false;
        if (!this.separator(0x5d, k === expected.length - 1)) return false;
      }
      if (expected.length === 0 && !this.skip()) return false;
      if (this.text.charCodeAt(this.i) !== 0x5d) return false;
      this.i++;
      return true;
    }
    const proto = Object.getPrototypeOf(expected) as unknown;
    if (
      (proto !== Object.prototype && proto !== null) ||
      typeof (expected as { toJSON?: unknown }).toJSON === 'function'
    )
      return false;
    if (this.text.charCodeAt(this.i) !== 0x7b /* { */) return false;
    this.i++;
    const record = expected as Record<string, unknown>;
    const keys = Object.keys(record);
    // The top level is written in section order: its keys are matched as a set.
    const seen = top ? new Set<string>() : undefined;
    for (let k = 0; k < keys.length; k++) {
      if (!this.skip()) return false;
      let key = keys[k]!;
      if (seen) {
        const q = this.find('"', 1);
        if (this.text.charCodeAt(this.i) !== 0x22 || q < 0) return false;
        key = this.text.slice(this.i + 1, q);
        if (seen.has(key) || !Object.hasOwn(record, key)) return false;
        seen.add(key);
      }
      if (!this.string(key) || !this.skip() || this.text.charCodeAt(this.i) !== 0x3a /* : */) return false;
      this.i++;
      if (!this.value(record[key])) return false;
      if (!this.separator(0x7d, k === keys.length - 1)) return false;
    }
    if (keys.length === 0 && !this.skip()) return false;
    if (this.text.charCodeAt(this.i) !== 0x7d) return false;
    this.i++;
    return true;
  }

  /** After an item: a comma, or (for the last) an optional comma before the closing bracket. */
  private separator(close: number, last: boolean): boolean {
    if (!this.skip()) return false;
    if (this.text.charCodeAt(this.i) === 0x2c /* , */) {
      this.i++;
      if (!last) return true;
      return this.skip() && this.text.charCodeAt(this.i) === close;
    }
    return last && this.text.charCodeAt(this.i) === close;
  }
}

const ODD_BREAK = /[\r\u2028\u2029]/;
