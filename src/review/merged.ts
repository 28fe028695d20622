/**
 * On the default branch (apply, expire): which grants got there without a qualifying approval?
 * For each grant, the last commit that changed its file leads to its pull request; that PR's
 * reviews must approve the PR's head commit (SPEC 2.4). No PR found means not approved. The
 * answer is a list of grants to leave out, with the reason; nothing here widens access.
 */
import type { Compiled } from '../policy/compile.js';
import type { GitHubClient, PullFile, PullRequest } from '../github/client.js';
import { isShallow, lastCommits } from '../git.js';
import { evaluateApprovals } from './approvals.js';

export async function unapprovedGrants(
  compiled: Compiled,
  root: string,
  grantsDir: string,
  github: GitHubClient | undefined,
  /** When given, filled with the pull request number of every approved grant (path -> number). */
  approvedPulls?: Map<string, number>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const candidates = compiled.grants.filter((g) => g.grant && g.state !== 'expired');
  if (candidates.length === 0) return out;
  if (!github) {
    for (const g of candidates) out.set(g.path, 'its approval could not be verified (no github-token)');
    return out;
  }
  if (await isShallow(root)) {
    for (const g of candidates) out.set(g.path, 'its approval could not be verified: check out with fetch-depth: 0');
    return out;
  }
  const commits = await lastCommits(root, grantsDir);
  // Many grants usually arrive through few pull requests: look each commit and PR up once.
  const pullsOf = memo((sha: string) => github.listPullsForCommit(sha));
  const filesOf = memo((n: number) => github.listPullFiles(n));
  const reviewsOf = memo((n: number) => github.listReviews(n));
  for (const entry of candidates) {
    const sha = commits.get(entry.path);
    const pull = sha ? await mergedPullFor(await pullsOf(sha), filesOf, entry.path) : undefined;
    if (!pull) {
      out.set(entry.path, 'it reached the default branch without a pull request');
      continue;
    }
    const reviews = await reviewsOf(pull.number);
    const verdict = evaluateApprovals(entry.grant!, compiled.access, compiled.policy, { author: pull.author, headSha: pull.headSha }, reviews);
    if (!verdict.approved) {
      out.set(entry.path, `pull request #${pull.number} was merged without ${verdict.required} qualifying approval(s)`);
    } else {
      approvedPulls?.set(entry.path, pull.number);
    }
  }
  return out;
}

/** The merged pull request among `pulls` that touched `path` (a guess is never trusted). */
async function mergedPullFor(
  pulls: readonly PullRequest[],
  filesOf: (n: number) => Promise<PullFile[]>,
  path: string,
): Promise<PullRequest | undefined> {
  for (const pull of pulls) {
    if (!pull.merged) continue;
    const files = await filesOf(pull.number);
    if (files.some((f) => f.filename === path || f.previousFilename === path)) return pull;
  }
  return undefined;
}

function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = load(key)));
    return hit;
  };
}
