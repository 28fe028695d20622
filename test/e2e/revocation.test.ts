/**
 * Revocation never waits (issue #11; SPEC 2.5, 2.6, properties 4 and 9), end to end: dist/index.js
 * run as the Actions runner runs it, against the Tailscale and GitHub emulators. Each situation
 * that used to keep an expired grant's rules live is played, and each test asserts on the
 * emulator's live policy after the run and on the exact text of the cleanup commit and PR.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { EMULATOR_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from '../emulators/tailscale.js';
import { tempDir } from '../helpers.js';
import { EXAMPLE_NOW, git, runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'tailnet';
const BRANCH = 'tailpolicy/expired';
const AFTER_ALICE = '2026-11-22T02:05:00Z'; // alice's prod-db grant ended at 02:00
const ALICE = 'grants/alice-prod-db-inc-4211.yaml';
const BOB_OLD = 'grants/bob-prod-db-inc-4188.yaml';

let github: GitHubEmulator | undefined;
let tailscale: TailscaleEmulator | undefined;
afterEach(async () => {
  await github?.close();
  await tailscale?.close();
  github = tailscale = undefined;
});

interface Setup {
  dir: string;
  github: GitHubEmulator;
  tailscale: TailscaleEmulator;
}

const EXAMPLE_GRANTS: Record<string, string[]> = {
  [ALICE]: ['sam-sre'],
  'grants/bob-prod-cluster-rollout.yaml': ['sam-sre', 'ines-infra'],
  [BOB_OLD]: ['raj-sre'],
};

/** The example repository, each grant merged through an approved PR; `policy` replaces base files. */
async function setup(
  extra: Record<string, { text: string; approvers: string[] }> = {},
  policy: Record<string, string> = {},
): Promise<Setup> {
  const dir = tempDir('tailpolicy-revoke-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  for (const [path, text] of Object.entries(policy)) writeFileSync(join(dir, path), text);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base policy');
  github = await startGitHubEmulator({ owner: OWNER, repo: REPO, gitDir: dir });
  tailscale = await startTailscaleEmulator();
  const grants = {
    ...Object.fromEntries(
      Object.entries(EXAMPLE_GRANTS).map(([path, approvers]) => [
        path,
        { text: readFileSync(path, 'utf8'), approvers },
      ]),
    ),
    ...extra,
  };
  for (const [path, { text, approvers }] of Object.entries(grants)) mergeGrant(dir, github, path, text, approvers);
  return { dir, github, tailscale };
}

function mergeGrant(dir: string, gh: GitHubEmulator, path: string, text: string, approvers: string[]): void {
  const branch = `grant/${path.replace(/\W+/g, '-')}`;
  git(dir, 'checkout', '-q', '-b', branch, 'main');
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
  git(dir, 'add', path);
  git(dir, 'commit', '-q', '-m', `Request ${path}`);
  git(dir, 'checkout', '-q', 'main');
  const pr = gh.createPull({ head: branch, author: 'octocat', title: `Grant ${path}` });
  for (const user of approvers) gh.addReview(pr.number, { user, state: 'APPROVED' });
  gh.mergePull(pr.number);
  git(dir, 'checkout', '-q', 'main');
  git(dir, 'reset', '-q', '--hard', 'main');
}

function run(s: Setup, now: string, inputs: Record<string, string> = {}, mode = 'expire'): Promise<ActionRun> {
  return runAction({
    workspace: s.dir,
    eventName: mode === 'expire' ? 'schedule' : 'push',
    event: mode === 'expire' ? { schedule: '*/10 * * * *' } : {},
    inputs: {
      mode,
      now,
      'api-url': s.tailscale.url,
      'api-key': EMULATOR_API_KEY,
      'github-token': s.github.token,
      ...inputs,
    },
    env: { GITHUB_API_URL: s.github.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
  });
}

/** Rules in the live policy whose src names this user. */
function liveRulesOf(ts: TailscaleEmulator, user: string): unknown[] {
  const p = ts.policyObject();
  return [...((p.grants ?? []) as unknown[]), ...((p.ssh ?? []) as unknown[])].filter((r) =>
    (r as { src?: string[] }).src?.includes(user),
  );
}

function cleanupPull(gh: GitHubEmulator) {
  const pulls = [...gh.pulls.values()].filter((p) => p.head === BRANCH && p.state === 'open');
  expect(pulls).toHaveLength(1);
  return pulls[0]!;
}

function commitMessage(dir: string): string {
  return git(dir, 'log', '-1', '--format=%B', BRANCH);
}

const OUT = 'access is out of the live policy';
const STILL = 'access NOT removed: its rules are still in the live tailnet policy';
const BOTH_OUT =
  'Delete 2 expired access grants\n\n' +
  'tailpolicy read the live tailnet policy back: the access of all 2 grants is out of it. This removes the files.\n\n' +
  `- ${ALICE}: ${OUT}\n- ${BOB_OLD}: ${OUT}`;
const ALICE_STILL =
  'Delete 2 expired access grants\n\n' +
  'Access NOT removed for 1 of 2 grants: tailpolicy read the live tailnet policy back and could not confirm that ' +
  'their rules are out of it (see each file below). This removes the files.\n\n' +
  `- ${ALICE}: ${STILL}\n- ${BOB_OLD}: ${OUT}`;
const ROW_OUT = '| out of the live policy |';
const ROW_STILL = '| **NOT removed**: still in the live policy |';

function rowOf(body: string, path: string): string {
  return body.split('\n').find((l) => l.startsWith('| ') && l.includes(path)) ?? '';
}

/** Apply at 23:00: alice's grant goes live. */
async function aliceLive(s: Setup): Promise<void> {
  const first = await run(s, EXAMPLE_NOW);
  expect(first.code, first.stdout).toBe(0);
  expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(1);
}

describe('revocation never waits (issue #11)', () => {
  it('1. a console edit: the expired rules leave the live policy, the edit stays, the run fails on drift', async () => {
    const s = await setup();
    await aliceLive(s);
    const edit = s.tailscale.policy.replace(
      '"prod-pods": "10.30.0.0/16",',
      '"prod-pods": "10.30.0.0/16",\n\t\t"console-host": "100.64.0.99",',
    );
    expect(edit).not.toBe(s.tailscale.policy);
    s.tailscale.consoleEdit(edit);

    const r = await run(s, AFTER_ALICE);
    expect(r.code).toBe(1);
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(0);
    expect(s.tailscale.policy).not.toContain(ALICE);
    expect((s.tailscale.policyObject().hosts as Record<string, string>)['console-host']).toBe('100.64.0.99');
    expect(r.stdout).toContain('edited outside Git');
    expect(r.stdout).toContain(
      `Took the rules of 1 grant(s) no longer active out of the live policy and kept everything else: ${ALICE}.`,
    );
    expect(commitMessage(s.dir)).toBe(BOTH_OUT);
    const body = cleanupPull(s.github).body!;
    expect(rowOf(body, ALICE)).toContain(ROW_OUT);
    expect(rowOf(body, BOB_OLD)).toContain(ROW_OUT);
    expect(body).not.toContain('NOT removed');
    expect(r.summary).toContain('the access of all 2 grants is out of it');

    // The drift is still there for a person to settle: the next run narrows nothing more and still fails.
    const again = await run(s, AFTER_ALICE);
    expect(again.code).toBe(1);
    expect((s.tailscale.policyObject().hosts as Record<string, string>)['console-host']).toBe('100.64.0.99');
  });

  it('2. Tailscale rejects one new grant: it is left out, the rest is pushed, the expired grant is gone', async () => {
    const s = await setup({
      'grants/bob-prod-db-inc-4300.yaml': {
        text:
          'grantees: [bob@example.com]\nresource: prod-db\nreason: "INC-4300: reindex"\nticket: INC-4300\n' +
          'starts: 2026-11-22T01:00:00Z\nexpires: 2026-11-22T05:00:00Z\n',
        approvers: ['sam-sre'],
      },
    });
    await aliceLive(s);
    // Tailscale says no to bob on prod-db (e.g. a policy test only it can decide), without a location.
    s.tailscale.validator = (policy) =>
      ((policy.grants ?? []) as Array<{ src?: string[]; dst?: string[] }>).some(
        (g) => g.src?.includes('bob@example.com') && g.dst?.includes('tag:prod-db'),
      )
        ? {
            message: 'test(s) failed',
            data: [{ user: 'bob@example.com', errors: ['unexpected access to tag:prod-db:5432'] }],
          }
        : null;
    const r = await run(s, AFTER_ALICE);
    expect(r.code).toBe(1);
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(0);
    expect(liveRulesOf(s.tailscale, 'bob@example.com')).toHaveLength(0);
    expect(s.tailscale.requestsTo('POST', '/acl')).toHaveLength(2);
    expect(r.stdout).toContain(
      'Tailscale rejected the rules of grants/bob-prod-db-inc-4300.yaml: left out of the pushed policy',
    );
    expect(commitMessage(s.dir)).toBe(BOTH_OUT);
    expect(rowOf(cleanupPull(s.github).body!, ALICE)).toContain(ROW_OUT);
  });

  it('3. a broken resource: an error at check time, and once its grant starts that grant is left out, not the push', async () => {
    const access = readFileSync('policy/access.yaml', 'utf8').replace(
      'inline:',

      '  broken-db:\n    grants:\n      - dst: [tag:nowhere]\n        ip: [tcp:5432]\n' +
        '    maxDuration: 8h\n    eligible: [group:engineering]\n    approvers: [group:sre]\ninline:',
    );
    const s = await setup(
      {
        'grants/bob-broken-db.yaml': {
          text: 'grantees: [bob@example.com]\nresource: broken-db\nreason: reindex\nstarts: 2026-11-22T01:00:00Z\nexpires: 2026-11-22T05:00:00Z\n',
          approvers: ['sam-sre'],
        },
      },
      { 'policy/access.yaml': access },
    );
    // 23:00: the broken resource fails the run (as it fails check: test/revoke-core.test.ts) but does
    // not stop alice's grant from going live.
    const first = await run(s, EXAMPLE_NOW);
    expect(first.code).toBe(1);
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(1);
    // 02:05: bob's grant of the broken resource has started; it is left out, alice's rules leave.
    const r = await run(s, AFTER_ALICE);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('The base policy has');
    expect(r.stdout).toContain('with this grant active the policy is invalid');
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(0);
    expect(s.tailscale.policy).not.toContain('tag:nowhere');
    expect(commitMessage(s.dir)).toBe(BOTH_OUT);
  });

  it('4. no credential in expire mode: fails before touching GitHub, so no PR claims anything', async () => {
    const s = await setup();
    await aliceLive(s);
    const before = s.tailscale.policy;
    const requests = s.github.requests.length;
    const r = await run(s, AFTER_ALICE, { 'api-key': '' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('needs a credential');
    expect(r.stdout).toContain('Nothing was revoked, and no cleanup pull request was made.');
    expect(s.github.requests).toHaveLength(requests);
    expect(s.tailscale.policy).toBe(before);
    expect([...s.github.pulls.values()].filter((p) => p.head === BRANCH && p.state === 'open')).toHaveLength(1);
  });

  it('5. Tailscale answers 502 to every write: the run fails and every text says access was NOT removed', async () => {
    const s = await setup();
    await aliceLive(s);
    s.tailscale.faults.failPolicyWrites = { count: 1000, status: 502 };
    const r = await run(s, AFTER_ALICE);
    expect(r.code).not.toBe(0);
    // Nothing could be written: the rules are still live, and nothing says otherwise.
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(1);
    expect(r.stdout).toContain(`Access NOT removed: ${ALICE}`);
    expect(commitMessage(s.dir)).toBe(ALICE_STILL);
    const body = cleanupPull(s.github).body!;
    expect(body).toContain(`Access NOT removed for 1 of 2: <code>${ALICE}</code>`);
    expect(rowOf(body, ALICE)).toContain(ROW_STILL);
    expect(rowOf(body, BOB_OLD)).toContain(ROW_OUT);
    expect(r.summary).toContain('Access NOT removed for 1 of 2 grants');

    // Tailscale recovers: the next run takes the rules out and the same PR gets a new, true commit.
    s.tailscale.faults.failPolicyWrites = undefined;
    const next = await run(s, AFTER_ALICE);
    expect(next.code, next.stdout).toBe(0);
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(0);
    expect(commitMessage(s.dir)).toBe(BOTH_OUT);
    expect(cleanupPull(s.github).body).not.toContain('NOT removed');
  }, 180_000);

  it('6. a re-run of an old apply job does not bring back a grant revoked by deleting its file', async () => {
    const s = await setup();
    await aliceLive(s);
    const old = git(s.dir, 'rev-parse', 'HEAD');
    // Revoked early: alice's file deleted on main, and the apply of that commit takes her out.
    git(s.dir, 'rm', '-q', ALICE);
    git(s.dir, 'commit', '-q', '-m', 'revoke alice early');
    const revoked = await run(s, '2026-11-21T23:30:00Z', {}, 'apply');
    expect(revoked.code, revoked.stdout).toBe(0);
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(0);
    const writes = s.tailscale.requestsTo('POST', '/acl').length;

    // "Re-run jobs" on the old run: the old commit checked out, GITHUB_SHA the old commit.
    git(s.dir, 'checkout', '-q', '--detach', old);
    const rerun = await run(s, '2026-11-21T23:40:00Z', {}, 'apply');
    expect(rerun.code).toBe(1);
    expect(rerun.stdout).toContain(`This run checked out ${old.slice(0, 12)}, but the default branch main is now at`);
    expect(rerun.stdout).toContain('Do not re-run this job: start a new run on main');
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(0);
    expect(s.tailscale.requestsTo('POST', '/acl')).toHaveLength(writes);
    // The head came with the approval query; without GraphQL, it is read over REST, to the same end.
    const asked = s.github.requests.length;
    s.github.faults.failNext = { count: 1, status: 502, pathPrefix: '/graphql' };
    const again = await run(s, '2026-11-21T23:40:00Z', {}, 'apply');
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`This run checked out ${old.slice(0, 12)}, but the default branch main is now at`);
    expect(s.github.requests.slice(asked).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
      expect.arrayContaining(['POST /graphql 502', `GET /repos/${OWNER}/${REPO}/git/ref/heads%2Fmain 200`]),
    );
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(0);
    expect(s.tailscale.requestsTo('POST', '/acl')).toHaveLength(writes);
  });

  it('7. a hand-edited generated rule: the run fails, names the grant, and every text says access was NOT removed', async () => {
    const s = await setup();
    await aliceLive(s);
    const edit = s.tailscale.policy.replace(
      /("src": \["alice@example\.com"\],\n\t+"dst": \["tag:prod-db"\],\n\t+"ip": \["tcp:5432")/,
      '$1, "tcp:22"',
    );
    expect(edit).not.toBe(s.tailscale.policy);
    s.tailscale.consoleEdit(edit);

    const r = await run(s, AFTER_ALICE);
    expect(r.code).toBe(1);
    expect(liveRulesOf(s.tailscale, 'alice@example.com')).toHaveLength(1);
    expect(s.tailscale.policy).toBe(edit);
    expect(r.stdout).toContain(`Access NOT removed: ${ALICE} (its generated rules were edited outside Git)`);
    expect(commitMessage(s.dir)).toBe(ALICE_STILL);
    const body = cleanupPull(s.github).body!;
    expect(rowOf(body, ALICE)).toContain(ROW_STILL);
    expect(body).toContain(`Access NOT removed for 1 of 2: <code>${ALICE}</code>`);
  });
});
