/**
 * The approval check (SPEC 2.4): a grant file that a pull request adds or changes needs
 * `approvals` approving reviews on the PR's head commit, from distinct GitHub users who map
 * through access.yaml `people` to members of the resource's (or `inline`) approvers. The PR's
 * author and the grant's grantees never count (a grantee group's members taken from the base
 * and the head); dismissed reviews do not count; each reviewer's latest decisive review is the
 * one that counts. Pure.
 */
import type { Review } from '../github/github-client.js';
import {
  groupMembers,
  includesUser,
  isTeam,
  type AccessConfig,
  type ApprovalRules,
  type TeamMembers,
} from '../policy/access.js';
import type { Grant } from '../policy/grants.js';
import type { Policy } from '../policy/merge.js';
import { compileGrants } from '../policy/compile.js';
import type { SourceText } from '../policy/source.js';

/**
 * What is being approved: a grant, or a change that widens grants of a resource (then `grantees`
 * are those of every widened grant, and `path` names the resource).
 */
export type ApprovalSubject = Pick<Grant, 'path' | 'grantees' | 'resource'> & { inline?: unknown };

/** The approval rules that govern a subject: its resource's, or `inline`'s. */
export function approvalRulesFor(subject: ApprovalSubject, access: AccessConfig): ApprovalRules | undefined {
  return subject.resource !== undefined ? access.resources.get(subject.resource) : access.inline;
}

/**
 * The logins a subject's grantees stand for, with group membership from every policy given
 * (base and head of a PR): a PR that adds its approver to a granted group must not let her count.
 */
export function granteeLogins(grantees: readonly string[], policies: readonly Policy[]): Set<string> {
  const out = new Set<string>();
  for (const g of grantees) {
    if (!g.startsWith('group:')) out.add(g);
    else for (const p of policies) for (const m of groupMembers(p).get(g) ?? []) out.add(m);
  }
  return out;
}

/** A review as the approval rule reads it: GitHub's review, without what the rule does not need. */
export type ReviewInput = Pick<Review, 'user' | 'state' | 'commitId' | 'submittedAt'>;

export interface ApprovalVerdict {
  path: string;
  approved: boolean;
  required: number;
  /** GitHub logins whose approval counts. */
  counted: string[];
  /** Approving reviews that do not count, and why. */
  ignored: Array<{ user: string; why: string }>;
  /** GitHub logins who could still give a counting approval. */
  candidates: string[];
  /** Who approves, as written in access.yaml (e.g. group:sre). */
  approvers: string[];
  /** Set when no approval can ever count (e.g. unknown resource). */
  problem?: string;
  /** Approved by a fact instead of reviews: "auto-approved: on call for schedule … until …". */
  auto?: string;
  /** Why `autoApprove` or `breakGlass` did not approve it (then reviews are needed, as without them). */
  autoWhy?: string;
}

type FactAnswer = { approved: string } | { why: string } | undefined;

/** Of several answers (break-glass, on call): the first that approves, else every reason why not. */
export function firstApproved(...answers: FactAnswer[]): FactAnswer {
  const given = answers.filter((a): a is NonNullable<FactAnswer> => a !== undefined);
  const yes = given.find((a) => 'approved' in a);
  if (yes) return yes;
  return given.length ? { why: given.map((a) => (a as { why: string }).why).join('; ') } : undefined;
}

/** The verdict once an on-call answer is known: approved by it, or carrying why not. */
export function withAutoApproval(
  verdict: ApprovalVerdict,
  answer: { approved: string } | { why: string } | undefined,
): ApprovalVerdict {
  if (!answer || verdict.approved || verdict.problem) return verdict;
  return 'approved' in answer
    ? { ...verdict, approved: true, auto: answer.approved }
    : { ...verdict, autoWhy: answer.why };
}

/** Each reviewer's latest decisive state (comments do not change an approval). */
export function latestReviews(reviews: readonly ReviewInput[]): Map<string, ReviewInput> {
  // ISO 8601 times of one format sort by code unit as they do by date. Not localeCompare: its
  // first call loads ICU's collator (about 9 ms of an apply), for the same order here.
  const ordered = [...reviews].sort((a, b) => {
    const [x, y] = [a.submittedAt ?? '', b.submittedAt ?? ''];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const latest = new Map<string, ReviewInput>();
  for (const r of ordered) {
    if (!r.user || r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(r.user.toLowerCase(), r);
  }
  return latest;
}

export function evaluateApprovals(
  grant: ApprovalSubject,
  access: AccessConfig,
  policy: Policy,
  pr: { author: string | null; headSha: string },
  reviews: readonly ReviewInput[],
  /** Also take grantees' group membership from this policy (the PR's head): base ∪ head. */
  headPolicy?: Policy,
  /** Membership of the teams among the approvers, read from GitHub (SPEC 1.3 `team:`). */
  teams?: TeamMembers,
): ApprovalVerdict {
  const rules = approvalRulesFor(grant, access);
  const base = { path: grant.path, counted: [], ignored: [], candidates: [] };
  if (!rules) {
    const problem =
      grant.resource !== undefined
        ? `resource "${grant.resource}" is not in access.yaml on the base branch; approvals follow the base branch's rules, so add the resource in its own pull request first`
        : 'access.yaml on the base branch has no "inline:" section; approvals follow the base branch\'s rules, so add it in its own pull request first';
    return { ...base, approved: false, required: 1, approvers: [], problem };
  }
  const groups = groupMembers(policy);
  // GitHub login → the login names it stands for.
  const byGitHub = new Map<string, string[]>();
  for (const [login, gh] of access.people)
    byGitHub.set(gh.toLowerCase(), [...(byGitHub.get(gh.toLowerCase()) ?? []), login]);
  const grantees = granteeLogins(grant.grantees, headPolicy ? [policy, headPolicy] : [policy]);
  const author = pr.author?.toLowerCase();
  const teamApprovers = rules.approvers.filter(isTeam);
  // A reviewer who approves through a team need not be in "people"; but then only a grant whose
  // every grantee maps to a GitHub login shows that the reviewer is none of them.
  const unmappedGrantees = [...grantees].filter((l) => l.includes('@') && !access.people.has(l));

  const whyNot = (gh: string): string | undefined => {
    if (gh === author) return 'the PR author';
    const logins = byGitHub.get(gh) ?? [];
    const team = teams ? teamApprovers.find((t) => teams.has(t, gh)) : undefined;
    if (logins.length === 0 && !team) return 'not mapped to a login in access.yaml "people"';
    if (logins.some((l) => grantees.has(l))) return 'a grantee';
    if (team && !logins.some((l) => includesUser(rules.approvers, l, groups))) {
      if (logins.length === 0 && unmappedGrantees.length > 0)
        return `a member of ${team} not mapped in "people", and grantee ${unmappedGrantees[0]} is not mapped either, so they cannot be told apart; map both under "people"`;
      return undefined;
    }
    if (!logins.some((l) => includesUser(rules.approvers, l, groups)))
      return `not among the approvers (${rules.approvers.join(', ')})`;
    return undefined;
  };

  const counted: string[] = [];
  const ignored: Array<{ user: string; why: string }> = [];
  for (const [gh, review] of latestReviews(reviews)) {
    if (review.state !== 'APPROVED') continue;
    const why =
      whyNot(gh) ?? (review.commitId !== pr.headSha ? 'approved an older commit; approve the latest one' : undefined);
    if (why) ignored.push({ user: review.user!, why });
    else counted.push(review.user!);
  }
  const candidates = [...byGitHub.keys()]
    .filter((gh) => whyNot(gh) === undefined && !counted.some((c) => c.toLowerCase() === gh))
    .map((gh) => [...access.people.values()].find((v) => v.toLowerCase() === gh)!)
    .sort();
  return {
    path: grant.path,
    approved: counted.length >= rules.approvals,
    required: rules.approvals,
    counted,
    ignored,
    candidates,
    approvers: rules.approvers,
  };
}

/** access.yaml and the merged policy (for its groups), as of one commit: what the approval rule judges by. */
export interface CommitRules {
  access: AccessConfig;
  policy: Policy;
}

/**
 * The approval rules of a commit, from its policy folder's files (git.ts filesAt), with the
 * compiler's own reading: the one way check, apply and the audit learn "who may approve what"
 * at a base commit.
 */
export function commitRules(policyDir: string | readonly string[], policyFiles: readonly SourceText[]): CommitRules {
  // The rules only: no grant files, so nothing to render.
  const compiled = compileGrants({ policyDir, policyFiles, grantFiles: [], now: new Date(0) });
  return { access: compiled.access, policy: compiled.policy };
}
