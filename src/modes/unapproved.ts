/**
 * On the default branch (apply, expire): which grants got there without a qualifying approval?
 * For each grant, the last commit that changed its file leads to its pull request; that PR's
 * reviews must approve the PR's head commit (SPEC 2.4), judged by the access.yaml of the PR's
 * base commit (so the PR cannot have changed who may approve it). No PR found means
 * not approved. The answer is a list of grants to leave out, with the reason: nothing here
 * widens access, and when GitHub cannot answer, the grants are left out rather than the push
 * (and with it revocation) stopped.
 */
import { compile, type Compiled } from '../policy/compile.js';
import type { GitHubClient, PullFile, PullRequest } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import { filesAt, isShallow, lastCommits } from '../git.js';
import { evaluateApprovals } from '../review/approvals.js';

export async function unapprovedGrants(
  compiled: Compiled,
  root: string,
  dirs: { policyDir: string; grantsDir: string },
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
  const commits = await lastCommits(root, dirs.grantsDir);
  // Many grants usually arrive through few pull requests: look each commit and PR up once.
  const pullsOf = memo((sha: string) => github.listPullsForCommit(sha));
  const filesOf = memo((n: number) => github.listPullFiles(n));
  const reviewsOf = memo((n: number) => github.listReviews(n));
  const rulesOf = memo((sha: string) => rulesAt(root, sha, dirs.policyDir));
  for (const [i, entry] of candidates.entries()) {
    try {
      const sha = commits.get(entry.path);
      const pull = sha ? await mergedPullFor(await pullsOf(sha), filesOf, entry.path) : undefined;
      if (!pull) {
        out.set(entry.path, 'it reached the default branch without a pull request');
        continue;
      }
      const reviews = await reviewsOf(pull.number);
      const rules = await rulesOf(pull.baseSha);
      const verdict = evaluateApprovals(
        entry.grant!,
        rules.access,
        rules.policy,
        { author: pull.author, headSha: pull.headSha },
        reviews,
      );
      if (!verdict.approved) {
        const why = verdict.problem ?? `${verdict.required} qualifying approval(s)`;
        out.set(entry.path, `pull request #${pull.number} was merged without ${why}`);
      } else {
        approvedPulls?.set(entry.path, pull.number);
      }
    } catch (e) {
      if (!(e instanceof GitHubApiError)) throw e;
      for (const rest of candidates.slice(i)) {
        out.set(rest.path, `its approval could not be verified: ${e.message}`);
      }
      return out;
    }
  }
  return out;
}

/**
 * access.yaml and the groups of the pull request's base commit: never the PR's own changes (a
 * merge's first parent would include them after a rebase merge), and what check mode judged by.
 */
async function rulesAt(root: string, baseSha: string, policyDir: string): Promise<Pick<Compiled, 'access' | 'policy'>> {
  const policyFiles = await filesAt(root, baseSha, [policyDir]);
  const { access, policy } = compile({ policyDir, policyFiles, grantFiles: [], now: new Date(0) });
  return { access, policy };
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
