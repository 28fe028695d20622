/**
 * Access requests end to end (SPEC 2.8) against the GitHub emulator, whose Git data is a real
 * repository made here: `tailpolicy request` and `tailpolicy extend` in process (the command
 * line), and `mode: request` through dist/index.js as the Actions runner runs it, with the
 * issue-form payload as GitHub sends it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { EXAMPLE_NOW, exampleRepo, git } from './runner.js';

let github: GitHubEmulator | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function setup(botLogin = 'alice-acme') {
  const dir = exampleRepo();
  github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir, botLogin });
  return { dir, github };
}

async function run(args: string[], dir: string, gh: GitHubEmulator | undefined, extraEnv: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const env = gh
    ? { GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: 'acme/tailnet', GITHUB_API_URL: gh.url, ...extraEnv }
    : extraEnv;
  const code = await cli([...args, '--now', EXAMPLE_NOW], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd: dir,
  });
  return { code, stdout, stderr };
}

const writes = (gh: GitHubEmulator) => gh.requests.filter((r) => r.method !== 'GET');

describe('tailpolicy request', { timeout: 120_000 }, () => {
  it('opens one PR whose file passes check, with review requested from the approvers', async () => {
    const s = await setup();
    const r = await run(
      ['request', 'prod-db', '--for', '4h', '--reason', 'INC-4300: replica lag', '--ticket', 'INC-4300'],
      s.dir,
      s.github,
    );
    expect(r.code, r.stderr).toBe(0);
    const pulls = [...s.github.pulls.values()];
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(r.stdout).toContain(`https://github.com/acme/tailnet/pull/${pr.number}`);
    expect(pr.head).toBe('access/alice-acme-prod-db-2026-11-21');
    expect(pr.author).toBe('alice-acme');
    expect(pr.requestedReviewers.sort()).toEqual(['raj-sre', 'sam-sre']);
    expect(pr.title).toBe('Access: alice@example.com → prod-db for 4h');
    expect(pr.body).toContain('for 4h from merge');
    const path = 'grants/alice-acme-prod-db-2026-11-21.yaml';
    expect(git(s.dir, 'diff', '--name-status', 'main', pr.head)).toBe(`A\t${path}`);
    expect(s.github.signedCommits.has(git(s.dir, 'rev-parse', pr.head))).toBe(true);
    const text = git(s.dir, 'show', `${pr.head}:${path}`);
    expect(text).toContain('duration: 4h');
    expect(text).toContain('grantees: ["alice@example.com"]');

    // The file on the branch passes check; merged after approval, it is active for 4h from the merge.
    git(s.dir, 'checkout', '-q', pr.head);
    const check = await run(['check'], s.dir, undefined);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('grants:  2 active');
    git(s.dir, 'checkout', '-q', 'main');
    s.github.addReview(pr.number, { user: 'sam-sre', state: 'APPROVED' });
    s.github.clock = () => new Date(EXAMPLE_NOW);
    s.github.mergePull(pr.number);
    git(s.dir, 'reset', '-q', '--hard', 'main');
    const after = await run(['check', '--format', 'json'], s.dir, undefined);
    const doc = JSON.parse(after.stdout) as { grants: Array<{ path: string; state: string; expires: string }> };
    expect(doc.grants.find((g) => g.path === path)).toMatchObject({
      state: 'active',
      expires: '2026-11-22T03:00:00.000Z',
    });

    // The same request again the same day gets its own name.
    const again = await run(
      ['request', 'prod-db', '--for', '2h', '--reason', 'more', '--ticket', 'INC-4301'],
      s.dir,
      s.github,
    );
    expect(again.code, again.stderr).toBe(0);
    expect([...s.github.pulls.values()].map((p) => p.head)).toContain('access/alice-acme-prod-db-2026-11-21-2');
  });

  it('validates against the repository rules first: no PR, and says what to fix', async () => {
    const s = await setup();
    const long = await run(
      ['request', 'prod-db', '--for', '12h', '--reason', 'x', '--ticket', 'INC-1'],
      s.dir,
      s.github,
    );
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('lasts 12h from its merge, longer than the 8h allowed for "prod-db"');
    const ticket = await run(['request', 'prod-db', '--for', '1h', '--reason', 'x'], s.dir, s.github);
    expect(ticket.code).toBe(1);
    expect(ticket.stderr).toContain('requires a "ticket" matching ^INC-[0-9]+$');
    const unknown = await run(['request', 'prod-dbb', '--for', '1h', '--reason', 'x'], s.dir, s.github);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"prod-dbb" is not a resource of access.yaml; use one of prod-db, prod-cluster.');
    const noteligible = await run(
      ['request', 'prod-db', '--for', '1h', '--reason', 'x', '--ticket', 'INC-1', '--grantee', 'sec-acme'],
      s.dir,
      s.github,
    );
    expect(noteligible.code).toBe(1);
    expect(noteligible.stderr).toContain('sec@example.com is not eligible for resource "prod-db"');
    expect(s.github.pulls.size).toBe(0);
    expect(writes(s.github)).toHaveLength(0);
  });

  it('finds the requester by git config user.email when the token cannot say; --dry-run sends nothing', async () => {
    const s = await setup('github-actions[bot]');
    git(s.dir, 'config', 'user.email', 'bob@example.com');
    const r = await run(
      ['request', 'prod-db', '--for', '90m', '--reason', 'INC-7', '--ticket', 'INC-7', '--dry-run'],
      s.dir,
      s.github,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('would write grants/bob-acme-prod-db-2026-11-21.yaml:');
    expect(r.stdout).toContain('  grantees: ["bob@example.com"]');
    expect(r.stdout).toContain('would push branch access/bob-acme-prod-db-2026-11-21');
    expect(r.stdout).toContain('would request review from: raj-sre, sam-sre');
    expect(writes(s.github)).toHaveLength(0);
    git(s.dir, 'config', 'user.email', 'nobody@example.com');
    const who = await run(['request', 'prod-db', '--for', '1h', '--reason', 'x', '--ticket', 'INC-1'], s.dir, s.github);
    expect(who.code).toBe(2);
    expect(who.stderr).toContain('Cannot tell who you are');
    expect(who.stderr).toContain('--grantee');
  });
});

describe('tailpolicy extend', { timeout: 120_000 }, () => {
  it('opens a PR changing only expires, which the plan calls an extension', async () => {
    const s = await setup();
    const file = 'grants/alice-prod-db-inc-4211.yaml';
    const r = await run(['extend', file, '--by', '2h', '--reason', 'INC-4211 still open'], s.dir, s.github);
    expect(r.code, r.stderr).toBe(0);
    const pr = [...s.github.pulls.values()][0]!;
    expect(pr.head).toBe('access/extend-alice-prod-db-inc-4211-2026-11-21');
    const diff = git(s.dir, 'diff', '-U0', 'main', pr.head, '--', file)
      .split('\n')
      .filter((l) => /^[-+][^-+]/.test(l));
    expect(diff).toEqual(['-expires: 2026-11-22T02:00:00Z', '+expires: 2026-11-22T04:00:00Z']);
    expect(git(s.dir, 'diff', '--name-only', 'main', pr.head)).toBe(file);
    expect(pr.body).toContain('Extends alice&#64;example.com');
    expect(pr.body).toContain('by 2h');
    expect(pr.requestedReviewers.sort()).toEqual(['raj-sre', 'sam-sre']);
  });

  it('a merged duration grant gets the expires its window now ends at', async () => {
    const s = await setup();
    const file = 'grants/alice-4h.yaml';
    writeFileSync(
      join(s.dir, file),
      'grantees: [alice@example.com]\nresource: prod-db\nreason: r\nticket: INC-9\nduration: 4h\n',
    );
    git(s.dir, 'add', file);
    execFileSync('git', ['commit', '-q', '-m', 'merged grant'], {
      cwd: s.dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_COMMITTER_DATE: '2026-11-21T22:00:00Z',
      },
    });
    const mergedAt = git(s.dir, 'log', '-1', '--format=%cI');
    expect(new Date(mergedAt).toISOString()).toBe('2026-11-21T22:00:00.000Z');
    const r = await run(['extend', file, '--by', '1h', '--reason', 'more', '--dry-run'], s.dir, s.github);
    expect(r.code, r.stderr).toBe(0);
    const expected = new Date(new Date(mergedAt).getTime() + 5 * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
    expect(r.stdout).toContain(`  expires: ${expected}`);
    expect(r.stdout).not.toContain('duration:');
    expect(readFileSync(join(s.dir, file), 'utf8')).toContain('duration: 4h');
  });
});
