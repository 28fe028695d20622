/**
 * dist/index.js in audit mode, as the runner runs it on workflow_dispatch: the evidence files
 * in $RUNNER_TEMP/tailpolicy/audit, the summary table in the job summary, and with a
 * github-token the PRs and reviews from the loopback GitHub emulator.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { gitTest, tempDir } from '../helpers.js';
import { EXAMPLE_NOW, runAction } from './runner.js';
import { EMULATOR_API_KEY, startTailscaleEmulator } from '../emulators/tailscale.js';

let repo: string;
let github: GitHubEmulator;

/** The example policy committed directly (its grants unapproved), then one grant through an approved PR. */
async function scriptedRepo(): Promise<string> {
  const dir = tempDir('tailpolicy-audit-e2e-');
  let date = '2026-11-20T08:00:00Z';
  const git = (...args: string[]) => gitTest(dir, args, { name: 'Dev', email: 'dev@example.com', date });
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  cpSync('grants', join(dir, 'grants'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'example');

  github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  git('checkout', '-q', '-b', 'grant/ines');
  date = '2026-11-21T09:00:00Z';
  const path = join(dir, 'grants/ines-prod-db.yaml');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    'grantees: [ines@example.com]\nresource: prod-db\nreason: "INC-4300: <b>@everyone</b>"\nticket: INC-4300\nexpires: 2026-11-21T14:00:00Z\n',
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'ines prod-db');
  github.clock = () => new Date('2026-11-21T09:30:00Z');
  github.createPull({ head: 'grant/ines', author: 'ines-infra', title: 'ines: prod-db' });
  github.addReview(1, { user: 'sam-sre', state: 'APPROVED' });
  github.clock = () => new Date('2026-11-21T10:00:00Z');
  github.mergePull(1);
  git('checkout', '-q', 'main');
  return dir;
}

beforeAll(async () => {
  repo = await scriptedRepo();
});

afterAll(async () => {
  await github?.close();
});

describe('dist/index.js in audit mode', () => {
  it('offline: writes audit.csv, audit.json and audit.md and the summary table', async () => {
    const runnerTemp = tempDir('tailpolicy-runner-audit-');
    const run = await runAction({
      workspace: repo,
      eventName: 'workflow_dispatch',
      inputs: { mode: 'audit', now: EXAMPLE_NOW },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const dir = join(runnerTemp, 'tailpolicy', 'audit');
    for (const f of ['audit.csv', 'audit.json', 'audit.md']) expect(existsSync(join(dir, f)), f).toBe(true);
    const csv = readFileSync(join(dir, 'audit.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]!.startsWith('grant_id,event,path,')).toBe(true);
    // Three example grants and ines's.
    expect(csv).toHaveLength(5);
    expect(run.summary).toContain('tailpolicy audit');
    expect(run.summary).toContain('| Grants in the period | 4 (4 events');
    expect(run.summary).toContain('not looked up');
    expect(run.summary).not.toContain('<b>');
    expect(run.outputs['policy-file']).toBe('');
  });

  it('with a github-token: approvals looked up; the directly committed grants fail the run', async () => {
    const runnerTemp = tempDir('tailpolicy-runner-audit-');
    const run = await runAction({
      workspace: repo,
      eventName: 'workflow_dispatch',
      inputs: { mode: 'audit', now: EXAMPLE_NOW, 'github-token': github.token },
      env: { RUNNER_TEMP: runnerTemp, GITHUB_API_URL: github.url },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::3 grant event(s) reached the default branch without a qualifying approval');
    expect(run.summary).toContain('| Without a qualifying approval | **3** ❌ |');
    expect(run.all).not.toContain(github.token);
    const doc = JSON.parse(readFileSync(join(runnerTemp, 'tailpolicy', 'audit', 'audit.json'), 'utf8')) as {
      lookup: string;
      events: Array<Record<string, unknown>>;
    };
    expect(doc.lookup).toBe('github');
    expect(doc.events.map((e) => [e.path, e.pr_number, e.approval_status, e.qualifying_approvers])).toEqual([
      ['grants/alice-prod-db-inc-4211.yaml', null, 'unapproved (direct push)', []],
      ['grants/bob-prod-cluster-rollout.yaml', null, 'unapproved (direct push)', []],
      ['grants/bob-prod-db-inc-4188.yaml', null, 'unapproved (direct push)', []],
      ['grants/ines-prod-db.yaml', 1, 'approved', ['sam-sre']],
    ]);
    const markdown = readFileSync(join(runnerTemp, 'tailpolicy', 'audit', 'audit.md'), 'utf8');
    expect(markdown).not.toMatch(/<b>|@everyone/);
  });

  it('with Tailscale credentials: the artifact also holds the evidence pack, with the console edit', async () => {
    const tailscale = await startTailscaleEmulator();
    try {
      tailscale.clock = () => new Date('2026-11-21T11:00:00Z');
      tailscale.consoleEdit('{"grants": [{"src": ["*"], "dst": ["*"], "ip": ["*"]}]}', {
        id: 'u1',
        type: 'USER',
        loginName: 'eve@example.com',
      });
      const runnerTemp = tempDir('tailpolicy-runner-audit-');
      const run = await runAction({
        workspace: repo,
        eventName: 'workflow_dispatch',
        inputs: { mode: 'audit', now: EXAMPLE_NOW, 'api-key': EMULATOR_API_KEY, 'api-url': tailscale.url },
        env: { RUNNER_TEMP: runnerTemp },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.all).not.toContain(EMULATOR_API_KEY);
      const dir = join(runnerTemp, 'tailpolicy', 'audit');
      const html = readFileSync(join(dir, 'evidence.html'), 'utf8');
      expect(html).toContain('No out-of-band change: <span class="fail">FAIL</span>');
      expect(html).toContain('eve@example.com (USER)');
      // The edit let everyone reach prod-db, which says standing: none.
      expect(readFileSync(join(dir, 'evidence.md'), 'utf8')).toContain('## No standing access: FAIL');
      expect(tailscale.requestsTo('GET', '/logging/configuration')).toHaveLength(1);
    } finally {
      await tailscale.close();
    }
  });
});
