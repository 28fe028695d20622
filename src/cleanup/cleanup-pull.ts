/**
 * The cleanup pull request (SPEC 2.6): one fixed branch deleting every expired grant file,
 * created, updated or closed as needed.
 *
 * Idempotent and race-safe (SPEC 4, property 8): no new commit when the branch already holds
 * exactly the right deletions on top of the default branch's head; "Reference already exists"
 * and "A pull request already exists" (another run got there first) are answered by re-reading
 * and updating. It never blocks revocation: expire pushes the policy first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addingCommit, isShallow, workspaceHead } from '../git.js';
import type { GitHubClient, PullRequest } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import type { Compiled } from '../policy/compile.js';
import type { Log } from '../shared/log.js';
import {
  CLEANUP_BRANCH,
  expiringSoon,
  isCleanupBranch,
  planCleanupPull,
  type AccessReport,
  type CleanupPull,
  type ExpiredGrant,
} from './files.js';

/** At most this many expired grants get their original PR looked up per run (bounded work). */
const MAX_ORIGIN_LOOKUPS = 30;

export type CleanupAction =
  | 'created' // a new PR was opened
  | 'updated' // the open PR's branch, title or body changed
  | 'unchanged' // the open PR was already exactly right
  | 'closed' // nothing is expired: the open PR was closed and its branch deleted
  | 'branch-deleted' // nothing is expired and no PR was open: a left-over branch was deleted
  | 'none'; // nothing is expired and there was nothing to clean up

export interface CleanupOutcome {
  action: CleanupAction;
  /** The cleanup PR this run created, updated, kept or closed (number 0 for one a dry run would create). */
  pull?: { number: number; url: string };
  /** A new commit was made (or, in a dry run, would be) on the cleanup branch. */
  committed: boolean;
  deletions: string[];
  /** The branch the PR lives on. */
  branch: string;
}

export interface CleanupTarget extends CleanupPull {
  defaultBranch: string;
  /** The default branch's head: the one parent of the cleanup commit. */
  baseSha: string;
}

/**
 * Brings the cleanup branch and PR in line with `target`: created, updated, left alone, or (no
 * deletions) closed with the branch deleted. Safe to run twice in a row and twice at once.
 */
export async function syncCleanupPull(github: GitHubClient, target: CleanupTarget): Promise<CleanupOutcome> {
  const branch = target.branch ?? CLEANUP_BRANCH;
  const open = await github.findOpenPullByHead(branch);
  const branchSha = await github.getBranchSha(branch);
  const { deletions } = target;

  if (deletions.length === 0) {
    if (open) await github.closePull(open.number);
    if (branchSha) await github.deleteBranch(branch);
    return {
      action: open ? 'closed' : branchSha ? 'branch-deleted' : 'none',
      ...(open && { pull: { number: open.number, url: open.htmlUrl } }),
      committed: false,
      deletions,
      branch,
    };
  }

  const upToDate =
    branchSha !== undefined && open !== undefined && (await branchIsExactly(github, branchSha, open, target));
  if (!upToDate) {
    await github.commitFileChanges({
      branch,
      baseSha: target.baseSha,
      message: target.commitMessage,
      deletions,
    });
  }
  const committed = !upToDate;

  if (open) {
    const changed = await updateIfNeeded(github, open, target);
    return {
      action: changed || committed ? 'updated' : 'unchanged',
      pull: { number: open.number, url: open.htmlUrl },
      committed,
      deletions,
      branch,
    };
  }
  try {
    const created = await github.createPull({
      title: target.title,
      head: branch,
      base: target.defaultBranch,
      body: target.body,
    });
    return { action: 'created', pull: { number: created.number, url: created.htmlUrl }, committed, deletions, branch };
  } catch (error) {
    // Another run opened it between our look and our create: update that one instead.
    if (!(error instanceof GitHubApiError && error.status === 422 && /already exists/i.test(error.githubMessage)))
      throw error;
    const other = await findOpenPull(github, branch);
    if (!other) throw error;
    await updateIfNeeded(github, other, target);
    return { action: 'updated', pull: { number: other.number, url: other.htmlUrl }, committed, deletions, branch };
  }
}

/**
 * True when the branch's tip is one commit on top of the default branch's head whose tree is
 * that head's tree minus exactly the deletions: its only parent is `baseSha` and the PR's
 * files (the diff from that parent) are exactly those files, removed.
 */
async function branchIsExactly(
  github: GitHubClient,
  branchSha: string,
  open: PullRequest,
  target: CleanupTarget,
): Promise<boolean> {
  if (open.headSha !== branchSha || open.baseRef !== target.defaultBranch) return false;
  // The newest commit touching a file the branch deletes is the branch's tip, with its parents.
  const [tip] = await github.listCommitsForPath(target.deletions[0]!, { sha: branchSha });
  if (!tip || tip.sha !== branchSha || tip.parents.length !== 1 || tip.parents[0] !== target.baseSha) return false;
  // The commit says whether the access is out: when that changed, a new commit says it rightly.
  if (tip.message.trim() !== target.commitMessage.trim()) return false;
  const files = await github.listPullFiles(open.number);
  const wanted = new Set(target.deletions);
  return files.length === wanted.size && files.every((f) => f.status === 'removed' && wanted.has(f.filename));
}

async function updateIfNeeded(github: GitHubClient, pull: PullRequest, target: CleanupTarget): Promise<boolean> {
  if (pull.title === target.title && (pull.body ?? '') === target.body) return false;
  await github.updatePull(pull.number, { title: target.title, body: target.body });
  return true;
}

/** The open cleanup PR, read again a few times: a PR just created elsewhere may take a moment to be listed. */
async function findOpenPull(github: GitHubClient, branch: string): Promise<PullRequest | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const pull = await github.findOpenPullByHead(branch);
    if (pull) return pull;
    await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
  }
  return undefined;
}

/** The checkout the run compiled, and where to say what could not be looked up. */
export interface CleanupWorkspace {
  workspace: string;
  /** The checked-out commit (GITHUB_SHA), when known; else the workspace's HEAD. */
  sha?: string;
  log: Log;
}

export interface PreparedCleanup {
  target: CleanupTarget;
  skipped: Array<{ path: string; why: string }>;
  origins: Map<string, number>;
}

/**
 * What the cleanup branch should hold: the expired files that still exist, unchanged, at the
 * default branch's head (a grant extended or deleted since this checkout is left alone), and
 * the PR that added each one.
 */
export async function prepareCleanup(
  at: CleanupWorkspace,
  github: GitHubClient,
  compiled: Compiled,
  expired: ExpiredGrant[],
  access: AccessReport,
  /** With tailpolicy.yaml: the target, whose own branch and PR these are. */
  targetName?: string,
): Promise<PreparedCleanup> {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha)
    throw new GitHubApiError(404, 'GET', `/git/ref/heads/${defaultBranch}`, 'the default branch has no commit');
  const skipped: PreparedCleanup['skipped'] = [];
  let keep = expired;
  const checkedOut = at.sha ?? (await workspaceHead(at.workspace));
  if (checkedOut !== baseSha && expired.length > 0) {
    keep = [];
    for (const g of expired) {
      // What this run compiled (the file on disk) must be what the default branch holds now.
      const local = await readFile(join(at.workspace, g.path), 'utf8').catch(() => undefined);
      const remote = await github.getFileAt(g.path, baseSha);
      if (remote === undefined) skipped.push({ path: g.path, why: `already deleted on ${defaultBranch}` });
      else if (remote !== local)
        skipped.push({ path: g.path, why: `changed on ${defaultBranch} since this checkout; the next run decides` });
      else keep.push(g);
    }
  }
  const origins = await findOrigins(at, github, keep, baseSha, defaultBranch);
  const pull = planCleanupPull({
    expired: keep,
    soon: expiringSoon(compiled),
    origins,
    access,
    ...(targetName === undefined ? {} : { target: targetName }),
  });
  return { target: { ...pull, defaultBranch, baseSha }, skipped, origins };
}

/**
 * The PR that added each grant file: the commit that added it (from the checkout's history, or
 * GitHub's when the checkout is shallow), then the merged PR that brought that commit.
 * Decoration only: a failed lookup leaves the column empty.
 */
async function findOrigins(
  at: CleanupWorkspace,
  github: GitHubClient,
  expired: readonly ExpiredGrant[],
  baseSha: string,
  defaultBranch: string,
): Promise<Map<string, number>> {
  const origins = new Map<string, number>();
  // Decoration only: when git cannot tell, GitHub's history is asked instead.
  const shallow = await isShallow(at.workspace).catch(() => true);
  for (const g of expired.slice(0, MAX_ORIGIN_LOOKUPS)) {
    try {
      let added = shallow ? undefined : await addingCommit(at.workspace, g.path);
      if (!added) {
        const commits = await github.listCommitsForPath(g.path, { sha: baseSha });
        added = commits[commits.length - 1]?.sha;
      }
      if (!added) continue;
      const pulls = (await github.listPullsForCommit(added)).filter((p) => !isCleanupBranch(p.headRef));
      const pull =
        pulls.find((p) => p.merged && p.baseRef === defaultBranch) ?? pulls.find((p) => p.merged) ?? pulls[0];
      if (pull) origins.set(g.path, pull.number);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      at.log.warning(`Could not find the pull request that added ${g.path}: ${error.message}`);
    }
  }
  return origins;
}
