/**
 * tailpolicy.yaml (SPEC 1.5, issue #20): several tailnets from one repository. Real files in
 * temporary folders, the real CLI in process.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { cleanupBranch, isCleanupBranch, planCleanupPull, expiredGrants } from '../src/cleanup/files.js';
import { attributeKey } from '../src/policy/posture-keys.js';
import { parseTargets, selectTargets } from '../src/policy/targets.js';
import { LayoutError, readLayout } from '../src/repo.js';
import { formatFinding } from '../src/shared/findings.js';
import { UserError } from '../src/shared/errors.js';
import { BASE, compileFiles, gitTest, tempDir, writeTree } from './helpers.js';
import { readFileSync } from 'node:fs';

const TWO = `# yaml-language-server: $schema=https://unpkg.com/tailpolicy/schemas/tailpolicy.schema.json
tailnets:
  prod:
    tailnet: example.com
    policy: [policy/common, policy/prod]
    grants: grants/prod
  dev:
    tailnet: dev.example.com
    policy: [policy/common, policy/dev]
    grants: grants/dev
`;

const PROD_GRANT = `grantees: alice@example.com
resource: prod-db
reason: "INC-1: slow queries"
expires: 2026-11-22T02:00:00Z
`;

/** Two tailnets sharing groups in policy/common, each with its own rules, access.yaml and grants. */
function twoTailnets(extra: Record<string, string> = {}): string {
  return writeTree(tempDir('tailpolicy-targets-'), {
    'tailpolicy.yaml': TWO,
    'policy/common/groups.hujson': `{"groups": {"group:eng": ["alice@example.com", "bob@example.com"], "group:sre": ["sam@example.com"]}}\n`,
    'policy/prod/policy.hujson': `{"tagOwners": {"tag:prod-db": ["group:sre"], "tag:bastion": ["group:sre"]},
  "grants": [{"src": ["group:sre"], "dst": ["tag:prod-db"], "ip": ["tcp:5432"]}]}\n`,
    'policy/prod/access.yaml': BASE['policy/access.yaml'],
    'policy/dev/policy.hujson': `{"tagOwners": {"tag:dev": ["group:eng"]},
  "grants": [{"src": ["group:eng"], "dst": ["tag:dev"], "ip": ["*"]}]}\n`,
    'grants/prod/alice.yaml': PROD_GRANT,
    'grants/dev/.keep': '',
    ...extra,
  });
}

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, cwd });
  return { code, stdout, stderr };
}

const NOW = ['--now', '2026-11-21T23:00:00Z'];

function layoutErrors(dir: string): string[] {
  try {
    readLayout(dir);
  } catch (e) {
    if (e instanceof LayoutError) return e.findings.map(formatFinding);
    throw e;
  }
  return [];
}

describe('tailpolicy.yaml', () => {
  it('without the file, the repository is one tailnet from policy/ and grants/', () => {
    const dir = writeTree(tempDir(), { 'policy/policy.hujson': '{}' });
    expect(readLayout(dir)).toEqual({ multi: false, targets: [{ policyDirs: ['policy'], grantsDir: 'grants' }] });
    expect(readLayout(dir, 'base/', 'access')).toMatchObject({
      targets: [{ policyDirs: ['base'], grantsDir: 'access' }],
    });
  });

  it('reads the targets: name, tailnet, fragment folders in order, grants folder', () => {
    const layout = readLayout(twoTailnets());
    expect(layout.multi).toBe(true);
    expect(
      layout.targets.map(({ name, tailnet, policyDirs, grantsDir }) => ({ name, tailnet, policyDirs, grantsDir })),
    ).toEqual([
      { name: 'prod', tailnet: 'example.com', policyDirs: ['policy/common', 'policy/prod'], grantsDir: 'grants/prod' },
      { name: 'dev', tailnet: 'dev.example.com', policyDirs: ['policy/common', 'policy/dev'], grantsDir: 'grants/dev' },
    ]);
  });

  it('a single folder may be written as a string; a missing grants folder is allowed (the cleanup PR may empty it)', () => {
    const dir = writeTree(tempDir(), {
      'tailpolicy.yaml': 'tailnets:\n  only:\n    tailnet: "-"\n    policy: base/\n    grants: grants/only\n',
      'base/p.hujson': '{}',
    });
    expect(readLayout(dir).targets[0]).toMatchObject({ policyDirs: ['base'], grantsDir: 'grants/only' });
  });

  it('errors at file:line:col: a folder that does not exist, a target without a tailnet, a shared grants folder, unknown keys', () => {
    const dir = writeTree(tempDir(), {
      'tailpolicy.yaml': `tailnets:
  prod:
    tailnet: example.com
    policy: [policy/common, policy/prdo]
    grants: grants/prod
  dev:
    policy: [policy/common]
    grants: grants/dev
  staging:
    tailnet: staging.example.com
    policy: policy/common
    grant: grants/staging
`,
      'policy/common/p.hujson': '{}',
    });
    expect(layoutErrors(dir)).toEqual([
      'tailpolicy.yaml:6:3: error[schema/missing-field]: Missing required field "tailnet" in the tailpolicy.yaml at "tailnets.dev".',
      'tailpolicy.yaml:9:3: error[schema/missing-field]: Missing required field "grants" in the tailpolicy.yaml at "tailnets.staging".',
      'tailpolicy.yaml:12:5: error[schema/unknown-field]: Unknown field "grant" in the tailpolicy.yaml. Did you mean "grants"?',
    ]);
    writeTree(dir, {
      'tailpolicy.yaml': `tailnets:
  prod:
    tailnet: example.com
    policy: [policy/common, policy/prdo]
    grants: grants/prod
  dev:
    tailnet: dev.example.com
    policy: [policy/common]
    grants: grants/prod/
`,
    });
    const errors = layoutErrors(dir);
    expect(errors).toContain(
      'tailpolicy.yaml:9:13: error[targets/shared-grants]: Targets "prod" and "dev" share the grants folder grants/prod: ' +
        'a grant must change one tailnet only. Give "dev" a folder of its own, e.g. grants/dev.',
    );
    expect(errors).toContain(
      'tailpolicy.yaml:4:29: error[targets/missing-folder]: The fragment folder policy/prdo of "prod" does not exist. ' +
        'Create it, or correct the path.',
    );
  });

  it('refuses bad names, paths out of the repository, nested grants folders, grants inside fragments, one tailnet twice', () => {
    const parsed = parseTargets({
      path: 'tailpolicy.yaml',
      text: `tailnets:
  Prod:
    tailnet: example.com
    policy: ../elsewhere
    grants: grants
`,
    });
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '"policy": "../elsewhere" is not a folder of the repository; write it relative to the repository\'s root, ' +
        'without "." or ".." parts, e.g. policy/prod.',
    ]);
    const name = parseTargets({
      path: 'tailpolicy.yaml',
      text: 'tailnets:\n  Prod:\n    tailnet: example.com\n    policy: policy\n    grants: grants\n',
    });
    expect(name.findings.map(formatFinding)).toEqual([
      'tailpolicy.yaml:2:3: error[schema/format]: "tailnets": "Prod" is not a target name; use lower-case letters, ' +
        'digits, - and _ (at most 40), e.g. prod: it names the cleanup branch tailpolicy/expired-<name>.',
    ]);
    const nested = parseTargets({
      path: 'tailpolicy.yaml',
      text: `tailnets:
  a: {tailnet: a.example.com, policy: [policy], grants: grants}
  b: {tailnet: a.example.com, policy: [policy/b], grants: grants/b}
  c: {tailnet: "-", policy: [policy], grants: policy/grants}
  d: {tailnet: "-", policy: [policy], grants: other}
`,
    });
    expect(nested.findings.map((f) => f.rule)).toEqual([
      'targets/shared-grants',
      'targets/same-tailnet',
      'targets/grants-in-policy',
      'targets/grants-in-policy',
      'targets/grants-in-policy',
    ]);
    expect(nested.findings[0]!.message).toContain('have nested grants folders grants/b and grants');
  });

  it('picks the target: the named one, every one for check, a usage error naming the targets otherwise', () => {
    const layout = readLayout(twoTailnets());
    const opts = { all: false, setting: '--target', what: 'tailpolicy apply' };
    expect(selectTargets(layout, 'dev', opts).map((t) => t.name)).toEqual(['dev']);
    expect(selectTargets(layout, undefined, { ...opts, all: true }).map((t) => t.name)).toEqual(['prod', 'dev']);
    expect(() => selectTargets(layout, undefined, opts)).toThrow(
      'tailpolicy.yaml defines 2 targets (prod, dev); tailpolicy apply acts on one tailnet at a time: set --target to one of them.',
    );
    expect(() => selectTargets(layout, 'stage', opts)).toThrow(
      '--target is "stage", which tailpolicy.yaml does not define; use one of prod, dev.',
    );
    const single = readLayout(writeTree(tempDir(), { 'policy/p.hujson': '{}' }));
    expect(() => selectTargets(single, 'prod', opts)).toThrow(UserError);
    expect(() => selectTargets(single, 'prod', opts)).toThrow(/has no tailpolicy\.yaml/);
  });

  it('policy-dir and grants-dir other than the defaults conflict with the file', () => {
    expect(() => readLayout(twoTailnets(), 'base', 'grants')).toThrow(/policy-dir setting is "base"/);
  });
});

describe('fragment folders merge in the order tailpolicy.yaml gives', () => {
  it('lists concatenate folder by folder, not by path', () => {
    const files = {
      'z-common/a.hujson': '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:1"]}]}',
      'a-prod/a.hujson': '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:2"]}]}',
    };
    const entries = Object.entries(files).map(([path, text]) => ({ path, text }));
    const compiled = compileFiles({}, '2026-11-21T23:00:00Z', {
      policyDir: ['z-common', 'a-prod'],
      policyFiles: entries,
    });
    expect((compiled.policy.acls as Array<{ dst: string[] }>).map((a) => a.dst[0])).toEqual(['*:1', '*:2']);
  });

  it("access.yaml in a target's own folder is that target's", () => {
    const dir = twoTailnets();
    const layout = readLayout(dir);
    expect(layout.targets.map((t) => t.name)).toEqual(['prod', 'dev']);
  });
});

describe('tailpolicy check with tailpolicy.yaml', () => {
  it('checks every target and says which tailnet each grant changes', async () => {
    const dir = twoTailnets();
    const r = await run(['check', ...NOW], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^== prod \(tailnet example\.com\)\n/);
    expect(r.stdout).toContain('== dev (tailnet dev.example.com)\n');
    const [prod, dev] = r.stdout.split('== dev');
    expect(prod).toContain('grants/prod/alice.yaml');
    expect(dev).not.toContain('alice.yaml');
    const json = JSON.parse((await run(['check', ...NOW, '--format', 'json'], dir)).stdout);
    expect(json.ok).toBe(true);
    expect(
      json.targets.map((t: { target: string; tailnet: string; grants: unknown[] }) => [
        t.target,
        t.tailnet,
        t.grants.length,
      ]),
    ).toEqual([
      ['prod', 'example.com', 1],
      ['dev', 'dev.example.com', 0],
    ]);
  });

  it('--target checks one; compile needs one; a grant error is reported for its target only', async () => {
    const dir = twoTailnets({
      'grants/dev/bad.yaml': 'grantees: alice@example.com\nresource: nope\nreason: x\nexpires: 2026-11-22T02:00:00Z\n',
    });
    const prod = await run(['check', ...NOW, '--target', 'prod'], dir);
    expect(prod.code).toBe(0);
    expect(prod.stdout).not.toContain('bad.yaml');
    const all = await run(['check', ...NOW], dir);
    expect(all.code).toBe(1);
    expect(all.stdout.split('== dev')[1]).toContain('grants/dev/bad.yaml');
    const compile = await run(['compile', ...NOW], dir);
    expect(compile.code).toBe(2);
    expect(compile.stderr).toContain('tailpolicy.yaml defines 2 targets (prod, dev); tailpolicy compile acts on one');
    const prodText = (await run(['compile', ...NOW, '--target', 'prod'], dir)).stdout;
    expect(prodText).toContain('tag:prod-db');
    expect(prodText).not.toContain('tag:dev');
    const devText = (await run(['compile', ...NOW, '--target', 'dev'], dir)).stdout;
    expect(devText).toContain('tag:dev');
    expect(devText).not.toContain('tag:prod-db');
  });

  it('an error in tailpolicy.yaml fails the command with located errors (exit 1)', async () => {
    const dir = twoTailnets({
      'tailpolicy.yaml': 'tailnets:\n  prod:\n    tailnet: example.com\n    policy: policy/x\n    grants: g\n',
    });
    const r = await run(['check', ...NOW], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'tailpolicy.yaml:4:13: error[targets/missing-folder]: The fragment folder policy/x of "prod" does not exist.',
    );
  });

  it('apply and expire without --target name the targets; --target without the file is a usage error', async () => {
    const dir = twoTailnets();
    const env = { TS_API_KEY: 'tskey-api-x' };
    for (const command of ['apply', 'expire']) {
      const r = await run([command, ...NOW], dir, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`tailpolicy.yaml defines 2 targets (prod, dev); ${command} acts on one tailnet`);
      expect(r.stderr).not.toContain('tskey-api-x');
    }
    const mismatch = await run(['apply', ...NOW, '--target', 'prod'], dir, { ...env, TS_TAILNET: 'other.com' });
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('TS_TAILNET is "other.com", but tailpolicy.yaml gives target "prod" the tailnet');
    const single = writeTree(tempDir(), { 'policy/p.hujson': '{}' });
    const r = await run(['check', ...NOW, '--target', 'prod'], single);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--target is "prod", but this repository has no tailpolicy.yaml');
  });
});

describe('per-target state', () => {
  it('each target has its own cleanup branch and PR title; the single tailnet keeps tailpolicy/expired', () => {
    expect(cleanupBranch()).toBe('tailpolicy/expired');
    expect(cleanupBranch('prod')).toBe('tailpolicy/expired-prod');
    expect(isCleanupBranch('tailpolicy/expired-dev')).toBe(true);
    expect(isCleanupBranch('tailpolicy/expiredx')).toBe(false);
    const compiled = compileFiles({ ...BASE, 'grants/a.yaml': PROD_GRANT }, '2026-11-23T00:00:00Z');
    const expired = expiredGrants(compiled);
    expect(planCleanupPull({ expired, soon: [] })).not.toHaveProperty('branch');
    const pull = planCleanupPull({ expired, soon: [], target: 'prod' });
    expect(pull.branch).toBe('tailpolicy/expired-prod');
    expect(pull.title).toBe('tailpolicy: delete 1 expired access grant of prod');
  });

  it('the audit of a target reads its own grants folder and tags every row with the target', async () => {
    const dir = twoTailnets({ 'grants/dev/bob.yaml': PROD_GRANT.replace('alice', 'bob') });
    gitTest(dir, ['init', '-q', '-b', 'main']);
    gitTest(dir, ['add', '-A']);
    gitTest(dir, ['commit', '-q', '-m', 'two tailnets'], { date: '2026-11-21T22:00:00Z' });
    const out = tempDir();
    const r = await run(['audit', ...NOW, '--format', 'json', '--target', 'prod', '--out', out], dir);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect([json.target, json.tailnet, json.grants_dir]).toEqual(['prod', 'example.com', 'grants/prod']);
    expect(json.events.map((e: { path: string; target: string }) => [e.path, e.target])).toEqual([
      ['grants/prod/alice.yaml', 'prod'],
    ]);
    const csv = readFileSync(join(out, 'audit.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]!.endsWith(',lookup,target')).toBe(true);
    expect(csv[1]!.endsWith(',prod')).toBe(true);
    const none = await run(['audit', ...NOW], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('tailpolicy.yaml defines 2 targets (prod, dev); tailpolicy audit acts on one');
  });

  it('posture attribute keys stay unique across targets: grants folders never overlap, and keys come from paths', () => {
    expect(attributeKey('grants/prod/alice.yaml')).not.toBe(attributeKey('grants/dev/alice.yaml'));
  });
});

describe('access rules per target', () => {
  const SHARED_ACCESS = `people:
  alice@example.com: alice
  sam@example.com: sam-sre
resources:
  prod-db:
    tailnet: prod
    grants:
      - dst: [tag:prod-db]
        ip: [tcp:5432]
    maxDuration: 8h
    approvers: [group:sre]
  dev-box:
    tailnet: dev
    grants:
      - dst: [tag:dev]
        ip: [tcp:22]
    maxDuration: 8h
    approvers: [group:sre]
`;
  /** One access.yaml in the shared folder, each resource saying its tailnet. */
  function shared(extra: Record<string, string> = {}): string {
    const dir = twoTailnets({ 'policy/common/access.yaml': SHARED_ACCESS, ...extra });
    rmSync(join(dir, 'policy/prod/access.yaml'));
    return dir;
  }

  it('a shared access.yaml: each resource belongs to the target its tailnet: names', async () => {
    const r = await run(['check', ...NOW, '--format', 'json'], shared());
    const json = JSON.parse(r.stdout);
    expect(json.targets.map((t: { findings: unknown[] }) => t.findings)).toEqual([[], []]);
    expect(json.ok).toBe(true);
  });

  it("a grant in the wrong target's grants folder is an error that names the right folder", async () => {
    const dir = shared({ 'grants/dev/alice-db.yaml': PROD_GRANT });
    const r = await run(['check', ...NOW, '--target', 'dev'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'grants/dev/alice-db.yaml:2:11: error[grant/wrong-target]: Resource "prod-db" lives in the tailnet of target ' +
        '"prod", so its grants go in grants/prod/, not in grants/dev/ ("dev"): move this file to grants/prod/alice-db.yaml.',
    );
    // Also when the resource is in prod's own folder, which dev never reads.
    const own = await run(
      ['check', ...NOW, '--target', 'dev'],
      twoTailnets({ 'grants/dev/alice-db.yaml': PROD_GRANT }),
    );
    expect(own.code).toBe(1);
    expect(own.stdout).toContain('error[grant/wrong-target]: Resource "prod-db" lives in the tailnet of target "prod"');
    // The same grant in prod's folder is fine.
    const ok = await run(['check', ...NOW, '--target', 'prod'], shared({ 'grants/prod/alice-db.yaml': PROD_GRANT }));
    expect(ok.code).toBe(0);
  });

  it('a resource in a shared folder without tailnet:, an unknown tailnet, and tailnet: without tailpolicy.yaml are errors', async () => {
    const dir = shared({
      'policy/common/access.yaml': SHARED_ACCESS.replace('    tailnet: prod\n', '').replace(
        'tailnet: dev',
        'tailnet: stage',
      ),
    });
    const r = await run(['check', ...NOW, '--target', 'prod'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'policy/common/access.yaml:5:3: error[access/shared-resource]: Resource "prod-db" is in policy/common/access.yaml, ' +
        'which targets prod and dev share',
    );
    expect(r.stdout).toContain(
      'error[access/unknown-tailnet]: "tailnet": "stage" is not a target of tailpolicy.yaml; use one of prod, dev.',
    );
    const single = writeTree(tempDir(), {
      ...BASE,
      'policy/access.yaml': BASE['policy/access.yaml'].replace(
        '    maxDuration: 8h',
        '    tailnet: prod\n    maxDuration: 8h',
      ),
    });
    const one = await run(['check', ...NOW], single);
    expect(one.code).toBe(1);
    expect(one.stdout).toContain(
      'error[access/tailnet-without-targets]: "tailnet: prod" names a target of tailpolicy.yaml',
    );
  });
});
