/**
 * The fast path for flat YAML (flatYaml in src/policy/source.ts) must read every file it accepts
 * exactly as the full parser does, and leave every other file to it. Checked on the example, the
 * generated grants, every broken grant of the golden repository, and 30,000 random documents
 * built from the tokens where YAML is subtle (numbers, booleans, nulls, quotes, comments,
 * indicators, flow lists, indentation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatYaml, parseSource, parseYamlFully } from '../src/policy/source.js';
import { GOLDEN, INVALID_GRANTS, generatedGrantFiles } from './golden-repos.js';

function agrees(text: string): boolean {
  const fast = flatYaml(text);
  if (fast === undefined) return false;
  const full = parseYamlFully({ path: 'x.yaml', text });
  expect(full.findings, text).toEqual([]);
  expect(fast, text).toStrictEqual(full.value);
  return true;
}

const KEYS = [
  'grantees',
  'resource',
  'reason',
  'expires',
  'a',
  '_x',
  'key-1',
  'K_2',
  'true',
  'Null',
  '__proto__',
  '0x',
];
const VALUES = [
  'alice@example.com',
  'group:sre',
  'Supervise the 2026-11-22 rollout',
  '"INC-1: x"',
  '"a # b"',
  "'it''s'",
  "'a'",
  "'a' 'b'",
  '"a"#c',
  '"a" #c',
  '"a\\nb"',
  '"a\\"b"',
  '"unterminated',
  '[a, b]',
  '[alice@example.com, group:sre]',
  '[]',
  '[ ]',
  '[ a , b ]',
  '["a,b"]',
  '["x", \'y\']',
  '[a, ]',
  '[a, [b]]',
  '[a]] ',
  '[a] #c',
  '[a]#c',
  '[a: b]',
  '[a :b]',
  '[tag:prod-db]',
  '[?a]',
  '2026-11-22T02:00:00Z',
  '2026-11-22',
  '12:30',
  '1:2:3',
  '5',
  '-5',
  '+1',
  '0x1F',
  '0o17',
  '1_000',
  '1e3',
  '.5',
  '5.',
  '0.5e',
  'e5',
  '.inf',
  '-.Inf',
  '.NaN',
  '~',
  'null',
  'NULL',
  'True',
  'false',
  'yes',
  'no',
  'on',
  '-',
  '- a',
  'a: b',
  'a:b',
  'a :b',
  'a #c',
  'a#c',
  'a:',
  '&a x',
  '*a',
  '!tag x',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  '{a: b}',
  'a{b}',
  'a, b',
  'ünïcode',
  '日本',
  "don't",
  'say "hi"',
  'x\\y',
  '"',
  "'",
  ' ',
  '',
  '   padded   ',
  '# only a comment',
];
const LINES = [
  (k: string, v: string) => `${k}: ${v}`,
  (k: string, v: string) => `${k}: ${v}`,
  (k: string, v: string) => `${k}:  ${v}  `,
  (k: string, v: string) => `${k}:${v}`,
  (k: string, v: string) => `${k} : ${v}`,
  (k: string, v: string) => `  ${k}: ${v}`,
  (k: string) => `${k}:`,
  () => '# a comment',
  () => '',
  () => '   ',
  () => '---',
  () => '...',
  (_: string, v: string) => `- ${v}`,
  (k: string, v: string) => `${k}: ${v}\t`,
  (k: string, v: string) => `${k}: ${v}\r`,
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('flat YAML, the fast way', () => {
  it('reads the example and generated grant files, exactly as the full parser', () => {
    const dir = join(GOLDEN, 'example', 'grants');
    for (const name of readdirSync(dir)) expect(agrees(readFileSync(join(dir, name), 'utf8')), name).toBe(true);
    for (const [path, text] of Object.entries(generatedGrantFiles(50))) {
      if (path.endsWith('.yaml')) expect(agrees(text), path).toBe(true);
    }
  });

  it('leaves every broken grant to the full parser, or reads it exactly as it does', () => {
    for (const text of Object.values(INVALID_GRANTS)) agrees(text);
    // A file with errors keeps them: the findings are the full parser's.
    const dup = parseSource({ path: 'g.yaml', text: 'a: x\na: y\n' });
    expect(dup.findings[0]?.rule).toBe('syntax/duplicate-key');
  });

  it('agrees with the full parser on 30,000 random documents', () => {
    const r = rng(15);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    let accepted = 0;
    for (let i = 0; i < 30_000; i++) {
      const lines = Array.from({ length: 1 + Math.floor(r() * 5) }, () =>
        (r() < 0.75 ? LINES[0]! : pick(LINES))(pick(KEYS), pick(VALUES)),
      );
      if (agrees(lines.join('\n') + (r() < 0.5 ? '\n' : ''))) accepted++;
    }
    // Enough documents take the fast path for the comparison to mean something.
    expect(accepted).toBeGreaterThan(1_000);
  });

  it("gives the full parser's positions, built only when asked", () => {
    const text = 'grantees: [alice@example.com]\nresource: prod-db\nreason: x\nexpires: 2026-11-22T02:00:00Z\n';
    const fast = parseSource({ path: 'g.yaml', text });
    const full = parseYamlFully({ path: 'g.yaml', text });
    for (const path of [[], ['grantees'], ['grantees', 0], ['reason'], ['expires'], ['nope']]) {
      expect(fast.locate(path)).toEqual(full.locate(path));
      expect(fast.locate(path, { key: true })).toEqual(full.locate(path, { key: true }));
    }
  });
});
