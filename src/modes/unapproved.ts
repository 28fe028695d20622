/**
 * On the default branch (apply, expire): which grants got there without a qualifying approval?
 * (SPEC 2.4, safety property 10.) Judged from the default branch's first-parent history, each
 * commit diffed against its first parent (a merge commit included: a change made inside a merge
 * is that merge's change, not an earlier commit's):
 *
 * - the last first-parent commit that changed a grant file must have arrived through a merged
 *   pull request whose base is the default branch; that PR must have changed the file, its head
 *   must carry exactly the content the default branch has now, its approvals must qualify on that
 *   head under the rules (access.yaml, groups) of the PR's base commit, and the grant must keep
 *   the base's limits (`maxDuration`, `eligible`, `ticket`);
 * - every later first-parent commit that changed access.yaml in a way that widens the grant must
 *   likewise have come through a PR into the default branch, approved for the grant's resource
 *   under its base's rules (the grantees never counting), whose head carries at least that
 *   definition.
 *
 * Anything else "reached the default branch without a qualifying approval". The answer is a list
 * of grants to leave out, with the reason: nothing here widens access, and when GitHub (or a
 * commit) cannot be read, the grants are left out rather than the push (and with it revocation)
 * stopped.
 */
import type { GrantsCompiled } from '../policy/compile.js';
import { dirList } from '../policy/targets.js';
import { checkGrant, type Grant } from '../policy/grants.js';
import { groupMembers, teamsOf, type TeamMembers } from '../policy/access.js';
import type { GitHubClient, PullFile, PullRequest, Review } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import { ensureCommit, filesAt, firstParentHistory, isShallow, type FirstParentCommit } from '../git.js';
import { UserError } from '../shared/errors.js';
import {
  commitRules,
  evaluateApprovals,
  firstApproved,
  withAutoApproval,
  type ApprovalVerdict,
} from '../review/approvals.js';
import { breakGlassAnswer } from '../review/auto-approve.js';
import { baseLimitProblems } from '../review/limits.js';
import { grantAtoms, uncovered } from '../review/resource-change.js';
import { humanUtc } from '../shared/time.js';
import type { OnCallJudge } from './on-call.js';
import { granteeGitHubLogins, readTeams } from './teams.js';

type GrantList = Pick<GrantsCompiled, 'grants' | 'policy' | 'access' | 'now'>;

export async function unapprovedGrants(
  /** The grants, or how to compile them: then git reads the history while they compile. */
  grantList: GrantList | (() => GrantList),
  root: string,
  dirs: { policyDir: string | readonly string[]; grantsDir: string },
  github: GitHubClient | undefined,
  /** When given, filled with the pull request number of every approved grant (path -> number). */
  approvedPulls?: Map<string, number>,
  /** How the user passes the token where the run happens (github-token, GITHUB_TOKEN). */
  tokenSetting = 'github-token',
  /** For `autoApprove.onCall`: asks PagerDuty about the moment of the merge. */
  onCall?: OnCallJudge,
  /** When given, filled with the words of every grant approved by a fact (path -> words). */
  autoApproved?: Map<string, string>,
  /** When given, filled with every grant applied as break-glass (path -> its pull request and review deadline). */
  brokenGlass?: Map<string, BrokenGlass>,
  /** The history of historyDirs(dirs), when the caller started reading it before (apply, while it reads the files). */
  history?: Promise<FirstParentCommit[]>,
  /** Called once GitHub has the approval query (see ProvenanceWalk.prefetch): the caller may work while it answers. */
  onAsked?: () => void,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // git's two reads start first (separate processes, dropped unused when nothing needs them).
  const git = github
    ? {
        shallow: started(isShallow(root)),
        history: history ?? started(firstParentHistory(root, historyDirs(dirs))),
      }
    : undefined;
  const compiled = typeof grantList === 'function' ? grantList() : grantList;
  const candidates = compiled.grants.filter((g) => g.grant && g.state !== 'expired');
  if (candidates.length === 0) return out;
  if (!github) {
    for (const g of candidates) out.set(g.path, `its approval could not be verified (no ${tokenSetting})`);
    return out;
  }
  // The history was read while git said whether the clone is shallow (then it is not used).
  if (await git!.shallow) {
    for (const g of candidates) out.set(g.path, 'its approval could not be verified: check out with fetch-depth: 0');
    return out;
  }
  const walk = new ProvenanceWalk(root, dirs, github, compiled, await git!.history, onCall);
  await walk.prefetch(
    candidates.map((c) => c.path),
    onAsked,
  );
  for (const [i, entry] of candidates.entries()) {
    try {
      const verdict = await walk.judge(entry.grant!);
      if ('why' in verdict) out.set(entry.path, verdict.why);
      else {
        approvedPulls?.set(entry.path, verdict.pull);
        if (verdict.auto) autoApproved?.set(entry.path, verdict.auto);
        if (verdict.glass) brokenGlass?.set(entry.path, verdict.glass);
      }
    } catch (e) {
      if (e instanceof UserError) {
        out.set(entry.path, `its approval could not be verified: ${e.message}`);
        continue;
      }
      if (!(e instanceof GitHubApiError)) throw e;
      for (const rest of candidates.slice(i)) {
        out.set(rest.path, `its approval could not be verified: ${e.message}`);
      }
      return out;
    }
  }
  return out;
}

/** The folders whose first-parent history unapprovedGrants reads. */
export function historyDirs(dirs: { policyDir: string | readonly string[]; grantsDir: string }): string[] {
  return [dirs.grantsDir, ...dirList(dirs.policyDir)];
}

type Rules = Pick<GrantsCompiled, 'access' | 'policy'>;

/** A grant applied as break-glass: reviewed after the fact (SPEC 1.3 `breakGlass`). */
export interface BrokenGlass {
  pull: number;
  pullUrl: string;
  author: string | null;
  mergedAt: Date;
  /** merge + `breakGlass.reviewWithin`. */
  dueAt: Date;
  /** The resource's approvers, by the pull request's base. */
  approvers: string[];
  /** Whom to mention: the approvers' GitHub logins through `people`, and teams as `org/slug`. */
  mentions: string[];
}

function approverLogins(approvers: readonly string[], rules: Rules): string[] {
  const groups = groupMembers(rules.policy);
  const out = new Set<string>();
  for (const a of approvers) {
    if (a.startsWith('team:')) out.add(a.slice('team:'.length));
    for (const login of a.startsWith('group:') ? (groups.get(a) ?? []) : [a]) {
      const gh = rules.access.people.get(login);
      if (gh) out.add(gh);
    }
  }
  return [...out].sort();
}

class ProvenanceWalk {
  private readonly pulls = new Map<string, Promise<PullRequest[]>>();
  private readonly reviews = new Map<number, Promise<Review[]>>();
  private readonly pullsOf = memo((sha: string) => this.github.listPullsForCommit(sha), this.pulls);
  private readonly filesOf = memo((n: number) => this.github.listPullFiles(n));
  private readonly reviewsOf = memo((n: number) => this.github.listReviews(n), this.reviews);
  private readonly rulesOf = memo((ref: string) => this.rulesAt(ref));
  private readonly defaultBranch = memo((_: 0) => this.github.getDefaultBranch());

  constructor(
    private readonly root: string,
    private readonly dirs: { policyDir: string | readonly string[]; grantsDir: string },
    private readonly github: GitHubClient,
    private readonly compiled: Pick<GrantsCompiled, 'grants' | 'policy' | 'access' | 'now'>,
    /** Newest first. */
    private readonly history: FirstParentCommit[],
    private readonly onCall?: OnCallJudge,
  ) {}

  /**
   * Asks GitHub once, before the grants are judged one by one, for what `judge` will need of
   * every commit it will look at: the commit that last changed each grant, and the later ones
   * that changed access.yaml (widenings). One GraphQL query per 50 commits replaces a REST call
   * for each commit's pull requests and each pull request's reviews, and the default branch;
   * whatever it does not answer (or all, when GraphQL fails) is read over REST as before.
   */
  async prefetch(paths: readonly string[], onAsked?: () => void): Promise<void> {
    const wanted = new Set<string>();
    const oldest = Math.max(-1, ...paths.map((p) => this.history.findIndex((c) => c.changes.has(p))));
    for (const path of paths) {
      const at = this.history.findIndex((c) => c.changes.has(path));
      if (at !== -1 && this.history[at]!.changes.get(path)) wanted.add(this.history[at]!.sha);
    }
    if (wanted.size === 0) return;
    for (const later of this.history.slice(0, oldest))
      if ([...later.changes.keys()].some((p) => this.isAccessFile(p))) wanted.add(later.sha);
    const facts = await this.github.approvalFacts([...wanted], onAsked);
    if (!facts) return;
    for (const [sha, list] of facts.pullsOf) this.pulls.set(sha, Promise.resolve(list));
    for (const [n, list] of facts.reviewsOf) this.reviews.set(n, Promise.resolve(list));
  }

  async judge(grant: Grant): Promise<{ pull: number; auto?: string; glass?: BrokenGlass } | { why: string }> {
    const main = await this.defaultBranch(0);
    const at = this.history.findIndex((c) => c.changes.has(grant.path));
    const blob = at === -1 ? undefined : this.history[at]!.changes.get(grant.path);
    if (!blob) return { why: `it is not in the first-parent history of ${main} (never committed there)` };
    const commit = this.history[at]!.sha;
    const found = await this.pullInto(commit, main);
    if ('why' in found) return { why: `it reached the default branch ${found.why} (commit ${short(commit)})` };
    const pull = found.pull;
    // The base's rules (git, here) are read while GitHub lists the pull request's files; GitHub
    // itself is asked one thing at a time, as its guidance for integrations asks.
    const [files, baseRules] = [this.filesOf(pull.number), started(this.rulesOf(pull.baseSha))];
    const file = (await files).find((f: PullFile) => f.filename === grant.path);
    if (!file)
      return {
        why: `commit ${short(commit)} changed it, but pull request #${pull.number} did not (a change made in the merge)`,
      };
    if (file.sha !== blob)
      return {
        why: `its content on ${main} is not what pull request #${pull.number}'s approved head carries (changed in the merge or after the review)`,
      };
    const base = await baseRules;
    const reviews = await this.reviewsOf(pull.number);
    const teams = await this.teamsFor(grant, base, reviews);
    const verdict = evaluateApprovals(
      grant,
      base.access,
      base.policy,
      { author: pull.author, headSha: pull.headSha },
      reviews,
      this.compiled.policy,
      teams,
    );
    // autoApprove.onCall is judged again for the moment of the merge: on call at the check is not enough.
    const mergedAt = pull.mergedAt ? new Date(pull.mergedAt) : this.compiled.now;
    // breakGlass likewise: the label on the merged pull request, and the cap counted from the merge.
    const glass = verdict.approved ? undefined : breakGlassAnswer(grant, base.access, pull.labels, mergedAt);
    const judged = withAutoApproval(
      verdict,
      verdict.approved
        ? undefined
        : glass && 'approved' in glass
          ? glass
          : firstApproved(glass, await this.onCall?.judge(grant, base.access, pull.author, mergedAt)),
    );
    if (!judged.approved)
      return {
        why: `pull request #${pull.number} was merged without ${missing(judged)}${judged.autoWhy ? ` (${judged.autoWhy} at merge)` : ''}`,
      };
    const limits = baseLimitProblems(grant, base.access, base.policy, this.compiled.now, teams);
    // Eligibility through a team is not decided offline: judge it now by the rules in force too.
    if (teamsOf(this.compiled.access).length > 0) {
      const current = await this.teamsFor(grant, this.compiled, []);
      const refused = checkGrant(grant, this.compiled.access, this.compiled.policy, this.compiled.now, current).find(
        (f) => f.rule === 'grant/not-eligible',
      );
      if (refused) return { why: refused.message };
    }
    if (limits.length)
      return {
        why: `pull request #${pull.number} breaks the limits of its base's access.yaml: ${limits.join(' ')}`,
      };
    // Later changes to the grant's resource: each one that widens the grant needs its own approval.
    for (const later of this.history.slice(0, at).reverse()) {
      if (![...later.changes.keys()].some((p) => this.isAccessFile(p))) continue;
      const why = await this.judgeWidening(grant, later.sha, main);
      if (why) return { why };
    }
    const broken =
      glass && 'approved' in glass && judged.auto === glass.approved
        ? {
            pull: pull.number,
            pullUrl: pull.htmlUrl,
            author: pull.author,
            mergedAt,
            dueAt: new Date(mergedAt.getTime() + glass.reviewWithinMs),
            approvers: base.access.resources.get(grant.resource!)?.approvers ?? [],
            mentions: approverLogins(base.access.resources.get(grant.resource!)?.approvers ?? [], base),
          }
        : undefined;
    return {
      pull: pull.number,
      ...(judged.auto ? { auto: `${judged.auto} (at merge, ${humanUtc(mergedAt)})` } : {}),
      ...(broken ? { glass: broken } : {}),
    };
  }

  /** Does commit `sha` widen `grant` (against its first parent), and if so, was that approved? */
  private async judgeWidening(grant: Grant, sha: string, main: string): Promise<string | undefined> {
    const now = this.compiled.now;
    const before = await this.rulesOf(`${sha}^1`);
    const after = await this.rulesOf(sha);
    const afterAtoms = grantAtoms(grant, after.access, after.policy, now);
    const widened = uncovered(afterAtoms, grantAtoms(grant, before.access, before.policy, now));
    if (widened.length === 0) return undefined;
    const what = `${grant.resource !== undefined ? `its resource "${grant.resource}"` : 'the inline rules'} (${widened
      .map((a) => `+ ${a.words}`)
      .join(', ')})`;
    const found = await this.pullInto(sha, main);
    if ('why' in found) return `commit ${short(sha)} widened ${what} ${found.why}`;
    const pull = found.pull;
    const base = await this.rulesOf(pull.baseSha);
    const reviews = await this.reviewsOf(pull.number);
    const verdict = evaluateApprovals(
      grant,
      base.access,
      base.policy,
      { author: pull.author, headSha: pull.headSha },
      reviews,
      after.policy,
      await this.teamsFor(grant, base, reviews),
    );
    if (!verdict.approved) return `pull request #${pull.number} widened ${what} without ${missing(verdict)}`;
    const head = await this.rulesOf(pull.headSha);
    if (uncovered(afterAtoms, grantAtoms(grant, head.access, head.policy, now)).length)
      return `commit ${short(sha)} widened ${what} beyond what pull request #${pull.number}'s approved head carries`;
    return undefined;
  }

  /** Membership of the teams `rules` name, for the approving reviewers and the grant's grantees. */
  private teamsFor(grant: Grant, rules: Rules, reviews: readonly Review[]): Promise<TeamMembers> {
    return readTeams(this.github, rules.access, [
      ...reviews.filter((r) => r.state === 'APPROVED').map((r) => r.user),
      ...granteeGitHubLogins(grant.grantees, rules.access, [rules.policy, this.compiled.policy]),
    ]);
  }

  /** The merged pull request into `main` that brought first-parent commit `sha`, or why there is none. */
  private async pullInto(sha: string, main: string): Promise<{ pull: PullRequest } | { why: string }> {
    const merged = (await this.pullsOf(sha)).filter((p) => p.merged || p.mergedAt !== null);
    const into = merged.filter((p) => p.baseRef === main);
    const pull = into.find((p) => p.mergeCommitSha === sha) ?? into.sort((a, b) => a.number - b.number)[0];
    if (pull) return { pull };
    const elsewhere = merged.find((p) => p.mergeCommitSha === sha) ?? merged[0];
    if (elsewhere)
      return { why: `through pull request #${elsewhere.number} into ${elsewhere.baseRef}, not into ${main}` };
    return { why: 'without a pull request' };
  }

  private isAccessFile(path: string): boolean {
    return dirList(this.dirs.policyDir).some((dir) => {
      const prefix = dir === '.' ? '' : dir + '/';
      return path.startsWith(prefix) && /^access\.(ya?ml|json|hujson)$/i.test(path.slice(prefix.length));
    });
  }

  /**
   * access.yaml and the groups at `ref` (a PR's base commit: never the PR's own changes, and what
   * check mode judged by; or a commit whose change is being judged).
   */
  private async rulesAt(ref: string): Promise<Rules> {
    const { policyDir } = this.dirs;
    const read = async () => commitRules(policyDir, await filesAt(this.root, ref, dirList(policyDir)));
    if (!/^[0-9a-f]{40,64}$/.test(ref)) return read();
    // A commit is usually in the checkout: read it, and fetch it only when that fails.
    try {
      return await read();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      await ensureCommit(this.root, ref);
      return read();
    }
  }
}

function missing(verdict: ApprovalVerdict): string {
  return verdict.problem ?? `${verdict.required} qualifying approval(s)`;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** A promise started ahead of its use, which may be dropped unused: its rejection is then not unhandled. */
function started<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

function memo<K, V>(load: (key: K) => Promise<V>, cache = new Map<K, Promise<V>>()): (key: K) => Promise<V> {
  return (key) => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = load(key)));
    return hit;
  };
}
