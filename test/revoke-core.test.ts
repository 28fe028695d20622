/**
 * The parts of revocation that need no network: a broken resource is an error on its own and,
 * once a grant of it starts, is charged to that grant (left out) rather than to the base
 * (which would stop the push and, with it, revocation); bisection finds the grants to blame.
 */
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../src/validate/offline.js';
import { bisect, bisectAsync } from '../src/shared/bisect.js';
import { BASE, grantYaml } from './helpers.js';

const BROKEN = BASE['policy/access.yaml'].replace(
  'resources:\n',
  'resources:\n  broken:\n    grants:\n      - dst: [tag:nowhere]\n        ip: [tcp:443]\n    maxDuration: 8h\n    eligible: [group:eng]\n    approvers: [group:sre]\n',
);

function check(files: Record<string, string>, now: string) {
  const entries = Object.entries(files).map(([path, text]) => ({ path, text }));
  return checkRepository({
    policyDir: 'policy',
    policyFiles: entries.filter((f) => f.path.startsWith('policy/')),
    grantFiles: entries.filter((f) => f.path.startsWith('grants/')),
    now: new Date(now),
  });
}

const files = {
  ...BASE,
  'policy/access.yaml': BROKEN,
  'grants/alice.yaml': grantYaml({
    grantees: 'alice@example.com',
    resource: 'prod-db',
    reason: 'INC-1',
    expires: '2026-11-22T06:00:00Z',
  }),
  'grants/bob-broken.yaml': grantYaml({
    grantees: 'bob@example.com',
    resource: 'broken',
    reason: 'INC-2',
    starts: '2026-11-22T02:00:00Z',
    expires: '2026-11-22T06:00:00Z',
  }),
};

describe('a resource whose rules are invalid', () => {
  it('is an error at check time although no grant of it is active, and the policy stays pushable', () => {
    const r = check(files, '2026-11-21T23:00:00Z');
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.location?.file === 'policy/access.yaml')).toBe(true);
    expect(errors[0]!.message).toContain('tag:nowhere');
    expect(r.ok).toBe(false);
    expect(r.pushable).toBe(true);
  });

  it('once a grant of it starts, charges the error to that grant, which is left out; the rest is pushable', () => {
    const r = check(files, '2026-11-22T03:00:00Z');
    expect(r.pushable).toBe(true);
    const bob = r.compiled.grants.find((g) => g.path === 'grants/bob-broken.yaml')!;
    expect(bob.included).toBe(false);
    expect(r.compiled.grants.find((g) => g.path === 'grants/alice.yaml')!.included).toBe(true);
    const blame = r.findings.find((f) => f.location?.file === 'grants/bob-broken.yaml')!;
    expect(blame.rule).toBe('grant/invalid-rules');
    expect(blame.message).toContain('Left out of the policy: with this grant active the policy is invalid');
    expect(r.compiled.text).not.toContain('tag:nowhere');
  });
});

describe('bisection', () => {
  it('finds each culprit, and blames a pair that fails only together', async () => {
    const ok = (s: readonly number[]) => !s.includes(3) && !s.includes(6) && !(s.includes(0) && s.includes(1));
    const calls: number[][] = [];
    const r = bisect([0, 1, 2, 3, 4, 5, 6, 7], (s) => (calls.push([...s]), ok(s)));
    expect(r.culprits).toEqual([0, 1, 3, 6]);
    expect(r.exhausted).toBe(false);
    const a = await bisectAsync([0, 1, 2, 3, 4, 5, 6, 7], async (s) => ok(s));
    expect(a.culprits).toEqual([0, 1, 3, 6]);
    const limited = bisect([0, 1, 2, 3, 4, 5, 6, 7], ok, 2);
    expect(limited.exhausted).toBe(true);
    expect(limited.culprits).toEqual(expect.arrayContaining([3, 6]));
  });
});
