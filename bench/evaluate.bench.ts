/**
 * Benchmark of offline policy evaluation: 10,000 tests against a policy of 10,000 rules (acls and
 * grants) and 1,000 groups. Times building the compiled index apart from evaluating the tests,
 * plus full validation and a batch of explain queries. Imported by bench/run.ts.
 */
import { noLocation } from '../src/shared/findings.js';
import { compilePolicy, evaluateCompiledTests, explain } from '../src/evaluate/index.js';
import { validatePolicy } from '../src/validate/policy.js';
import { measure, type BenchResult } from './measure.js';

export type { BenchResult };

/** A deterministic pseudo-random generator, so every run measures the same policy. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticPolicy(
  opts = { rules: 10_000, groups: 1_000, tags: 300, users: 5_000, tests: 10_000 },
): Record<string, unknown> {
  const r = rng(42);
  const pick = (n: number): number => Math.floor(r() * n);
  const user = (i: number): string => `user${i}@example.com`;
  const groups: Record<string, string[]> = {};
  for (let g = 0; g < opts.groups; g++) {
    groups[`group:g${g}`] = Array.from({ length: 10 }, () => user(pick(opts.users)));
  }
  const tagOwners: Record<string, string[]> = {};
  for (let t = 0; t < opts.tags; t++) tagOwners[`tag:t${t}`] = ['group:g0'];
  const src = (): string => {
    const k = pick(10);
    if (k < 5) return `group:g${pick(opts.groups)}`;
    if (k < 8) return `tag:t${pick(opts.tags)}`;
    return user(pick(opts.users));
  };
  const port = (): number => [22, 80, 443, 5432, 8080][pick(5)]!;
  const acls: unknown[] = [];
  const grants: unknown[] = [];
  for (let i = 0; i < opts.rules; i++) {
    const dstTag = `tag:t${pick(opts.tags)}`;
    if (i % 2 === 0) {
      acls.push({ action: 'accept', src: [src(), src()], dst: [`${dstTag}:${port()}`, `${dstTag}:1000-2000`] });
    } else {
      grants.push({ src: [src(), src()], dst: [dstTag], ip: [`tcp:${port()}`, 'udp:53'] });
    }
  }
  const tests: unknown[] = [];
  for (let i = 0; i < opts.tests; i++) {
    const s = pick(3) === 0 ? `tag:t${pick(opts.tags)}` : user(pick(opts.users));
    tests.push({ src: s, [pick(2) === 0 ? 'accept' : 'deny']: [`tag:t${pick(opts.tags)}:${port()}`] });
  }
  return { groups, tagOwners, acls, grants, tests };
}

export async function benchEvaluate(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const policy = measure('evaluate: generate 10k rules, 1k groups, 10k tests', out, () => syntheticPolicy());
  const compiled = measure('evaluate: compile index', out, () => compilePolicy(policy));
  const r = measure('evaluate: run 10k tests', out, () => evaluateCompiledTests(compiled, noLocation));
  if (r.outcomes.length !== 10_000) throw new Error('benchmark: expected 10,000 outcomes');
  measure('evaluate: validatePolicy (whole policy)', out, () => validatePolicy(policy, noLocation));
  measure('evaluate: 1k explain queries on one compilation', out, () => {
    for (let i = 0; i < 1000; i++)
      explain(compiled, { src: `user${i}@example.com`, dst: `tag:t${i % 300}`, port: 443 }, noLocation);
  });
  return out;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  void benchEvaluate().then((rs) => {
    for (const r of rs)
      console.log(`${r.name.padEnd(56)} ${String(r.ms).padStart(9)} ms ${String(r.heapMB).padStart(8)} MB`);
  });
}
