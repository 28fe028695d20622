/**
 * The approval facts in one GraphQL query (src/github/approval-facts.ts) against the GitHub
 * emulator's GraphQL endpoint, over real HTTP, with the repository in a real Git repository:
 * the query gives the same facts as the REST calls it replaces; the emulator refuses what it
 * does not implement as GitHub refuses an unknown field; and when GraphQL fails the client says
 * so with `undefined` (the caller reads REST), without resending the POST.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPROVAL_FACTS_BATCH, createGitHubClient, type GitHubClient } from '../src/github/github-client.js';
import { graphqlUrl } from '../src/github/api-request.js';
import { approvalFactsQuery, FACTS_FIRST } from '../src/github/approval-facts.js';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github.js';
import { gitTest } from './helpers.js';

const OWNER = 'acme';
const REPO = 'policy';

let dir: string;
let github: GitHubEmulator;
let client: GitHubClient;

function git(...args: string[]): string {
  return gitTest(dir, args, { name: 'Alice', email: 'alice@example.com' });
}

function commitOn(branch: string, files: Record<string, string>, from = 'main'): string {
  if (git('for-each-ref', 'refs/heads') !== '') {
    const exists = git('for-each-ref', `refs/heads/${branch}`) !== '';
    git('checkout', '-q', '-f', ...(exists ? [branch] : ['-b', branch, from]));
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
    git('add', path);
  }
  git('commit', '-q', '-m', `change ${branch}`);
  return git('rev-parse', 'HEAD');
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tailpolicy-graphql-'));
  git('init', '-q', '-b', 'main');
  commitOn('main', { 'policy/policy.hujson': '{ "acls": [] }\n' });
  github = await startGitHubEmulator({ owner: OWNER, repo: REPO, gitDir: dir });
  client = createGitHubClient({
    token: github.token,
    apiUrl: github.url,
    owner: OWNER,
    repo: REPO,
    retry: { minDelayMs: 1, timeoutMs: 10_000 },
  });
});

afterEach(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A merged PR (merge commit), one squashed, one still open; reviews by people and a bot; labels. */
function history() {
  commitOn('alice', { 'grants/alice.yaml': 'resource: prod-db\n' });
  const merged = github.createPull({ head: 'alice', author: 'alice-acme', body: 'Needs prod' });
  github.addReview(merged.number, { user: 'sam-sre', state: 'COMMENTED' });
  github.addReview(merged.number, { user: 'sam-sre', state: 'APPROVED' });
  const dismissed = github.addReview(merged.number, { user: 'ines-infra', state: 'APPROVED' });
  github.dismissReview(merged.number, dismissed.id);
  github.addReview(merged.number, { user: 'renovate[bot]', state: 'APPROVED' });
  github.pulls.get(merged.number)!.labels.push('break-glass', 'prod');
  const mergeSha = github.mergePull(merged.number);

  commitOn('bob', { 'grants/bob.yaml': 'resource: staging\n' });
  const squashed = github.createPull({ head: 'bob', author: 'dependabot[bot]', body: null });
  github.addReview(squashed.number, { user: 'sam-sre', state: 'APPROVED' });
  const squashSha = github.mergePull(squashed.number, { method: 'squash', by: 'sam-sre' });

  const openSha = commitOn('carol', { 'grants/carol.yaml': 'resource: staging\n' });
  const open = github.createPull({ head: 'carol', author: 'carol-acme', draft: true });
  github.addReview(open.number, { user: 'sam-sre', state: 'CHANGES_REQUESTED' });
  return { mergeSha, squashSha, openSha, numbers: [merged.number, squashed.number, open.number] };
}

describe('approval facts over GraphQL', () => {
  it('are the facts the REST calls give, for many commits in one request', async () => {
    const { mergeSha, squashSha, openSha, numbers } = history();
    const before = github.requests.length;
    const facts = await client.approvalFacts([mergeSha, squashSha, openSha]);
    expect(github.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
    expect(facts?.defaultBranch).toBe('main');
    // The default branch's head, as REST reads it; the client keeps it for the head check.
    const head = await client.getBranchSha('main');
    expect(facts?.defaultBranchHead).toBe(head);
    const asked = github.requests.length;
    expect(await client.getDefaultBranchHead()).toEqual({ branch: 'main', sha: head });
    expect(github.requests.length).toBe(asked);

    for (const sha of [mergeSha, squashSha, openSha]) {
      expect(facts?.pullsOf.get(sha)).toEqual(await client.listPullsForCommit(sha));
    }
    for (const n of numbers) expect(facts?.reviewsOf.get(n)).toEqual(await client.listReviews(n));
    // What the comparison covers: authors and reviewers as REST names them, bots included.
    const squashed = facts?.pullsOf.get(squashSha)?.[0];
    expect(squashed).toMatchObject({ author: 'dependabot[bot]', body: null, merged: true, mergeCommitSha: squashSha });
    expect(facts?.reviewsOf.get(numbers[0]!)?.map((r) => [r.user, r.state])).toEqual([
      ['sam-sre', 'COMMENTED'],
      ['sam-sre', 'APPROVED'],
      ['ines-infra', 'DISMISSED'],
      ['renovate[bot]', 'APPROVED'],
    ]);
    expect(facts?.pullsOf.get(mergeSha)?.[0]?.labels).toEqual(['break-glass', 'prod']);
  });

  it('seeds the default branch, so the head check before the push does not ask for it again', async () => {
    const { mergeSha } = history();
    await client.approvalFacts([mergeSha]);
    const before = github.requests.length;
    expect(await client.getDefaultBranch()).toBe('main');
    expect(github.requests.length).toBe(before);
  });

  it('leaves out what one query cannot answer whole, for REST to read', async () => {
    const { mergeSha, numbers } = history();
    for (let i = 0; i < FACTS_FIRST.reviews; i++)
      github.pulls.get(numbers[0]!)!.reviews.push({ ...github.pulls.get(numbers[0]!)!.reviews[0]!, id: 90_000 + i });
    const facts = await client.approvalFacts([mergeSha]);
    expect(facts?.pullsOf.get(mergeSha)?.map((p) => p.number)).toEqual([numbers[0]]);
    expect(facts?.reviewsOf.has(numbers[0]!)).toBe(false);
  });

  it('asks in batches of 50 commits, and leaves out a commit GitHub does not have', async () => {
    const { mergeSha } = history();
    const unknown = Array.from({ length: APPROVAL_FACTS_BATCH }, (_, i) => i.toString(16).padStart(40, 'f'));
    const before = github.requests.length;
    const facts = await client.approvalFacts([...unknown, mergeSha]);
    expect(github.requests.slice(before).map((r) => r.path)).toEqual(['/graphql', '/graphql']);
    expect([...(facts?.pullsOf.keys() ?? [])]).toEqual([mergeSha]);
  });

  it('is undefined when GraphQL fails (a 5xx is not resent; GHES without GraphQL answers 404)', async () => {
    const { mergeSha } = history();
    for (const status of [502, 404, 401]) {
      github.faults.failNext = { count: 1, status, pathPrefix: '/graphql' };
      const before = github.requests.length;
      expect(await client.approvalFacts([mergeSha])).toBeUndefined();
      expect(github.requests.slice(before).map((r) => [r.path, r.status])).toEqual([['/graphql', status]]);
    }
    // A GraphQL error in a 200 answer (here: the emulator's wrong repository) is a failure too.
    const other = createGitHubClient({ token: github.token, apiUrl: github.url, owner: 'someone', repo: 'else' });
    expect(await other.approvalFacts([mergeSha])).toBeUndefined();
  });

  it('points at /api/graphql on GitHub Enterprise Server', () => {
    expect(graphqlUrl('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrl('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/graphql');
  });
});

describe("the emulator's GraphQL endpoint", () => {
  const ask = async (query: string) => {
    const response = await fetch(`${github.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `bearer ${github.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { owner: OWNER, name: REPO } }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };

  it('runs the query tailpolicy sends', async () => {
    const { mergeSha } = history();
    const { status, body } = await ask(approvalFactsQuery([mergeSha]));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ repository: { defaultBranchRef: { name: 'main' } } });
  });

  it('refuses a field it does not implement, and a connection without a bound, as GitHub does', async () => {
    const unknown = await ask(
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { stargazerCount } }',
    );
    expect(unknown.status).toBe(200);
    expect(unknown.body.data).toBeUndefined();
    expect(JSON.stringify(unknown.body.errors)).toContain(
      'Cannot query field \\"stargazerCount\\" on type \\"Repository\\"',
    );

    const { mergeSha } = history();
    const unbounded = await ask(
      `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { object(oid: "${mergeSha}") { ... on Commit { associatedPullRequests(first: 101) { nodes { number } } } } } }`,
    );
    expect(JSON.stringify(unbounded.body.errors)).toContain('exceeds the `first` limit of 100 records');
  });

  it('wants the token, like every endpoint', async () => {
    const response = await fetch(`${github.url}/graphql`, { method: 'POST', body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(401);
  });
});
