/**
 * The GitHub client against the loopback GitHub emulator, over real HTTP, with the
 * repository's Git data in a real Git repository made here in a temporary directory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, DRY_RUN_SHA, type GitHubClient } from '../src/github/github-client.js';
import { GitHubApiError } from '../src/github/github-errors.js';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github.js';
import { gitTest } from './helpers.js';

const OWNER = 'acme';
const REPO = 'policy';
const MARKER = '<!-- tailpolicy:plan -->';

let dir: string;
let github: GitHubEmulator;
let client: GitHubClient;

function git(...args: string[]): string {
  return gitTest(dir, args, { name: 'Alice', email: 'alice@example.com' });
}

/** Commits file changes (null deletes) on `branch`, creating it from `from` if needed. */
function commitOn(
  branch: string,
  files: Record<string, string | null>,
  message = `change ${branch}`,
  from = 'main',
): string {
  // A new repository's first commit goes on its unborn branch.
  if (git('for-each-ref', 'refs/heads') !== '') {
    const exists = git('for-each-ref', `refs/heads/${branch}`) !== '';
    git('checkout', '-q', '-f', ...(exists ? [branch] : ['-b', branch, from]));
  }
  for (const [path, content] of Object.entries(files)) {
    if (content === null) {
      git('rm', '-q', path);
    } else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
      git('add', path);
    }
  }
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}

function filesAt(rev: string): string[] {
  return git('ls-tree', '-r', '--name-only', rev).split('\n');
}

function clientFor(options: { token?: string; dryRun?: boolean; timeoutMs?: number } = {}): GitHubClient {
  return createGitHubClient({
    token: options.token ?? github.token,
    apiUrl: github.url,
    owner: OWNER,
    repo: REPO,
    dryRun: options.dryRun ?? false,
    retry: { minDelayMs: 1, timeoutMs: options.timeoutMs ?? 10_000 },
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tailpolicy-github-'));
  git('init', '-q', '-b', 'main');
  commitOn(
    'main',
    {
      'policy/policy.hujson': '{ "acls": [] }\n',
      'grants/a.yaml': 'resource: prod-db\n',
      'grants/b.yaml': 'resource: prod-db\n',
      'grants/c.yaml': 'resource: staging\n',
    },
    'initial policy',
  );
  github = await startGitHubEmulator({ owner: OWNER, repo: REPO, gitDir: dir });
  client = clientFor();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('pagination', () => {
  it('follows Link headers for files, reviews and commits', async () => {
    github.pagination = { defaultPerPage: 2, maxPerPage: 2 };
    for (let i = 1; i <= 5; i++) commitOn('five', { [`grants/new-${i}.yaml`]: `n: ${i}\n` }, `grant ${i}`);
    const pull = github.createPull({ head: 'five', author: 'alice' });
    for (let i = 1; i <= 5; i++) github.addReview(pull.number, { user: `reviewer-${i}`, state: 'COMMENTED' });

    const files = await client.listPullFiles(pull.number);
    expect(files.map((f) => f.filename).sort()).toEqual([1, 2, 3, 4, 5].map((i) => `grants/new-${i}.yaml`));
    expect(files.every((f) => f.status === 'added')).toBe(true);
    expect((await client.listReviews(pull.number)).map((r) => r.user)).toEqual(
      [1, 2, 3, 4, 5].map((i) => `reviewer-${i}`),
    );
    // The initial commit and the five grants.
    expect(await client.listCommitsForPath('grants', { sha: 'five' })).toHaveLength(6);

    const filePages = github.requests.filter((r) => r.path.endsWith(`/pulls/${pull.number}/files`));
    expect(filePages.map((r) => new URL(r.url, github.url).searchParams.get('page'))).toEqual([null, '2', '3']);
  });
});

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place even when it is on page 2', async () => {
    github.pagination = { defaultPerPage: 2, maxPerPage: 2 };
    commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const { number } = github.createPull({ head: 'grant' });
    for (const user of ['alice', 'bob', 'carol']) github.addComment(number, { user, body: `lgtm from ${user}` });

    const first = await client.upsertStickyComment(number, MARKER, 'plan v1');
    expect(first.created).toBe(true);
    github.addComment(number, { user: 'dave', body: 'one more' });

    const second = await client.upsertStickyComment(number, MARKER, 'plan v2');
    expect(second).toEqual({ id: first.id, created: false });
    const sticky = github.comments.filter((c) => c.body.includes(MARKER));
    expect(sticky).toHaveLength(1);
    expect(sticky[0]).toMatchObject({ id: first.id, user: 'github-actions[bot]', body: `${MARKER}\nplan v2` });
    // The sticky comment is the 4th of 5: the second call had to read page 2 to find it.
    expect(github.comments).toHaveLength(5);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('leaves one comment when two runs raced, and never touches a person quoting the marker', async () => {
    commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const { number } = github.createPull({ head: 'grant' });
    const kept = github.addComment(number, { body: `${MARKER}\nold plan` });
    github.addComment(number, { user: 'alice', body: `> ${MARKER}\n> quoted` });
    github.addComment(number, { body: `${MARKER}\nracing plan` });

    expect(await client.upsertStickyComment(number, MARKER, `${MARKER}\nnew plan`)).toEqual({
      id: kept.id,
      created: false,
    });
    expect(github.comments.map((c) => [c.user, c.body])).toEqual([
      ['github-actions[bot]', `${MARKER}\nnew plan`],
      ['alice', `> ${MARKER}\n> quoted`],
    ]);
  });
});

describe('commitFileChanges', () => {
  it('deletes exactly the given files in a verified commit on a new branch, then force-moves it', async () => {
    const base = git('rev-parse', 'main');
    const sha = await client.commitFileChanges({
      branch: 'tailpolicy/expired',
      baseSha: base,
      message: 'Remove expired grants',
      deletions: ['grants/a.yaml', 'grants/b.yaml'],
    });

    expect(git('rev-parse', 'tailpolicy/expired')).toBe(sha);
    expect(git('rev-parse', `${sha}^@`)).toBe(base);
    expect(git('log', '-1', '--format=%s|%an', sha)).toBe('Remove expired grants|github-actions[bot]');
    expect(filesAt(sha)).toEqual(['grants/c.yaml', 'policy/policy.hujson']);
    const response = await fetch(`${github.url}/repos/${OWNER}/${REPO}/git/commits/${sha}`, {
      headers: { authorization: `Bearer ${github.token}` },
    });
    expect(((await response.json()) as { verification: unknown }).verification).toMatchObject({
      verified: true,
      reason: 'valid',
    });

    // main moves on; the next run rebuilds the branch on the new main (not a fast-forward).
    const newBase = commitOn('main', { 'grants/d.yaml': 'resource: prod-db\n' });
    const again = await client.commitFileChanges({
      branch: 'tailpolicy/expired',
      baseSha: newBase,
      message: 'Remove expired grants',
      deletions: ['grants/c.yaml', 'grants/d.yaml'],
      additions: { 'grants/README.md': 'Grants live here.\n' },
    });
    expect(git('rev-parse', 'tailpolicy/expired')).toBe(again);
    expect(git('rev-parse', `${again}^@`)).toBe(newBase);
    expect(filesAt(again)).toEqual(['grants/README.md', 'grants/a.yaml', 'grants/b.yaml', 'policy/policy.hujson']);
    expect(git('show', `${again}:grants/README.md`)).toBe('Grants live here.');
    const refWrites = github.requests.filter((r) => r.path.includes('/git/refs') && r.method !== 'GET');
    expect(refWrites.map((r) => [r.method, r.status, r.body])).toEqual([
      ['POST', 201, { ref: 'refs/heads/tailpolicy/expired', sha }],
      ['PATCH', 200, { sha: again, force: true }],
    ]);
  });

  it('removes a directory whose last file is deleted', async () => {
    const sha = await client.commitFileChanges({
      branch: 'cleanup',
      baseSha: git('rev-parse', 'main'),
      message: 'Remove all grants',
      deletions: ['grants/a.yaml', 'grants/b.yaml', 'grants/c.yaml'],
    });
    expect(filesAt(sha)).toEqual(['policy/policy.hujson']);
  });
});

describe('pull requests', () => {
  it('lists the PRs of a commit before and after a merge or a squash', async () => {
    const grant = commitOn('grant-alice', { 'grants/alice.yaml': 'resource: prod-db\n' });
    const pull = github.createPull({ head: 'grant-alice', author: 'alice', title: 'Access for alice' });
    expect((await client.listPullsForCommit(grant)).map((p) => [p.number, p.state])).toEqual([[pull.number, 'open']]);

    const merge = github.mergePull(pull.number, { method: 'merge', by: 'bob' });
    expect(git('rev-parse', 'main')).toBe(merge);
    expect(git('rev-parse', `${merge}^2`)).toBe(grant);
    for (const sha of [merge, grant]) {
      const [merged] = await client.listPullsForCommit(sha);
      expect(merged).toMatchObject({
        number: pull.number,
        merged: true,
        mergeCommitSha: merge,
        author: 'alice',
        headSha: grant,
      });
    }
    // Files stay as they were when the PR merged.
    expect(await client.listPullFiles(pull.number)).toEqual([
      { filename: 'grants/alice.yaml', status: 'added', sha: git('rev-parse', `${grant}:grants/alice.yaml`) },
    ]);

    commitOn('grant-bob', { 'grants/bob.yaml': 'resource: prod-db\n' });
    const squashed = github.createPull({ head: 'grant-bob', author: 'bob', title: 'Access for bob' });
    const squash = github.mergePull(squashed.number, { method: 'squash' });
    expect(git('rev-list', '--parents', '-n1', squash).split(' ')).toHaveLength(2);
    expect(git('log', '-1', '--format=%s', squash)).toBe(`Access for bob (#${squashed.number})`);
    expect((await client.listPullsForCommit(squash)).map((p) => p.number)).toEqual([squashed.number]);
  });

  it('reports reviews on the commit they were made on, while head.sha follows the branch', async () => {
    const first = commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const { number } = github.createPull({ head: 'grant', author: 'alice' });
    const approval = github.addReview(number, { user: 'bob', state: 'APPROVED', submittedAt: '2026-11-21T22:00:00Z' });
    const blocked = github.addReview(number, { user: 'carol', state: 'CHANGES_REQUESTED' });
    github.dismissReview(number, blocked.id);
    const second = commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\nreason: longer\n' });

    const pull = await client.getPull(number);
    expect(pull).toMatchObject({ author: 'alice', headSha: second, headRef: 'grant', baseRef: 'main', state: 'open' });
    expect(await client.listReviews(number)).toEqual([
      { id: approval.id, user: 'bob', state: 'APPROVED', commitId: first, submittedAt: '2026-11-21T22:00:00Z' },
      expect.objectContaining({ user: 'carol', state: 'DISMISSED', commitId: first }),
    ]);
    expect(await client.listPullFiles(number)).toEqual([
      { filename: 'grants/d.yaml', status: 'added', sha: git('rev-parse', `${second}:grants/d.yaml`) },
    ]);
  });

  it('lists renamed and removed files with their previous names', async () => {
    commitOn('tidy', { 'grants/a.yaml': null, 'grants/team/b.yaml': 'resource: prod-db\n', 'grants/b.yaml': null });
    const { number } = github.createPull({ head: 'tidy' });
    expect(await client.listPullFiles(number)).toEqual([
      { filename: 'grants/a.yaml', status: 'removed' },
      {
        filename: 'grants/team/b.yaml',
        status: 'renamed',
        previousFilename: 'grants/b.yaml',
        sha: git('rev-parse', 'tidy:grants/team/b.yaml'),
      },
    ]);
  });

  it('creates, finds, updates and closes the cleanup PR, and deletes its branch once', async () => {
    const base = git('rev-parse', 'main');
    await client.commitFileChanges({
      branch: 'tailpolicy/expired',
      baseSha: base,
      message: 'Remove',
      deletions: ['grants/a.yaml'],
    });
    expect(await client.findOpenPullByHead('tailpolicy/expired')).toBeUndefined();

    const created = await client.createPull({
      title: 'Remove expired grants',
      head: 'tailpolicy/expired',
      base: 'main',
      body: 'v1',
    });
    expect(created.htmlUrl).toBe(`https://github.com/${OWNER}/${REPO}/pull/${created.number}`);
    await client.updatePull(created.number, { body: 'v2' });
    expect(await client.findOpenPullByHead('tailpolicy/expired')).toMatchObject({
      number: created.number,
      body: 'v2',
      author: 'github-actions[bot]',
      headRef: 'tailpolicy/expired',
    });
    await expect(
      client.createPull({ title: 'again', head: 'tailpolicy/expired', base: 'main', body: '' }),
    ).rejects.toThrow(/A pull request already exists for acme:tailpolicy\/expired/);

    await client.closePull(created.number);
    expect(await client.findOpenPullByHead('tailpolicy/expired')).toBeUndefined();
    await client.deleteBranch('tailpolicy/expired');
    await client.deleteBranch('tailpolicy/expired');
    expect(git('branch', '--list', 'tailpolicy/expired')).toBe('');
    expect(await client.getBranchSha('tailpolicy/expired')).toBeUndefined();
  });
});

describe('reading the repository', () => {
  it('reads the default branch, files at a ref, and the history of a path', async () => {
    const before = git('rev-parse', 'main');
    const after = commitOn('main', { 'grants/a.yaml': 'resource: staging\n' }, 'move alice to staging');
    expect(await client.getDefaultBranch()).toBe('main');
    expect(await client.getFileAt('grants/a.yaml', before)).toBe('resource: prod-db\n');
    expect(await client.getFileAt('grants/a.yaml', 'main')).toBe('resource: staging\n');
    expect(await client.getFileAt('grants/missing.yaml', 'main')).toBeUndefined();
    expect(await client.getFileAt('grants', 'main')).toBeUndefined();
    const history = await client.listCommitsForPath('grants/a.yaml');
    expect(history.map((c) => [c.sha, c.message.trim(), c.authorEmail])).toEqual([
      [after, 'move alice to staging', 'alice@example.com'],
      [before, 'initial policy', 'alice@example.com'],
    ]);
    expect(await client.listCommitsForPath('grants/c.yaml')).toHaveLength(1);
  });
});

describe('errors and retries', () => {
  it('reports a bad token as a 401 GitHubApiError that does not contain the token', async () => {
    const token = 'ghs_thisIsNotTheRightToken';
    const error = await clientFor({ token })
      .getPull(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 401, method: 'GET', route: `/repos/${OWNER}/${REPO}/pulls/1` });
    expect((error as Error).message).toMatch(/Bad credentials/);
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(token);
  });

  it('retries reads after 5xx, a bounded number of times', async () => {
    commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const { number } = github.createPull({ head: 'grant' });
    github.faults.failNext = { count: 2, status: 502 };
    expect((await client.getPull(number)).number).toBe(number);
    expect(github.requests.map((r) => r.status)).toEqual([502, 502, 200]);

    github.faults.failNext = { count: 10, status: 503 };
    await expect(client.getPull(number)).rejects.toMatchObject({ status: 503, method: 'GET' });
    // The first attempt and three retries.
    expect(github.faults.failNext.count).toBe(6);
  });

  it('stops at the time limit: a hung read ends when the limit passes, and nothing starts after it', async () => {
    commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const { number } = github.createPull({ head: 'grant' });
    const limited = clientFor({ timeoutMs: 60_000 });
    limited.limitTime(300, 'the test budget');
    github.faults.failNext = { count: 100, status: 'stall' };
    const hung = await limited.getPull(number).catch((e: unknown) => e);
    expect(hung).toBeInstanceOf(GitHubApiError);
    const sent = github.requests.length;
    const after = await limited.getPull(number).catch((e: unknown) => e);
    expect(after).toBeInstanceOf(GitHubApiError);
    expect((after as Error).message).toContain('not sent: the test budget ran out');
    expect(github.requests.length).toBe(sent);
  });

  it('times out a request that gets no answer, and retries reads after timeouts and resets', async () => {
    commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const { number } = github.createPull({ head: 'grant' });
    const impatient = clientFor({ timeoutMs: 200 });
    github.faults.failNext = { count: 1, status: 'stall' };
    expect((await impatient.getPull(number)).number).toBe(number);
    github.faults.failNext = { count: 1, status: 'reset' };
    expect((await impatient.getPull(number)).number).toBe(number);
    expect(github.requests.map((r) => r.status)).toEqual([0, 200, 0, 200]);

    // A POST that timed out may have been applied: it is reported, not sent again.
    github.faults.failNext = { count: 1, status: 'stall' };
    const request = { title: 'Remove expired grants', head: 'grant', base: 'main', body: '' };
    const error = await impatient.createPull(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 0, method: 'POST', route: `/repos/${OWNER}/${REPO}/pulls` });
    expect((error as Error).message).toMatch(/timeout/);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('retries a write after 429 (not acted on), but never resends one after 5xx', async () => {
    commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const pulls = `/repos/${OWNER}/${REPO}/pulls`;
    const request = { title: 'Remove expired grants', head: 'grant', base: 'main', body: '' };

    github.faults.failNext = { count: 1, status: 500, pathPrefix: pulls };
    await expect(client.createPull(request)).rejects.toMatchObject({ status: 500, method: 'POST', route: pulls });
    github.faults.failNext = { count: 1, status: 429, retryAfter: 0, pathPrefix: pulls };
    await client.createPull(request);

    expect(github.requests.map((r) => [r.method, r.status])).toEqual([
      ['POST', 500],
      ['POST', 429],
      ['POST', 201],
    ]);
    expect(github.pulls.size).toBe(1);
  });
});

describe('dry run', () => {
  it('records writes, sends none, and still reads', async () => {
    commitOn('grant', { 'grants/d.yaml': 'resource: prod-db\n' });
    const { number } = github.createPull({ head: 'grant' });
    const dry = clientFor({ dryRun: true });
    const base = git('rev-parse', 'main');

    expect(await dry.upsertStickyComment(number, MARKER, 'plan')).toEqual({ id: 0, created: true });
    expect(
      await dry.commitFileChanges({
        branch: 'tailpolicy/expired',
        baseSha: base,
        message: 'Remove',
        deletions: ['grants/a.yaml'],
      }),
    ).toBe(DRY_RUN_SHA);
    expect(
      await dry.createPull({ title: 'Remove expired grants', head: 'tailpolicy/expired', base: 'main', body: 'b' }),
    ).toEqual({
      number: 0,
      htmlUrl: '',
    });
    await dry.closePull(number);
    await dry.deleteBranch('grant');

    const prefix = `/repos/${OWNER}/${REPO}`;
    expect(dry.plannedWrites()).toEqual([
      { method: 'POST', route: `${prefix}/issues/${number}/comments`, body: { body: `${MARKER}\nplan` } },
      {
        method: 'POST',
        route: `${prefix}/git/trees`,
        body: {
          base_tree: git('rev-parse', 'main^{tree}'),
          tree: [{ path: 'grants/a.yaml', mode: '100644', type: 'blob', sha: null }],
        },
      },
      {
        method: 'POST',
        route: `${prefix}/git/commits`,
        body: { message: 'Remove', tree: DRY_RUN_SHA, parents: [base] },
      },
      { method: 'POST', route: `${prefix}/git/refs`, body: { ref: 'refs/heads/tailpolicy/expired', sha: DRY_RUN_SHA } },
      {
        method: 'POST',
        route: `${prefix}/pulls`,
        body: { title: 'Remove expired grants', head: 'tailpolicy/expired', base: 'main', body: 'b' },
      },
      { method: 'PATCH', route: `${prefix}/pulls/${number}`, body: { state: 'closed' } },
      { method: 'DELETE', route: `${prefix}/git/refs/heads/grant` },
    ]);
    expect(github.requests.length).toBeGreaterThan(0);
    expect(github.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(github.comments).toHaveLength(0);
    expect(github.pulls.get(number)?.state).toBe('open');
    expect(git('for-each-ref', '--format=%(refname:short)', 'refs/heads')).toBe('grant\nmain');
  });
});

describe('Actions OIDC token endpoint', () => {
  it('serves core.getIDToken when the runner variables point at the emulator', async () => {
    const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = github.oidcUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = github.oidcRequestToken;
    try {
      const jwt = await core.getIDToken('api.tailscale.com/k123');
      const [, payload] = jwt.split('.');
      expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({
        aud: 'api.tailscale.com/k123',
        iss: 'https://token.actions.githubusercontent.com',
        sub: `repo:${OWNER}/${REPO}:ref:refs/heads/main`,
        exp: expect.any(Number),
      });
      expect(github.issuedIdTokens).toEqual([jwt]);
    } finally {
      for (const [name, value] of [
        ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
        ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
