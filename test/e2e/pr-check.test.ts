/**
 * The pull-request flow end to end: dist/index.js in check mode on pull_request and
 * pull_request_review events, against the GitHub emulator backed by a real repository.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { startTailscaleEmulator, EMULATOR_API_KEY, type TailscaleEmulator } from '../emulators/tailscale.js';
import { tempDir } from '../helpers.js';
import { EXAMPLE_NOW, git, runAction } from './runner.js';

let github: GitHubEmulator | undefined;
let tailscale: TailscaleEmulator | undefined;
afterEach(async () => {
  await github?.close();
  await tailscale?.close();
  github = tailscale = undefined;
});

const BOB_DB = `grantees: [bob@example.com]
resource: prod-db
reason: "INC-4300: check the reindex"
ticket: INC-4300
expires: 2026-11-22T03:00:00Z
`;

/** main holds the example; branch `request` changes grants/ as `change` says; a PR is open. */
async function pullRequest(change: (dir: string) => void, author = 'bob-acme') {
  const dir = tempDir('tailpolicy-pr-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  cpSync('grants', join(dir, 'grants'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'example');
  git(dir, 'checkout', '-q', '-b', 'request');
  change(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'request');
  github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  const pull = github.createPull({ head: 'request', author, title: 'request' });
  return { dir, pull, gh: github };
}

function check(dir: string, gh: GitHubEmulator, number: number, eventName = 'pull_request') {
  const head = git(dir, 'rev-parse', 'HEAD');
  const base = git(dir, 'rev-parse', 'main');
  return runAction({
    workspace: dir,
    eventName,
    event: {
      pull_request: { number, head: { sha: head }, base: { sha: base }, user: { login: gh.pulls.get(number)!.author } },
    },
    inputs: { mode: 'check', now: EXAMPLE_NOW, 'github-token': gh.token },
    env: { GITHUB_API_URL: gh.url },
  });
}

const addBob = (dir: string) => writeFileSync(join(dir, 'grants/bob-prod-db.yaml'), BOB_DB);

describe('the approval check', () => {
  it('fails with no approval, and says who can approve', async () => {
    const { dir, pull, gh } = await pullRequest(addBob);
    const run = await check(dir, gh, pull.number);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('1 grant(s) lack the approvals they need');
    expect(run.summary).toContain('bob&#64;example.com gets tcp&#58;5432 on tag&#58;prod-db');
    expect(run.summary).toContain('for 4h, until 2026-11-22 03&#58;00 UTC');
    expect(run.summary).toContain('Can approve: raj-sre, sam-sre');
  });

  it('does not count the author or the grantee', async () => {
    const { dir, pull, gh } = await pullRequest(addBob, 'sam-sre');
    gh.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' }); // the author
    gh.addReview(pull.number, { user: 'bob-acme', state: 'APPROVED' }); // the grantee
    const run = await check(dir, gh, pull.number);
    expect(run.code).not.toBe(0);
    expect(run.summary).toContain('sam-sre (the PR author)');
    expect(run.summary).toContain('bob-acme (a grantee)');
  });

  it('does not count an approval of an older commit', async () => {
    const { dir, pull, gh } = await pullRequest(addBob);
    const old = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(join(dir, 'grants/bob-prod-db.yaml'), BOB_DB.replace('03:00:00Z', '04:00:00Z'));
    gh.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED', commitId: old });
    git(dir, 'commit', '-q', '-am', 'longer');
    const run = await check(dir, gh, pull.number);
    expect(run.code).not.toBe(0);
    expect(run.summary).toContain('approved an older commit');
  });

  it('passes with an approval on the head commit, and updates the same comment on a new review', async () => {
    const { dir, pull, gh } = await pullRequest(addBob);
    const first = await check(dir, gh, pull.number);
    expect(first.code).not.toBe(0);
    gh.addReview(pull.number, { user: 'raj-sre', state: 'APPROVED' });
    const second = await check(dir, gh, pull.number, 'pull_request_review');
    expect(second.code, second.stdout).toBe(0);
    const comments = gh.comments.filter((c) => c.issueNumber === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('✅ Approved by raj-sre');
    expect(comments[0]!.body).toContain('<!-- tailpolicy:plan -->');
  });

  it('needs approval to extend an existing grant', async () => {
    const { dir, pull, gh } = await pullRequest((d) => {
      const file = join(d, 'grants/alice-prod-db-inc-4211.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('2026-11-22T02:00:00Z', '2026-11-22T05:00:00Z'));
    }, 'alice-acme');
    const run = await check(dir, gh, pull.number);
    expect(run.code).not.toBe(0);
    expect(run.summary).toContain('⏩ Extended');
    expect(run.summary).toContain('by 3h');
    gh.addReview(pull.number, { user: 'raj-sre', state: 'APPROVED' });
    expect((await check(dir, gh, pull.number)).code).toBe(0);
  });

  it('ignores a dismissed approval', async () => {
    const { dir, pull, gh } = await pullRequest(addBob);
    const review = gh.addReview(pull.number, { user: 'raj-sre', state: 'APPROVED' });
    gh.dismissReview(pull.number, review.id);
    expect((await check(dir, gh, pull.number)).code).not.toBe(0);
  });

  it('needs two distinct approvers where the resource asks for two', async () => {
    const cluster =
      'grantees: alice@example.com\nresource: prod-cluster\nreason: rollout\nexpires: 2026-11-22T01:00:00Z\n';
    const { dir, pull, gh } = await pullRequest(
      (d) => writeFileSync(join(d, 'grants/alice-cluster.yaml'), cluster),
      'alice-acme',
    );
    gh.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' });
    const one = await check(dir, gh, pull.number);
    expect(one.code).not.toBe(0);
    expect(one.summary).toContain('approved so far by sam-sre');
    gh.addReview(pull.number, { user: 'ines-infra', state: 'APPROVED' });
    expect((await check(dir, gh, pull.number)).code).toBe(0);
  });

  it('passes a deletion-only pull request without approval', async () => {
    const { dir, pull, gh } = await pullRequest((d) => rmSync(join(d, 'grants/bob-prod-db-inc-4188.yaml')));
    const run = await check(dir, gh, pull.number);
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('No approval needed to remove access');
  });

  it('escapes user text in the comment and the summary', async () => {
    const hostile = '<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) `code`';
    const { dir, pull, gh } = await pullRequest((d) =>
      writeFileSync(
        join(d, 'grants/bob-prod-db.yaml'),
        BOB_DB.replace('"INC-4300: check the reindex"', JSON.stringify(hostile)),
      ),
    );
    const run = await check(dir, gh, pull.number);
    const body = gh.comments.find((c) => c.issueNumber === pull.number)!.body;
    for (const text of [body, run.summary]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('@everyone');
      expect(text).not.toContain('](javascript');
      expect(text).not.toContain('`code`');
      expect(text).toContain(
        '&lt;img src=x onerror=alert&#40;1&#41;&gt; &#64;everyone &#91;x&#93;&#40;javascript&#58;alert&#40;1&#41;&#41;',
      );
    }
  });
});

describe('apply on the default branch', () => {
  it('leaves out a grant pushed directly, without a pull request, and says so', async () => {
    const dir = tempDir('tailpolicy-direct-');
    cpSync('policy', join(dir, 'policy'), { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    cpSync('grants/alice-prod-db-inc-4211.yaml', join(dir, 'grants/alice-prod-db-inc-4211.yaml'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'direct push');
    github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
    tailscale = await startTailscaleEmulator();
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: {
        mode: 'apply',
        now: EXAMPLE_NOW,
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
        'github-token': github.token,
      },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('Left out of the policy: it reached the default branch without a pull request');
    expect(tailscale.policy).toContain('tailpolicy-digest');
    expect(tailscale.policy).not.toContain('// grant grants/alice-prod-db-inc-4211.yaml');
    expect(run.summary).toContain('⛔ left out');
  });
});

describe('approval rules come from the base branch', () => {
  it('does not let a pull request make its author an approver and approve itself', async () => {
    const { dir, pull, gh } = await pullRequest((d) => {
      addBob(d);
      // The PR also makes bob (its author) an approver of prod-db, and lowers nothing else.
      const access = join(d, 'policy/access.yaml');
      writeFileSync(
        access,
        readFileSync(access, 'utf8').replace(
          'approvers: [group:sre]\n    ticket',
          'approvers: [group:sre, bob@example.com]\n    ticket',
        ),
      );
    });
    gh.addReview(pull.number, { user: 'bob-acme', state: 'APPROVED' });
    gh.addReview(pull.number, { user: 'alice-acme', state: 'APPROVED' });
    const run = await check(dir, gh, pull.number);
    expect(run.code).not.toBe(0);
    expect(run.summary).toContain('1 grant(s) need approval');
    expect(run.summary).toContain('alice-acme (not among the approvers &#40;group&#58;sre&#41;)');
  });

  it('does not accept approvals for a resource the same pull request creates', async () => {
    const { dir, pull, gh } = await pullRequest((d) => {
      const access = join(d, 'policy/access.yaml');
      writeFileSync(
        access,
        readFileSync(access, 'utf8').replace(
          'resources:\n',
          'resources:\n  anything:\n    grants: [{dst: ["*"], ip: ["*"]}]\n    maxDuration: 7d\n    approvers: [bob@example.com]\n',
        ),
      );
      writeFileSync(
        join(d, 'grants/bob-anything.yaml'),
        'grantees: bob@example.com\nresource: anything\nreason: mine\nexpires: 2026-11-22T01:00:00Z\n',
      );
    });
    gh.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' });
    const run = await check(dir, gh, pull.number);
    expect(run.code).not.toBe(0);
    expect(run.summary).toContain('is not in access.yaml on the base branch');
  });
});

describe('apply judges merged grants by the rules of their pull request base', () => {
  /** Merges a PR with these reviews, then runs apply; `beforeApply` can switch on faults. */
  async function merged(
    change: (dir: string) => void,
    reviewers: string[],
    beforeApply?: (gh: GitHubEmulator) => void,
  ) {
    const { dir, pull, gh } = await pullRequest(change);
    for (const user of reviewers) gh.addReview(pull.number, { user, state: 'APPROVED' });
    gh.mergePull(pull.number); // an admin merge when the reviews do not qualify
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'reset', '-q', '--hard', 'main');
    beforeApply?.(gh);
    tailscale = await startTailscaleEmulator();
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: {
        mode: 'apply',
        now: EXAMPLE_NOW,
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
        'github-token': gh.token,
      },
      env: { GITHUB_API_URL: gh.url },
    });
    return { run, gh };
  }

  it('leaves out a grant whose PR made its own author an approver', async () => {
    const { run } = await merged(
      (d) => {
        addBob(d);
        const access = join(d, 'policy/access.yaml');
        writeFileSync(
          access,
          readFileSync(access, 'utf8').replace(
            'approvers: [group:sre]\n    ticket',
            'approvers: [group:sre, alice@example.com]\n    ticket',
          ),
        );
      },
      ['alice-acme'],
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('grants/bob-prod-db.yaml');
    expect(run.stdout).toMatch(/Left out of the policy: pull request #1 was merged without 1 qualifying approval/);
    expect(tailscale!.policy).not.toContain('// grant grants/bob-prod-db.yaml');
  });

  it('keeps a grant approved under the base rules', async () => {
    const { run } = await merged(addBob, ['sam-sre']);
    expect(tailscale!.policy).toContain('// grant grants/bob-prod-db.yaml');
    // The example's own grants were committed directly and are left out, as they should be.
    expect(run.stdout).toContain('grants/alice-prod-db-inc-4211.yaml');
  });

  it('still pushes the narrower policy when GitHub fails: revocation is never blocked', async () => {
    const { run } = await merged(addBob, ['sam-sre'], (gh) => {
      gh.faults.failNext = { count: 100, status: 502 };
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('its approval could not be verified');
    expect(tailscale!.policy).toContain('tailpolicy-digest');
    expect(tailscale!.policy).not.toContain('// grant grants/');
  });
});
