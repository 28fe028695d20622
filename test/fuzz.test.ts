/**
 * Fuzzing (SPEC 4, property 12): bad input of any kind ends in a clear, located error, never a
 * crash, a stack trace, a hang or unbounded memory.
 *
 * Seeded (fast-check), so a failure reproduces: the seed and the shrunk input are printed. In CI
 * it runs about a minute; `FUZZ_RUNS=100000 npx vitest run test/fuzz.test.ts` runs longer
 * (FUZZ_SEED picks another seed). Inputs start from the example repository's own files (grant
 * files, policy fragments, access.yaml, dns.yaml) and the Tailscale API's answers, and are
 * mutated: byte flips, truncation, splices, inserted tokens, deep nesting, many lines, prototype
 * keys, odd emails and dates. Every crash found becomes a regression case in bad-input.test.ts.
 * `FUZZ_DUMP=DIR` writes each input slower than 2 s (FUZZ_DUMP_MS) to DIR, to profile it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../src/validate/offline.js';
import { renderCheckText } from '../src/report/text.js';
import { renderCheckMarkdown } from '../src/report/markdown.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { makePlan } from '../src/review/plan.js';
import { grantRows } from '../src/report/grant-table.js';
import { decidePush } from '../src/policy/push.js';
import { createTailscaleClient } from '../src/tailscale/tailscale-client.js';
import { UserError, ExternalError } from '../src/shared/errors.js';
import type { Finding } from '../src/shared/findings.js';

/** FUZZ_RUNS=n runs n inputs; without it the run stops after about a minute (FUZZ_SECONDS). */
const TOTAL = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const LIMIT_MS = process.env.FUZZ_RUNS ? undefined : Number(process.env.FUZZ_SECONDS ?? 60) * 1000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const NOW = new Date('2026-11-21T23:00:00Z');

/** The example repository's files: the seed corpus. */
const CORPUS: Array<{ path: string; text: string }> = ['policy', 'grants'].flatMap((dir) =>
  readdirSync(dir)
    .sort()
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(dir, name), 'utf8') })),
);

/** Text that must never reach a user: stack frames and JavaScript's own words for internals. */
const INTERNAL =
  /\n\s+at |Maximum call stack|\[object Object\]|\[native code\]|function Object\(|is not a function|Cannot read propert|undefined \(reading|is not iterable|RangeError|TypeError|SyntaxError: /;

const TOKENS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '"__proto__": {"a": 1},',
  '__proto__: {a: 1}\n',
  'constructor: x\n',
  '"constructor": [],',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '"',
  "'",
  '- ',
  '\n',
  '\n  ',
  '*a',
  '&a ',
  '<<: *a\n',
  '!!binary ',
  '!!js/function ',
  '---\n',
  '%YAML 1.1\n',
  '\u202e',
  '\u0000',
  '\ufeff',
  '\ud800',
  'www.example.com/login',
  '@everyone',
  '<script>',
  '`',
  '[x](javascript:alert(1))',
  'alice@example.com',
  'a@b@c',
  '@',
  'group:',
  'group:sre',
  'tag:',
  'tag:prod-db',
  'autogroup:member',
  'autogroup:danger-all',
  '*',
  '0.0.0.0/0',
  '::/0',
  'tcp:99999',
  '1-0',
  '2026-02-30T00:00:00Z',
  '2026-11-21',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00+25:00',
  '-1d',
  '99999999d',
  '1e309',
  '-0',
  '0x10',
  'null',
  'true',
  '~',
  '.inf',
  '.nan',
  '^([0-9]+)+$',
  '(a|a)*',
  '(?<n>x)\\k<n>',
  '1'.repeat(40),
  'x'.repeat(300),
];

type Mutation = (text: string) => string;

const at = (text: string, frac: number) => Math.floor(frac * (text.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Byte flips.
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 0xffff }))
    .map(([f, c]): Mutation => (t) => {
      const i = Math.min(at(t, f), t.length - 1);
      return i < 0 ? t : t.slice(0, i) + String.fromCharCode(c) + t.slice(i + 1);
    }),
  // Truncation.
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (f): Mutation =>
      (t) =>
        t.slice(0, at(t, f)),
  ),
  // A deleted span.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
    ([f, n]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + t.slice(at(t, f) + n),
  ),
  // An inserted token, once or repeated.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 4 })).map(
    ([f, tok, n]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + tok.repeat(n) + t.slice(at(t, f)),
  ),
  // A value replaced after a "key: " or "key": .
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...TOKENS)).map(([f, tok]): Mutation => (t) => {
    const i = t.indexOf(':', at(t, f));
    if (i === -1) return t;
    const end = t.indexOf('\n', i);
    return `${t.slice(0, i + 1)} ${tok}${end === -1 ? '' : t.slice(end)}`;
  }),
  // Deep nesting, sometimes far beyond any bound.
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('[', '{"a":', '- ', 'a:\n ', '{'), fc.nat(3000))
    .map(
      ([f, open, n]): Mutation =>
        (t) =>
          t.slice(0, at(t, f)) + open.repeat(n) + t.slice(at(t, f)),
    ),
  // Many lines or many entries.
  fc
    .tuple(fc.constantFrom('\n', '\n\n# c\n', '  - x\n', '"k": 1,\n', 'k1: v\n'), fc.integer({ min: 100, max: 30_000 }))
    .map(
      ([line, n]): Mutation =>
        (t) =>
          t + line.repeat(n),
    ),
  // A splice of another corpus file.
  fc
    .tuple(
      fc.nat(CORPUS.length - 1),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(
      ([k, f, g]): Mutation =>
        (t) =>
          t.slice(0, at(t, f)) + CORPUS[k]!.text.slice(at(CORPUS[k]!.text, g)),
    ),
);

const fileCase = fc.record({
  target: fc.nat(CORPUS.length - 1),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  asNew: fc.boolean(),
});

/** The share of the time budget a target gets; an interrupted run is not a failure. */
function budget(share: number): { interruptAfterTimeLimit?: number; markInterruptAsFailure?: boolean } {
  return LIMIT_MS === undefined ? {} : { interruptAfterTimeLimit: LIMIT_MS * share, markInterruptAsFailure: false };
}

interface Stats {
  inputs: number;
  slowest: number;
  slowRuns: number;
  peakHeap: number;
  baselineHeap: number;
}

function newStats(): Stats {
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed;
  return { inputs: 0, slowest: 0, slowRuns: 0, peakHeap: heap, baselineHeap: heap };
}

function measure(stats: Stats, started: number): void {
  const ms = performance.now() - started;
  stats.inputs++;
  stats.slowest = Math.max(stats.slowest, ms);
  if (ms > 2000) stats.slowRuns++;
  stats.peakHeap = Math.max(stats.peakHeap, process.memoryUsage().heapUsed);
}

function report(name: string, s: Stats): void {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `fuzz ${name}: ${s.inputs} inputs, 0 crashes, ${s.slowRuns} slow (> 2 s), slowest ${s.slowest.toFixed(0)} ms, ` +
      `peak heap ${mb(s.peakHeap)} MB (${mb(s.peakHeap - s.baselineHeap)} MB above the start), seed ${SEED}`,
  );
}

function assertClean(findings: readonly Finding[], texts: readonly string[]): void {
  for (const f of findings) {
    if (f.severity === 'error' && !f.location) throw new Error(`unlocated error: ${f.rule} ${f.message}`);
    if (f.location && !(f.location.line >= 1 && f.location.column >= 1)) throw new Error(`bad location ${f.rule}`);
    if (INTERNAL.test(f.message)) throw new Error(`internal text in ${f.rule}: ${f.message}`);
  }
  for (const t of texts) {
    const m = INTERNAL.exec(t);
    if (m) throw new Error(`internal text in a report: …${t.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
  }
}

const base = checkRepository({
  policyDir: 'policy',
  policyFiles: CORPUS.filter((f) => f.path.startsWith('policy/')),
  grantFiles: CORPUS.filter((f) => f.path.startsWith('grants/')),
  now: NOW,
});

describe('fuzz: any bytes in any file end in a located error, never a crash, hang or unbounded memory', () => {
  it('repository files', { timeout: LIMIT_MS === undefined ? 0 : LIMIT_MS * 3 }, async () => {
    const stats = newStats();
    // A library's own warning on stderr ("(node:…) Warning: …") is internal text a user sees.
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    fc.assert(
      fc.property(fileCase, ({ target, mutations, asNew }) => {
        const original = CORPUS[target]!;
        let text = original.text;
        for (const m of mutations) text = m(text);
        const path = asNew ? original.path.replace(/(\.\w+)$/, '-fuzz$1') : original.path;
        const files = asNew ? [...CORPUS, { path, text }] : CORPUS.map((f) => (f === original ? { path, text } : f));
        const started = performance.now();
        const result = checkRepository({
          policyDir: 'policy',
          policyFiles: files.filter((f) => f.path.startsWith('policy/')),
          grantFiles: files.filter((f) => f.path.startsWith('grants/')),
          now: NOW,
        });
        const plan = makePlan(base.compiled, result.compiled);
        const texts = [
          renderCheckText(result),
          renderCheckMarkdown(result),
          renderPlanMarkdown(plan, [], result, { approvalsLookedUp: false }),
          JSON.stringify(grantRows(result.compiled)),
        ];
        measure(stats, started);
        if (process.env.FUZZ_DUMP && performance.now() - started > Number(process.env.FUZZ_DUMP_MS ?? 2000)) {
          const name = `${process.env.FUZZ_DUMP}/slow-${stats.inputs}-${path.replace(/\W+/g, '_')}`;
          writeFileSync(name, text);
          console.log(`slow ${(performance.now() - started).toFixed(0)} ms: ${path} (${text.length} chars) -> ${name}`);
        }
        assertClean(result.findings, texts);
      }),
      { seed: SEED, numRuns: Math.round(TOTAL * 0.8), endOnFailure: true, ...budget(0.8) },
    );
    await new Promise((settle) => setImmediate(settle)); // warnings are emitted on the next tick
    process.off('warning', onWarning);
    report('files', stats);
    expect(stats.inputs).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });

  it('Tailscale API answers', { timeout: LIMIT_MS === undefined ? 0 : LIMIT_MS * 3 }, async () => {
    const stats = newStats();
    const liveSeed = base.compiled.text;
    const answer = fc.record({
      body: fc.oneof(
        fc.tuple(fc.array(mutation, { minLength: 0, maxLength: 3 })).map(([ms]) => ms.reduce((t, m) => m(t), liveSeed)),
        fc.json({ maxDepth: 6 }),
        fc.constantFrom(
          '',
          'null',
          '[]',
          '{"message": "test(s) failed", "data": [{"user": "a", "errors": [{"x": 1}]}]}',
          '{"data": "x"}',
          '{"devices": [{"id": 1, "tags": "tag:x", "addresses": [null]}]}',
          '{"devices": {"__proto__": []}}',
          '{"__proto__": {"message": "x"}}',
          '['.repeat(5000),
          '{"a":'.repeat(3000),
        ),
      ),
      status: fc.constantFrom(200, 200, 200, 400, 404, 412, 500),
      etag: fc.option(fc.constantFrom('"abc"', 'W/"x"', '', '"\u202e"'), { nil: undefined }),
      call: fc.constantFrom('getPolicy', 'getPolicyJson', 'validatePolicy', 'listDevices', 'decidePush'),
    });
    await fc.assert(
      fc.asyncProperty(answer, async ({ body, status, etag, call }) => {
        const started = performance.now();
        try {
          if (call === 'decidePush') {
            const d = decidePush(base.compiled, { hujson: body, etag: etag ?? '"e"' }, 'fail');
            JSON.stringify(d);
          } else {
            const client = createTailscaleClient({
              apiUrl: 'http://127.0.0.1:9',
              tailnet: 'example.com',
              credentials: { kind: 'api-key', apiKey: 'tskey-api-fuzz' },
              maxRetries: 0,
              sleep: async () => {},
              fetch: async () =>
                new Response(body, {
                  status,
                  headers: { 'content-type': 'application/json', ...(etag !== undefined ? { etag } : {}) },
                }),
            });
            if (call === 'getPolicy') await client.getPolicy();
            else if (call === 'getPolicyJson') await client.getPolicyJson();
            else if (call === 'validatePolicy') await client.validatePolicy('{}');
            else await client.listDevices();
          }
        } catch (e) {
          // A clear error for the user is a good ending; anything else is a crash.
          if (!(e instanceof ExternalError || e instanceof UserError)) throw e;
          if (INTERNAL.test(e.message)) throw new Error(`internal text: ${e.message}`, { cause: e });
        }
        measure(stats, started);
      }),
      { seed: SEED, numRuns: Math.round(TOTAL * 0.2), endOnFailure: true, ...budget(0.2) },
    );
    report('API answers', stats);
    expect(stats.inputs).toBeGreaterThan(0);
  });
});
