/**
 * Parsing with positions: HuJSON (JSON with comments and trailing commas) and YAML into plain
 * values, keeping a Locator so every later layer can point at file:line:col.
 *
 * Layer 1 of validation (syntax) lives here: parse errors and duplicate keys, reported at the
 * place they occur (for duplicates, at both places). Pure: text in, value out.
 */
import { runsOf } from '../shared/controls.js';
import * as jsonc from 'jsonc-parser';
import type * as YAML from 'yaml';
import { yamlLib } from '../shared/yaml-lib.js';
import { error, type Finding, type JsonPath, type Location, type Locator } from '../shared/findings.js';
import { jsonBounds, yamlBounds } from '../shared/bounds.js';
import { nullPrototype, readStrictJson, StrictJsonPositions } from './strict-json.js';

/** A file as read from the repository: its repo-relative path and its text. */
export interface SourceText {
  path: string;
  text: string;
}

export interface ParsedSource {
  path: string;
  /** The parsed value; undefined when the file did not parse. */
  value: unknown;
  locate: Locator;
  findings: Finding[];
}

/**
 * Files larger than this are refused before parsing (SPEC 4, property 6). Tailscale states no
 * limit on the size of a policy; the one number on record is that Tailscale's own Go client reads
 * at most 10 MiB of an API answer (`maxReadSize = 10 << 20`; shared/reference
 * tailscale-api-and-policy.md, 1.5), so a policy with a larger file in it could not be read back
 * by Tailscale's tools. The cap therefore never refuses a policy Tailscale would take, and bounds
 * the memory one file can cost.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * A grant file is a handful of lines (who, which resource, why, until when; at most a few inline
 * rules). Tailscale never reads it, so its cap is ours: 64 KiB is over a hundred times the
 * largest real one, and keeps a pasted log or a generated list from costing seconds to parse.
 */
export const MAX_GRANT_FILE_BYTES = 64 * 1024;
/** YAML alias expansion is bounded so a "billion laughs" file cannot exhaust memory. */
export const MAX_YAML_ALIASES = 100;

export type SourceFormat = 'json' | 'yaml';

export function formatOf(path: string): SourceFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.hujson') || lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/**
 * Parsed files, by the file's object: checkRepository compiles the same files again to find which
 * grant breaks the policy (a bisection, up to 2·log₂ n compiles), and each compile used to parse
 * every file anew (a flat grant file is still read again once: see parseSource). A file's text
 * is never changed after it is read; what is parsed is not mutated.
 */
const parsedFiles = new WeakMap<SourceText, Partial<Record<'policy' | 'grant', ParsedSource>>>();

export function parseSource(src: SourceText, kind: 'policy' | 'grant' = 'policy', keep = true): ParsedSource {
  const known = parsedFiles.get(src);
  const hit = known?.[kind];
  if (hit) return hit;
  // `keep: false` (compile's first reading of a list of grant files): a grant file that flatYaml
  // reads (nearly all are) is not kept, as it costs microseconds to read again: 10,000 grants'
  // parses held by this map were 5 MB of a check's peak of memory, for a bisection few need.
  if (kind === 'grant' && !keep) {
    const flat = flatGrant(src);
    if (flat) return flat;
  }
  const parsed = parseSourceOnce(src, kind);
  parsedFiles.set(src, { ...known, [kind]: parsed });
  return parsed;
}

/** `src` read as parseSourceOnce reads a grant, when that is by flatYaml; undefined otherwise. */
function flatGrant(src: SourceText): ParsedSource | undefined {
  // Under the cap for certain (n UTF-16 units are at most 3n bytes), within the bounds, and flat.
  if (src.text.length * 3 > MAX_GRANT_FILE_BYTES || formatOf(src.path) !== 'yaml' || yamlBounds(src.text))
    return undefined;
  const value = flatYaml(src.text);
  return value === undefined ? undefined : yamlRead(src, value);
}

function parseSourceOnce(src: SourceText, kind: 'policy' | 'grant'): ParsedSource {
  // n UTF-16 units are at most 3n bytes in UTF-8: only a text that could be over the cap is measured.
  const cap = kind === 'grant' ? MAX_GRANT_FILE_BYTES : MAX_FILE_BYTES;
  if (src.text.length * 3 > cap && Buffer.byteLength(src.text, 'utf8') > cap) {
    const at: Location = { file: src.path, line: 1, column: 1 };
    const message =
      kind === 'grant'
        ? `A grant file is a few lines, and this one is larger than ${MAX_GRANT_FILE_BYTES / 1024} KiB. ` +
          'Keep it to who, which resource, why and until when; put long rules into a resource in access.yaml.'
        : `The file is larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, more than Tailscale's API answers with; ` +
          'split it into smaller files.';
    return {
      path: src.path,
      value: undefined,
      locate: () => at,
      findings: [error('syntax/file-too-large', message, at)],
    };
  }
  const yaml = formatOf(src.path) === 'yaml';
  // Depth, lines and entries are bounded before any parser recurses (src/shared/bounds.ts).
  const over = yaml ? yamlBounds(src.text) : jsonBounds(src.text);
  if (over) {
    const at = new LineIndex(src.text).location(src.path, over.offset);
    return { path: src.path, value: undefined, locate: () => at, findings: [error(over.rule, over.message, at)] };
  }
  return yaml ? parseYaml(src) : parseHuJson(src);
}

/** Converts offsets to 1-based line/column, with one pass over the text to find line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  location(file: string, offset: number, end?: number): Location {
    const start = this.position(offset);
    if (end === undefined) return { file, ...start };
    const stop = this.position(end);
    return { file, ...start, endLine: stop.line, endColumn: stop.column };
  }
}

// ---------------------------------------------------------------------------------------------
// HuJSON

const jsonErrorText: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a quoted property name',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the end of the document',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated block comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/**
 * HuJSON the fast way when it can be (readStrictJson: no error, no duplicate key, the value
 * jsonc-parser would give); positions are then found only if a finding asks for one, in the
 * lists and objects its path goes through (StrictJsonPositions), where jsonc-parser's locator
 * finds them. Anything else takes the full parse at once.
 */
export function parseHuJson(src: SourceText): ParsedSource {
  const fast = readStrictJson(src.text);
  if (!fast) return parseHuJsonFully(src);
  let positions: { at: StrictJsonPositions; lines: LineIndex } | undefined;
  return {
    path: src.path,
    value: nullPrototype(fast.value),
    locate: (path, opts) => {
      positions ??= { at: new StrictJsonPositions(src.text), lines: new LineIndex(src.text) };
      const [start, end] = positions.at.range(path, opts?.key === true);
      return positions.lines.location(src.path, start, end);
    },
    findings: [],
  };
}

export function parseHuJsonFully(src: SourceText): ParsedSource {
  const lines = new LineIndex(src.text);
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(src.text, errors, { allowTrailingComma: true, disallowComments: false });
  const findings: Finding[] = errors
    .slice(0, MAX_SYNTAX_ERRORS)
    .map((e) =>
      error(
        'syntax/hujson',
        `Invalid HuJSON: ${jsonErrorText[jsonc.printParseErrorCode(e.error)] ?? jsonc.printParseErrorCode(e.error)}.`,
        lines.location(src.path, e.offset, e.offset + e.length),
      ),
    );
  if (errors.length > MAX_SYNTAX_ERRORS) {
    findings.push(moreErrors(src.path, lines, errors.length, errors[MAX_SYNTAX_ERRORS]!.offset));
  }
  const locate = jsonTreeLocator(src.path, root, lines);
  if (!root || errors.length > 0) {
    return { path: src.path, value: undefined, locate, findings };
  }
  const dups = duplicateJsonKeys(src.path, root, lines);
  findings.push(...dups.slice(0, MAX_SYNTAX_ERRORS));
  if (dups.length > MAX_SYNTAX_ERRORS) {
    const next = dups[MAX_SYNTAX_ERRORS]!.location!;
    findings.push({
      ...dups[MAX_SYNTAX_ERRORS]!,
      rule: 'syntax/more-errors',
      message: `${dups.length - MAX_SYNTAX_ERRORS} more duplicate key(s) in this file are not listed; fix the ones above first.`,
      location: next,
      related: undefined,
    });
  }
  return { path: src.path, value: jsonc.getNodeValue(root), locate, findings };
}

export function jsonTreeLocator(file: string, root: jsonc.Node | undefined, lines: LineIndex): Locator {
  return (path, opts) => {
    if (!root) return { file, line: 1, column: 1 };
    // Walk as deep as the path exists, so a missing key points at its parent object.
    let node: jsonc.Node | undefined = root;
    let found = root;
    for (const seg of path) {
      node = jsonc.findNodeAtLocation(found, [seg]);
      if (!node) break;
      found = node;
    }
    if (opts?.key && node && found.parent?.type === 'property') {
      const keyNode = found.parent.children?.[0];
      if (keyNode) return lines.location(file, keyNode.offset, keyNode.offset + keyNode.length);
    }
    return lines.location(file, found.offset, found.offset + found.length);
  };
}

function duplicateJsonKeys(file: string, root: jsonc.Node, lines: LineIndex): Finding[] {
  const out: Finding[] = [];
  // Iterative: the depth of the walk is the input's.
  const stack: jsonc.Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'object' && n.children) {
      const seen = new Map<string, jsonc.Node>();
      for (const prop of n.children) {
        const keyNode = prop.children?.[0];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const first = seen.get(key);
        if (first) {
          const firstAt = lines.location(file, first.offset, first.offset + first.length);
          out.push(
            error(
              'syntax/duplicate-key',
              `Duplicate key "${key}": it is also defined at line ${firstAt.line}. Keep one of the two.`,
              lines.location(file, keyNode.offset, keyNode.offset + keyNode.length),
              firstAt,
            ),
          );
        } else seen.set(key, keyNode);
      }
    }
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// YAML

/**
 * YAML files are parsed the fast way when they can be: a grant file is usually a flat mapping of
 * one-line values (flatYaml), access.yaml, dns.yaml and a tests file nested block mappings and
 * lists of such values (blockYaml). Its positions are then built only if a finding asks for one, by the
 * full parser, so every location is the one the full parse gives. Anything else takes the full
 * parser at once, with its errors and bounds.
 */
export function parseYaml(src: SourceText): ParsedSource {
  const value = flatYaml(src.text) ?? blockYaml(src.text);
  return value === undefined ? parseYamlFully(src) : yamlRead(src, value);
}

/** A YAML file read the fast way, as `value`: its positions found by the full parser if a finding asks. */
function yamlRead(src: SourceText, value: unknown): ParsedSource {
  let locate: Locator | undefined;
  return {
    path: src.path,
    value,
    locate: (path, opts) => (locate ??= parseYamlFully(src).locate)(path, opts),
    findings: [],
  };
}

// Characters that make flatYaml defer to the full parser wherever they appear: tabs, carriage
// returns, other C0 and C1 controls, DEL, the byte order mark, Unicode line separators, surrogates.
const UNUSUAL = new RegExp(
  runsOf([
    [0x00, 0x09],
    [0x0b, 0x1f],
    [0x7f, 0x9f],
    [0x2028, 0x2029],
    [0xfeff, 0xfeff],
    [0xd800, 0xdfff],
  ]).source,
);
// Plain scalars the YAML 1.2 core schema reads as null, a boolean or a number (yaml's core tags),
// and, to stay on the safe side, anything made only of the characters numbers are made of.
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$|^[-+.0-9][-+._0-9a-fA-FoOxX]*$/;
// Indicators a plain scalar may not start with (or may only in ways flatYaml leaves to the parser).
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const COMMENT_OR_END = /^(?: +#.*)?$/;

/**
 * The value of `text` when it is a flat YAML mapping that the fast path reads exactly as the full
 * parser would: one `key: value` per line at the left margin, the value a plain, single- or
 * double-quoted string without escapes, or a one-line flow list of such strings; comment and blank
 * lines. Undefined for anything else, and for anything the core schema would not read as a string
 * (numbers, booleans, nulls), so the full parser decides (and reports) every other case. A test
 * holds the two to the same value on every input the fast path accepts.
 */
export function flatYaml(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const out: Record<string, unknown> = {};
  let keys = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    // `key:` then nothing, or spaces and the value (read without a regular expression's match array).
    const colon = keyEnd(line);
    if (colon < 0 || (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 0x20)) return undefined;
    const key = line.slice(0, colon);
    if (key === '__proto__' || key.length > 1000 || NOT_A_STRING.test(key) || Object.hasOwn(out, key)) return undefined;
    const rest = line.slice(colon + 1).trimStart();
    let value: unknown;
    if (rest.startsWith('[')) {
      value = flowList(rest, flowItem);
      if (value === undefined) return undefined;
    } else {
      const scalar = blockScalar(rest);
      if (scalar === undefined) return undefined;
      value = scalar;
    }
    out[key] = value;
    keys++;
  }
  return keys > 0 ? out : undefined;
}

/**
 * Where the `:` after a key (`[A-Za-z_][A-Za-z0-9_-]*`) at the start of `line` is; -1 when the
 * line does not start so.
 */
function keyEnd(line: string): number {
  if (!isWord(line.charCodeAt(0))) return -1;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a) return i;
    if (!(isWord(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) return -1;
  }
  return -1;
}

function isWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/**
 * A one-line flow list (`[a, "b"]`, then nothing but a comment), each item read by `item`;
 * undefined when the list or any item is not one the fast path reads.
 */
function flowList<T>(rest: string, item: (s: string) => T | undefined): T[] | undefined {
  const close = rest.indexOf(']');
  if (close < 0 || !COMMENT_OR_END.test(rest.slice(close + 1))) return undefined;
  const inner = rest.slice(1, close);
  if (inner.trim() === '') return [];
  const items: T[] = [];
  for (const part of inner.split(',')) {
    const value = item(part.trim());
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

/** A quoted scalar without escapes, and what follows its closing quote. */
function quoted(s: string): { value: string; rest: string } | undefined {
  const q = s[0];
  if (q !== '"' && q !== "'") return undefined;
  const close = s.indexOf(q, 1);
  if (close < 0) return undefined;
  const value = s.slice(1, close);
  if (q === '"' && value.includes('\\')) return undefined;
  if (q === "'" && s[close + 1] === "'") return undefined;
  return { value, rest: s.slice(close + 1) };
}

/** A value in block context: quoted, or plain up to a comment. */
function blockScalar(s: string): string | undefined {
  if (s === '') return undefined;
  const q = quoted(s);
  if (q) return COMMENT_OR_END.test(q.rest) ? q.value : undefined;
  const hash = s.indexOf(' #');
  const value = (hash < 0 ? s : s.slice(0, hash)).trimEnd();
  return plain(value) ? value : undefined;
}

/** An item of a one-line flow list: quoted, or plain without flow indicators. */
function flowItem(s: string): string | undefined {
  const q = quoted(s);
  if (q) return q.rest === '' ? q.value : undefined;
  return plain(s) && !/[,[\]{}#]/.test(s) ? s : undefined;
}

function plain(s: string): boolean {
  return (
    s !== '' &&
    !INDICATOR.test(s) &&
    !NOT_A_STRING.test(s) &&
    !s.includes(': ') &&
    !s.includes(' :') &&
    !s.endsWith(':') &&
    !s.includes(' #') &&
    !/["']/.test(s[0]!)
  );
}

/** A line of a block document: its indentation (spaces) and what follows it. */
interface BlockLine {
  indent: number;
  text: string;
}

const NOT_READ = Symbol('not read the fast way');
const KEY_LINE = /^([^\s][^\s]*?):(?: +(.*))?$/;

/**
 * The value of `text` when it is a YAML document of nested block mappings and block lists whose
 * leaves are what flatYaml reads (plain, single- or double-quoted strings without escapes, and
 * one-line flow lists of them), plus small decimal integers, `true`, `false` and dotted numbers
 * such as addresses (strings): what access.yaml, dns.yaml and a tests file are. Each child is
 * indented deeper than its key; a list item is `- value` or `- key: value` with the rest of its
 * mapping lined up under that key. Undefined for anything else (anchors, tags, multi-line or
 * empty values, a list at its key's indentation, a duplicate key, ...), so the full parser
 * decides and reports every other case. A test holds the two to the same value on every input
 * this accepts.
 */
export function blockYaml(text: string): unknown {
  if (UNUSUAL.test(text)) return undefined;
  const lines: BlockLine[] = [];
  for (const line of text.split('\n')) {
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    lines.push({ indent: line.length - body.length, text: body });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  let pos = 0;
  const fail = (): never => {
    throw NOT_READ;
  };
  const isItem = (t: string) => t === '-' || t.startsWith('- ');

  const block = (indent: number): unknown => (isItem(lines[pos]!.text) ? list(indent) : mapping(indent));

  const mapping = (indent: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    while (pos < lines.length && lines[pos]!.indent === indent) {
      const m = KEY_LINE.exec(lines[pos]!.text);
      if (!m) return fail();
      const key = m[1]!;
      if (key === '__proto__' || key.length > 1000 || !plain(key) || Object.hasOwn(out, key)) return fail();
      const rest = m[2]?.trimStart() ?? '';
      pos++;
      if (rest === '' || rest.startsWith('#')) {
        // The value is the block below, indented deeper.
        if (pos >= lines.length || lines[pos]!.indent <= indent) return fail();
        out[key] = block(lines[pos]!.indent);
      } else out[key] = leaf(rest);
    }
    if (pos < lines.length && lines[pos]!.indent > indent) return fail();
    return out;
  };

  const list = (indent: number): unknown[] => {
    const out: unknown[] = [];
    while (pos < lines.length && lines[pos]!.indent === indent && isItem(lines[pos]!.text)) {
      const after = lines[pos]!.text.slice(1);
      const content = after.trimStart();
      if (content === '' || isItem(content) || content.startsWith('#')) return fail();
      if (KEY_LINE.test(content) && !content.startsWith('"') && !content.startsWith("'")) {
        // `- key: value`: a mapping whose keys line up under this first one.
        const column = indent + 1 + (after.length - content.length);
        lines[pos] = { indent: column, text: content };
        out.push(mapping(column));
      } else {
        out.push(leaf(content));
        pos++;
      }
    }
    if (pos < lines.length && lines[pos]!.indent > indent) return fail();
    return out;
  };

  try {
    const value = block(0);
    return pos === lines.length ? value : undefined;
  } catch (e) {
    if (e === NOT_READ) return undefined;
    throw e;
  }
}

/** A one-line value: a flow list of scalars, or a scalar (quoted, plain, or a number or boolean). */
function leaf(rest: string): unknown {
  if (rest.startsWith('[')) {
    const items = flowList(rest, (s): unknown => {
      const q = quoted(s);
      if (q) return q.rest === '' ? q.value : undefined;
      return /[,[\]{}#]/.test(s) ? undefined : typedPlain(s);
    });
    if (items === undefined) throw NOT_READ;
    return items;
  }
  const q = quoted(rest);
  if (q) {
    if (!COMMENT_OR_END.test(q.rest)) throw NOT_READ;
    return q.value;
  }
  const hash = rest.indexOf(' #');
  return typedPlain((hash < 0 ? rest : rest.slice(0, hash)).trimEnd());
}

/**
 * A plain scalar as YAML 1.2's core schema reads it, for the cases read here: a string, a decimal
 * integer of up to 15 digits, `true` or `false`, or digits with two or more dots (a string: no
 * number has them). Anything else the core schema could read otherwise is left to the parser.
 */
function typedPlain(s: string): unknown {
  if (!NOT_A_STRING.test(s)) {
    if (!plain(s)) throw NOT_READ;
    return s;
  }
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(s)) return Number(s);
  if (s === 'true' || s === 'false') return s === 'true';
  if (/^[0-9]+(?:\.[0-9]+){2,}$/.test(s)) return s;
  throw NOT_READ;
}

export function parseYamlFully(src: SourceText): ParsedSource {
  const Y = yamlLib();
  const lines = new LineIndex(src.text);
  const lineCounter = new Y.LineCounter();
  const findings: Finding[] = [];
  // The syntax tree first (what parseAllDocuments does inside): when the stream itself is mostly
  // errors, they are reported from it, without composing a document. A mangled 27,000-line file
  // with 80,000 such errors took 4.6 s to compose (yaml builds an error object for each).
  const tokens = [...new Y.Parser(lineCounter.addNewLine).parse(src.text)];
  const streamErrors = tokens.filter((t): t is YAML.CST.ErrorToken => t.type === 'error');
  if (streamErrors.length > MAX_SYNTAX_ERRORS) {
    for (const t of streamErrors.slice(0, MAX_SYNTAX_ERRORS)) {
      findings.push(
        error(
          'syntax/yaml',
          `Invalid YAML: ${firstLine(t.message)}${t.source.trim() ? `: ${JSON.stringify(t.source.trim().slice(0, 40))}` : ''}.`,
          lines.location(src.path, t.offset),
        ),
      );
    }
    findings.push(moreErrors(src.path, lines, streamErrors.length, streamErrors[MAX_SYNTAX_ERRORS]!.offset));
    return { path: src.path, value: undefined, locate: () => undefined, findings };
  }
  const list = [...new Y.Composer({ uniqueKeys: false, prettyErrors: false, logLevel: 'error' }).compose(tokens)];
  if (list.length > 1) {
    const second = list[1]!;
    findings.push(
      error(
        'syntax/yaml-multiple-documents',
        'The file holds more than one YAML document (a "---" separator); keep one document per file.',
        lines.location(src.path, second.range[0]),
      ),
    );
  }
  const doc = list[0] ?? new Y.Document(null);
  // Duplicate keys are found in one walk of our own: the parser's uniqueKeys check compares
  // each key with every earlier one (16,000 keys took 24 s).
  const problems = [
    ...doc.errors.map((e) => ({
      rule: 'syntax/yaml',
      message: `Invalid YAML: ${firstLine(e.message)}.`,
      start: e.pos[0],
      end: e.pos[1],
    })),
    ...duplicateYamlKeys(doc, lines, src.path),
  ].sort((a, b) => a.start - b.start);
  for (const p of problems.slice(0, MAX_SYNTAX_ERRORS)) {
    findings.push(error(p.rule, p.message, lines.location(src.path, p.start, p.end)));
  }
  if (problems.length > MAX_SYNTAX_ERRORS)
    findings.push(moreErrors(src.path, lines, problems.length, problems[MAX_SYNTAX_ERRORS]!.start));
  const locate = yamlLocator(src.path, doc, lines);
  if (findings.length > 0) return { path: src.path, value: undefined, locate, findings };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    findings.push(
      error(
        'syntax/yaml-alias',
        `YAML aliases could not be expanded: ${firstLine((e as Error).message)}. Write the values out instead of using anchors.`,
        { file: src.path, line: 1, column: 1 },
      ),
    );
    return { path: src.path, value: undefined, locate, findings };
  }
  return { path: src.path, value, locate, findings };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/[.:]\s*$/, '');
}

/** Every key that repeats an earlier key of its map, as a finding's parts. One walk, linear. */
function duplicateYamlKeys(
  doc: YAML.Document,
  lines: LineIndex,
  file: string,
): Array<{ rule: string; message: string; start: number; end: number }> {
  const out: Array<{ rule: string; message: string; start: number; end: number }> = [];
  const Y = yamlLib();
  Y.visit(doc, {
    Map(_, map) {
      const firstOf = new Map<string, number>();
      for (const pair of map.items) {
        const k = pair.key;
        if (Y.isCollection(k) && k.range) {
          // yaml would turn it into its text, and print a warning of its own on stderr.
          out.push({
            rule: 'syntax/yaml-key',
            message:
              'A key must be plain text, not a list or a map (a "? " key or "[a]: b"). Write the key as text, ' +
              'or quote it.',
            start: k.range[0],
            end: k.range[1],
          });
          continue;
        }
        if (!Y.isScalar(k) || !k.range) continue;
        const name = String(k.value);
        const first = firstOf.get(name);
        if (first === undefined) firstOf.set(name, k.range[0]);
        else
          out.push({
            rule: 'syntax/duplicate-key',
            message: `Duplicate key "${name}": it is also defined at line ${lines.location(file, first).line}. Keep one of the two.`,
            start: k.range[0],
            end: k.range[1],
          });
      }
    },
  });
  return out;
}

/** Syntax errors reported per file: after the first few, one more line says how many were left out. */
export const MAX_SYNTAX_ERRORS = 20;

function moreErrors(file: string, lines: LineIndex, total: number, offset: number): Finding {
  return error(
    'syntax/more-errors',
    `${total - MAX_SYNTAX_ERRORS} more syntax error(s) in this file are not listed; fix the ones above first.`,
    lines.location(file, offset),
  );
}

export function yamlLocator(file: string, doc: YAML.Document, lines: LineIndex): Locator {
  const Y = yamlLib();
  return (path, opts) => {
    let node: unknown = doc.contents;
    let keyNode: YAML.Node | undefined;
    let best: YAML.Node | undefined = Y.isNode(node) ? node : undefined;
    for (const seg of path) {
      if (Y.isMap(node)) {
        const pair = node.items.find((p) => Y.isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        keyNode = Y.isNode(pair.key) ? pair.key : undefined;
        node = pair.value;
        best = Y.isNode(node) ? node : keyNode;
      } else if (Y.isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
        keyNode = undefined;
        if (!Y.isNode(node)) break;
        best = node;
      } else break;
    }
    const target = opts?.key && keyNode ? keyNode : best;
    if (!target?.range) return { file, line: 1, column: 1 };
    return lines.location(file, target.range[0], target.range[1]);
  };
}

/** A locator that prefixes every path with `prefix` before asking `inner`. */
export function prefixed(inner: Locator, prefix: JsonPath): Locator {
  return (path, opts) => inner([...prefix, ...path], opts);
}
