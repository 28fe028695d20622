/**
 * Several tailnets from one repository (SPEC 1.5, issue #20), end to end: dist/index.js run as
 * the Actions runner runs it, a real Git repository with tailpolicy.yaml naming two targets, two
 * loopback Tailscale emulators (prod and dev, each its own tailnet) and the GitHub emulator.
 *
 * - a PR adding a prod grant changes only prod's plan;
 * - apply with target prod pushes only to prod;
 * - expire for each target keeps its own cleanup PR (tailpolicy/expired-<target>);
 * - a console edit in dev does not stop prod.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { EMULATOR_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from '../emulators/tailscale.js';
import { tempDir } from '../helpers.js';
import { git, runAction, type ActionRun } from './runner.js';

const TARGETS = `# yaml-language-server: $schema=https://unpkg.com/tailpolicy/schemas/tailpolicy.schema.json
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

const PEOPLE = `people:
  alice@example.com: alice-acme
  bob@example.com: bob-acme
  sam@example.com: sam-sre
`;

const FILES: Record<string, string> = {
  'tailpolicy.yaml': TARGETS,
  'policy/common/groups.hujson': `{
  "groups": {
    "group:eng": ["alice@example.com", "bob@example.com"],
    "group:sre": ["sam@example.com"],
  },
}
`,
  'policy/prod/policy.hujson': `{
  "tagOwners": {"tag:prod-db": ["group:sre"]},
  "grants": [{"src": ["group:sre"], "dst": ["tag:prod-db"], "ip": ["tcp:5432"]}],
}
`,
  'policy/prod/access.yaml': `${PEOPLE}resources:
  prod-db:
    grants:
      - dst: [tag:prod-db]
        ip: [tcp:5432]
    maxDuration: 8h
    approvers: [group:sre]
`,
  'policy/dev/policy.hujson': `{
  "tagOwners": {"tag:dev-box": ["group:eng"]},
  "grants": [{"src": ["group:sre"], "dst": ["tag:dev-box"], "ip": ["*"]}],
}
`,
  'policy/dev/access.yaml': `${PEOPLE}resources:
  dev-box:
    grants:
      - dst: [tag:dev-box]
        ip: [tcp:22]
    maxDuration: 8h
    approvers: [group:sre]
`,
};

const NOW = '2026-11-21T23:00:00Z';
const LATER = '2026-11-22T03:00:00Z'; // both grants below have expired

const PROD_GRANT = `grantees: [alice@example.com]
resource: prod-db
reason: "INC-1: slow queries"
expires: 2026-11-22T02:00:00Z
`;
const DEV_GRANT = `grantees: [bob@example.com]
resource: dev-box
reason: "try the new build"
expires: 2026-11-22T01:00:00Z
`;

let github: GitHubEmulator | undefined;
let prod: TailscaleEmulator | undefined;
let dev: TailscaleEmulator | undefined;
afterEach(async () => {
  await github?.close();
  await prod?.close();
  await dev?.close();
  github = prod = dev = undefined;
});

/** A branch adding `path`, and its PR (not merged). */
function openGrantPull(dir: string, gh: GitHubEmulator, path: string, text: string): number {
  const branch = `grant/${path.replace(/\W+/g, '-')}`;
  git(dir, 'checkout', '-q', '-b', branch, 'main');
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
  git(dir, 'add', path);
  git(dir, 'commit', '-q', '-m', `Request ${path}`);
  return gh.createPull({ head: branch, author: 'octocat', title: `Grant ${path}` }).number;
}

function mergeApproved(dir: string, gh: GitHubEmulator, number: number): void {
  gh.addReview(number, { user: 'sam-sre', state: 'APPROVED' });
  gh.mergePull(number);
  git(dir, 'checkout', '-q', 'main');
  git(dir, 'reset', '-q', '--hard', 'main');
}

/** One job of the matrix: the target's inputs, and its own tailnet's API (its environment's secrets). */
function runFor(
  dir: string,
  gh: GitHubEmulator,
  mode: 'apply' | 'expire',
  target: string,
  now: string,
  extra: Record<string, string> = {},
): Promise<ActionRun> {
  const tailscale = target === 'prod' ? prod! : dev!;
  return runAction({
    workspace: dir,
    eventName: mode === 'apply' ? 'push' : 'schedule',
    event: mode === 'apply' ? {} : { schedule: '*/10 * * * *' },
    inputs: {
      mode,
      target,
      now,
      'api-url': tailscale.url,
      'api-key': EMULATOR_API_KEY,
      'github-token': gh.token,
      ...extra,
    },
    env: { GITHUB_API_URL: gh.url },
  });
}

const writes = (ts: TailscaleEmulator) => ts.requestsTo('POST', '/acl').length;
const openCleanups = (gh: GitHubEmulator) =>
  [...gh.pulls.values()].filter((p) => p.state === 'open' && p.head.startsWith('tailpolicy/expired'));

describe('two tailnets from one repository', () => {
  it('plans, applies and expires each target on its own tailnet', async () => {
    const dir = tempDir('tailpolicy-targets-e2e-');
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'two tailnets');
    github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
    prod = await startTailscaleEmulator({ tailnet: 'example.com' });
    dev = await startTailscaleEmulator({ tailnet: 'dev.example.com' });

    // Without a target, apply refuses and names the targets; nothing is written anywhere.
    const none = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: { mode: 'apply', now: NOW, 'api-url': prod.url, 'api-key': EMULATOR_API_KEY },
    });
    expect(none.code).not.toBe(0);
    expect(none.stdout).toContain('tailpolicy.yaml defines 2 targets (prod, dev); apply acts on one tailnet at a time');
    expect(writes(prod) + writes(dev)).toBe(0);

    // apply with target prod pushes only to prod, and only prod's rules.
    const first = await runFor(dir, github, 'apply', 'prod', NOW);
    expect(first.code, first.stdout).toBe(0);
    expect(writes(prod)).toBe(1);
    expect(writes(dev)).toBe(0);
    expect(prod.policy).toContain('tag:prod-db');
    expect(prod.policy).not.toContain('tag:dev-box');
    const devFirst = await runFor(dir, github, 'apply', 'dev', NOW);
    expect(devFirst.code, devFirst.stdout).toBe(0);
    expect(writes(dev)).toBe(1);
    expect(dev.policy).toContain('tag:dev-box');
    expect(dev.policy).not.toContain('tag:prod-db');

    // A dev grant, merged and applied to dev.
    mergeApproved(dir, github, openGrantPull(dir, github, 'grants/dev/bob-dev-box.yaml', DEV_GRANT));
    expect((await runFor(dir, github, 'apply', 'dev', NOW)).code).toBe(0);
    expect(dev.policyObject().grants).toContainEqual(
      expect.objectContaining({ src: ['bob@example.com'], dst: ['tag:dev-box'] }),
    );

    // A PR adding a prod grant: check (no target) plans every target; only prod's plan changes.
    const number = openGrantPull(dir, github, 'grants/prod/alice-prod-db.yaml', PROD_GRANT);
    const head = git(dir, 'rev-parse', 'HEAD');
    const base = git(dir, 'rev-parse', 'main');
    const check = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event: { pull_request: { number, head: { sha: head }, base: { sha: base }, user: { login: 'octocat' } } },
      inputs: { mode: 'check', now: NOW, 'github-token': github.token },
      env: { GITHUB_API_URL: github.url },
    });
    expect(check.stdout).toContain('grant(s) lack the approvals they need');
    const [prodPlan, devPlan] = check.summary.split('\n---\n');
    // Markdown-escaped parentheses: "tailpolicy plan — prod (tailnet example.com)".
    expect(prodPlan).toContain('## tailpolicy plan — prod &#40;tailnet example.com&#41;: ❌ 1 grant(s) need approval');
    expect(prodPlan).toContain('alice-prod-db.yaml');
    expect(devPlan).toContain('## tailpolicy plan — dev &#40;tailnet dev.example.com&#41;: ✅ ready');
    expect(devPlan).toContain('This pull request changes no grant.');
    expect(devPlan).not.toContain('alice');
    // One sticky comment holds both plans.
    const comments = github.comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('tailpolicy plan — dev');

    // Merged with approval: apply prod pushes alice's grant to prod; dev is not written.
    git(dir, 'checkout', '-q', 'main');
    mergeApproved(dir, github, number);
    const devWrites = writes(dev);
    const applied = await runFor(dir, github, 'apply', 'prod', NOW);
    expect(applied.code, applied.stdout).toBe(0);
    expect(prod.policyObject().grants).toContainEqual(
      expect.objectContaining({ src: ['alice@example.com'], dst: ['tag:prod-db'] }),
    );
    expect(writes(dev)).toBe(devWrites);

    // expire per target: each keeps its own cleanup branch and PR.
    const prodExpire = await runFor(dir, github, 'expire', 'prod', LATER);
    expect(prodExpire.code, prodExpire.stdout).toBe(0);
    const devExpire = await runFor(dir, github, 'expire', 'dev', LATER);
    expect(devExpire.code, devExpire.stdout).toBe(0);
    const pulls = openCleanups(github);
    expect(pulls.map((p) => p.head).sort()).toEqual(['tailpolicy/expired-dev', 'tailpolicy/expired-prod']);
    const prodPull = pulls.find((p) => p.head === 'tailpolicy/expired-prod')!;
    expect(prodPull.title).toBe('tailpolicy: delete 1 expired access grant of prod');
    expect(git(dir, 'diff', '--name-only', 'main', 'tailpolicy/expired-prod')).toBe('grants/prod/alice-prod-db.yaml');
    expect(git(dir, 'diff', '--name-only', 'main', 'tailpolicy/expired-dev')).toBe('grants/dev/bob-dev-box.yaml');
    expect(prodExpire.outputs['pr-number']).toBe(String(prodPull.number));
    expect(JSON.stringify(prod.policyObject().grants)).not.toContain('alice@example.com');
    expect(JSON.stringify(dev.policyObject().grants)).not.toContain('bob@example.com');
    // Running prod's expire again leaves dev's PR alone and its own as it was.
    expect((await runFor(dir, github, 'expire', 'prod', LATER)).code).toBe(0);
    expect(openCleanups(github)).toHaveLength(2);

    // A console edit in dev stops dev's push (drift) but not prod's.
    dev.consoleEdit(dev.policy.replace('"group:sre": [', '"group:sre": ["eve@example.com", '));
    const devDrift = await runFor(dir, github, 'apply', 'dev', LATER);
    expect(devDrift.code).not.toBe(0);
    expect(devDrift.stdout).toContain('edited outside Git');
    const prodAfter = await runFor(dir, github, 'expire', 'prod', '2026-11-22T04:00:00Z');
    expect(prodAfter.code, prodAfter.stdout).toBe(0);
    const prodApply = await runFor(dir, github, 'apply', 'prod', '2026-11-22T04:00:00Z');
    expect(prodApply.code, prodApply.stdout).toBe(0);
    expect(prodApply.all).not.toContain(EMULATOR_API_KEY);
  }, 180_000);
});
