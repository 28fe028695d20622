/**
 * Audit evidence, the pure core (SPEC 2.7): the first-parent history of the grants folder in,
 * one event per version of a grant file out, each with the time it reached the default
 * branch, when it became active, expired, was replaced or removed, and (when GitHub was asked)
 * the pull request and the approving reviews that let it in.
 *
 * No I/O and no clock: the commits, the GitHub lookups and `now` are values. The edges that
 * read them are `git.ts` (the repository) and `github.ts` (pull requests and reviews).
 */
import type { TeamMembers } from '../policy/access.js';
import { breakGlassMarker, type ReviewComment } from '../review/auto-approve.js';
import type { RulesAsOf } from '../review/break-glass-review.js';
import { buildGrant, type Grant } from '../policy/grants.js';
import { parseSource } from '../policy/source.js';
import {
  evaluateApproval,
  NOT_LOOKED_UP,
  type Approval,
  type OnCallFact,
  type PolicyRules,
  type PullInfo,
  type ReviewRecord,
} from './approval-evidence.js';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One grant file changed by a commit, relative to the commit's first parent. */
export interface GrantFileChange {
  status: ChangeStatus;
  /** The file's path after the commit (for a deletion: the path deleted). */
  path: string;
  /** For a rename: the path before. */
  oldPath?: string;
  /** The file's text at the commit; undefined for a deletion or a file too large to read. */
  text?: string;
  /** Set instead of `text` when the file was too large to read: its size in bytes. */
  tooLarge?: number;
}

/** A commit on the default branch's first-parent line that touched the grants folder. */
export interface HistoryCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** The committer date: for a merge or squash commit, when the change merged. */
  committedAt: Date;
  subject: string;
  changes: GrantFileChange[];
}

/** What GitHub said about the commits and pull requests of the history. */
export interface GitHubLookups {
  /** For each commit looked up: the merged PR that brought it, or null when there is none (a direct push). */
  pulls: ReadonlyMap<string, PullInfo | null>;
  /** The reviews of each PR, by number. */
  reviews: ReadonlyMap<number, readonly ReviewRecord[]>;
  /** The approval rules in force before each event, keyed by `baseOf(commit)`. */
  policies: ReadonlyMap<string, PolicyRules>;
  /** Membership of the teams those rules name, for the approving reviewers. */
  teams?: TeamMembers;
  /** The comments of each break-glass review issue, by its marker. */
  breakGlass?: ReadonlyMap<string, readonly ReviewComment[]>;
  /** The rules of each review comment: access.yaml as of the default branch's commit current at its `created_at`. */
  reviewRules?: ReadonlyMap<string, RulesAsOf>;
  /** PagerDuty's answers for on-call auto-approval at each merge, by onCallKey. */
  onCall?: ReadonlyMap<string, OnCallFact>;
}

export type EventKind = 'added' | 'extended' | 'shortened' | 'changed' | 'renamed';

export interface CommitRef {
  sha: string;
  at: Date;
  author: string;
  subject: string;
  /** The PR number the commit message claims ("Merge pull request #12 …", "Title (#12)"): unverified. */
  claimedPr?: number;
}

/** The PR of a commit: looked up on GitHub, found absent there, or not looked up. */
export type PullLookup =
  { kind: 'not looked up'; claimedNumber?: number } | { kind: 'none' } | { kind: 'found'; pull: PullInfo };

export interface GrantEvent {
  /** Stable across runs: the grant's first path and the commit that added it. */
  grantId: string;
  event: EventKind;
  path: string;
  previousPath?: string;
  /** The grant as this version of the file states it; undefined when the file is not a valid grant. */
  grant?: Grant;
  /** Why the file is not a valid grant. */
  problem?: string;
  /** The commit that brought this version onto the default branch. */
  commit: CommitRef;
  pr: PullLookup;
  approval: Approval;
  /** When this version's access began: max(merge, starts), if that came before it ended. */
  becameActiveAt?: Date;
  /** `expires`, when it is past (≤ now) and this version was still in force then. */
  expiredAt?: Date;
  /** When a later version of the file replaced this one, and by which commit. */
  supersededAt?: Date;
  supersededBy?: string;
  /** The commit that deleted the file (for every version of the grant), and its PR. */
  removal?: { commit: CommitRef; pr: PullLookup };
}

export interface EventOptions {
  now: Date;
  lookups?: GitHubLookups;
}

const GRANT_FILE = /\.ya?ml$/i;

/** Is `path` a grant file under `grantsDir`, as `readRepository` sees them (no hidden parts)? */
export function isGrantPath(path: string, grantsDir: string): boolean {
  const dir = normalizeDir(grantsDir);
  const rel = dir === '' ? path : path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined;
  if (rel === undefined || rel === '') return false;
  return GRANT_FILE.test(rel) && !rel.split('/').some((part) => part.startsWith('.') || part === '');
}

export function normalizeDir(dir: string): string {
  return dir
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '');
}

/** The commit whose policy governs an event: the default branch just before it (its first parent). */
export function baseOf(commit: Pick<HistoryCommit, 'sha' | 'parents'>): string {
  return commit.parents[0] ?? commit.sha;
}

/** "Merge pull request #12 from …" (merge button) or "Title (#12)" (squash): the number claimed. */
export function claimedPullNumber(subject: string): number | undefined {
  const m = /^Merge pull request #(\d+) from /.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : undefined;
}

interface Version {
  chain: Chain;
  event: EventKind;
  path: string;
  previousPath?: string;
  grant?: Grant;
  problem?: string;
  commit: HistoryCommit;
}

interface Chain {
  id: string;
  versions: Version[];
  removal?: HistoryCommit;
}

/** Deletions and renames first, so "rename a → b, add a new a" in one commit reads right. */
const ORDER: Record<ChangeStatus, number> = { deleted: 0, renamed: 1, modified: 2, added: 3 };

/**
 * The grant events of a history, oldest first. `commits` are the default branch's first-parent
 * commits that changed grant files, oldest first; renames are followed, a deletion ends a
 * grant, and a file added again later at the same path is a new grant.
 */
export function grantEvents(commits: readonly HistoryCommit[], options: EventOptions): GrantEvent[] {
  const open = new Map<string, Chain>();
  const versions: Version[] = [];

  for (const commit of commits) {
    const changes = [...commit.changes].sort((a, b) => ORDER[a.status] - ORDER[b.status] || compare(a.path, b.path));
    const added: Version[] = [];
    for (const change of changes) {
      if (change.status === 'deleted') {
        const chain = open.get(change.path);
        if (chain) {
          chain.removal = commit;
          open.delete(change.path);
        }
        continue;
      }
      const fromPath = change.status === 'renamed' ? change.oldPath : change.path;
      const chain = fromPath !== undefined ? open.get(fromPath) : undefined;
      if (fromPath !== undefined) open.delete(fromPath);
      const parsed = parseVersion(change, commit.committedAt);
      if (!chain) {
        const fresh: Chain = { id: `${change.path}@${commit.sha.slice(0, 12)}`, versions: [] };
        const version: Version = { chain: fresh, event: 'added', path: change.path, ...parsed, commit };
        fresh.versions.push(version);
        open.set(change.path, fresh);
        added.push(version);
        continue;
      }
      const previous = chain.versions[chain.versions.length - 1]!;
      const version: Version = {
        chain,
        event: kindOf(previous, parsed.grant, change.path),
        path: change.path,
        ...(change.path !== previous.path ? { previousPath: previous.path } : {}),
        ...parsed,
        commit,
      };
      chain.versions.push(version);
      open.set(change.path, chain);
      added.push(version);
    }
    versions.push(...added.sort((a, b) => compare(a.path, b.path)));
  }

  return versions.map((v) => toEvent(v, options));
}

/** A `duration` grant's window starts at the commit that brought this version (SPEC 1.2). */
function parseVersion(change: GrantFileChange, mergedAt: Date): { grant?: Grant; problem?: string } {
  if (change.text === undefined) {
    return {
      problem:
        change.tooLarge !== undefined
          ? `the file is too large to read (${change.tooLarge} bytes)`
          : 'the file could not be read',
    };
  }
  const parsed = parseSource({ path: change.path, text: change.text });
  const built = buildGrant(parsed, { merged: { at: mergedAt } });
  if (built.grant) return { grant: built.grant };
  const errors = built.findings.filter((f) => f.severity === 'error').slice(0, 3);
  return { problem: errors.length ? errors.map((f) => `${f.rule}: ${f.message}`).join('; ') : 'not a valid grant' };
}

function kindOf(previous: Version, grant: Grant | undefined, path: string): EventKind {
  const before = previous.grant;
  if (before && grant) {
    const delta = grant.expires.getTime() - before.expires.getTime();
    if (delta > 0) return 'extended';
    if (delta < 0) return 'shortened';
    if (path !== previous.path && JSON.stringify(semantic(before)) === JSON.stringify(semantic(grant)))
      return 'renamed';
  }
  return 'changed';
}

function semantic(g: Grant) {
  return [
    g.grantees,
    g.resource ?? null,
    g.inline ?? null,
    g.reason,
    g.ticket ?? null,
    g.starts?.getTime() ?? null,
    g.expires.getTime(),
  ];
}

function commitRef(commit: HistoryCommit): CommitRef {
  const claimed = claimedPullNumber(commit.subject);
  return {
    sha: commit.sha,
    at: commit.committedAt,
    author: commit.authorEmail ? `${commit.authorName} <${commit.authorEmail}>` : commit.authorName,
    subject: commit.subject,
    ...(claimed !== undefined ? { claimedPr: claimed } : {}),
  };
}

function pullLookup(commit: HistoryCommit, lookups: GitHubLookups | undefined): PullLookup {
  if (!lookups || !lookups.pulls.has(commit.sha)) {
    const claimed = claimedPullNumber(commit.subject);
    return { kind: 'not looked up', ...(claimed !== undefined ? { claimedNumber: claimed } : {}) };
  }
  const pull = lookups.pulls.get(commit.sha);
  return pull ? { kind: 'found', pull } : { kind: 'none' };
}

function toEvent(v: Version, { now, lookups }: EventOptions): GrantEvent {
  const index = v.chain.versions.indexOf(v);
  const next = v.chain.versions[index + 1];
  const removal = v.chain.removal;
  const mergedAt = v.commit.committedAt.getTime();
  const endOfFile = next ? next.commit.committedAt.getTime() : removal ? removal.committedAt.getTime() : Infinity;
  const pr = pullLookup(v.commit, lookups);

  let becameActiveAt: Date | undefined;
  let expiredAt: Date | undefined;
  if (v.grant) {
    const start = Math.max(mergedAt, v.grant.starts?.getTime() ?? -Infinity);
    const expires = v.grant.expires.getTime();
    if (start < Math.min(expires, endOfFile) && start <= now.getTime()) becameActiveAt = new Date(start);
    if (expires <= now.getTime() && mergedAt <= expires && expires <= endOfFile) expiredAt = v.grant.expires;
  }

  let approval: Approval = NOT_LOOKED_UP;
  if (pr.kind === 'none') {
    approval = { status: 'unapproved', detail: 'direct push', reviews: [] };
  } else if (pr.kind === 'found') {
    approval = evaluateApproval({
      pull: pr.pull,
      reviews: lookups?.reviews.get(pr.pull.number) ?? [],
      grant: v.grant,
      rules: lookups?.policies.get(baseOf(v.commit)),
      ...(lookups?.teams ? { teams: lookups.teams } : {}),
      breakGlassComments: lookups?.breakGlass?.get(breakGlassMarker(v.path, pr.pull.number)) ?? [],
      ...(lookups?.reviewRules ? { reviewRules: lookups.reviewRules } : {}),
      now,
      ...(lookups?.onCall ? { onCall: lookups.onCall } : {}),
    });
  }

  return {
    grantId: v.chain.id,
    event: v.event,
    path: v.path,
    ...(v.previousPath !== undefined ? { previousPath: v.previousPath } : {}),
    ...(v.grant ? { grant: v.grant } : {}),
    ...(v.problem !== undefined ? { problem: v.problem } : {}),
    commit: commitRef(v.commit),
    pr,
    approval,
    ...(becameActiveAt ? { becameActiveAt } : {}),
    ...(expiredAt ? { expiredAt } : {}),
    ...(next ? { supersededAt: next.commit.committedAt, supersededBy: next.commit.sha } : {}),
    ...(removal ? { removal: { commit: commitRef(removal), pr: pullLookup(removal, lookups) } } : {}),
  };
}

/** Until when this version of the file was on the default branch (exclusive); Infinity while it still is. */
export function inForceUntil(e: GrantEvent): number {
  return (e.supersededAt ?? e.removal?.commit.at)?.getTime() ?? Infinity;
}

/** The interval in which this version gave access, [from, to), or undefined when it never did. */
export function activeInterval(e: GrantEvent): { from: number; to: number } | undefined {
  if (!e.grant) return undefined;
  const from = Math.max(e.commit.at.getTime(), e.grant.starts?.getTime() ?? -Infinity);
  const to = Math.min(e.grant.expires.getTime(), inForceUntil(e));
  return from < to ? { from, to } : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
