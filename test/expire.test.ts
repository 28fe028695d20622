/**
 * The cleanup PR's planning (pure), the schedule arithmetic (pure), and syncCleanupPull against
 * the GitHub emulator over real HTTP with a real Git repository: idempotent, race-safe, and
 * closed when nothing is expired.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  CLEANUP_BRANCH,
  CLEANUP_MARKER,
  expiredGrants,
  expiringSoon,
  isGitHubLogin,
  planCleanupPull,
} from '../src/cleanup/files.js';
import { longestGap, nextRun, parseCron, previousRun } from '../src/cleanup/schedule.js';
import { createGitHubClient, type GitHubClient } from '../src/github/github-client.js';
import { syncCleanupPull, type CleanupTarget } from '../src/modes/expire.js';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github.js';
import { BASE, compileFiles, gitTest, grantYaml, tempDir } from './helpers.js';

const NOW = '2026-11-21T23:00:00Z';

function grant(fields: Record<string, string>): string {
  return grantYaml({ resource: 'prod-db', reason: 'INC-1 debugging', ...fields });
}

describe('planning the cleanup PR', () => {
  const files = {
    ...BASE,
    'grants/a-expired.yaml': grant({
      grantees: '[alice@example.com]',
      expires: '2026-11-21T20:00:00Z',
      starts: '2026-11-21T18:00:00Z',
    }),
    'grants/b-group.yaml': grant({
      grantees: '[group:sre]',
      expires: '2026-11-21T22:59:59Z',
      starts: '2026-11-21T21:00:00Z',
    }),
    'grants/c-active.yaml': grant({ grantees: '[bob@example.com]', expires: '2026-11-22T04:00:00Z' }),
    'grants/d-later.yaml': grant({
      grantees: '[bob@example.com]',
      starts: '2026-11-23T01:00:00Z',
      expires: '2026-11-23T02:00:00Z',
    }),
    'grants/e-ends-now.yaml': grant({ grantees: '[alice@example.com]', starts: '2026-11-21T20:00:00Z', expires: NOW }),
  };

  it("lists every grant whose expires has passed (expires ≤ now), with the grantees' GitHub logins", () => {
    const compiled = compileFiles(files, NOW);
    const expired = expiredGrants(compiled);
    expect(expired.map((g) => g.path)).toEqual([
      'grants/a-expired.yaml',
      'grants/b-group.yaml',
      'grants/e-ends-now.yaml',
    ]);
    expect(expired[0]!.logins).toEqual(['alice']);
    // A group grantee mentions its members that have a GitHub login.
    expect(expired[1]!.logins).toEqual(['raj-sre', 'sam-sre']);
    expect(expiringSoon(compiled).map((g) => g.path)).toEqual(['grants/c-active.yaml']);
  });

  it('includes an expired grant that has other errors: deleting it never widens access', () => {
    const compiled = compileFiles(
      {
        ...files,
        'grants/f-unknown.yaml': grant({
          grantees: '[alice@example.com]',
          resource: 'gone',
          expires: '2026-11-01T00:00:00Z',
        }),
      },
      NOW,
    );
    expect(expiredGrants(compiled).map((g) => g.path)).toContain('grants/f-unknown.yaml');
  });

  it('escapes everything users wrote and mentions only the mapped logins', () => {
    const hostile = '<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) `code` **b** @sam-sre';
    // access.yaml's schema only takes login-shaped values; a bot's login is not mentioned.
    const access = BASE['policy/access.yaml'].replace(
      'alice@example.com: alice',
      'alice@example.com: alice\n  bob@example.com: "deploy[bot]"',
    );
    const compiled = compileFiles(
      {
        ...BASE,
        'policy/access.yaml': access,
        'grants/x.yaml': grantYaml({
          grantees: '[alice@example.com, bob@example.com, raj@example.com, carol@example.com]',
          resource: 'prod-db',
          reason: JSON.stringify(hostile),
          expires: '2026-11-21T20:00:00Z',
          starts: '2026-11-21T19:00:00Z',
        }),
      },
      NOW,
    );
    const expired = expiredGrants(compiled);
    expect(compiled.access.people.get('bob@example.com')).toBe('deploy[bot]');
    expect(expired[0]!.logins).toEqual(['alice', 'raj-sre']);
    expect(expired[0]!.unmapped).toEqual(['bob@example.com', 'carol@example.com']);
    const pull = planCleanupPull({ expired, soon: [], origins: new Map([['grants/x.yaml', 42]]) });
    expect(pull.body.startsWith(CLEANUP_MARKER)).toBe(true);
    for (const bad of ['<img', '@everyone', '](javascript', '`code`', '**b**', '@sam-sre', '[bot]'])
      expect(pull.body).not.toContain(bad);
    const mentions = [...pull.body.matchAll(/(?<![\w&#])@([A-Za-z0-9-]+)/g)].map((m) => m[1]);
    expect(mentions).toEqual(['alice', 'raj-sre']);
    expect(pull.body).toContain('| #42 |');
    expect(pull.body).toContain('alice&#64;example.com, bob&#64;example.com');
    expect(pull.body).toContain(
      'No GitHub login in access.yaml `people` for: bob&#64;example.com, carol&#64;example.com.',
    );
    expect(pull.deletions).toEqual(['grants/x.yaml']);
    expect(pull.title).toBe('tailpolicy: delete 1 expired access grant');
    expect(pull.commitMessage).toContain('- grants/x.yaml');
  });

  it('is deterministic: the same repository gives the same PR, later the same day too', () => {
    const a = planCleanupPull({
      expired: expiredGrants(compileFiles(files, NOW)),
      soon: expiringSoon(compileFiles(files, NOW)),
    });
    const later = compileFiles(files, '2026-11-21T23:09:00Z');
    const b = planCleanupPull({ expired: expiredGrants(later), soon: expiringSoon(later) });
    expect(b).toEqual(a);
    expect(a.body).toContain('Expiring within 24 hours');
  });

  it('knows GitHub login shapes', () => {
    for (const ok of ['a', 'alice-acme', 'A1', 'x'.repeat(39)]) expect(isGitHubLogin(ok)).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a--b', 'a_b', 'a b', 'x'.repeat(40), 'everyone]', 'org/team'])
      expect(isGitHubLogin(bad)).toBe(false);
  });
});

describe('schedules', () => {
  const at = (s: string) => new Date(s);

  it('reads the five cron fields and finds the runs around a time', () => {
    const every10 = parseCron('*/10 * * * *')!;
    expect(nextRun(every10, at('2026-11-22T02:00:00Z'))).toEqual(at('2026-11-22T02:00:00Z'));
    expect(nextRun(every10, at('2026-11-22T02:00:01Z'))).toEqual(at('2026-11-22T02:10:00Z'));
    expect(previousRun(every10, at('2026-11-22T02:09:59Z'))).toEqual(at('2026-11-22T02:00:00Z'));
    expect(longestGap(every10, at('2026-11-22T02:00:00Z'))).toBe(600_000);
    const weekdays = parseCron('15 8-18/2 * * 1-5')!;
    expect(nextRun(weekdays, at('2026-11-21T23:00:00Z'))).toEqual(at('2026-11-23T08:15:00Z')); // Saturday → Monday
    expect(longestGap(weekdays, at('2026-11-21T23:00:00Z'))).toBe((24 * 2 + 14) * 3_600_000); // Friday 18:15 → Monday 08:15
    expect(parseCron('0 0 1,15 * 0')!.matches(at('2026-11-22T00:00:00Z'))).toBe(true); // a Sunday: either day field
    expect(parseCron('0 0 * * 7')!.matches(at('2026-11-22T00:00:00Z'))).toBe(true);
    expect(parseCron('0 0 * NOV SUN')!.matches(at('2026-11-22T00:00:00Z'))).toBe(true);
    expect(parseCron('0 0 * * MON-FRI')!.matches(at('2026-11-22T00:00:00Z'))).toBe(false);
  });

  it('declines forms it does not read', () => {
    for (const bad of [
      '@hourly',
      '* * * *',
      '*/0 * * * *',
      '61 * * * *',
      '0 0 * XYZ *',
      '0 0 * * JAN',
      '0 0 L * *',
      '5-1 * * * *',
    ]) {
      expect(parseCron(bad)).toBeUndefined();
    }
  });
});

describe('syncCleanupPull against the GitHub emulator', () => {
  let dir: string;
  let github: GitHubEmulator;

  const git = (...args: string[]) => gitTest(dir, args, { name: 'T', email: 't@example.com' });

  function commit(files: Record<string, string | null>, message = 'change'): string {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) git('rm', '-q', path);
      else {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
        git('add', path);
      }
    }
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  }

  function client(dryRun = false): GitHubClient {
    return createGitHubClient({
      token: github.token,
      apiUrl: github.url,
      owner: 'acme',
      repo: 'policy',
      dryRun,
      retry: { minDelayMs: 1 },
    });
  }

  function target(deletions: string[], body = 'body'): CleanupTarget {
    return {
      deletions,
      title: `delete ${deletions.length}`,
      body,
      commitMessage: 'Delete expired grants\n',
      defaultBranch: 'main',
      baseSha: git('rev-parse', 'main'),
    };
  }

  // A GraphQL query is a POST that only reads.
  const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
  const cleanupPulls = () => [...github.pulls.values()].filter((p) => p.head === CLEANUP_BRANCH);
  const diff = () => git('diff', '--name-status', 'main', CLEANUP_BRANCH).split('\n').filter(Boolean);

  beforeEach(async () => {
    dir = tempDir('tailpolicy-cleanup-');
    git('init', '-q', '-b', 'main');
    commit(
      { 'policy/p.hujson': '{}\n', 'grants/a.yaml': 'a\n', 'grants/b.yaml': 'b\n', 'grants/team/c.yaml': 'c\n' },
      'initial',
    );
    github = await startGitHubEmulator({ owner: 'acme', repo: 'policy', gitDir: dir });
  });

  it('creates the PR, then leaves it alone when run again', async () => {
    const first = await syncCleanupPull(client(), target(['grants/a.yaml', 'grants/team/c.yaml']));
    expect(first).toMatchObject({ action: 'created', committed: true });
    expect(diff()).toEqual(['D\tgrants/a.yaml', 'D\tgrants/team/c.yaml']);
    expect(git('rev-parse', `${CLEANUP_BRANCH}^`)).toBe(git('rev-parse', 'main'));
    expect(github.signedCommits.has(git('rev-parse', CLEANUP_BRANCH))).toBe(true);
    const before = writes().length;
    const second = await syncCleanupPull(client(), target(['grants/a.yaml', 'grants/team/c.yaml']));
    expect(second).toMatchObject({ action: 'unchanged', committed: false, pull: first.pull });
    expect(writes()).toHaveLength(before);
  });

  it('rebases onto a moved default branch, and changes the body without a commit when only it differs', async () => {
    await syncCleanupPull(client(), target(['grants/a.yaml']));
    const tip = git('rev-parse', CLEANUP_BRANCH);
    commit({ 'policy/q.hujson': '{}\n' }, 'unrelated change on main');
    const moved = await syncCleanupPull(client(), target(['grants/a.yaml']));
    expect(moved).toMatchObject({ action: 'updated', committed: true });
    expect(git('rev-parse', `${CLEANUP_BRANCH}^`)).toBe(git('rev-parse', 'main'));
    expect(git('rev-parse', CLEANUP_BRANCH)).not.toBe(tip);
    expect(diff()).toEqual(['D\tgrants/a.yaml']);

    const tip2 = git('rev-parse', CLEANUP_BRANCH);
    const body = await syncCleanupPull(client(), target(['grants/a.yaml'], 'new body'));
    expect(body).toMatchObject({ action: 'updated', committed: false });
    expect(git('rev-parse', CLEANUP_BRANCH)).toBe(tip2);
    expect(cleanupPulls()[0]!.body).toBe('new body');
    expect(cleanupPulls()).toHaveLength(1);
  });

  it('recommits when the branch holds anything but exactly the deletions', async () => {
    await syncCleanupPull(client(), target(['grants/a.yaml']));
    // Someone pushes an extra change onto the cleanup branch.
    git('checkout', '-q', CLEANUP_BRANCH);
    commit({ 'grants/b.yaml': null }, 'also b');
    git('checkout', '-q', 'main');
    expect(diff()).toHaveLength(2);
    const fixed = await syncCleanupPull(client(), target(['grants/a.yaml']));
    expect(fixed).toMatchObject({ action: 'updated', committed: true });
    expect(diff()).toEqual(['D\tgrants/a.yaml']);
    // More expired files: a new commit with all of them.
    const more = await syncCleanupPull(client(), target(['grants/a.yaml', 'grants/b.yaml']));
    expect(more).toMatchObject({ action: 'updated', committed: true });
    expect(diff()).toEqual(['D\tgrants/a.yaml', 'D\tgrants/b.yaml']);
    expect(cleanupPulls()).toHaveLength(1);
  });

  it('two syncs at once leave one PR and one commit on the default head', async () => {
    const results = await Promise.all([
      syncCleanupPull(client(), target(['grants/a.yaml'])),
      syncCleanupPull(client(), target(['grants/a.yaml'])),
      syncCleanupPull(client(), target(['grants/a.yaml'])),
    ]);
    expect(cleanupPulls()).toHaveLength(1);
    expect(new Set(results.map((r) => r.pull?.number))).toEqual(new Set([cleanupPulls()[0]!.number]));
    expect(diff()).toEqual(['D\tgrants/a.yaml']);
    expect(git('rev-list', '--count', `main..${CLEANUP_BRANCH}`)).toBe('1');
  });

  it('closes the PR and deletes the branch when nothing is expired; then does nothing', async () => {
    const created = await syncCleanupPull(client(), target(['grants/a.yaml']));
    const closed = await syncCleanupPull(client(), target([]));
    expect(closed).toMatchObject({ action: 'closed', pull: created.pull });
    expect(github.pulls.get(created.pull!.number)!.state).toBe('closed');
    expect(git('branch', '--list', CLEANUP_BRANCH)).toBe('');
    const before = writes().length;
    expect(await syncCleanupPull(client(), target([]))).toMatchObject({ action: 'none' });
    expect(writes()).toHaveLength(before);
  });

  it('deletes a left-over branch whose PR was merged, closing nothing', async () => {
    const created = await syncCleanupPull(client(), target(['grants/a.yaml']));
    github.mergePull(created.pull!.number);
    const done = await syncCleanupPull(client(), target([]));
    expect(done.action).toBe('branch-deleted');
    expect(github.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/'))).toHaveLength(0);
    expect(git('branch', '--list', CLEANUP_BRANCH)).toBe('');
  });

  it('writes nothing in a dry run and records the exact requests', async () => {
    const gh = client(true);
    const outcome = await syncCleanupPull(gh, target(['grants/a.yaml']));
    expect(outcome).toMatchObject({ action: 'created', committed: true, pull: { number: 0 } });
    expect(writes()).toHaveLength(0);
    expect(gh.plannedWrites().map((w) => `${w.method} ${w.route}`)).toEqual([
      'POST /repos/acme/policy/git/trees',
      'POST /repos/acme/policy/git/commits',
      'POST /repos/acme/policy/git/refs',
      'POST /repos/acme/policy/pulls',
    ]);
    expect(gh.plannedWrites()[3]!.body).toMatchObject({ head: CLEANUP_BRANCH, base: 'main', title: 'delete 1' });
  });
});

describe('the scheduled workflow', () => {
  const text = readFileSync('.github/workflows/tailpolicy-expire.yml', 'utf8');
  interface Step {
    uses?: string;
    with?: Record<string, unknown>;
  }
  interface Job {
    if: string;
    environment?: unknown;
    'runs-on'?: unknown;
    steps: Step[];
  }
  const workflow = parseYaml(text) as {
    on: unknown;
    concurrency: unknown;
    permissions: unknown;
    jobs: { expire: Job };
  };

  it('runs every 10 minutes, by hand and on review-issue comments, never overlapping apply, with the least permissions', () => {
    expect(workflow.on).toEqual({
      schedule: [{ cron: '*/10 * * * *' }],
      workflow_dispatch: null,
      issue_comment: { types: ['created'] },
    });
    expect(workflow.concurrency).toEqual({ group: 'tailpolicy-tailnet', 'cancel-in-progress': false });
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    const job = workflow.jobs.expire;
    expect(job.if).toContain("vars.TAILPOLICY_LIVE == 'true'");
    const [checkout, action] = job.steps;
    expect(checkout!.uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
    expect(checkout!.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
    expect(action!.uses).toBe('./');
    expect(action!.with?.mode).toBe('expire');
    expect(action!.with?.['oauth-client-secret']).toBe('${{ secrets.TS_OAUTH_CLIENT_SECRET }}');
    for (const step of job.steps) if (step.uses !== './') expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('runs in the same environment, with the same Tailscale secrets and variables, as the apply workflow (issue #11)', () => {
    const apply = parseYaml(readFileSync('.github/workflows/tailpolicy-apply.yml', 'utf8')) as { jobs: { apply: Job } };
    const expire = workflow.jobs.expire;
    const applyJob = apply.jobs.apply;
    expect(applyJob.environment).toBe('tailnet');
    expect(expire.environment).toEqual(applyJob.environment);
    // Every secret or variable either job hands to the action, and every input that carries one.
    const references = (job: Job) => {
      const step = job.steps.find((s) => s.uses === './');
      const inputs = Object.entries(step?.with ?? {}).filter(([, v]) =>
        /\$\{\{[^}]*\b(secrets|vars)\./.test(String(v)),
      );
      return Object.fromEntries(inputs);
    };
    expect(references(expire)).toEqual(references(applyJob));
    expect(Object.keys(references(expire)).sort()).toEqual([
      'oauth-client-id',
      'oauth-client-secret',
      'pagerduty-token',
      'tailnet',
    ]);
    expect(expire['runs-on']).toBe(applyJob['runs-on']);
  });

  it('is shown word for word in docs/expire.md', () => {
    expect(readFileSync('docs/expire.md', 'utf8')).toContain('```yaml\n' + text + '```');
  });
});
