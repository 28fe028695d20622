/**
 * A loopback emulator of the parts of GitHub's REST API (v3) that tailpolicy uses, plus the
 * Actions runner's OIDC token endpoint.
 *
 * The repository's Git data lives in a real Git repository on disk (`gitDir`, bare or not, made
 * by the test with the `git` CLI). Refs, commits, trees and blobs are read and written with git
 * plumbing, so after an API call a test can `git log`/`git ls-tree` and see exactly what the
 * API did. (In a non-bare repository, moving the checked-out branch through the API leaves the
 * working tree stale, as a push would; read with `git show`/`git ls-tree` or use a bare repo.)
 *
 * Endpoints, under `/repos/{owner}/{repo}`: `GET /`, `GET /branches/{b}`; `GET|POST /pulls`,
 * `GET|PATCH /pulls/{n}`, `GET /pulls/{n}/files`, `GET /pulls/{n}/reviews`;
 * `GET /commits?sha=&path=`, `GET /commits/{sha}/pulls`; `GET|POST /issues/{n}/comments`,
 * `GET|PATCH|DELETE /issues/comments/{id}`; `GET /git/ref/{ref}`, `POST /git/refs`,
 * `PATCH|DELETE /git/refs/{ref}`, `GET|POST /git/commits`, `GET|POST /git/trees`,
 * `GET|POST /git/blobs`, `GET /contents/{path}?ref=`; `POST /pulls/{n}/requested_reviewers`;
 * `GET|POST /issues` (list by `labels` and `state`; create), `GET|PATCH /issues/{n}`, `POST /issues/{n}/labels`; `GET /orgs/{org}/teams/{slug}` and
 * `GET /orgs/{org}/teams/{slug}/memberships/{username}` (`teams`, `teamAccess`); and `GET /user` (the token's user,
 * `botLogin`). `POST /graphql` answers the GraphQL subset of ./github-graphql.ts (a repository's default
 * branch; a commit's associated pull requests with their labels and reviews) from the same state.
 * Plus the runner's OIDC service at
 * `oidcUrl` (`/_actions/oidc?api-version=2.0&audience=…`, Bearer `oidcRequestToken`).
 *
 * Pull requests, issues, reviews and issue comments are in-memory state that tests script
 * directly (`createPull`, `addReview`, `dismissReview`, `addComment`, `mergePull`, `closePull`,
 * `setPullFiles`, `createIssue`, `editIssue`) or through the API. Issues and pull requests
 * share one number sequence, as on GitHub; `issueEvent` gives the `issues` webhook payload
 * (opened, edited) as GitHub sends it to a workflow, and `pullEvent` the `pull_request` one. A PR's `head.sha` follows its head branch while the PR is open; its files
 * are the diff between merge-base(base, head) and head, frozen when it merges.
 *
 * Pagination is GitHub's: `per_page` (default 30, at most 100), `page`, and a `Link` header.
 * Tests shrink `pagination` (e.g. to 2 and 2) to prove that callers follow `rel="next"`.
 * Faults: `faults.failNext = { count, status, pathPrefix?, retryAfter? }` (or a list of them, the
 * first whose path matches applies), where `status` may also be `'reset'` (the connection is
 * dropped) or `'stall'` (no answer until `close()`), for clients' retries and timeouts. Every request is logged in `requests` (without headers, so
 * the log never holds a token).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, opened } from './lifecycle.js';
import { answerGraphql, connection } from './github-graphql.js';

export interface GitHubEmulatorOptions {
  owner: string;
  repo: string;
  /** A Git repository (bare or with a working tree) holding the repository's history. */
  gitDir: string;
  defaultBranch?: string;
  /** The token clients must send; generated when omitted. */
  token?: string;
  /** The login of the token's user: authors PRs, comments and API commits made with it. */
  botLogin?: string;
}

export interface FailNext {
  /** How many matching requests fail before the emulator answers normally again. */
  count: number;
  /** An HTTP status to answer with, or `'reset'` (drop the connection) or `'stall'` (never answer). */
  status: number | 'reset' | 'stall';
  /** Only requests whose path starts with this (or one of these) fail (e.g. `/repos/o/r/pulls`, `/graphql`). */
  pathPrefix?: string | string[];
  /** Sent as `Retry-After` (seconds), e.g. with 429. */
  retryAfter?: number;
}

export interface LoggedRequest {
  method: string;
  /** Path and query as sent, e.g. `/repos/o/r/pulls?state=open&page=2`. */
  url: string;
  path: string;
  body: unknown;
  /** 0 for a request that a `'reset'` or `'stall'` fault left unanswered. */
  status: number;
}

export type PullFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';

export interface EmulatedPullFile {
  filename: string;
  status: PullFileStatus;
  previous_filename?: string;
  sha?: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface EmulatedReview {
  id: number;
  user: string;
  state: ReviewState;
  commitId: string;
  submittedAt: string;
  body: string;
}

export interface EmulatedPull {
  number: number;
  title: string;
  body: string | null;
  /** Login of the PR's author. */
  author: string;
  /** Branch names in this repository (no forks). */
  head: string;
  base: string;
  state: 'open' | 'closed';
  draft: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: string | null;
  /** The head commit last seen; follows the head branch while the PR is open. */
  headSha: string;
  /** merge-base(base, head) when the PR merged, so its files and commits stay as they were. */
  mergedFrom?: string;
  /** The base branch's tip when the PR merged: like GitHub, `base.sha` of a merged PR stays there. */
  baseShaAtMerge?: string;
  /** Files scripted by a test instead of computed from Git. */
  files?: EmulatedPullFile[];
  reviews: EmulatedReview[];
  /** Logins and team slugs whose review was requested (and not yet given). */
  requestedReviewers: string[];
  requestedTeams: string[];
  /** Label names, set through `POST /issues/{n}/labels` or by a test. */
  labels: string[];
}

export interface EmulatedIssue {
  number: number;
  title: string;
  body: string | null;
  author: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface EmulatedComment {
  id: number;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

interface ApiRequest {
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** Decoded path after `/repos/{owner}/{repo}`, with the query removed. */
  path: string;
}

interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (match: RegExpMatchArray, request: ApiRequest) => ApiResponse;

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  size?: number;
  /** Name within its tree, or the full path for recursive listings. */
  path: string;
}

interface ParsedCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
  raw: string;
}

interface GitPerson {
  name: string;
  email: string;
  date: string;
}

/** An answer with GitHub's error body. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };
/** github-actions[bot]'s real user id; other logins get ids from a counter. */
const WELL_KNOWN_IDS: Record<string, number> = { 'github-actions[bot]': 41898282 };

/** GitHub's timestamps: UTC, second precision. */
function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validationFailed(message: string): HttpError {
  return new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message }]);
}

const READS = new Set(['cat-file', 'ls-tree', 'merge-base', 'diff', 'rev-list', 'rev-parse']);
const OBJECT_ID = /^[0-9a-f]{40}(\^\{(commit|tree)\})?$/;
const RANGE = /^\^?[0-9a-f]{40}$|^[0-9a-f]{40}\.\.\.?[0-9a-f]{40}$/;
/** Options that name refs (`rev-list --all`) rather than objects. */
const REF_OPTION = /^--(all|branches|tags|remotes|glob|exclude|reflog|stdin)\b/;

/**
 * Whether git `args` read only objects named by full id (and paths after `--`): plumbing whose
 * answer no later change to the repository can alter.
 */
function immutableRead(args: readonly string[]): boolean {
  if (!READS.has(args[0]!)) return false;
  const paths = args.indexOf('--');
  return args
    .slice(1, paths === -1 ? undefined : paths)
    .every(
      (a) =>
        (a.startsWith('-') && !REF_OPTION.test(a)) ||
        OBJECT_ID.test(a) ||
        RANGE.test(a) ||
        a === 'commit' ||
        a === 'tree',
    );
}

/** Runs git plumbing in one repository, with an environment the caller's shell cannot skew. */
class Git {
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly dir: string) {
    this.env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY']) {
      delete this.env[name];
    }
  }

  /**
   * Answers of reads that name objects only by their full id: an object never changes, so
   * neither do they (tests move refs behind the emulator's back, so nothing naming a ref is kept).
   * Each git process costs 5 ms here, and a GraphQL answer ran several of them again on every
   * request: time a client under test or a benchmark spent waiting on the emulator alone.
   */
  private readonly kept = new Map<string, { status: number; stdout: Buffer; stderr: string }>();

  run(args: string[], input?: string | Buffer, env?: Record<string, string>) {
    const key = input === undefined && env === undefined && immutableRead(args) ? args.join('\0') : undefined;
    const known = key === undefined ? undefined : this.kept.get(key);
    if (known) return known;
    const result = spawnSync('git', ['-C', this.dir, ...args], {
      input,
      env: { ...this.env, ...env },
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    const answer = { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr.toString() };
    // A missing object may appear later (a failed read is not kept); `--is-ancestor` answers 1 for "no".
    if (key !== undefined && (answer.status === 0 || (answer.status === 1 && args.includes('--is-ancestor'))))
      this.kept.set(key, answer);
    return answer;
  }

  /** stdout of a command that must succeed, without its trailing newline. */
  text(args: string[], input?: string | Buffer, env?: Record<string, string>): string {
    const result = this.run(args, input, env);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout.toString().replace(/\n$/, '');
  }

  tryText(args: string[]): string | undefined {
    const result = this.run(args);
    return result.status === 0 ? result.stdout.toString().replace(/\n$/, '') : undefined;
  }

  /** The object a revision names, peeled to `kind` when given; undefined when there is none. */
  resolve(rev: string, kind?: 'commit' | 'tree'): string | undefined {
    if (rev.startsWith('-') || rev === '') return undefined;
    return this.tryText(['rev-parse', '--verify', '--quiet', kind ? `${rev}^{${kind}}` : rev]);
  }

  branchSha(branch: string): string | undefined {
    const ref = `refs/heads/${branch}`;
    const sha = this.refFile(ref);
    // The file names a commit (a branch always does): no git process. Anything else, git decides.
    if (sha && this.objectType(sha) === 'commit') return sha;
    return this.resolve(ref, 'commit');
  }

  private gitDirPath: string | undefined;

  /**
   * The object id a ref's file holds, read as git reads the files backend: the loose file, else
   * its line in packed-refs; undefined for anything else (a symbolic ref, another backend), which
   * is then git's to resolve. Resolving a branch with git cost a process (5-10 ms) per GraphQL or
   * REST answer, twice for one approval query.
   */
  private refFile(ref: string): string | undefined {
    if (!/^refs\/heads\/[\w./-]+$/.test(ref) || ref.includes('..')) return undefined;
    this.gitDirPath ??= resolvePath(this.dir, this.text(['rev-parse', '--git-common-dir']));
    try {
      const loose = readFileSync(join(this.gitDirPath, ref), 'utf8');
      return /^[0-9a-f]{40}\n?$/.test(loose) ? loose.trim() : undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
    }
    try {
      const packed = readFileSync(join(this.gitDirPath, 'packed-refs'), 'utf8');
      const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`) && /^[0-9a-f]{40} /.test(l));
      return line?.slice(0, 40);
    } catch {
      return undefined;
    }
  }

  objectType(sha: string): string | undefined {
    return this.tryText(['cat-file', '-t', sha]);
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    return this.run(['merge-base', '--is-ancestor', ancestor, descendant]).status === 0;
  }

  mergeBase(a: string, b: string): string | undefined {
    return this.tryText(['merge-base', a, b]);
  }

  lsTree(treeish: string, recursive = false): TreeEntry[] {
    const out = this.text(['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), treeish]);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(line);
        if (!match) throw new Error(`unexpected ls-tree line: ${line}`);
        const [, mode, type, sha, size, path] = match as unknown as string[];
        return { mode: mode!, type: type!, sha: sha!, path: path!, ...(size !== '-' && { size: Number(size) }) };
      });
  }

  mktree(entries: TreeEntry[]): string {
    const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.path}\0`).join('');
    return this.text(['mktree', '-z'], input);
  }

  hashObject(content: Buffer): string {
    return this.text(['hash-object', '-w', '--stdin'], content);
  }

  catFile(sha: string): Buffer {
    return this.run(['cat-file', '-p', sha]).stdout;
  }

  commit(commit: {
    tree: string;
    parents: string[];
    message: string;
    author: GitPerson;
    committer: GitPerson;
  }): string {
    const parents = commit.parents.flatMap((p) => ['-p', p]);
    // The message goes through stdin so git stores it byte for byte, as GitHub does.
    return this.text(['commit-tree', commit.tree, ...parents], commit.message, {
      GIT_AUTHOR_NAME: commit.author.name,
      GIT_AUTHOR_EMAIL: commit.author.email,
      GIT_AUTHOR_DATE: commit.author.date,
      GIT_COMMITTER_NAME: commit.committer.name,
      GIT_COMMITTER_EMAIL: commit.committer.email,
      GIT_COMMITTER_DATE: commit.committer.date,
    });
  }

  parseCommit(sha: string): ParsedCommit {
    const raw = this.text(['cat-file', 'commit', sha]) + '\n';
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const person = (line: string): GitPerson => {
      const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
      if (!match) throw new Error(`unexpected commit header: ${line}`);
      return { name: match[1]!, email: match[2]!, date: iso(new Date(Number(match[3]) * 1000)) };
    };
    const field = (name: string) =>
      headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1));
    return {
      sha,
      tree: field('tree')[0]!,
      parents: field('parent'),
      author: person(field('author')[0]!),
      committer: person(field('committer')[0]!),
      message: raw.slice(split + 2, -1),
      raw,
    };
  }

  revList(range: string[], path?: string): string[] {
    const out = this.text(['rev-list', ...range, ...(path ? ['--', path] : [])]);
    return out ? out.split('\n') : [];
  }
}

export class GitHubEmulator {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly token: string;
  readonly botLogin: string;
  /** Sent by `core.getIDToken` as `Authorization: Bearer …`; set ACTIONS_ID_TOKEN_REQUEST_TOKEN to it. */
  readonly oidcRequestToken = `oidc-request-${Math.random().toString(36).slice(2)}`;
  /** Extra or overriding claims for the OIDC tokens issued. */
  oidcClaims: Record<string, unknown> = {};
  /** Every OIDC token issued, newest last. */
  readonly issuedIdTokens: string[] = [];

  pagination = { defaultPerPage: 30, maxPerPage: 100 };
  /** One fault, or several for different paths (the first that matches a request applies). */
  faults: { failNext?: FailNext | FailNext[] } = {};
  readonly requests: LoggedRequest[] = [];
  readonly pulls = new Map<number, EmulatedPull>();
  readonly issues = new Map<number, EmulatedIssue>();
  readonly comments: EmulatedComment[] = [];
  /** Commits GitHub would show as verified: made through the API or by a merge. */
  readonly signedCommits = new Set<string>();
  /** Maps commit author emails to GitHub logins (noreply addresses are recognised anyway). */
  emailLogins: Record<string, string> = {};
  /**
   * Organization teams, `org/slug` → the logins of their active members (and `pending` ones, who
   * are not members yet), for `GET /orgs/{org}/teams/{slug}` and `…/memberships/{username}`.
   */
  readonly teams = new Map<string, { members: string[]; pending?: string[] }>();
  /**
   * What the token may do with teams: `read` (it has members: read), or the status GitHub
   * answers without that permission (403 for a fine-grained token, 404 for an Actions token).
   */
  teamAccess: 'read' | 403 | 404 = 'read';
  /** The emulator's clock, for PR, review and comment timestamps and default commit dates. */
  clock: () => Date = () => new Date();

  private readonly git: Git;
  private readonly server: Server;
  private baseUrl = '';
  private nextId = 1000;
  private nextNumber = 1;
  private readonly userIds = new Map<string, number>();
  private readonly routes: Array<[string, RegExp, Handler]>;

  constructor(options: GitHubEmulatorOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.token = options.token ?? `ghs_emulator${Math.random().toString(36).slice(2)}`;
    this.botLogin = options.botLogin ?? 'github-actions[bot]';
    this.git = new Git(options.gitDir);
    this.server = createServer((req, res) => void this.handle(req, res));
    this.routes = [
      ['GET', /^$/, () => ({ status: 200, body: this.repoJson() })],
      ['GET', /^\/branches\/(.+)$/, (m) => this.getBranch(m[1]!)],
      ['GET', /^\/pulls$/, (_, r) => this.listPulls(r)],
      ['POST', /^\/pulls$/, (_, r) => this.createPullApi(r)],
      ['GET', /^\/pulls\/(\d+)$/, (m) => ({ status: 200, body: this.pullJson(this.pull(m[1]!), true) })],
      ['PATCH', /^\/pulls\/(\d+)$/, (m, r) => this.updatePull(this.pull(m[1]!), r)],
      ['GET', /^\/pulls\/(\d+)\/files$/, (m, r) => this.paginate(r, this.pullFiles(this.pull(m[1]!)))],
      ['GET', /^\/pulls\/(\d+)\/reviews$/, (m, r) => this.listReviews(this.pull(m[1]!), r)],
      ['POST', /^\/pulls\/(\d+)\/requested_reviewers$/, (m, r) => this.requestReviewers(this.pull(m[1]!), r)],
      ['GET', /^\/issues$/, (_, r) => this.listIssues(r)],
      ['POST', /^\/issues$/, (_, r) => this.createIssueApi(r)],
      ['GET', /^\/issues\/(\d+)$/, (m) => ({ status: 200, body: this.issueJson(Number(m[1])) })],
      ['PATCH', /^\/issues\/(\d+)$/, (m, r) => this.updateIssue(Number(m[1]), r)],
      ['POST', /^\/issues\/(\d+)\/labels$/, (m, r) => this.addLabels(Number(m[1]), r)],
      ['GET', /^\/commits$/, (_, r) => this.listCommits(r)],
      ['GET', /^\/commits\/([^/]+)\/pulls$/, (m, r) => this.pullsForCommit(m[1]!, r)],
      ['GET', /^\/issues\/(\d+)\/comments$/, (m, r) => this.listComments(Number(m[1]), r)],
      ['POST', /^\/issues\/(\d+)\/comments$/, (m, r) => this.createCommentApi(Number(m[1]), r)],
      ['GET', /^\/issues\/comments\/(\d+)$/, (m) => ({ status: 200, body: this.commentJson(this.comment(m[1]!)) })],
      ['PATCH', /^\/issues\/comments\/(\d+)$/, (m, r) => this.updateComment(this.comment(m[1]!), r)],
      ['DELETE', /^\/issues\/comments\/(\d+)$/, (m) => this.deleteComment(this.comment(m[1]!))],
      ['GET', /^\/git\/ref\/(.+)$/, (m) => this.getRef(m[1]!)],
      ['POST', /^\/git\/refs$/, (_, r) => this.createRef(r)],
      ['PATCH', /^\/git\/refs\/(.+)$/, (m, r) => this.updateRef(m[1]!, r)],
      ['DELETE', /^\/git\/refs\/(.+)$/, (m) => this.deleteRef(m[1]!)],
      ['GET', /^\/git\/commits\/([^/]+)$/, (m) => this.getCommit(m[1]!)],
      ['POST', /^\/git\/commits$/, (_, r) => this.createCommit(r)],
      ['GET', /^\/git\/trees\/(.+)$/, (m, r) => this.getTree(m[1]!, r)],
      ['POST', /^\/git\/trees$/, (_, r) => this.createTree(r)],
      ['GET', /^\/git\/blobs\/([^/]+)$/, (m) => this.getBlob(m[1]!)],
      ['POST', /^\/git\/blobs$/, (_, r) => this.createBlob(r)],
      ['GET', /^\/contents(?:\/(.*))?$/, (m, r) => this.getContents(m[1] ?? '', r)],
    ];
  }

  /** The API base URL (what `GITHUB_API_URL` would be). */
  get url(): string {
    return this.baseUrl;
  }

  /** The runner's `ACTIONS_ID_TOKEN_REQUEST_URL`: already has a query, so core appends `&audience=`. */
  get oidcUrl(): string {
    return `${this.baseUrl}/_actions/oidc?api-version=2.0`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await closeServer(this, this.server);
  }

  // ---- scripting for tests ----

  /** Opens a PR as `author` (default `octocat`), as if they had pushed `head` and clicked "Create". */
  createPull(pull: {
    head: string;
    base?: string;
    title?: string;
    author?: string;
    body?: string | null;
    draft?: boolean;
  }): EmulatedPull {
    return this.openPull({
      head: pull.head,
      base: pull.base ?? this.defaultBranch,
      title: pull.title ?? pull.head,
      author: pull.author ?? 'octocat',
      body: pull.body ?? null,
      draft: pull.draft ?? false,
    });
  }

  /** Submits a review; it is on the PR's current head commit unless `commitId` says otherwise. */
  addReview(
    number: number,
    review: {
      user: string;
      state: Exclude<ReviewState, 'DISMISSED'>;
      commitId?: string;
      submittedAt?: string | Date;
      body?: string;
    },
  ): EmulatedReview {
    const pull = this.pull(number);
    const submittedAt = review.submittedAt ?? this.clock();
    const added: EmulatedReview = {
      id: this.nextId++,
      user: review.user,
      state: review.state,
      commitId: review.commitId ?? this.headSha(pull),
      submittedAt: typeof submittedAt === 'string' ? submittedAt : iso(submittedAt),
      body: review.body ?? '',
    };
    pull.reviews.push(added);
    pull.requestedReviewers = pull.requestedReviewers.filter((u) => u !== review.user);
    return added;
  }

  dismissReview(number: number, reviewId: number): void {
    const review = this.pull(number).reviews.find((r) => r.id === reviewId);
    if (!review) throw new Error(`PR #${number} has no review ${reviewId}`);
    review.state = 'DISMISSED';
  }

  /** Posts an issue comment as `user` (default: the token's user). */
  addComment(issueNumber: number, comment: { body: string; user?: string }): EmulatedComment {
    this.issueOrPull(issueNumber);
    const now = iso(this.clock());
    const added: EmulatedComment = {
      id: this.nextId++,
      issueNumber,
      user: comment.user ?? this.botLogin,
      body: comment.body,
      createdAt: now,
      updatedAt: now,
    };
    this.comments.push(added);
    return added;
  }

  /** Opens an issue as `author`, e.g. from the access-request form (its body is the form's Markdown). */
  createIssue(issue: { title: string; body: string | null; author: string; labels?: string[] }): EmulatedIssue {
    const now = iso(this.clock());
    const created: EmulatedIssue = {
      number: this.nextNumber++,
      title: issue.title,
      body: issue.body,
      author: issue.author,
      state: 'open',
      stateReason: null,
      labels: issue.labels ?? [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    this.issues.set(created.number, created);
    return created;
  }

  /** Edits an issue as its author would in the web UI. */
  editIssue(number: number, edit: { title?: string; body?: string }): EmulatedIssue {
    const issue = this.issue(number);
    if (edit.title !== undefined) issue.title = edit.title;
    if (edit.body !== undefined) issue.body = edit.body;
    issue.updatedAt = iso(this.clock());
    return issue;
  }

  /** The `issues` event payload GitHub writes to GITHUB_EVENT_PATH (opened, edited, closed, …). */
  issueEvent(action: string, number: number, changes?: Record<string, { from: string }>): Record<string, unknown> {
    const issue = this.issue(number);
    return {
      action,
      issue: this.issueJson(number),
      ...(changes && { changes }),
      repository: this.repoJson(),
      sender: this.userJson(issue.author),
    };
  }

  /** The `pull_request` event payload (e.g. `closed`, with `pull_request.merged`). */
  pullEvent(action: string, number: number, sender?: string): Record<string, unknown> {
    const pull = this.pull(number);
    return {
      action,
      number,
      pull_request: this.pullJson(pull, true),
      repository: this.repoJson(),
      sender: this.userJson(sender ?? pull.mergedBy ?? pull.author),
    };
  }

  /** Closes an open PR without merging it, as the "Close pull request" button does. */
  closePull(number: number): void {
    const pull = this.pull(number);
    this.headSha(pull);
    const now = iso(this.clock());
    Object.assign(pull, { state: 'closed', closedAt: now, updatedAt: now });
  }

  /** Overrides the files GitHub lists for a PR; `undefined` goes back to computing them. */
  setPullFiles(number: number, files: EmulatedPullFile[] | undefined): void {
    this.pull(number).files = files;
  }

  /**
   * Merges an open PR in the real repository, as the "Merge" or "Squash and merge" button
   * does: the new commit on the base branch is verified and the PR is marked merged.
   * Returns the merge commit's SHA.
   */
  mergePull(number: number, options: { method?: 'merge' | 'squash'; by?: string } = {}): string {
    const pull = this.pull(number);
    if (pull.state !== 'open') throw new Error(`PR #${number} is not open`);
    const head = this.headSha(pull);
    const base = this.git.branchSha(pull.base);
    if (!base) throw new Error(`base branch ${pull.base} does not exist`);
    const tree = this.mergedTree(base, head);
    const now = iso(this.clock());
    const merger = options.by ?? pull.author;
    const squash = options.method === 'squash';
    const sha = this.git.commit({
      tree,
      parents: squash ? [base] : [base, head],
      message: squash
        ? `${pull.title} (#${number})\n`
        : `Merge pull request #${number} from ${this.owner}/${pull.head}\n\n${pull.title}\n`,
      author: { ...this.personFor(squash ? pull.author : merger), date: now },
      committer: { ...GITHUB_COMMITTER, date: now },
    });
    this.git.text(['update-ref', `refs/heads/${pull.base}`, sha, base]);
    this.signedCommits.add(sha);
    Object.assign(pull, {
      state: 'closed',
      mergedFrom: this.git.mergeBase(base, head),
      baseShaAtMerge: base,
      mergedAt: now,
      closedAt: now,
      updatedAt: now,
      mergeCommitSha: sha,
      mergedBy: merger,
    });
    return sha;
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = req.method ?? 'GET';
    let body: unknown;
    let response: ApiResponse;
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      body = raw;
    }
    const log = (status: number) =>
      this.requests.push({ method, url: url.pathname + url.search, path: url.pathname, body, status });
    // The first fault, of one or several, that still has a count and matches this path.
    const fault = [this.faults.failNext ?? []]
      .flat()
      .find((f) => f.count > 0 && [f.pathPrefix ?? '/'].flat().some((p) => url.pathname.startsWith(p)));
    if (fault) {
      fault.count--;
      if (fault.status === 'reset' || fault.status === 'stall') {
        log(0);
        if (fault.status === 'reset') req.socket.destroy();
        return;
      }
      log(fault.status);
      res.writeHead(fault.status, {
        'content-type': 'application/json; charset=utf-8',
        ...(fault.retryAfter !== undefined && { 'retry-after': String(fault.retryAfter) }),
      });
      res.end(JSON.stringify({ message: `emulated failure ${fault.status}` }));
      return;
    }
    try {
      response = this.respond(method, url, req.headers.authorization, body);
    } catch (error) {
      // A bug in the emulator (or a failed git command) answers 500 with its message.
      const status = error instanceof HttpError ? error.status : 500;
      response = {
        status,
        body: {
          message: error instanceof Error ? error.message : String(error),
          ...(error instanceof HttpError && error.errors && { errors: error.errors }),
          documentation_url: 'https://docs.github.com/rest',
          status: String(status),
        },
      };
    }
    log(response.status);
    const headers: Record<string, string> = {
      'x-github-request-id': `EMU:${this.requests.length}`,
      ...response.headers,
    };
    if (response.body === undefined) {
      res.writeHead(response.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(response.status, headers).end(JSON.stringify(response.body));
  }

  private respond(method: string, url: URL, authorization: string | undefined, body: unknown): ApiResponse {
    if (url.pathname === '/_actions/oidc') return this.issueIdToken(url.searchParams, authorization);

    const credential = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    if (credential !== this.token) throw new HttpError(401, 'Bad credentials');
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpError(400, 'Problems parsing JSON');
    }

    // GitHub's GraphQL API: one endpoint, answering 200 with `errors` for a query it cannot run.
    if (url.pathname === '/graphql') {
      if (method !== 'POST') throw new HttpError(404, 'Not Found');
      return { status: 200, body: answerGraphql(body, this.graphqlRoot()) };
    }

    // The token's own user. (An Actions token is an app installation: GitHub answers 403.)
    if (url.pathname === '/user' && method === 'GET') {
      if (this.botLogin.endsWith('[bot]')) throw new HttpError(403, 'Resource not accessible by integration');
      return { status: 200, body: this.userJson(this.botLogin) };
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = decodeURIComponent(url.pathname);
    const team = /^\/orgs\/([^/]+)\/teams\/([^/]+)(?:\/memberships\/([^/]+))?$/.exec(path);
    if (team && method === 'GET') return this.teamApi(team[1]!, team[2]!, team[3]);
    if (path !== prefix && !path.startsWith(`${prefix}/`)) throw new HttpError(404, 'Not Found');
    const request: ApiRequest = {
      query: url.searchParams,
      body: body as Record<string, unknown>,
      path: path.slice(prefix.length),
    };
    for (const [routeMethod, pattern, handler] of this.routes) {
      const match = routeMethod === method ? pattern.exec(request.path) : null;
      if (match) return handler(match, request);
    }
    throw new HttpError(404, 'Not Found');
  }

  /** `GET /orgs/{org}/teams/{slug}` and `GET /orgs/{org}/teams/{slug}/memberships/{username}`. */
  private teamApi(org: string, slug: string, username: string | undefined): ApiResponse {
    if (this.teamAccess === 403) throw new HttpError(403, 'Resource not accessible by personal access token');
    if (this.teamAccess === 404) throw new HttpError(404, 'Not Found');
    const key = [...this.teams.keys()].find((k) => k.toLowerCase() === `${org}/${slug}`.toLowerCase());
    const team = key ? this.teams.get(key)! : undefined;
    if (!team) throw new HttpError(404, 'Not Found');
    const url = `${this.baseUrl}/orgs/${org}/teams/${slug}`;
    if (username === undefined) return { status: 200, body: { id: 77, slug, name: slug, url, privacy: 'closed' } };
    const is = (list: string[] | undefined) => list?.some((l) => l.toLowerCase() === username.toLowerCase());
    if (is(team.members)) return { status: 200, body: { url, role: 'member', state: 'active' } };
    if (is(team.pending)) return { status: 200, body: { url, role: 'member', state: 'pending' } };
    throw new HttpError(404, 'Not Found');
  }

  /** GitHub's pagination: a slice of `items` and a Link header with next/last/first/prev. */
  private paginate(request: ApiRequest, items: unknown[]): ApiResponse {
    const requested = Number(request.query.get('per_page')) || this.pagination.defaultPerPage;
    const perPage = Math.min(Math.max(requested, 1), this.pagination.maxPerPage);
    const page = Math.max(Number(request.query.get('page')) || 1, 1);
    const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number, rel: string) => {
      const query = new URLSearchParams(request.query);
      query.set('page', String(n));
      return `<${this.baseUrl}/repos/${this.owner}/${this.repo}${request.path}?${query}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      ...(links.length > 0 && { headers: { link: links.join(', ') } }),
    };
  }

  // ---- JSON shapes ----

  private userJson(login: string) {
    let id = WELL_KNOWN_IDS[login] ?? this.userIds.get(login);
    if (id === undefined) {
      id = 5000 + this.userIds.size;
      this.userIds.set(login, id);
    }
    return {
      login,
      id,
      node_id: `U_${id}`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      url: `${this.baseUrl}/users/${login}`,
      html_url: `https://github.com/${login}`,
    };
  }

  private repoJson() {
    return {
      id: 424242,
      node_id: 'R_emulated',
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: { ...this.userJson(this.owner), type: 'Organization' },
      private: true,
      visibility: 'private',
      html_url: `https://github.com/${this.owner}/${this.repo}`,
      url: `${this.baseUrl}/repos/${this.owner}/${this.repo}`,
      default_branch: this.defaultBranch,
      archived: false,
      fork: false,
    };
  }

  private get apiRepoUrl(): string {
    return `${this.baseUrl}/repos/${this.owner}/${this.repo}`;
  }

  private get htmlRepoUrl(): string {
    return `https://github.com/${this.owner}/${this.repo}`;
  }

  private pullJson(pull: EmulatedPull, detailed = false) {
    const branch = (ref: string, sha: string) => ({
      label: `${this.owner}:${ref}`,
      ref,
      sha,
      user: this.userJson(this.owner),
      repo: this.repoJson(),
    });
    return {
      url: `${this.apiRepoUrl}/pulls/${pull.number}`,
      id: 900000 + pull.number,
      node_id: `PR_${pull.number}`,
      html_url: `${this.htmlRepoUrl}/pull/${pull.number}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.userJson(pull.author),
      body: pull.body,
      labels: pull.labels.map((l) => this.labelJson(l)),
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      draft: pull.draft,
      head: branch(pull.head, this.headSha(pull)),
      base: branch(pull.base, pull.baseShaAtMerge ?? this.git.branchSha(pull.base) ?? ''),
      author_association: pull.author === this.owner ? 'OWNER' : 'CONTRIBUTOR',
      requested_reviewers: pull.requestedReviewers.map((login) => this.userJson(login)),
      requested_teams: pull.requestedTeams.map((slug, i) => ({
        id: 7000 + i,
        node_id: `T_${slug}`,
        name: slug,
        slug,
        url: `${this.baseUrl}/orgs/${this.owner}/teams/${slug}`,
        html_url: `https://github.com/orgs/${this.owner}/teams/${slug}`,
      })),
      ...(detailed && {
        merged: pull.mergedAt !== null,
        merged_by: pull.mergedBy ? this.userJson(pull.mergedBy) : null,
        mergeable: pull.state === 'open' ? true : null,
      }),
    };
  }

  private reviewJson(pull: EmulatedPull, review: EmulatedReview) {
    return {
      id: review.id,
      node_id: `PRR_${review.id}`,
      user: this.userJson(review.user),
      body: review.body,
      state: review.state,
      html_url: `${this.htmlRepoUrl}/pull/${pull.number}#pullrequestreview-${review.id}`,
      pull_request_url: `${this.apiRepoUrl}/pulls/${pull.number}`,
      submitted_at: review.submittedAt,
      commit_id: review.commitId,
      author_association: 'MEMBER',
    };
  }

  private commentJson(comment: EmulatedComment) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.apiRepoUrl}/issues/comments/${comment.id}`,
      html_url: `${this.htmlRepoUrl}/${this.pulls.has(comment.issueNumber) ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.apiRepoUrl}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: 'NONE',
    };
  }

  private verification(commit: ParsedCommit) {
    return this.signedCommits.has(commit.sha)
      ? {
          verified: true,
          reason: 'valid',
          signature: '-----BEGIN PGP SIGNATURE-----\n\nemulated\n-----END PGP SIGNATURE-----\n',
          payload: commit.raw,
          verified_at: commit.committer.date,
        }
      : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
  }

  private gitCommitJson(commit: ParsedCommit) {
    return {
      sha: commit.sha,
      node_id: `C_${commit.sha}`,
      url: `${this.apiRepoUrl}/git/commits/${commit.sha}`,
      html_url: `${this.htmlRepoUrl}/commit/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.apiRepoUrl}/git/trees/${commit.tree}` },
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${this.apiRepoUrl}/git/commits/${sha}`,
        html_url: `${this.htmlRepoUrl}/commit/${sha}`,
      })),
      verification: this.verification(commit),
    };
  }

  /** The shape of `GET /commits` items: the git commit nested, with GitHub users beside it. */
  private commitJson(commit: ParsedCommit) {
    const { sha, node_id, html_url, parents, ...git } = this.gitCommitJson(commit);
    const user = (email: string) => {
      if (email === GITHUB_COMMITTER.email) return this.userJson('web-flow');
      const login = this.emailLogins[email] ?? /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1];
      return login ? this.userJson(login) : null;
    };
    return {
      sha,
      node_id,
      url: `${this.apiRepoUrl}/commits/${sha}`,
      html_url,
      commit: { ...git, comment_count: 0 },
      author: user(commit.author.email),
      committer: user(commit.committer.email),
      parents,
    };
  }

  // ---- repository and branches ----

  private getBranch(name: string): ApiResponse {
    const sha = this.git.branchSha(name);
    if (!sha) throw new HttpError(404, 'Branch not found');
    return { status: 200, body: { name, commit: this.commitJson(this.git.parseCommit(sha)), protected: false } };
  }

  // ---- pull requests ----

  private pull(number: number | string): EmulatedPull {
    const pull = this.pulls.get(Number(number));
    if (!pull) throw new HttpError(404, 'Not Found');
    return pull;
  }

  /** The PR's head commit: the head branch's tip while open, else the last one seen. */
  private headSha(pull: EmulatedPull): string {
    const current = pull.state === 'open' ? this.git.branchSha(pull.head) : undefined;
    if (current) pull.headSha = current;
    return pull.headSha;
  }

  private openPull(pull: {
    head: string;
    base: string;
    title: string;
    author: string;
    body: string | null;
    draft: boolean;
  }): EmulatedPull {
    const headSha = this.git.branchSha(pull.head);
    const baseSha = this.git.branchSha(pull.base);
    const invalid = (field: string) =>
      new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', field, code: 'invalid' }]);
    if (!headSha) throw invalid('head');
    if (!baseSha) throw invalid('base');
    for (const other of this.pulls.values()) {
      if (other.state === 'open' && other.head === pull.head && other.base === pull.base) {
        throw validationFailed(`A pull request already exists for ${this.owner}:${pull.head}.`);
      }
    }
    if (this.git.revList([headSha, `^${baseSha}`]).length === 0) {
      throw validationFailed(`No commits between ${pull.base} and ${pull.head}`);
    }
    const now = iso(this.clock());
    const created: EmulatedPull = {
      ...pull,
      labels: [],
      number: this.nextNumber++,
      state: 'open',
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      mergedAt: null,
      mergeCommitSha: null,
      mergedBy: null,
      headSha,
      reviews: [],
      requestedReviewers: [],
      requestedTeams: [],
    };
    this.pulls.set(created.number, created);
    return created;
  }

  private listPulls(request: ApiRequest): ApiResponse {
    const state = request.query.get('state') ?? 'open';
    const head = request.query.get('head');
    const base = request.query.get('base');
    const [headOwner, headBranch] = head?.includes(':') ? head.split(/:(.*)/s) : [this.owner, head];
    const pulls = [...this.pulls.values()]
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !head || (headOwner === this.owner && p.head === headBranch))
      .filter((p) => !base || p.base === base);
    const ascending = request.query.get('direction') === 'asc';
    pulls.sort((a, b) => (ascending ? a.number - b.number : b.number - a.number));
    return this.paginate(
      request,
      pulls.map((p) => this.pullJson(p)),
    );
  }

  private createPullApi(request: ApiRequest): ApiResponse {
    const { title, head, base, body, draft } = request.body;
    if (typeof title !== 'string' || typeof head !== 'string' || typeof base !== 'string') {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'missing_field' }]);
    }
    const [headOwner, headBranch] = head.includes(':') ? head.split(/:(.*)/s) : [this.owner, head];
    if (headOwner !== this.owner) {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    }
    const pull = this.openPull({
      head: headBranch!,
      base,
      title,
      author: this.botLogin,
      body: typeof body === 'string' ? body : null,
      draft: draft === true,
    });
    return { status: 201, body: this.pullJson(pull, true) };
  }

  private updatePull(pull: EmulatedPull, request: ApiRequest): ApiResponse {
    const { title, body, state } = request.body;
    if (state !== undefined && state !== 'open' && state !== 'closed') {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'state', code: 'invalid' }]);
    }
    if (state === 'open' && (pull.mergedAt || !this.git.branchSha(pull.head))) {
      throw validationFailed('state cannot be changed. The pull request cannot be reopened.');
    }
    // Read the head before closing, so a closed PR keeps the head it had.
    this.headSha(pull);
    const now = iso(this.clock());
    if (typeof title === 'string') pull.title = title;
    if (typeof body === 'string' || body === null) pull.body = body;
    if (state !== undefined && state !== pull.state) {
      pull.state = state;
      pull.closedAt = state === 'closed' ? now : null;
    }
    pull.updatedAt = now;
    return { status: 200, body: this.pullJson(pull, true) };
  }

  private listReviews(pull: EmulatedPull, request: ApiRequest): ApiResponse {
    return this.paginate(
      request,
      pull.reviews.map((r) => this.reviewJson(pull, r)),
    );
  }

  /** The commit range a PR brings: from where it forked (or forked when merged) to its head. */
  private pullRange(pull: EmulatedPull): { from: string | undefined; to: string } {
    const to = this.headSha(pull);
    if (pull.mergedAt) return { from: pull.mergedFrom, to };
    const base = this.git.branchSha(pull.base);
    return { from: base && this.git.mergeBase(base, to), to };
  }

  /** The files of merged pull requests, by number: frozen at the merge, so computed once (a page each would redo it). */
  private readonly mergedFiles = new Map<number, { from?: string; to: string; files: EmulatedPullFile[] }>();

  private pullFiles(pull: EmulatedPull): EmulatedPullFile[] {
    if (pull.files) return pull.files;
    const { from, to } = this.pullRange(pull);
    const kept = pull.mergedAt ? this.mergedFiles.get(pull.number) : undefined;
    if (kept && kept.from === from && kept.to === to) return kept.files;
    const files = this.diffFiles(from, to);
    if (pull.mergedAt) this.mergedFiles.set(pull.number, { ...(from && { from }), to, files });
    return files;
  }

  private diffFiles(from: string | undefined, to: string): EmulatedPullFile[] {
    const tokens = this.git.text(['diff', '--name-status', '-z', '-M', from ?? EMPTY_TREE, to]).split('\0');
    const statuses: Record<string, PullFileStatus> = {
      A: 'added',
      D: 'removed',
      M: 'modified',
      R: 'renamed',
      C: 'copied',
      T: 'changed',
    };
    // One listing of the head tree instead of one `git rev-parse` per file: a PR of a thousand
    // files is listed in ten pages, each of which recomputes this.
    const blobs = new Map(this.git.lsTree(to, true).map((e) => [e.path, e.sha] as const));
    const files: EmulatedPullFile[] = [];
    for (let i = 0; i < tokens.length && tokens[i];) {
      const code = tokens[i++]!;
      const status = statuses[code[0]!] ?? 'modified';
      const previous = status === 'renamed' || status === 'copied' ? tokens[i++] : undefined;
      const filename = tokens[i++]!;
      const sha = status === 'removed' ? undefined : blobs.get(filename);
      files.push({ filename, status, ...(previous && { previous_filename: previous }), ...(sha && { sha }) });
    }
    return files;
  }

  /**
   * Like GitHub: a commit on the default branch lists the merged PRs that brought it (or whose
   * merge commit it is); a commit elsewhere also lists open PRs that contain it.
   */
  private pullsForCommit(rev: string, request: ApiRequest): ApiResponse {
    const sha = this.git.resolve(rev, 'commit');
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${rev}`);
    return this.paginate(
      request,
      this.associatedPulls(sha).map((p) => this.pullJson(p)),
    );
  }

  /** The pull requests GitHub associates with commit `sha` (REST's `/commits/{sha}/pulls`, GraphQL's `associatedPullRequests`). */
  private associatedPulls(sha: string): EmulatedPull[] {
    const defaultSha = this.git.branchSha(this.defaultBranch);
    const onDefault = defaultSha !== undefined && this.git.isAncestor(sha, defaultSha);
    const pulls = [...this.pulls.values()].filter((pull) => {
      if (pull.mergeCommitSha === sha) return true;
      if (onDefault && !pull.mergedAt) return false;
      const { from, to } = this.pullRange(pull);
      return this.git.revList(from ? [to, `^${from}`] : [to]).includes(sha);
    });
    return pulls;
  }

  // ---- GraphQL (./github-graphql.ts): the same facts as the REST shapes above ----

  private graphqlRoot() {
    const actor = (login: string | null) =>
      login === null
        ? null
        : login.endsWith('[bot]')
          ? { __typename: 'Bot', login: login.slice(0, -'[bot]'.length) }
          : { __typename: 'User', login };
    const commit = (sha: string) => ({
      __typename: 'Commit',
      oid: sha,
      associatedPullRequests: (args: { first?: number; last?: number; after?: string }) =>
        connection(
          this.associatedPulls(sha).map((p) => pull(p)),
          args,
          'associatedPullRequests',
        ),
    });
    const pull = (p: EmulatedPull) => ({
      number: p.number,
      url: `${this.htmlRepoUrl}/pull/${p.number}`,
      state: p.mergedAt ? 'MERGED' : p.state === 'open' ? 'OPEN' : 'CLOSED',
      title: p.title,
      body: p.body ?? '',
      isDraft: p.draft,
      createdAt: p.createdAt,
      author: actor(p.author),
      headRefName: p.head,
      headRefOid: () => this.headSha(p),
      baseRefName: p.base,
      baseRefOid: () => p.baseShaAtMerge ?? this.git.branchSha(p.base) ?? '',
      merged: p.mergedAt !== null,
      mergedAt: p.mergedAt,
      mergeCommit: p.mergeCommitSha ? commit(p.mergeCommitSha) : null,
      labels: (args: { first?: number; last?: number; after?: string }) =>
        connection(
          p.labels.map((name) => ({ name })),
          args,
          'labels',
        ),
      reviews: (args: { first?: number; last?: number; after?: string }) =>
        connection(
          p.reviews.map((r) => ({
            databaseId: r.id,
            state: r.state,
            submittedAt: r.submittedAt,
            author: actor(r.user),
            commit: r.commitId ? commit(r.commitId) : null,
          })),
          args,
          'reviews',
        ),
    });
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (owner.toLowerCase() !== this.owner.toLowerCase() || name.toLowerCase() !== this.repo.toLowerCase())
          throw new Error(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
        return {
          defaultBranchRef: (() => {
            const head = this.git.branchSha(this.defaultBranch);
            return head ? { name: this.defaultBranch, target: commit(head) } : null;
          })(),
          object: ({ oid, expression }: { oid?: string; expression?: string }) => {
            if (expression !== undefined || oid === undefined)
              throw new Error('The emulator answers object(oid:) only; object(expression:) is not implemented.');
            return /^[0-9a-f]{40}$/.test(oid) && this.git.objectType(oid) === 'commit' ? commit(oid) : null;
          },
        };
      },
    };
  }

  // ---- issues and review requests ----

  private issue(number: number | string): EmulatedIssue {
    const issue = this.issues.get(Number(number));
    if (!issue) throw new HttpError(404, 'Not Found');
    return issue;
  }

  /** Comments and labels belong to issues and pull requests alike. */
  private issueOrPull(number: number): void {
    if (!this.issues.has(number)) this.pull(number);
  }

  private labelJson(name: string) {
    return {
      id: 8000 + [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100000, 0),
      node_id: `LA_${name}`,
      url: `${this.apiRepoUrl}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    };
  }

  /** `GET /issues/{n}`: an issue, or a pull request in the shape of an issue (with `pull_request`). */
  private issueJson(number: number) {
    const pull = this.pulls.get(number);
    const issue = pull
      ? {
          number,
          title: pull.title,
          body: pull.body,
          author: pull.author,
          state: pull.state,
          stateReason: null,
          labels: pull.labels,
          createdAt: pull.createdAt,
          updatedAt: pull.updatedAt,
          closedAt: pull.closedAt,
        }
      : this.issue(number);
    return {
      id: 600000 + number,
      node_id: `I_${number}`,
      url: `${this.apiRepoUrl}/issues/${number}`,
      repository_url: this.apiRepoUrl,
      labels_url: `${this.apiRepoUrl}/issues/${number}/labels{/name}`,
      comments_url: `${this.apiRepoUrl}/issues/${number}/comments`,
      events_url: `${this.apiRepoUrl}/issues/${number}/events`,
      html_url: `${this.htmlRepoUrl}/${pull ? 'pull' : 'issues'}/${number}`,
      number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.userJson(issue.author),
      labels: issue.labels.map((l) => this.labelJson(l)),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.comments.filter((c) => c.issueNumber === number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: issue.author === this.owner ? 'OWNER' : 'NONE',
      ...(pull && {
        pull_request: {
          url: `${this.apiRepoUrl}/pulls/${number}`,
          html_url: `${this.htmlRepoUrl}/pull/${number}`,
          diff_url: `${this.htmlRepoUrl}/pull/${number}.diff`,
          patch_url: `${this.htmlRepoUrl}/pull/${number}.patch`,
          merged_at: pull.mergedAt,
        },
      }),
    };
  }

  private updateIssue(number: number, request: ApiRequest): ApiResponse {
    if (this.pulls.has(number)) return this.updatePull(this.pull(number), request);
    const issue = this.issue(number);
    const { title, body, state, state_reason: reason, labels } = request.body;
    if (state !== undefined && state !== 'open' && state !== 'closed') {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'Issue', field: 'state', code: 'invalid' }]);
    }
    if (reason !== undefined && reason !== null && !['completed', 'not_planned', 'reopened'].includes(String(reason))) {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'Issue', field: 'state_reason', code: 'invalid' }]);
    }
    const now = iso(this.clock());
    if (typeof title === 'string') issue.title = title;
    if (typeof body === 'string' || body === null) issue.body = body;
    if (Array.isArray(labels)) issue.labels = labels.map(String);
    if (state !== undefined && state !== issue.state) {
      issue.state = state;
      issue.closedAt = state === 'closed' ? now : null;
      issue.stateReason = state === 'closed' ? ((reason as EmulatedIssue['stateReason']) ?? 'completed') : 'reopened';
    }
    issue.updatedAt = now;
    return { status: 200, body: this.issueJson(number) };
  }

  /** `GET /issues?labels=a,b&state=open|closed|all`: issues and pull requests, newest first, like GitHub. */
  private listIssues(request: ApiRequest): ApiResponse {
    const want = (request.query.get('labels') ?? '').split(',').filter(Boolean);
    const state = request.query.get('state') ?? 'open';
    const numbers = [...new Set([...this.issues.keys(), ...this.pulls.keys()])].sort((a, b) => b - a);
    const items = numbers
      .map((n) => this.issueJson(n))
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => want.every((w) => i.labels.some((l) => l.name === w)));
    return this.paginate(request, items);
  }

  /** `POST /issues` as the token's user. */
  private createIssueApi(request: ApiRequest): ApiResponse {
    const { title, body, labels } = request.body;
    if (typeof title !== 'string' || title === '')
      throw new HttpError(422, 'Validation Failed', [{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
    const issue = this.createIssue({
      title,
      body: typeof body === 'string' ? body : null,
      author: this.botLogin,
      labels: Array.isArray(labels) ? labels.map(String) : [],
    });
    return { status: 201, body: this.issueJson(issue.number) };
  }

  private addLabels(number: number, request: ApiRequest): ApiResponse {
    const issue = this.pulls.get(number) ?? this.issue(number);
    const labels = request.body.labels;
    if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || l === '')) {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'Label', field: 'name', code: 'invalid' }]);
    }
    for (const l of labels as string[]) if (!issue.labels.includes(l)) issue.labels.push(l);
    return { status: 200, body: issue.labels.map((l) => this.labelJson(l)) };
  }

  /** Like GitHub: the author cannot be asked, and a request is idempotent. */
  private requestReviewers(pull: EmulatedPull, request: ApiRequest): ApiResponse {
    const { reviewers = [], team_reviewers: teams = [] } = request.body;
    if (!Array.isArray(reviewers) || !Array.isArray(teams)) {
      throw new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'invalid' }]);
    }
    if ((reviewers as string[]).includes(pull.author)) {
      throw new HttpError(422, 'Review cannot be requested from pull request author.');
    }
    for (const r of reviewers as string[]) if (!pull.requestedReviewers.includes(r)) pull.requestedReviewers.push(r);
    for (const t of teams as string[]) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t);
    return { status: 201, body: this.pullJson(pull, true) };
  }

  // ---- issue comments ----

  private comment(id: number | string): EmulatedComment {
    const comment = this.comments.find((c) => c.id === Number(id));
    if (!comment) throw new HttpError(404, 'Not Found');
    return comment;
  }

  private commentBody(request: ApiRequest): string {
    const { body } = request.body;
    if (typeof body !== 'string' || body === '') {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'IssueComment', field: 'body', code: 'missing_field' },
      ]);
    }
    if (body.length > 65536) {
      throw new HttpError(422, 'Validation Failed', [
        {
          resource: 'IssueComment',
          field: 'body',
          code: 'custom',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ]);
    }
    return body;
  }

  private listComments(issueNumber: number, request: ApiRequest): ApiResponse {
    this.issueOrPull(issueNumber);
    const comments = this.comments.filter((c) => c.issueNumber === issueNumber);
    return this.paginate(
      request,
      comments.map((c) => this.commentJson(c)),
    );
  }

  private createCommentApi(issueNumber: number, request: ApiRequest): ApiResponse {
    const comment = this.addComment(issueNumber, { body: this.commentBody(request) });
    return { status: 201, body: this.commentJson(comment) };
  }

  private updateComment(comment: EmulatedComment, request: ApiRequest): ApiResponse {
    comment.body = this.commentBody(request);
    comment.updatedAt = iso(this.clock());
    return { status: 200, body: this.commentJson(comment) };
  }

  private deleteComment(comment: EmulatedComment): ApiResponse {
    this.comments.splice(this.comments.indexOf(comment), 1);
    return { status: 204 };
  }

  // ---- Git Data API ----

  private refJson(ref: string, sha: string) {
    return {
      ref,
      node_id: `REF_${ref}`,
      url: `${this.apiRepoUrl}/git/${ref}`,
      object: { sha, type: this.git.objectType(sha), url: `${this.apiRepoUrl}/git/commits/${sha}` },
    };
  }

  private getRef(name: string): ApiResponse {
    const ref = `refs/${name}`;
    const sha = this.git.resolve(ref);
    if (!sha) throw new HttpError(404, 'Not Found');
    return { status: 200, body: this.refJson(ref, sha) };
  }

  private requireSha(body: Record<string, unknown>): string {
    const { sha } = body;
    if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha) || !this.git.objectType(sha)) {
      throw new HttpError(422, 'Object does not exist');
    }
    return sha;
  }

  private createRef(request: ApiRequest): ApiResponse {
    const { ref } = request.body;
    if (typeof ref !== 'string' || !/^refs\/.+\/.+/.test(ref) || this.git.run(['check-ref-format', ref]).status !== 0) {
      throw new HttpError(422, 'Reference name is not valid');
    }
    const sha = this.requireSha(request.body);
    if (this.git.resolve(ref)) throw new HttpError(422, 'Reference already exists');
    this.git.text(['update-ref', ref, sha, '']);
    return { status: 201, body: this.refJson(ref, sha) };
  }

  private updateRef(name: string, request: ApiRequest): ApiResponse {
    const ref = `refs/${name}`;
    const old = this.git.resolve(ref);
    if (!old) throw new HttpError(422, 'Reference does not exist');
    const sha = this.requireSha(request.body);
    if (request.body.force !== true && !this.git.isAncestor(old, sha)) {
      throw new HttpError(422, 'Update is not a fast forward');
    }
    this.git.text(['update-ref', ref, sha, old]);
    return { status: 200, body: this.refJson(ref, sha) };
  }

  private deleteRef(name: string): ApiResponse {
    const ref = `refs/${name}`;
    if (!this.git.resolve(ref)) throw new HttpError(422, 'Reference does not exist');
    this.git.text(['update-ref', '-d', ref]);
    return { status: 204 };
  }

  private getCommit(sha: string): ApiResponse {
    if (!/^[0-9a-f]{40}$/.test(sha) || this.git.objectType(sha) !== 'commit') throw new HttpError(404, 'Not Found');
    return { status: 200, body: this.gitCommitJson(this.git.parseCommit(sha)) };
  }

  private createCommit(request: ApiRequest): ApiResponse {
    const { message, tree, parents = [], author, committer } = request.body;
    if (typeof message !== 'string') throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
    if (typeof tree !== 'string' || this.git.objectType(tree) !== 'tree')
      throw new HttpError(422, 'Tree SHA does not exist');
    if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string' || this.git.objectType(p) !== 'commit')) {
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    }
    const now = iso(this.clock());
    const person = (given: unknown, fallback: GitPerson): GitPerson => {
      if (typeof given !== 'object' || given === null) return fallback;
      const { name, email, date } = given as Record<string, unknown>;
      if (typeof name !== 'string' || typeof email !== 'string') {
        throw new HttpError(422, 'Invalid request.\n\n"name" and "email" are required.');
      }
      return { name, email, date: typeof date === 'string' ? date : now };
    };
    // Like GitHub: the author defaults to the token's user, the committer to the author.
    const authorPerson = person(author, { ...this.personFor(this.botLogin), date: now });
    const sha = this.git.commit({
      tree,
      parents: parents as string[],
      message,
      author: authorPerson,
      committer: person(committer, authorPerson),
    });
    // GitHub signs commits made through the API with an app or Actions token.
    this.signedCommits.add(sha);
    return { status: 201, body: this.gitCommitJson(this.git.parseCommit(sha)) };
  }

  private getTree(rev: string, request: ApiRequest): ApiResponse {
    const sha = this.git.resolve(rev, 'tree');
    if (!sha) throw new HttpError(404, 'Not Found');
    const recursive = ['1', 'true'].includes(request.query.get('recursive') ?? '');
    const tree = this.git.lsTree(sha, recursive).map((e) => ({
      ...e,
      url: `${this.apiRepoUrl}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
    }));
    return { status: 200, body: { sha, url: `${this.apiRepoUrl}/git/trees/${sha}`, tree, truncated: false } };
  }

  /**
   * Builds a tree from `base_tree` and edits, as GitHub does: entries are paths (nested
   * directories are created as needed), `sha: null` deletes a path (a missing one is an
   * error), `content` adds a blob. Directories left empty disappear, as in Git.
   */
  private createTree(request: ApiRequest): ApiResponse {
    const { base_tree: baseTree, tree } = request.body;
    if (!Array.isArray(tree)) throw new HttpError(422, 'Invalid tree info');
    if (baseTree !== undefined && (typeof baseTree !== 'string' || this.git.objectType(baseTree) !== 'tree')) {
      throw new HttpError(422, 'Invalid tree info', [{ resource: 'Tree', field: 'base_tree', code: 'invalid' }]);
    }
    const edits = new Map<string, Omit<TreeEntry, 'path'> | null>();
    for (const item of tree as Array<Record<string, unknown>>) {
      const { path, mode, type, sha, content } = item;
      if (typeof path !== 'string' || path.split('/').some((part) => ['', '.', '..', '.git'].includes(part))) {
        throw new HttpError(422, 'tree.path contains a malformed path component');
      }
      if (typeof mode !== 'string' || !['100644', '100755', '040000', '160000', '120000'].includes(mode)) {
        throw new HttpError(422, `Invalid tree info: mode ${String(mode)} is not valid`);
      }
      if (typeof type !== 'string' || !['blob', 'tree', 'commit'].includes(type)) {
        throw new HttpError(422, `Invalid tree info: type ${String(type)} is not valid`);
      }
      if ('sha' in item === (content !== undefined)) {
        throw new HttpError(
          422,
          'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
        );
      }
      if (typeof content === 'string') {
        edits.set(path, { mode, type: 'blob', sha: this.git.hashObject(Buffer.from(content)) });
      } else if (sha === null) {
        edits.set(path, null);
      } else if (typeof sha === 'string' && (type === 'commit' || this.git.objectType(sha) === type)) {
        edits.set(path, { mode, type, sha });
      } else {
        throw new HttpError(422, `tree.sha ${String(sha)} is not a valid ${type}`);
      }
    }
    const sha = this.editTree(baseTree as string | undefined, edits) ?? this.git.mktree([]);
    return this.getTree(sha, { ...request, query: new URLSearchParams() });
  }

  /** Applies path edits to a tree, writing each changed level with `git mktree`; undefined = empty. */
  private editTree(base: string | undefined, edits: Map<string, Omit<TreeEntry, 'path'> | null>): string | undefined {
    const entries = new Map((base ? this.git.lsTree(base) : []).map((e) => [e.path, e]));
    const nested = new Map<string, Map<string, Omit<TreeEntry, 'path'> | null>>();
    for (const [path, edit] of edits) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const dir = path.slice(0, slash);
        if (!nested.has(dir)) nested.set(dir, new Map());
        nested.get(dir)!.set(path.slice(slash + 1), edit);
      } else if (edit) {
        entries.set(path, { ...edit, path });
      } else if (!entries.delete(path)) {
        throw new HttpError(422, 'GitRPC::BadObjectState');
      }
    }
    for (const [dir, subEdits] of nested) {
      const existing = entries.get(dir);
      const child = this.editTree(existing?.type === 'tree' ? existing.sha : undefined, subEdits);
      if (child) entries.set(dir, { mode: '040000', type: 'tree', sha: child, path: dir });
      else entries.delete(dir);
    }
    return entries.size > 0 ? this.git.mktree([...entries.values()]) : undefined;
  }

  private getBlob(sha: string): ApiResponse {
    if (!/^[0-9a-f]{40}$/.test(sha) || this.git.objectType(sha) !== 'blob') throw new HttpError(404, 'Not Found');
    const content = this.git.catFile(sha);
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_${sha}`,
        size: content.length,
        url: `${this.apiRepoUrl}/git/blobs/${sha}`,
        content: content.toString('base64'),
        encoding: 'base64',
      },
    };
  }

  private createBlob(request: ApiRequest): ApiResponse {
    const { content, encoding = 'utf-8' } = request.body;
    if (typeof content !== 'string' || (encoding !== 'utf-8' && encoding !== 'base64')) {
      throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
    }
    const sha = this.git.hashObject(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    return { status: 201, body: { sha, url: `${this.apiRepoUrl}/git/blobs/${sha}` } };
  }

  /** `GET /contents/{path}?ref=`: a file with base64 content, or a directory listing. */
  private getContents(path: string, request: ApiRequest): ApiResponse {
    const ref = request.query.get('ref') ?? this.defaultBranch;
    const commit = this.git.resolve(ref, 'commit');
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const sha = this.git.resolve(`${commit}:${path}`);
    if (!sha) throw new HttpError(404, 'Not Found');
    const entryJson = (entryPath: string, entrySha: string, type: string, size: number) => ({
      type: type === 'tree' ? 'dir' : 'file',
      name: entryPath.split('/').pop() ?? '',
      path: entryPath,
      sha: entrySha,
      size,
      url: `${this.apiRepoUrl}/contents/${entryPath}?ref=${encodeURIComponent(ref)}`,
      html_url: `${this.htmlRepoUrl}/blob/${ref}/${entryPath}`,
      git_url: `${this.apiRepoUrl}/git/${type === 'tree' ? 'trees' : 'blobs'}/${entrySha}`,
      download_url:
        type === 'tree' ? null : `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${entryPath}`,
    });
    if (this.git.objectType(sha) === 'tree') {
      const prefix = path ? `${path.replace(/\/$/, '')}/` : '';
      const listing = this.git.lsTree(sha).map((e) => entryJson(prefix + e.path, e.sha, e.type, e.size ?? 0));
      return { status: 200, body: listing };
    }
    const content = this.git.catFile(sha);
    // GitHub wraps base64 content at 60 characters.
    const base64 = content.toString('base64').replace(/.{60}/g, '$&\n');
    return {
      status: 200,
      body: { ...entryJson(path, sha, 'blob', content.length), content: `${base64}\n`, encoding: 'base64' },
    };
  }

  /** `GET /commits?sha=&path=`: newest first, with Git's history simplification for a path. */
  private listCommits(request: ApiRequest): ApiResponse {
    const rev = request.query.get('sha') ?? this.defaultBranch;
    const sha = this.git.resolve(rev, 'commit');
    if (!sha) {
      if (!this.git.tryText(['for-each-ref', '--count=1'])) throw new HttpError(409, 'Git Repository is empty.');
      throw new HttpError(404, `No commit found for SHA: ${rev}`);
    }
    const shas = this.git.revList([sha], request.query.get('path') ?? undefined);
    return this.paginate(
      request,
      shas.map((s) => this.commitJson(this.git.parseCommit(s))),
    );
  }

  // ---- OIDC ----

  /** The runner's ID-token service: an unsigned, JWT-shaped token for the requested audience. */
  private issueIdToken(query: URLSearchParams, authorization: string | undefined): ApiResponse {
    if (authorization !== `Bearer ${this.oidcRequestToken}`) throw new HttpError(401, 'Unauthorized');
    const now = Math.floor(this.clock().getTime() / 1000);
    const ref = `refs/heads/${this.defaultBranch}`;
    const payload = {
      jti: `emulated-${this.issuedIdTokens.length + 1}`,
      sub: `repo:${this.owner}/${this.repo}:ref:${ref}`,
      aud: query.get('audience') ?? `https://github.com/${this.owner}`,
      ref,
      sha: this.git.branchSha(this.defaultBranch) ?? '',
      repository: `${this.owner}/${this.repo}`,
      repository_owner: this.owner,
      event_name: 'push',
      iss: 'https://token.actions.githubusercontent.com',
      nbf: now - 5,
      iat: now,
      exp: now + 300,
      ...this.oidcClaims,
    };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
    this.issuedIdTokens.push(token);
    return { status: 200, body: { count: 1, value: token } };
  }

  // ---- helpers ----

  /** Name and noreply email GitHub uses for a login's web commits. */
  private personFor(login: string): { name: string; email: string } {
    return { name: login, email: `${this.userJson(login).id}+${login}@users.noreply.github.com` };
  }

  /** The tree a merge of head into base would have; a conflicting merge is refused. */
  private mergedTree(base: string, head: string): string {
    if (this.git.isAncestor(base, head)) return this.git.text(['rev-parse', `${head}^{tree}`]);
    const result = this.git.run(['merge-tree', '--write-tree', base, head]);
    if (result.status !== 0) throw new Error(`merge conflict: ${result.stdout.toString()}`);
    return result.stdout.toString().split('\n')[0]!;
  }
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions): Promise<GitHubEmulator> {
  const emulator = new GitHubEmulator(options);
  await emulator.listen();
  return opened(emulator);
}
