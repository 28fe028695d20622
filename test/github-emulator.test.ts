/**
 * The GitHub emulator's own contract, checked with plain fetch: what other tests rely on it to
 * do as GitHub does (auth, pagination headers, filters, Git Data API refusals).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github.js';
import { gitTest } from './helpers.js';

let dir: string;
let github: GitHubEmulator;
let main: string;
const repoPath = '/repos/acme/policy';

/** A bare repository with one commit on main and one on `feature`, built with plumbing. */
function git(args: string[], input?: string): string {
  return gitTest(dir, args, { name: 'T', email: 't@example.com', ...(input !== undefined ? { input } : {}) });
}

function commit(files: Record<string, string>, parent?: string): string {
  const entries = Object.entries(files).map(
    ([name, content]) => `100644 blob ${git(['hash-object', '-w', '--stdin'], content)}\t${name}\n`,
  );
  const tree = git(['mktree'], entries.join(''));
  return git(['commit-tree', tree, ...(parent ? ['-p', parent] : [])], 'message');
}

/** One request to the emulator; `T` is the shape the test expects the JSON answer to have. */
async function api<T = unknown>(method: string, path: string, body?: unknown, token = github.token) {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : undefined) as T };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tailpolicy-github-emulator-'));
  git(['init', '-q', '--bare', '-b', 'main']);
  main = commit({ 'a.yaml': 'a\n', 'b.yaml': 'b\n' });
  git(['update-ref', 'refs/heads/main', main]);
  git(['update-ref', 'refs/heads/feature', commit({ 'a.yaml': 'a\n', 'b.yaml': 'b2\n' }, main)]);
  github = await startGitHubEmulator({ owner: 'acme', repo: 'policy', gitDir: dir });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('GitHub emulator', () => {
  it('answers a missing or wrong token with 401 Bad credentials, and accepts Bearer', async () => {
    expect(await api('GET', repoPath, undefined, 'nope')).toMatchObject({
      status: 401,
      json: { message: 'Bad credentials' },
    });
    const missing = await fetch(`${github.url}${repoPath}`);
    expect(missing.status).toBe(401);
    const bearer = await fetch(`${github.url}${repoPath}`, { headers: { authorization: `Bearer ${github.token}` } });
    expect(await bearer.json()).toMatchObject({ full_name: 'acme/policy', default_branch: 'main' });
  });

  it('paginates like GitHub: per_page capped, Link with next/last and prev/first', async () => {
    github.pagination = { defaultPerPage: 2, maxPerPage: 3 };
    const { number } = github.createPull({ head: 'feature' });
    for (let i = 0; i < 7; i++) github.addComment(number, { user: 'alice', body: `c${i}` });

    const first = await api<Array<{ body: string }>>('GET', `${repoPath}/issues/${number}/comments?per_page=50`);
    expect(first.json.map((c: { body: string }) => c.body)).toEqual(['c0', 'c1', 'c2']);
    const link = first.headers.get('link')!;
    expect(link).toContain(`<${github.url}${repoPath}/issues/${number}/comments?per_page=50&page=2>; rel="next"`);
    expect(link).toContain('page=3>; rel="last"');

    const last = await api<Array<{ body: string }>>('GET', `${repoPath}/issues/${number}/comments?per_page=50&page=3`);
    expect(last.json.map((c: { body: string }) => c.body)).toEqual(['c6']);
    expect(last.headers.get('link')).toMatch(/page=2>; rel="prev".*page=1>; rel="first"/);
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('filters pulls by state, head and base, and moves head.sha with the branch', async () => {
    const open = github.createPull({ head: 'feature', author: 'alice' });
    const list = (query: string) =>
      api<Array<{ number: number }>>('GET', `${repoPath}/pulls?${query}`).then((r) =>
        r.json.map((p: { number: number }) => p.number),
      );
    expect(await list('state=open&head=acme:feature&base=main')).toEqual([open.number]);
    expect(await list('head=acme:other')).toEqual([]);
    expect(await list('head=someone-else:feature')).toEqual([]);

    const moved = commit({ 'a.yaml': 'a3\n' }, git(['rev-parse', 'feature']));
    git(['update-ref', 'refs/heads/feature', moved]);
    expect((await api('GET', `${repoPath}/pulls/${open.number}`)).json).toMatchObject({
      head: { sha: moved },
      user: { login: 'alice' },
    });

    expect((await api('PATCH', `${repoPath}/pulls/${open.number}`, { state: 'closed' })).status).toBe(200);
    expect(await list('state=open')).toEqual([]);
    expect(await list('state=closed')).toEqual([open.number]);
  });

  it('refuses what GitHub refuses on refs and trees', async () => {
    const feature = git(['rev-parse', 'feature']);
    expect((await api('GET', `${repoPath}/git/ref/heads/nope`)).status).toBe(404);
    expect(await api('POST', `${repoPath}/git/refs`, { ref: 'refs/heads/feature', sha: main })).toMatchObject({
      status: 422,
      json: { message: 'Reference already exists' },
    });
    // main -> feature is a fast-forward; feature -> main is not, unless forced.
    expect((await api('POST', `${repoPath}/git/refs`, { ref: 'refs/heads/x', sha: main })).status).toBe(201);
    expect((await api('PATCH', `${repoPath}/git/refs/heads/x`, { sha: feature })).status).toBe(200);
    expect(await api('PATCH', `${repoPath}/git/refs/heads/x`, { sha: main })).toMatchObject({
      status: 422,
      json: { message: 'Update is not a fast forward' },
    });
    expect((await api('PATCH', `${repoPath}/git/refs/heads/x`, { sha: main, force: true })).status).toBe(200);
    expect(git(['rev-parse', 'x'])).toBe(main);
    expect((await api('DELETE', `${repoPath}/git/refs/heads/x`)).status).toBe(204);
    expect((await api('DELETE', `${repoPath}/git/refs/heads/x`)).status).toBe(422);

    const baseTree = git(['rev-parse', 'main^{tree}']);
    const entry = { path: 'missing.yaml', mode: '100644', type: 'blob' };
    expect(
      (await api('POST', `${repoPath}/git/trees`, { base_tree: baseTree, tree: [{ ...entry, sha: null }] })).status,
    ).toBe(422);
    expect(
      (await api<{ message: string }>('POST', `${repoPath}/git/trees`, { base_tree: baseTree, tree: [entry] })).json
        .message,
    ).toMatch(/Must supply either tree.sha or tree.content/);
  });

  it("reads a branch as git does, loose or packed, moved or deleted behind the emulator's back", async () => {
    const head = async (branch: string) => {
      const r = await api<{ object: { sha: string } }>('GET', `${repoPath}/git/ref/heads/${branch}`);
      return r.status === 200 ? r.json.object.sha : r.status;
    };
    git(['update-ref', 'refs/heads/team/x', main]);
    expect(await head('team/x')).toBe(main);
    // Packed: no loose file; then a loose file again, which wins over the packed line.
    git(['pack-refs', '--all']);
    expect(await head('team/x')).toBe(main);
    const next = commit({ 'b.txt': 'b' }, main);
    git(['update-ref', 'refs/heads/team/x', next]);
    expect(await head('team/x')).toBe(next);
    git(['update-ref', '-d', 'refs/heads/team/x']);
    expect(await head('team/x')).toBe(404);
  });

  it('serves file contents as wrapped base64 and a commit list for a path', async () => {
    const file = await api<{ content: string }>('GET', `${repoPath}/contents/b.yaml?ref=feature`);
    expect(file.json).toMatchObject({ type: 'file', path: 'b.yaml', encoding: 'base64' });
    expect(Buffer.from(file.json.content, 'base64').toString()).toBe('b2\n');
    expect((await api('GET', `${repoPath}/contents/nope.yaml`)).status).toBe(404);

    const history = await api<Array<{ sha: string; commit: { verification: { verified: boolean } } }>>(
      'GET',
      `${repoPath}/commits?sha=feature&path=b.yaml`,
    );
    expect(history.json.map((c: { sha: string }) => c.sha)).toEqual([git(['rev-parse', 'feature']), main]);
    expect(history.json[0]!.commit.verification.verified).toBe(false);
  });

  it("knows issues, labels, review requests and the token's user as GitHub does", async () => {
    // An Actions token is an app installation: GET /user is refused.
    expect((await api('GET', '/user')).status).toBe(403);
    const issue = github.createIssue({ title: 'Access request', body: '### Resource\n\nprod-db', author: 'alice' });
    const pull = github.createPull({ head: 'feature', author: 'bob' });
    expect(pull.number).toBe(issue.number + 1);
    const got = await api<{ pull_request?: unknown }>('GET', `${repoPath}/issues/${issue.number}`);
    expect(got.json).toMatchObject({ number: issue.number, state: 'open', user: { login: 'alice' }, labels: [] });
    expect(got.json.pull_request).toBeUndefined();
    expect(
      (await api<{ pull_request?: unknown }>('GET', `${repoPath}/issues/${pull.number}`)).json.pull_request,
    ).toMatchObject({
      merged_at: null,
    });
    expect(
      (await api('POST', `${repoPath}/issues/${issue.number}/labels`, { labels: ['access-request'] })).status,
    ).toBe(200);
    expect(
      (await api<{ html_url: string }>('POST', `${repoPath}/issues/${issue.number}/comments`, { body: 'hi' })).json
        .html_url,
    ).toContain(`/issues/${issue.number}#issuecomment-`);
    const closed = await api('PATCH', `${repoPath}/issues/${issue.number}`, {
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(closed.json).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      labels: [{ name: 'access-request' }],
    });
    expect(github.issueEvent('edited', issue.number)).toMatchObject({
      action: 'edited',
      issue: { number: issue.number, body: '### Resource\n\nprod-db' },
      sender: { login: 'alice' },
    });

    const asAuthor = await api('POST', `${repoPath}/pulls/${pull.number}/requested_reviewers`, { reviewers: ['bob'] });
    expect(asAuthor.status).toBe(422);
    const asked = await api<{ requested_reviewers: unknown; requested_teams: unknown }>(
      'POST',
      `${repoPath}/pulls/${pull.number}/requested_reviewers`,
      {
        reviewers: ['sam'],
        team_reviewers: ['sre'],
      },
    );
    expect(asked.json.requested_reviewers).toEqual([expect.objectContaining({ login: 'sam' })]);
    expect(asked.json.requested_teams).toEqual([expect.objectContaining({ slug: 'sre' })]);
    github.addReview(pull.number, { user: 'sam', state: 'APPROVED' });
    expect(github.pulls.get(pull.number)!.requestedReviewers).toEqual([]);
  });
});
