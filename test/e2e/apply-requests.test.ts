/**
 * Every request an apply sends, counted on the emulators (issue #15, "apply at the speed of the
 * push"): the built action (dist/index.js) on the approved README example, and the same run when
 * GitHub's GraphQL API fails, which must read the same facts over REST and come to the same end.
 */
import { describe, expect, it } from 'vitest';
import { EMULATOR_API_KEY, startTailscaleEmulator } from '../emulators/tailscale.js';
import { EXAMPLE_NOW, approvedExampleRepo, runAction } from './runner.js';

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
  it('asks GitHub three times: the approval facts in one GraphQL query, the PR files, the head before the push', async () => {
    const { run, github, tailscale } = await applyExample();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(github).toEqual([
      // The pull request of each grant's commit, its reviews and labels, and the default branch.
      'POST /graphql 200',
      // Which files the pull request changed, with their blob at its head (GraphQL has no blob id).
      'GET /pulls/1/files 200',
      // Never push the past: the default branch's head, read just before the push.
      'GET /git/ref/heads/main 200',
    ]);
    expect(tailscale.filter((r) => r.includes('/acl'))).toEqual([
      'POST /api/v2/tailnet/-/acl/validate',
      'GET /api/v2/tailnet/-/acl',
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
        'GET /git/ref/heads/main 200',
      ]);
      expect(tailscale).toEqual(good.tailscale);
      const { 'policy-file': _, ...outputs } = run.outputs;
      const { 'policy-file': __, ...goodOutputs } = good.run.outputs;
      expect(outputs).toEqual(goodOutputs);
    }
  });
});
