/**
 * The fast HuJSON reading (readStrictJson in src/policy/strict-json.ts) must read every text it
 * accepts exactly as jsonc-parser does (parseTree + getNodeValue, comments and trailing commas
 * allowed, no error, no duplicate key), and leave every other text to it. Checked on the example's
 * fragments, a compiled policy of 200 grants, hand-picked edge cases and 30,000 random texts
 * built from the tokens where HuJSON is subtle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsonc from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { nullPrototype, readStrictJson } from '../src/policy/strict-json.js';
import { parseHuJsonFully, parseSource } from '../src/policy/source.js';
import { compile } from '../src/policy/compile.js';
import { parsesBackTo } from '../src/policy/render.js';
import { GOLDEN, GOLDEN_NOW, generatedGrantFiles } from './golden-repos.js';
import { syntheticPolicy } from '../bench/evaluate.bench.js';

/** Every path into `value`, and beside each a path that goes one step too far or off the side. */
function pathsOf(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix, [...prefix, 'nope'], [...prefix, 7], [...prefix, -1]);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** The fast path's positions are jsonc-parser's, for every path, as values and as keys. */
function samePositions(text: string): void {
  const fast = parseSource({ path: 'p.hujson', text });
  const full = parseHuJsonFully({ path: 'p.hujson', text });
  expect(readStrictJson(text), text.slice(0, 80)).toBeDefined();
  for (const path of pathsOf(full.value)) {
    expect(fast.locate(path), JSON.stringify(path)).toEqual(full.locate(path));
    expect(fast.locate(path, { key: true }), JSON.stringify(path)).toEqual(full.locate(path, { key: true }));
  }
}

function viaJsonc(text: string): { ok: boolean; value?: unknown } {
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length > 0) return { ok: false };
  const dups = parseHuJsonFully({ path: 'x.hujson', text }).findings;
  return dups.length > 0 ? { ok: false } : { ok: true, value: jsonc.getNodeValue(root) };
}

/** True when the fast reading answered; then it must be jsonc-parser's answer. */
function agrees(text: string): boolean {
  const fast = readStrictJson(text);
  if (!fast) return false;
  const full = viaJsonc(text);
  expect(full.ok, JSON.stringify(text)).toBe(true);
  expect(nullPrototype(fast.value), JSON.stringify(text)).toStrictEqual(full.value);
  return true;
}

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ' ',
  '\n',
  '\t',
  '\r\n',
  '"a"',
  '"b"',
  '"a"',
  '"\\u0061"',
  '"a\\"b"',
  '"a\\\\"',
  '"\\\\"',
  '"x\\n"',
  '"__proto__"',
  '"toString"',
  '"1"',
  '"// not a comment"',
  '"/* nor this */"',
  '"\u2028"',
  '"tab\there"',
  '"unterminated',
  '1',
  '-0',
  '1.5e3',
  '01',
  '1.',
  '.5',
  '+1',
  'true',
  'false',
  'null',
  'nul',
  'True',
  'NaN',
  '// c\n',
  '// c\r\n',
  '// c',
  '// c\u2028x\n',
  '/* c */',
  '/* c',
  '/',
  '#',
  '\u00a0',
  '\ufeff',
  '\v',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('HuJSON, the fast way', () => {
  it("reads the example's fragments and a compiled policy exactly as jsonc-parser", () => {
    const dir = join(GOLDEN, 'example', 'policy');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.hujson')))
      expect(agrees(readFileSync(join(dir, name), 'utf8')), name).toBe(true);
    const files = generatedGrantFiles(200);
    const compiled = compile({
      policyDir: 'policy',
      policyFiles: readdirSync(dir).map((name) => ({
        path: `policy/${name}`,
        text: name === 'groups.hujson' ? files['policy/groups.hujson']! : readFileSync(join(dir, name), 'utf8'),
      })),
      grantFiles: Object.entries(files)
        .filter(([p]) => p.startsWith('grants/'))
        .map(([path, text]) => ({ path, text })),
      now: new Date(GOLDEN_NOW),
    });
    expect(compiled.grants.filter((g) => g.included).length).toBeGreaterThan(100);
    expect(agrees(compiled.text)).toBe(true);
    expect(parsesBackTo(compiled.text, compiled.policy)).toBe(true);
  });

  it('leaves every text with an error, a duplicate key or an unusual character to jsonc-parser', () => {
    for (const text of [
      '',
      '// only a comment',
      '[,]',
      '[1,,]',
      '[1,,2]',
      '{,}',
      '{"a":1,,}',
      '{"a",}',
      '{"a":}',
      '{"a":1 "b":2}',
      '{"a":1,"a":2}',
      '{"a":1,"\\u0061":2}',
      '{"x":{"a":1},"y":{"a":1,"a":1}}',
      '[1]]',
      '[1}',
      '{"a":1]',
      '1 2',
      '[1/**/2]',
      '[1] // c\r',
      '{"a": 1} // \u2028',
      '\ufeff{}',
      '{\u00a0}',
      '[1,]x',
      '[1,] ,',
      '{"a":1}/',
      '{"a":1}/* open',
      '"unterminated',
      "{'a':1}",
      '{a:1}',
      '[01]',
      '[.5]',
      // Escapes: Node 24.21's JSON.parse read '{"\\u0061":3}' as {"\\": 3} right after '{"\\\\":1}'.
      '{"\\\\":1}',
      '{"\\u0061":3}',
      '["a\\nb"]',
    ]) {
      expect(readStrictJson(text), JSON.stringify(text)).toBeUndefined();
    }
    // What it takes, it takes as jsonc-parser does: trailing commas and comments of every kind.
    for (const text of [
      '[1,]',
      '{"a":1,}',
      '{"a":[1,2,],"b":{"c":null,},}',
      '{"a":1, // c\n}',
      '[1 /* c */ ,]',
      '[1, /* c */ ]',
      '{"__proto__": {"x": 1}, "toString": 2}',
      '{"1": 1, "0": 0, "b": 2, "a": 3}',
      '"\u2028 ok in a string"',
      '5',
    ]) {
      expect(agrees(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('agrees with jsonc-parser on 30,000 random texts', () => {
    const r = rng(15);
    let accepted = 0;
    for (let i = 0; i < 30_000; i++) {
      const n = 1 + Math.floor(r() * 14);
      let text = '';
      for (let k = 0; k < n; k++) text += TOKENS[Math.floor(r() * TOKENS.length)];
      if (agrees(text)) accepted++;
    }
    // Well-formed random JSON is rare; these shapes make sure enough of it is compared.
    for (let i = 0; i < 5_000; i++) {
      const v = () => TOKENS.slice(10, 36)[Math.floor(r() * 26)]!;
      const sep = () => [' ', '', '\n', '/* c */', '// c\n'][Math.floor(r() * 5)]!;
      const text =
        r() < 0.5
          ? `{${sep()}${v()}${sep()}:${sep()}${v()}${sep()},${sep()}${v()}:${v()}${r() < 0.5 ? ',' : ''}${sep()}}`
          : `[${v()},${sep()}[${v()}${r() < 0.5 ? ',' : ''}]${r() < 0.5 ? ',' : ''}${sep()}]`;
      if (agrees(text)) accepted++;
    }
    expect(accepted).toBeGreaterThan(1_000);
  });

  it('reads escaped keys right, whatever was read before (through jsonc-parser)', () => {
    expect(parseSource({ path: 'a.hujson', text: '{"\\\\": 1}' }).value).toStrictEqual(
      Object.assign(Object.create(null), { '\\': 1 }),
    );
    expect(parseSource({ path: 'b.hujson', text: '{"\\u0061": 3}' }).value).toStrictEqual(
      Object.assign(Object.create(null), { a: 3 }),
    );
  });

  it("finds jsonc-parser's positions for every path, without its tree", () => {
    const dir = join(GOLDEN, 'example', 'policy');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.hujson')))
      samePositions(readFileSync(join(dir, name), 'utf8'));
    samePositions(JSON.stringify(syntheticPolicy({ rules: 40, groups: 10, tags: 5, users: 20, tests: 30 }), null, 1));
    samePositions(
      '// head\n{\n\t"a": [1, /* one */ 2, [3, {"b": "x // not a comment", "c": [],},],], // tail\n' +
        '\t"d": {"e": {"f": -1.5e3, "g": true, "h": null}, "i": "/* nor this */"},\n\t"__proto__": {"j": 0},\n}\n',
    );
    samePositions('5');
    samePositions('[]');
    samePositions(' {} ');
  });

  it("gives jsonc-parser's value without a prototype, and its positions, built only when asked", () => {
    const text = '{\n\t// c\n\t"groups": {"group:a": ["x@example.com",],},\n\t"__proto__": 1,\n}\n';
    const fast = parseSource({ path: 'p.hujson', text });
    const full = parseHuJsonFully({ path: 'p.hujson', text });
    expect(fast.value).toStrictEqual(full.value);
    expect(Object.getPrototypeOf(fast.value)).toBe(null);
    expect(Object.keys(fast.value as object)).toEqual(['groups', '__proto__']);
    for (const path of [[], ['groups'], ['groups', 'group:a'], ['groups', 'group:a', 0], ['nope']]) {
      expect(fast.locate(path)).toEqual(full.locate(path));
      expect(fast.locate(path, { key: true })).toEqual(full.locate(path, { key: true }));
    }
  });
});
