/**
 * The fast path for nested block YAML (blockYaml in src/policy/source.ts) must read every file it
 * accepts exactly as the full parser does, and leave every other file to it. Checked on the
 * example's access.yaml, dns.yaml and tests.yaml, on hand-picked edge cases, and on 30,000 random
 * documents built from the tokens and shapes where block YAML is subtle (indentation, list items
 * holding mappings, numbers, booleans, addresses, quotes, comments, flow lists).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockYaml, parseSource, parseYamlFully } from '../src/policy/source.js';
import { GOLDEN } from './golden-repos.js';

function agrees(text: string): boolean {
  const fast = blockYaml(text);
  if (fast === undefined) return false;
  const full = parseYamlFully({ path: 'x.yaml', text });
  expect(full.findings, text).toEqual([]);
  expect(fast, text).toStrictEqual(full.value);
  return true;
}

const KEYS = [
  'a',
  'b',
  'src',
  'tag:ci',
  'alice@example.com',
  'dev.acme.internal',
  'a:b',
  'x#y',
  'k-1',
  '1',
  'true',
  '__proto__',
  '"q"',
  '?',
  '-',
  'a:',
];
const SCALARS = [
  'x',
  'alice@example.com',
  'tag:prod-db',
  'tcp:5432',
  '"^INC-[0-9]+$"',
  "'it''s'",
  "'a'",
  '"a # b"',
  '"a\\nb"',
  '2',
  '0',
  '007',
  '-1',
  '1.5',
  '1e3',
  '10.30.0.10',
  '1.1.1.1',
  '1.2',
  'true',
  'false',
  'True',
  'null',
  '~',
  'yes',
  '8h',
  'a #c',
  'a#c',
  'a: b',
  'http://x',
  '[a, b]',
  '[tag:prod-db]',
  '[10.30.0.10, 10.30.0.11]',
  '[1, 2]',
  '[]',
  '[a, ]',
  '["a,b"]',
  '[\'x\', "y"]',
  '[[a]]',
  '{a: b}',
  '&x a',
  '*x',
  '!t a',
  '|',
  '',
  '# c',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('block YAML, the fast way', () => {
  it("reads the example's access.yaml, dns.yaml and tests.yaml exactly as the full parser", () => {
    for (const name of ['access.yaml', 'dns.yaml', 'tests.yaml'])
      expect(agrees(readFileSync(join(GOLDEN, 'example', 'policy', name), 'utf8')), name).toBe(true);
  });

  it('reads the shapes it takes as the full parser, and leaves the others to it', () => {
    for (const text of [
      'a:\n  b: 1\n  c: [x, y]\nd: true\n',
      'tests:\n  - src: a@b.c\n    accept: ["x:1"]\n  - src: tag:ci\n    deny: [y]\n',
      'a:\n  -   k: v\n      l: w\n  - plain\n  - 2\n',
      'a: # comment\n  # another\n  b: c # trailing\n',
      'l:\n  - x\n  - "y"\n',
      'a:b: c\n',
    ])
      expect(agrees(text), text).toBe(true);
    for (const text of [
      'a:\n- x\n', // a list at its key's indentation
      'a:\n', // an empty value is null
      'a:\n  b: 1\n   c: 2\n',
      'a:\n  b: 1\n c: 2\n',
      'a: 1\na: 2\n',
      'a:\n  x\n',
      '- - a\n',
      '-\n',
      'a: 1.5\n',
      'a: 007\n',
      'a: True\n',
      'a: &x 1\nb: *x\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: "x" \n',
      '  a: 1\n',
      'a: [x, ]\n',
      'a: |\n  text\n',
      'a: {b: c}\n',
      '"a": 1\n',
      'a:\tb\n',
      'a: b\r\n',
    ])
      expect(blockYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('agrees with the full parser on 30,000 random documents', () => {
    const r = rng(15);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    let accepted = 0;
    const node = (indent: number, depth: number): string[] => {
      const pad = ' '.repeat(indent);
      const out: string[] = [];
      const n = 1 + Math.floor(r() * 3);
      if (r() < 0.35) {
        for (let i = 0; i < n; i++) {
          const dash = `${pad}-${r() < 0.9 ? ' ' : '   '}`;
          if (depth < 3 && r() < 0.5) {
            const inner = node(dash.length, depth + 1);
            out.push(dash + inner[0]!.trimStart(), ...inner.slice(1));
          } else out.push(dash + pick(SCALARS));
        }
      } else {
        for (let i = 0; i < n; i++) {
          const key = r() < 0.8 ? pick(['a', 'b', 'c', 'src', 'tag:ci', 'x@y.z']) : pick(KEYS);
          if (depth < 3 && r() < 0.4) {
            out.push(`${pad}${key}:${r() < 0.2 ? ' # c' : ''}`);
            out.push(...node(indent + (r() < 0.9 ? 2 : 1), depth + 1));
          } else out.push(`${pad}${key}: ${pick(SCALARS)}`);
          if (r() < 0.05) out.push(`${pad}# a comment`);
          if (r() < 0.03) out.push('');
        }
      }
      return out;
    };
    for (let i = 0; i < 30_000; i++) {
      const lines = node(0, 0);
      if (agrees(lines.join('\n') + (r() < 0.5 ? '\n' : ''))) accepted++;
    }
    expect(accepted).toBeGreaterThan(2_000);
  });

  it("gives the full parser's positions, built only when asked", () => {
    const text = readFileSync(join(GOLDEN, 'example', 'policy', 'access.yaml'), 'utf8');
    const fast = parseSource({ path: 'policy/access.yaml', text });
    const full = parseYamlFully({ path: 'policy/access.yaml', text });
    for (const path of [[], ['people'], ['resources', 'prod-db', 'grants', 0, 'dst', 0], ['inline', 'nope']]) {
      expect(fast.locate(path)).toEqual(full.locate(path));
      expect(fast.locate(path, { key: true })).toEqual(full.locate(path, { key: true }));
    }
  });
});
