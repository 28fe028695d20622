/**
 * Outputs that only count valid grants, and root causes first (issue #13; SPEC 2.2, 2.3):
 * an invalid grant is "invalid" in every output, a grant a pull request brings that has already
 * ended is an error at its end, and a file that does not parse is reported before what follows
 * from it.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { expiredOnArrival, makePlan } from '../src/review/plan.js';
import { checkRepository } from '../src/validate/offline.js';
import { BASE, compileFiles, grantYaml, tempDir, writeTree } from './helpers.js';

const NOW = '2026-11-21T23:00:00Z';
const g = { grantees: '[alice@example.com]', resource: 'prod-db', reason: 'debug', expires: '2026-11-22T02:00:00Z' };
const unknownFuture = grantYaml({
  ...g,
  resource: 'no-such-thing',
  starts: '2026-11-23T22:00:00Z',
  expires: '2026-11-24T02:00:00Z',
});
const expired = grantYaml({ ...g, starts: '2026-11-01T22:00:00Z', expires: '2026-11-02T02:00:00Z' });

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, cwd });
  return { code, stdout, stderr };
}

function check(files: Record<string, string>) {
  const entries = Object.entries(files).map(([path, text]) => ({ path, text }));
  return checkRepository({
    policyDir: 'policy',
    policyFiles: entries.filter((f) => f.path.startsWith('policy/')),
    grantFiles: entries.filter((f) => f.path.startsWith('grants/')),
    now: new Date(NOW),
  });
}

describe('an invalid grant is invalid in every output', () => {
  it('tailpolicy check --format json: state "invalid" for a grant with an unknown resource and a future start', async () => {
    const root = writeTree(tempDir(), { ...BASE, 'grants/x.yaml': unknownFuture, 'grants/a.yaml': grantYaml(g) });
    const r = await run(['check', '--now', NOW, '--format', 'json'], root);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { nextChange: string; grants: Array<{ path: string; state: string }> };
    expect(json.grants).toEqual([
      expect.objectContaining({ path: 'grants/a.yaml', state: 'active' }),
      expect.objectContaining({ path: 'grants/x.yaml', state: 'invalid' }),
    ]);
    // Its start is not the policy's next change: only valid grants change the policy.
    expect(json.nextChange).toBe('2026-11-22T02:00:00.000Z');
  });

  it('the plan lists an added file with errors as invalid, never as added', () => {
    const base = compileFiles(BASE, NOW);
    const head = compileFiles({ ...BASE, 'grants/x.yaml': unknownFuture }, NOW);
    const plan = makePlan(base, head);
    expect(plan.grants[0]!.words).toMatch(/^grants\/x\.yaml is invalid and will not be applied: Unknown resource/);
    const result = check({ ...BASE, 'grants/x.yaml': unknownFuture });
    const markdown = renderPlanMarkdown(plan, [], result, { approvalsLookedUp: false });
    expect(markdown).toContain('**⛔ Invalid** <code>grants/x.yaml</code>');
    expect(markdown).not.toContain('Added');
  });
});

describe('a grant that has already ended', () => {
  it('is an error at its expires line when a pull request adds it', () => {
    const plan = makePlan(compileFiles(BASE, NOW), compileFiles({ ...BASE, 'grants/old.yaml': expired }, NOW));
    const findings = expiredOnArrival(plan);
    const line = expired.split('\n').findIndex((l) => l.startsWith('expires:')) + 1;
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'grant/expired-on-arrival',
        location: expect.objectContaining({ file: 'grants/old.yaml', line }),
      }),
    ]);
    expect(findings[0]!.message).toContain('delete the file');
  });

  it('is an error when a pull request shortens a grant into the past, not when it is only present', () => {
    const before = { ...BASE, 'grants/a.yaml': grantYaml(g) };
    const shortened = { ...BASE, 'grants/a.yaml': grantYaml({ ...g, expires: '2026-11-21T22:00:00Z' }) };
    expect(expiredOnArrival(makePlan(compileFiles(before, NOW), compileFiles(shortened, NOW)))).toHaveLength(1);
    // Already on the base branch (waiting for the cleanup PR): not this pull request's doing.
    const both = compileFiles({ ...BASE, 'grants/old.yaml': expired }, NOW);
    expect(expiredOnArrival(makePlan(both, both))).toEqual([]);
  });

  it('tailpolicy check names the expired files that remain, and still passes', async () => {
    const root = writeTree(tempDir(), { ...BASE, 'grants/old.yaml': expired });
    const r = await run(['check', '--now', NOW], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/expired: 1 grant file\(s\) past their end \(grants\/old\.yaml\) give no access/);
  });
});

describe('root causes first', () => {
  it('a stray comma in a groups fragment is reported first; what follows from it is marked', () => {
    const broken = BASE['policy/policy.hujson'].replace('"group:eng"', ',, "group:eng"');
    const result = check({ ...BASE, 'policy/policy.hujson': broken, 'grants/a.yaml': grantYaml(g) });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(1);
    expect(errors[0]!.rule).toBe('syntax/hujson');
    expect(errors[0]!.location?.file).toBe('policy/policy.hujson');
    const firstOther = errors.findIndex((f) => !f.rule.startsWith('syntax/'));
    expect(errors.slice(0, firstOther).every((f) => f.rule.startsWith('syntax/'))).toBe(true);
    for (const f of errors.slice(firstOther)) {
      expect(f.message).toMatch(/This may only follow from the syntax error at policy\/policy\.hujson:\d+:\d+/);
    }
    expect(result.pushable).toBe(false);
  });

  it("a grant file's own syntax error is a root cause too, not marked as following from another file", () => {
    const broken = BASE['policy/policy.hujson'].replace('"group:eng"', ',, "group:eng"');
    const result = check({ ...BASE, 'policy/policy.hujson': broken, 'grants/bad.yaml': 'grantees: [a]\n? [x]\n: y\n' });
    const own = result.findings.find((f) => f.location?.file === 'grants/bad.yaml')!;
    expect(own.rule).toBe('syntax/yaml-key');
    expect(own.message).not.toContain('may only follow');
  });

  it('changes nothing when every file parses', () => {
    const result = check({ ...BASE, 'grants/x.yaml': unknownFuture });
    expect(result.findings.map((f) => f.message).join('\n')).not.toContain('may only follow');
  });
});
