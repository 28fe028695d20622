/**
 * The GitHub client the modes use: pull requests and their reviews and files, the sticky PR
 * comment, the Git history of grant files, and verified commits through the Git Data API.
 *
 * Built from explicit options (never from the Actions context at import time) on
 * `@actions/github`'s Octokit. Every list call paginates; every request has a timeout and
 * bounded retries (retry.ts); every failure is a GitHubApiError naming the call, never the
 * token. With `dryRun`, reads go out but writes are only recorded (`plannedWrites()`).
 */
import type { getOctokit } from '@actions/github';
import { apiRequester, graphqlUrl, listAll } from './api-request.js';
import { GitHubApiError, toGitHubApiError } from './github-errors.js';
import { approvalFactsQuery, readApprovalFacts, type ApprovalFacts } from './approval-facts.js';
import { withRetries, type Deadline, type RetryOptions } from './retry.js';

export type { ApprovalFacts } from './approval-facts.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** The REST API base: `https://api.github.com`, or GITHUB_API_URL on GHES. */
  apiUrl: string;
  owner: string;
  repo: string;
  /** A fetch implementation; by default `@actions/github`'s (proxy-aware) one. */
  fetch?: typeof globalThis.fetch;
  /** Record writes instead of sending them; reads still happen. */
  dryRun?: boolean;
  retry?: RetryOptions;
}

export interface PullRequest {
  number: number;
  htmlUrl: string;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  /** The author's login (null for a deleted account). */
  author: string | null;
  draft: boolean;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  createdAt: string;
  /** The pull request's label names. */
  labels: string[];
}

export type PullFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullFile {
  filename: string;
  status: PullFileStatus;
  /** The old path of a renamed (or copied) file. */
  previousFilename?: string;
  /** The file's blob SHA at the PR's head (absent for a removed file). */
  sha?: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface Review {
  id: number;
  /** The reviewer's login (null for a deleted account). */
  user: string | null;
  state: ReviewState;
  /** The commit the review was submitted on: an approval counts only on the PR's head. */
  commitId: string | null;
  submittedAt: string | null;
}

export interface CommitInfo {
  sha: string;
  message: string;
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerDate: string;
  /** The GitHub account the author email belongs to, when GitHub knows it. */
  authorLogin: string | null;
  parents: string[];
}

export interface FileChanges {
  branch: string;
  /** The commit the new commit is made on (its only parent). */
  baseSha: string;
  message: string;
  /** Paths to delete; each must exist at baseSha. */
  deletions: string[];
  /** Paths to create or overwrite, with their UTF-8 content. */
  additions?: Record<string, string>;
}

/** A write that dry-run mode recorded instead of sending. */
export interface PlannedWrite {
  method: 'POST' | 'PATCH' | 'DELETE';
  /** The request path, e.g. `/repos/acme/policy/issues/7/comments`. */
  route: string;
  body?: Record<string, unknown>;
}

/** Stands for the SHA of an object a dry run would have created (git's null object id). */
export const DRY_RUN_SHA = '0'.repeat(40);

export interface GitHubClient {
  readonly dryRun: boolean;
  getDefaultBranch(): Promise<string>;
  getPull(number: number): Promise<PullRequest>;
  listPullFiles(number: number): Promise<PullFile[]>;
  listReviews(number: number): Promise<Review[]>;
  /** PRs associated with a commit (for a commit on the default branch: the PRs that merged it). */
  listPullsForCommit(sha: string): Promise<PullRequest[]>;
  /**
   * For many commits at once: the default branch, the pull requests associated with each commit
   * (as listPullsForCommit) and their reviews (as listReviews), in one GraphQL query per
   * APPROVAL_FACTS_BATCH commits. What a query could not answer whole (more pull requests,
   * reviews or labels than it asks for) is left out, for the REST calls to read. Undefined
   * when GraphQL does not answer (GHES without it, an error, a 5xx: a POST is not resent).
   * `sent` is called once the first query is on its way (or has been answered, or failed):
   * the caller may work while GitHub answers.
   */
  approvalFacts(shas: readonly string[], sent?: () => void): Promise<ApprovalFacts | undefined>;
  /** Commits touching `path`, newest first, from `sha` (default: the default branch). */
  listCommitsForPath(path: string, options?: { sha?: string }): Promise<CommitInfo[]>;
  /** A file's UTF-8 content at a ref, or undefined when there is no file at that path. */
  getFileAt(path: string, ref: string): Promise<string | undefined>;
  /** The commit a branch points at, or undefined when the branch does not exist. */
  getBranchSha(branch: string): Promise<string | undefined>;
  /**
   * The default branch and the commit it points at (undefined when it has none): as the approval
   * query of this run saw them when it answered them, or else read now (two REST calls).
   */
  getDefaultBranchHead(): Promise<{ branch: string; sha: string | undefined }>;
  /** Creates or updates the one comment carrying `marker`; the marker is prepended if `body` lacks it. */
  upsertStickyComment(issueNumber: number, marker: string, body: string): Promise<{ id: number; created: boolean }>;
  /** One verified commit on `branch` (created, or force-moved) with the changes; returns its SHA. */
  commitFileChanges(changes: FileChanges): Promise<string>;
  findOpenPullByHead(branch: string): Promise<PullRequest | undefined>;
  createPull(pull: {
    title: string;
    head: string;
    base: string;
    body: string;
  }): Promise<{ number: number; htmlUrl: string }>;
  updatePull(number: number, update: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void>;
  closePull(number: number): Promise<void>;
  /** Deletes a branch; one that is already gone is not an error. */
  deleteBranch(branch: string): Promise<void>;
  /** The comments of an issue or pull request, oldest first. */
  listIssueComments(
    issueNumber: number,
  ): Promise<Array<{ id: number; body: string; user: string | null; createdAt: string }>>;
  /** Issues (not pull requests), open and closed, that carry `label`. */
  listIssuesWithLabel(label: string): Promise<Issue[]>;
  /** Opens an issue with labels; returns its number. */
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<{ number: number; htmlUrl: string }>;
  createComment(issueNumber: number, body: string): Promise<void>;
  /** The login of the token's user, or undefined when the token cannot say (an Actions token answers 403). */
  getAuthenticatedUser(): Promise<string | undefined>;
  /**
   * Is `username` an active member of the organization team `org/slug`? Needs the organization
   * permission members: read; a team the token cannot see is a GitHubApiError that says so.
   */
  isTeamMember(org: string, slug: string, username: string): Promise<boolean>;
  /** Asks users (logins) and teams (slugs) to review a PR. */
  requestReviewers(number: number, who: { reviewers: string[]; teamReviewers: string[] }): Promise<void>;
  getIssue(number: number): Promise<Issue>;
  /** Closes an issue: `completed` (done) or `not_planned`. */
  closeIssue(number: number, reason: 'completed' | 'not_planned'): Promise<void>;
  /** Rewrites an issue's title and body. */
  updateIssue(number: number, update: { title: string; body: string }): Promise<void>;
  /** The writes a dry run recorded, in order. */
  plannedWrites(): PlannedWrite[];
  /**
   * From now on, every request (retries included) must end within `ms`; later ones fail at once
   * with a GitHubApiError saying `what` ran out.
   */
  limitTime(ms: number, what: string): void;
}

export interface Issue {
  number: number;
  htmlUrl: string;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  author: string | null;
  labels: string[];
  /** Set when the "issue" is a pull request. */
  isPull: boolean;
}

/** The fields of a pull request read from both `GET /pulls/{n}` and list responses. */
interface PullData {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body: string | null;
  user: { login: string } | null;
  draft?: boolean;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  merged?: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
  created_at: string;
  labels?: Array<string | { name?: string }>;
}

/** Commits per GraphQL query: 50 × (10 pull requests × (20 labels + 50 reviews)) stays far below GitHub's 500,000-node limit. */
export const APPROVAL_FACTS_BATCH = 50;

interface PullFileData {
  filename: string;
  status: PullFileStatus;
  previous_filename?: string;
  sha?: string | null;
}

interface ReviewData {
  id: number;
  user: { login: string } | null;
  state: string;
  commit_id: string | null;
  submitted_at?: string | null;
}

/** A team the token cannot read: what is missing and how to give it. */
function teamUnreadable(error: GitHubApiError, org: string, slug: string): GitHubApiError {
  return new GitHubApiError(
    error.status,
    error.method,
    error.route,
    `${error.githubMessage}. The token cannot read the team ${org}/${slug} (team:${org}/${slug} in access.yaml): ` +
      `either it does not exist, or the token lacks the organization permission "members: read". ` +
      `The workflow's GITHUB_TOKEN cannot read teams; pass a GitHub App or fine-grained token with ` +
      `Members: read on ${org} as github-token, or name the approvers in access.yaml instead.`,
  );
}

interface IssueData {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  user: { login: string } | null;
  labels: Array<string | { name?: string }>;
  pull_request?: unknown;
}

function toIssue(data: IssueData): Issue {
  return {
    number: data.number,
    htmlUrl: data.html_url,
    state: data.state === 'open' ? 'open' : 'closed',
    title: data.title,
    body: data.body ?? null,
    author: data.user?.login ?? null,
    labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    isPull: data.pull_request !== undefined && data.pull_request !== null,
  };
}

function toPullRequest(pull: PullData): PullRequest {
  return {
    number: pull.number,
    htmlUrl: pull.html_url,
    state: pull.state === 'open' ? 'open' : 'closed',
    title: pull.title,
    body: pull.body,
    author: pull.user?.login ?? null,
    draft: pull.draft ?? false,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    baseSha: pull.base.sha,
    merged: pull.merged ?? pull.merged_at !== null,
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    createdAt: pull.created_at,
    labels: (pull.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
  };
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token, owner, repo } = options;
  const dryRun = options.dryRun ?? false;
  const deadline: Deadline = {};
  // Octokit is loaded on first use: apply's reads go through the thin request below and never need it.
  let kit: Promise<Octokit> | undefined;
  const octokit = (): Promise<Octokit> =>
    (kit ??= import('@actions/github').then(({ getOctokit }) => {
      const o = getOctokit(token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        ...(options.fetch && { request: { fetch: options.fetch } }),
      });
      o.hook.wrap('request', withRetries(options.retry, deadline));
      return o;
    }));
  const request = apiRequester({
    token,
    apiUrl: options.apiUrl,
    deadline,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.retry && { retry: options.retry }),
  });
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;

  /** A read through the thin request, its failure a GitHubApiError naming `route`. */
  async function read<T>(route: string, params: Record<string, string | number>, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw toGitHubApiError(error, { method: 'GET', route: expand(route, params) }, [token]);
    }
  }
  const repoParams = { owner, repo };
  const planned: PlannedWrite[] = [];

  const expand = (route: string, params: Record<string, string | number>) =>
    route.replace(/\{(\w+)\}/g, (_, name: string) => String({ ...repoParams, ...params }[name]));

  /** Runs one API call (or paginated listing), turning any failure into a GitHubApiError. */
  async function call<T>(
    method: string,
    route: string,
    params: Record<string, string | number>,
    fn: (octokit: Octokit) => Promise<T>,
  ): Promise<T> {
    try {
      return await fn(await octokit());
    } catch (error) {
      throw toGitHubApiError(error, { method, route: expand(route, params) }, [token]);
    }
  }

  /** A read that answers undefined on 404 (a missing branch, file or ref). */
  async function readOptional<T>(
    route: string,
    params: Record<string, string | number>,
    fn: (octokit: Octokit) => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await call('GET', route, params, fn);
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** A write: sent (returning GitHub's response data), or recorded in a dry run (returning `dry`). */
  async function write<T>(
    method: PlannedWrite['method'],
    route: string,
    params: Record<string, string | number>,
    body: Record<string, unknown> | undefined,
    dry: T,
  ): Promise<T> {
    if (dryRun) {
      planned.push({ method, route: expand(route, params), ...(body && { body }) });
      return dry;
    }
    return call(method, route, params, async (octokit) => {
      const response = await octokit.request(`${method} ${route}`, { ...repoParams, ...params, ...body });
      return response.data as T;
    });
  }

  async function getBranchSha(branch: string): Promise<string | undefined> {
    const ref = `heads/${branch}`;
    try {
      const { data } = await read('/repos/{owner}/{repo}/git/ref/{ref}', { ref }, () =>
        request<{ object: { sha: string } }>('GET', `${repoPath}/git/ref/${encodeURIComponent(ref)}`),
      );
      return data.object.sha;
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  const memberships = new Map<string, Promise<boolean>>();
  async function readMembership(org: string, slug: string, username: string): Promise<boolean> {
    const route = '/orgs/{org}/teams/{team_slug}/memberships/{username}';
    const params = { org, team_slug: slug, username };
    try {
      const { data } = await call('GET', route, params, (octokit) =>
        octokit.rest.teams.getMembershipForUserInOrg(params),
      );
      return data.state === 'active';
    } catch (error) {
      if (!(error instanceof GitHubApiError) || (error.status !== 404 && error.status !== 403)) throw error;
      // GitHub answers 404 both for "not a member" and for a team the token cannot see.
      if (error.status === 404 && (await teamVisible(org, slug))) return false;
      throw teamUnreadable(error, org, slug);
    }
  }

  const visibleTeams = new Map<string, Promise<boolean>>();
  /** Can the token see team `org/slug`? false on 404; other failures are thrown as they are. */
  function teamVisible(org: string, slug: string): Promise<boolean> {
    const key = `${org}/${slug}`.toLowerCase();
    let seen = visibleTeams.get(key);
    if (!seen) {
      const params = { org, team_slug: slug };
      seen = call('GET', '/orgs/{org}/teams/{team_slug}', params, (octokit) =>
        octokit.rest.teams.getByName(params),
      ).then(
        () => true,
        (error: unknown) => {
          if (error instanceof GitHubApiError && (error.status === 404 || error.status === 403)) return false;
          throw error;
        },
      );
      visibleTeams.set(key, seen);
    }
    return seen;
  }

  async function updatePull(number: number, update: { title?: string; body?: string; state?: 'open' | 'closed' }) {
    await write('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number }, update, undefined);
  }

  let defaultBranch: Promise<string> | undefined;
  /** The default branch's head as the approval query answered it. */
  let answeredHead: { branch: string; sha: string } | undefined;

  function getDefaultBranch(): Promise<string> {
    // Asked once per run: the approval lookup and the head check before a push both need it.
    // A failed answer is not kept, so a later call asks again.
    defaultBranch ??= read('/repos/{owner}/{repo}', {}, () =>
      request<{ default_branch: string }>('GET', repoPath),
    ).then(
      ({ data }) => data.default_branch,
      (e: unknown) => {
        defaultBranch = undefined;
        throw e;
      },
    );
    return defaultBranch;
  }

  return {
    dryRun,

    getDefaultBranch,

    async getPull(number) {
      const { data } = await read('/repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number }, () =>
        request<PullData>('GET', `${repoPath}/pulls/${number}`),
      );
      return toPullRequest(data);
    },

    async listPullFiles(number) {
      const files = await read('/repos/{owner}/{repo}/pulls/{pull_number}/files', { pull_number: number }, () =>
        listAll<PullFileData>(request, `${repoPath}/pulls/${number}/files`),
      );
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename !== undefined && { previousFilename: f.previous_filename }),
        ...(f.status !== 'removed' && typeof f.sha === 'string' && f.sha && { sha: f.sha }),
      }));
    },

    async listReviews(number) {
      const reviews = await read('/repos/{owner}/{repo}/pulls/{pull_number}/reviews', { pull_number: number }, () =>
        listAll<ReviewData>(request, `${repoPath}/pulls/${number}/reviews`),
      );
      return reviews.map((r) => ({
        id: r.id,
        user: r.user?.login ?? null,
        state: r.state as ReviewState,
        commitId: r.commit_id,
        submittedAt: r.submitted_at ?? null,
      }));
    },

    async listPullsForCommit(sha) {
      const pulls = await read('/repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha }, () =>
        listAll<PullData>(request, `${repoPath}/commits/${encodeURIComponent(sha)}/pulls`),
      );
      return pulls.map(toPullRequest);
    },

    async approvalFacts(shas, sent) {
      const facts: ApprovalFacts = { pullsOf: new Map(), reviewsOf: new Map() };
      try {
        for (let i = 0; i < shas.length || i === 0; i += APPROVAL_FACTS_BATCH) {
          const batch = shas.slice(i, i + APPROVAL_FACTS_BATCH);
          const { data } = await request<unknown>(
            'POST',
            graphqlUrl(options.apiUrl),
            { query: approvalFactsQuery(batch), variables: { owner, name: repo } },
            i === 0 ? sent : undefined,
          );
          readApprovalFacts(data, batch, facts);
        }
      } catch {
        // Whatever went wrong (no GraphQL on this server, an error, a 5xx, the deadline), the
        // REST calls read the same facts, and report any failure of their own.
        return undefined;
      }
      if (facts.defaultBranch) defaultBranch ??= Promise.resolve(facts.defaultBranch);
      if (facts.defaultBranch && facts.defaultBranchHead)
        answeredHead ??= { branch: facts.defaultBranch, sha: facts.defaultBranchHead };
      return facts;
    },

    async listCommitsForPath(path, { sha } = {}) {
      const commits = await call('GET', '/repos/{owner}/{repo}/commits', {}, (octokit) =>
        octokit.paginate(octokit.rest.repos.listCommits, { ...repoParams, path, ...(sha && { sha }), per_page: 100 }),
      );
      return commits.map((c) => ({
        sha: c.sha,
        message: c.commit.message,
        authorName: c.commit.author?.name ?? '',
        authorEmail: c.commit.author?.email ?? '',
        authorDate: c.commit.author?.date ?? '',
        committerDate: c.commit.committer?.date ?? '',
        authorLogin: c.author && 'login' in c.author ? c.author.login : null,
        parents: c.parents.map((p) => p.sha),
      }));
    },

    async getFileAt(path, ref) {
      const data = await readOptional(
        '/repos/{owner}/{repo}/contents/{path}',
        { path },
        async (octokit) => (await octokit.rest.repos.getContent({ ...repoParams, path, ref })).data,
      );
      if (data === undefined || Array.isArray(data) || data.type !== 'file') return undefined;
      if (data.encoding === 'base64') return Buffer.from(data.content, 'base64').toString('utf8');
      // Files over 1 MB come without content: read the blob instead.
      const params = { file_sha: data.sha };
      const blob = await call('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', params, (octokit) =>
        octokit.rest.git.getBlob({ ...repoParams, ...params }),
      );
      return Buffer.from(blob.data.content, 'base64').toString('utf8');
    },

    getBranchSha,

    async getDefaultBranchHead() {
      if (answeredHead) return answeredHead;
      const branch = await getDefaultBranch();
      return { branch, sha: await getBranchSha(branch) };
    },

    async upsertStickyComment(issueNumber, marker, body) {
      const text = body.includes(marker) ? body : `${marker}\n${body}`;
      const params = { issue_number: issueNumber };
      const comments = await call('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', params, (octokit) =>
        octokit.paginate(octokit.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 }),
      );
      const [sticky, ...duplicates] = comments.filter((c) => c.body?.includes(marker));
      if (!sticky) {
        const created = await write(
          'POST',
          '/repos/{owner}/{repo}/issues/{issue_number}/comments',
          params,
          { body: text },
          { id: 0 },
        );
        return { id: created.id, created: true };
      }
      if (sticky.body !== text) {
        await write(
          'PATCH',
          '/repos/{owner}/{repo}/issues/comments/{comment_id}',
          { comment_id: sticky.id },
          { body: text },
          undefined,
        );
      }
      // Two runs racing can each create one; keep the oldest. Only the same author's copies go,
      // never a person's comment that happens to quote the marker.
      for (const duplicate of duplicates.filter((d) => d.user?.login === sticky.user?.login)) {
        await write(
          'DELETE',
          '/repos/{owner}/{repo}/issues/comments/{comment_id}',
          { comment_id: duplicate.id },
          undefined,
          undefined,
        );
      }
      return { id: sticky.id, created: false };
    },

    async commitFileChanges({ branch, baseSha, message, deletions, additions = {} }) {
      const params = { commit_sha: baseSha };
      const base = await call('GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}', params, (octokit) =>
        octokit.rest.git.getCommit({ ...repoParams, ...params }),
      );
      const tree = [
        ...deletions.map((path) => ({ path, mode: '100644', type: 'blob', sha: null })),
        ...Object.entries(additions).map(([path, content]) => ({ path, mode: '100644', type: 'blob', content })),
      ];
      const newTree = await write(
        'POST',
        '/repos/{owner}/{repo}/git/trees',
        {},
        { base_tree: base.data.tree.sha, tree },
        { sha: DRY_RUN_SHA },
      );
      // Made with the token through the API, so GitHub signs it and shows it as verified.
      const commit = await write(
        'POST',
        '/repos/{owner}/{repo}/git/commits',
        {},
        { message, tree: newTree.sha, parents: [baseSha] },
        { sha: DRY_RUN_SHA },
      );
      const forceUpdate = () =>
        write(
          'PATCH',
          '/repos/{owner}/{repo}/git/refs/{ref}',
          { ref: `heads/${branch}` },
          { sha: commit.sha, force: true },
          undefined,
        );
      if (await getBranchSha(branch)) {
        await forceUpdate();
        return commit.sha;
      }
      try {
        await write(
          'POST',
          '/repos/{owner}/{repo}/git/refs',
          {},
          { ref: `refs/heads/${branch}`, sha: commit.sha },
          undefined,
        );
      } catch (error) {
        // Another run created the branch since we looked: move it instead.
        if (!(error instanceof GitHubApiError && error.status === 422)) throw error;
        await forceUpdate();
      }
      return commit.sha;
    },

    async findOpenPullByHead(branch) {
      const pulls = await call('GET', '/repos/{owner}/{repo}/pulls', {}, (octokit) =>
        octokit.paginate(octokit.rest.pulls.list, {
          ...repoParams,
          state: 'open',
          head: `${owner}:${branch}`,
          per_page: 100,
        }),
      );
      return pulls[0] && toPullRequest(pulls[0]);
    },

    async createPull(pull) {
      const created = await write('POST', '/repos/{owner}/{repo}/pulls', {}, { ...pull }, { number: 0, html_url: '' });
      return { number: created.number, htmlUrl: created.html_url };
    },

    updatePull,

    async closePull(number) {
      await updatePull(number, { state: 'closed' });
    },

    async deleteBranch(branch) {
      try {
        await write('DELETE', '/repos/{owner}/{repo}/git/refs/{ref}', { ref: `heads/${branch}` }, undefined, undefined);
      } catch (error) {
        // GitHub answers 422 "Reference does not exist" (or 404) for a branch already deleted.
        if (!(error instanceof GitHubApiError && (error.status === 404 || error.status === 422))) throw error;
      }
    },

    async listIssueComments(issueNumber) {
      const params = { issue_number: issueNumber };
      const comments = await call('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', params, (octokit) =>
        octokit.paginate(octokit.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 }),
      );
      return comments.map((c) => ({
        id: c.id,
        body: c.body ?? '',
        user: c.user?.login ?? null,
        createdAt: c.created_at,
      }));
    },

    async listIssuesWithLabel(label) {
      const issues = await call('GET', '/repos/{owner}/{repo}/issues', {}, (octokit) =>
        octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repoParams,
          labels: label,
          state: 'all',
          per_page: 100,
        }),
      );
      return issues.filter((i) => !i.pull_request).map((data) => toIssue(data));
    },

    async createIssue(issue) {
      const data = await write<{ number: number; html_url: string }>(
        'POST',
        '/repos/{owner}/{repo}/issues',
        {},
        { ...issue },
        { number: 0, html_url: '' },
      );
      return { number: data.number, htmlUrl: data.html_url };
    },

    async createComment(issueNumber, body) {
      const params = { issue_number: issueNumber };
      await write('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', params, { body }, undefined);
    },

    async getAuthenticatedUser() {
      try {
        const { data } = await call('GET', '/user', {}, (octokit) => octokit.rest.users.getAuthenticated());
        return data.login;
      } catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) return undefined;
        throw error;
      }
    },

    isTeamMember(org, slug, username) {
      const key = `${org}/${slug}/${username}`.toLowerCase();
      let answer = memberships.get(key);
      if (!answer) memberships.set(key, (answer = readMembership(org, slug, username)));
      return answer;
    },

    async requestReviewers(number, { reviewers, teamReviewers }) {
      if (reviewers.length === 0 && teamReviewers.length === 0) return;
      await write(
        'POST',
        '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        { pull_number: number },
        { reviewers, team_reviewers: teamReviewers },
        undefined,
      );
    },

    async getIssue(number) {
      const params = { issue_number: number };
      const { data } = await call('GET', '/repos/{owner}/{repo}/issues/{issue_number}', params, (octokit) =>
        octokit.rest.issues.get({ ...repoParams, ...params }),
      );
      return toIssue(data);
    },

    async closeIssue(number, reason) {
      await write(
        'PATCH',
        '/repos/{owner}/{repo}/issues/{issue_number}',
        { issue_number: number },
        { state: 'closed', state_reason: reason },
        undefined,
      );
    },

    async updateIssue(number, update) {
      await write('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', { issue_number: number }, update, undefined);
    },

    plannedWrites: () => [...planned],

    limitTime(ms: number, what: string) {
      deadline.at = Date.now() + ms;
      deadline.what = what;
    },
  };
}
