/**
 * Conformance with Tailscale's own validator: run the offline layers (validatePolicy and
 * evaluatePolicyTests) on policies whose real Tailscale verdict is known, and score the
 * agreement. Pure: the cases come in as values (the script and the test read the fixture).
 */
import { hasErrors, noLocation, type Finding } from '../shared/findings.js';
import { evaluatePolicyTests, type Device } from '../evaluate/index.js';
import { validatePolicy } from './policy.js';

export interface ConformanceNode {
  tags?: string[] | null;
  ipv4?: string | null;
  ipv6?: string | null;
  /** The owner's user name (the local part of a login), absent for tagged devices. */
  user?: string | null;
  routable_ips?: string[] | null;
}

export interface ConformanceCase {
  id: string;
  category: string;
  description?: string;
  /** 200 accepted, 400 rejected, 500 a server fault (skipped). */
  status: number;
  message: string | null;
  /** The policy as posted: JSON text or the parsed value. */
  policy: unknown;
  users: string[];
  nodes: Record<string, ConformanceNode>;
}

export type Verdict = 'accept' | 'reject';

export interface CaseResult {
  id: string;
  category: string;
  expected: Verdict;
  got: Verdict;
  tailscaleMessage: string | null;
  /** Our first error, when we rejected. */
  ourMessage?: string;
  ourRule?: string;
  /** For agreeing rejections: whether our first error says what Tailscale said (loosely). */
  sameReason?: boolean;
}

export interface Score {
  category: string;
  cases: number;
  agree: number;
  /** Percentage, 0-100. */
  agreement: number;
  falseRejections: CaseResult[];
  falseAcceptances: CaseResult[];
  differentReason: CaseResult[];
}

export interface ConformanceReport {
  categories: Score[];
  overall: Score;
  skipped: number;
  results: CaseResult[];
}

/** The case's users, without empty names; undefined when none is known. */
export function usersOf(c: ConformanceCase): string[] | undefined {
  const users = c.users.filter((u) => u.trim() !== '');
  return users.length > 0 ? users : undefined;
}

/** The case's nodes as an inventory: a node's user name maps to the login with that local part. */
export function nodesToDevices(nodes: Record<string, ConformanceNode>, users: readonly string[] = []): Device[] {
  return Object.entries(nodes).map(([name, n]) => {
    const owner = n.user ? (users.find((u) => u.split('@')[0] === n.user) ?? n.user) : undefined;
    const addresses = [n.ipv4, n.ipv6].filter((a): a is string => typeof a === 'string' && a !== '');
    return { name, tags: n.tags ?? [], addresses, ...(owner ? { user: owner } : {}) };
  });
}

const WORD = /[a-z0-9]+/g;

/**
 * Whether our message gives the same reason as Tailscale's, loosely: most of Tailscale's words
 * appear in ours. Tailscale's "test(s) failed" matches any failing or invalid test finding.
 */
export function sameReason(ours: Finding, theirs: string): boolean {
  if (/^test\(s\) failed$/i.test(theirs.trim())) {
    return /^(test|ssh-test)\//.test(ours.rule) || /test/i.test(ours.message);
  }
  const want = new Set(theirs.toLowerCase().match(WORD) ?? []);
  if (want.size === 0) return true;
  const have = new Set(ours.message.toLowerCase().match(WORD) ?? []);
  let hit = 0;
  for (const w of want) if (have.has(w)) hit++;
  return hit / want.size >= 0.6;
}

/** The offline verdict on one case: reject iff validation or the policy's tests yield an error. */
export function runCase(c: ConformanceCase): CaseResult {
  const expected: Verdict = c.status === 200 ? 'accept' : 'reject';
  let policy: unknown = c.policy;
  const findings: Finding[] = [];
  if (typeof policy === 'string') {
    try {
      policy = JSON.parse(policy);
    } catch (e) {
      findings.push({ severity: 'error', rule: 'syntax/json', message: String(e) });
    }
  }
  if (findings.length === 0) {
    const users = usersOf(c);
    findings.push(...validatePolicy(policy, noLocation, users ? { users } : {}));
    const devices = nodesToDevices(c.nodes, users);
    findings.push(...evaluatePolicyTests(policy, noLocation, { ...(users ? { users } : {}), devices }).findings);
  }
  const got: Verdict = hasErrors(findings) ? 'reject' : 'accept';
  const first = findings.find((f) => f.severity === 'error');
  return {
    id: c.id,
    category: c.category,
    expected,
    got,
    tailscaleMessage: c.message,
    ...(first ? { ourMessage: first.message, ourRule: first.rule } : {}),
    ...(first && expected === 'reject' && c.message ? { sameReason: sameReason(first, c.message) } : {}),
  };
}

function score(category: string, results: CaseResult[]): Score {
  const agree = results.filter((r) => r.expected === r.got).length;
  return {
    category,
    cases: results.length,
    agree,
    agreement: results.length === 0 ? 100 : (100 * agree) / results.length,
    falseRejections: results.filter((r) => r.expected === 'accept' && r.got === 'reject'),
    falseAcceptances: results.filter((r) => r.expected === 'reject' && r.got === 'accept'),
    differentReason: results.filter((r) => r.expected === 'reject' && r.got === 'reject' && r.sameReason === false),
  };
}

/** Scores every case (status 500 cases are skipped: a server fault is not a verdict). */
export function scoreConformance(cases: readonly ConformanceCase[]): ConformanceReport {
  const counted = cases.filter((c) => c.status === 200 || c.status === 400);
  const results = counted.map(runCase);
  const categories = [...new Set(results.map((r) => r.category))].sort();
  return {
    categories: categories.map((cat) =>
      score(
        cat,
        results.filter((r) => r.category === cat),
      ),
    ),
    overall: score('overall', results),
    skipped: cases.length - counted.length,
    results,
  };
}
