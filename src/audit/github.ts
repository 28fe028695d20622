/**
 * The GitHub edge of the audit: for each commit of the history, the merged pull request that
 * brought it (none for a direct push), and each such PR's reviews. Read-only, through the
 * GitHub client; any failure becomes an ExternalError (exit code 3).
 */
import { ExternalError } from '../shared/errors.js';
import type { GitHubClient, PullRequest } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import { BREAK_GLASS_LABEL, BREAK_GLASS_REVIEW_LABEL, type ReviewComment } from '../review/auto-approve.js';
import { reviewMarkers } from '../review/break-glass-review.js';
import type { PullInfo, ReviewRecord } from './approval-evidence.js';

/** How many API calls run at once. */
const CONCURRENCY = 4;

export interface PullLookups {
  pulls: Map<string, PullInfo | null>;
  reviews: Map<number, ReviewRecord[]>;
  /** The comments of each break-glass review issue, by its marker (breakGlassMarker). */
  breakGlass: Map<string, ReviewComment[]>;
}

function toInfo(p: PullRequest): PullInfo {
  return {
    number: p.number,
    url: p.htmlUrl,
    author: p.author,
    title: p.title,
    headSha: p.headSha,
    mergedAt: p.mergedAt,
    labels: p.labels,
  };
}

/**
 * The PR that merged `sha` into the default branch: the one whose merge (or squash) commit it
 * is, else a merged PR that contains it (a rebase merge), preferring PRs into the default
 * branch. Open or unmerged PRs that happen to contain the commit do not count: the change did
 * not come through them.
 */
export function mergingPull(
  sha: string,
  pulls: readonly PullRequest[],
  defaultBranch?: string,
): PullRequest | undefined {
  const merged = pulls.filter((p) => p.mergedAt !== null);
  const exact = merged.find((p) => p.mergeCommitSha === sha);
  if (exact) return exact;
  const intoDefault = merged.filter((p) => p.baseRef === defaultBranch);
  return [...(intoDefault.length ? intoDefault : merged)].sort((a, b) => a.number - b.number)[0];
}

/**
 * Looks up the PRs of `commits` (each commit once) and the reviews of the PRs listed in
 * `reviewsFor` (commits whose PR's approvals matter: additions and changes, not removals).
 */
export async function lookUpPulls(
  client: GitHubClient,
  commits: readonly string[],
  reviewsFor: ReadonlySet<string>,
): Promise<PullLookups> {
  const pulls = new Map<string, PullInfo | null>();
  const reviews = new Map<number, ReviewRecord[]>();
  const breakGlass = new Map<string, ReviewComment[]>();
  try {
    const defaultBranch = await client.getDefaultBranch();
    await pool([...new Set(commits)], async (sha) => {
      const found = mergingPull(sha, await client.listPullsForCommit(sha), defaultBranch);
      pulls.set(sha, found ? toInfo(found) : null);
    });
    const numbers = new Set<number>();
    for (const sha of reviewsFor) {
      const pull = pulls.get(sha);
      if (pull) numbers.add(pull.number);
    }
    await pool([...numbers], async (n) => {
      const list = await client.listReviews(n);
      reviews.set(
        n,
        list.map((r) => ({ user: r.user, state: r.state, commitId: r.commitId, submittedAt: r.submittedAt })),
      );
    });
    // Break-glass grants: the review issues apply opened, and their /approve and /revoke comments.
    if ([...pulls.values()].some((p) => p?.labels?.includes(BREAK_GLASS_LABEL))) {
      for (const issue of await client.listIssuesWithLabel(BREAK_GLASS_REVIEW_LABEL)) {
        // Every marker: an issue a later break-glass pull request took over keeps the earlier ones.
        const markers = reviewMarkers(issue.body);
        if (markers.length === 0) continue;
        const comments = await client.listIssueComments(issue.number);
        for (const { marker } of markers) breakGlass.set(marker, comments);
      }
    }
  } catch (error) {
    if (error instanceof GitHubApiError) {
      throw new ExternalError(`Could not read pull requests and reviews from GitHub: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
  return { pulls, reviews, breakGlass };
}

async function pool<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}
