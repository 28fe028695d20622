/**
 * Every request an apply sends, counted on the emulators (issue #15, "apply at the speed of the
 * push"): the built action (dist/index.js) on the approved README example, and the same run when
 * GitHub's GraphQL API fails, which must read the same facts over REST and come to the same end.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGitHubEmulator } from '../emulators/github.js';
import { EMULATOR_API_KEY, startTailscaleEmulator } from '../emulators/tailscale.js';
import { tempDir } from '../helpers.js';
import { EXAMPLE_NOW, approvedExampleRepo, git, runAction } from './runner.js';

async function applyExample(fault?: { status: number }) {
  const repo = await approvedExampleRepo();
  const tailscale = await startTailscaleEmulator();
  if (fault) repo.github.faults.failNext = { count: 1, status: fault.status, pathPrefix: '/graphql' };
  const run = await runAction({
    workspace: repo.dir,
    eventName: 'push',
    inputs: { ...repo.inputs, mode: 'apply', now: EXAMPLE_NOW, 'api-url': tailscale.url, 'api-key': EMULATOR_API_KEY },
    env: repo.env,
  });
  const github = repo.github.requests.map(
    (r) => `${r.method} ${decodeURIComponent(r.path).replace('/repos/acme/tailnet', '') || '/'} ${r.status}`,
  );
  const tailscaleRequests = tailscale.requests.map((r) => `${r.method} ${r.path}`);
  return { run, github, tailscale: tailscaleRequests };
}

describe('the requests of one apply', () => {
  it('asks GitHub twice: the approval facts and the head in one GraphQL query, and the PR files', async () => {
    const { run, github, tailscale } = await applyExample();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(github).toEqual([
      // The pull request of each grant's commit, its reviews and labels, the default branch and
      // its head commit (never push the past: the checkout must be that head).
      'POST /graphql 200',
      // Which files the pull request changed, with their blob at its head (GraphQL has no blob id).
      'GET /pulls/1/files 200',
    ]);
    expect(tailscale.filter((r) => r.includes('/acl'))).toEqual([
      // The live policy, read at the start, while git and GitHub are asked.
      'GET /api/v2/tailnet/-/acl',
      'POST /api/v2/tailnet/-/acl/validate',
      'POST /api/v2/tailnet/-/acl',
    ]);
  });

  it('reads the same facts over REST when GraphQL fails, and pushes the same policy', async () => {
    const good = await applyExample();
    for (const status of [502, 404]) {
      const { run, github, tailscale } = await applyExample({ status });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(github).toEqual([
        `POST /graphql ${status}`,
        'GET / 200',
        expect.stringMatching(/^GET \/commits\/[0-9a-f]{40}\/pulls 200$/),
        'GET /pulls/1/files 200',
        'GET /pulls/1/reviews 200',
        // Without the query's answer, the default branch's head is read over REST.
        'GET /git/ref/heads/main 200',
      ]);
      expect(tailscale).toEqual(good.tailscale);
      const { 'policy-file': _, ...outputs } = run.outputs;
      const { 'policy-file': __, ...goodOutputs } = good.run.outputs;
      expect(outputs).toEqual(goodOutputs);
    }
  });

  it('asks for the pull requests and reviews of several grants in one query: one more REST call per PR, for its files', async () => {
    // The example's three grants, each merged through its own approved pull request.
    const dir = tempDir('tailpolicy-repo-');
    cpSync('policy', join(dir, 'policy'), { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base policy');
    const github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
    const grants = ['alice-prod-db-inc-4211.yaml', 'bob-prod-cluster-rollout.yaml', 'bob-prod-db-inc-4188.yaml'];
    for (const [i, file] of grants.entries()) {
      git(dir, 'checkout', '-q', '-b', `grant-${i}`, 'main');
      mkdirSync(join(dir, 'grants'), { recursive: true });
      cpSync(join('grants', file), join(dir, 'grants', file));
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', `request ${file}`);
      git(dir, 'checkout', '-q', 'main');
      const pull = github.createPull({ head: `grant-${i}`, author: 'alice-acme' });
      github.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' });
      github.addReview(pull.number, { user: 'ines-infra', state: 'APPROVED' });
      github.mergePull(pull.number);
      // The merge moved main under the checkout: bring the working tree along.
      git(dir, 'reset', '-q', '--hard', 'main');
    }
    const tailscale = await startTailscaleEmulator();
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: {
        'github-token': github.token,
        mode: 'apply',
        now: EXAMPLE_NOW,
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
      },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain('Left out of the policy');
    expect(
      github.requests.map((r) => `${r.method} ${decodeURIComponent(r.path).replace('/repos/acme/tailnet', '')}`),
    ).toEqual(['POST /graphql', 'GET /pulls/1/files', 'GET /pulls/2/files']);
    // The one query named the merge commits of the two grants not expired at EXAMPLE_NOW (an
    // expired grant is not in the policy, so its approval is not looked up).
    expect(JSON.stringify(github.requests[0]!.body).match(/object\(oid: /g)).toHaveLength(2);
  });
});

describe('what apply asks Tailscale before the push', () => {
  it('validates the policy it pushes: again, when a grant is left out after the early validation', async () => {
    // The approved example, and one more grant committed straight to main (no pull request).
    const repo = await approvedExampleRepo();
    const text = readFileSync(join(repo.dir, 'grants/alice-prod-db-inc-4211.yaml'), 'utf8');
    writeFileSync(join(repo.dir, 'grants/alice-prod-db-again.yaml'), text.replace(/INC-4211/g, 'INC-4299'));
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'unreviewed grant');
    const tailscale = await startTailscaleEmulator();
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      inputs: {
        ...repo.inputs,
        mode: 'apply',
        now: EXAMPLE_NOW,
        'api-url': tailscale.url,
        'api-key': EMULATOR_API_KEY,
      },
      env: repo.env,
    });
    expect(run.stdout).toContain('grants/alice-prod-db-again.yaml');
    const validations = tailscale.requestsTo('POST', '/acl/validate');
    const pushes = tailscale.requestsTo('POST', '/acl');
    expect(validations).toHaveLength(2);
    expect(pushes).toHaveLength(1);
    // The last policy validated is the one pushed (the push is HuJSON: compare as data).
    const pushed = parse(pushes[0]!.body) as unknown;
    expect(JSON.parse(validations[1]!.body)).toEqual(pushed);
    expect(JSON.parse(validations[0]!.body)).not.toEqual(pushed);
    await Promise.all([tailscale.close(), repo.github.close()]);
  });
});
