/**
 * Whether a grant event had a qualifying approval (SPEC 2.4), judged from the PR and its
 * reviews as GitHub recorded them, with the same judgement the approval check and apply mode
 * use (review/approvals.ts). Pure.
 *
 * The rules are those in force on the default branch just before the grant merged (the merge
 * commit's first parent), so a PR cannot make its own reviewers approvers.
 */
import type { TeamMembers } from '../policy/access.js';
import type { Grant } from '../policy/grants.js';
import { breakGlassAnswer, onCallQuestion, type ReviewComment } from '../review/auto-approve.js';
import { judgeReviewComments, type RulesAsOf } from '../review/break-glass-review.js';
import { humanUtc } from '../shared/time.js';
import { evaluateApprovals, latestReviews, type CommitRules, type ReviewInput } from '../review/approvals.js';

export interface PullInfo {
  number: number;
  url: string;
  /** The author's GitHub login (null for a deleted account). */
  author: string | null;
  title: string;
  /** The PR's head commit when it merged: approvals must be on it. */
  headSha: string;
  mergedAt: string | null;
  /** Label names (`break-glass`). */
  labels?: string[];
}

/** The one review type of the approval rule (review/approvals.ts), as the audit records it. */
export type ReviewRecord = ReviewInput;

/** access.yaml and the merged policy (for its groups), as of one commit. */
/** access.yaml and the merged policy (for its groups), as of one commit. */
export type PolicyRules = CommitRules;

/** One approving review (the reviewer's latest decision), and whether it counts. */
export interface ApprovalEvidence {
  user: string;
  submittedAt: string | null;
  commitId: string | null;
  counts: boolean;
  /** Why it does not count. */
  notCounted?: string;
}

export interface Approval {
  /** `not verifiable`: only an on-call auto-approval could approve it, and PagerDuty could not be asked. */
  status: 'not looked up' | 'approved' | 'unapproved' | 'not verifiable';
  /** For `unapproved`: why, e.g. "direct push" or "0 of 1 qualifying approvals". */
  detail?: string;
  /** How many distinct qualifying approvals the rules ask for. */
  required?: number;
  reviews: ApprovalEvidence[];
}

export const NOT_LOOKED_UP: Approval = { status: 'not looked up', reviews: [] };

/**
 * The text of the `approval_status` column: `approved`, `unapproved (direct push)`, `not looked up`,
 * `on-call approval not verifiable: no PagerDuty token`.
 */
export function approvalStatusText(a: Approval): string {
  if (a.status === 'not verifiable') return a.detail ?? a.status;
  return a.detail ? `${a.status} (${a.detail})` : a.status;
}

/**
 * What PagerDuty said about an on-call question (requester, schedules, the merge): on call for a
 * schedule, not on call (why), or not asked / not answered (`unknown`: why not).
 */
export type OnCallFact = { schedule: string } | { why: string } | { unknown: string };

/** The key of an on-call question in `evaluateApproval`'s `onCall` map. */
export function onCallKey(requester: string, schedules: readonly string[], at: Date): string {
  return `${requester.toLowerCase()}\n${schedules.join(',')}\n${at.toISOString()}`;
}

/** Each reviewer's latest decision, where it is an approval (COMMENTED and PENDING change nothing). */
export function latestApprovals(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  return [...latestReviews(reviews).values()].filter((r) => r.state === 'APPROVED');
}

/** The approval check's reasons are written for the PR's author; the evidence states facts. */
const FOR_AUDITORS: Array<[RegExp, string]> = [
  [/^approved an older commit.*/, "approved an older commit, not the PR's head"],
];

export function evaluateApproval(input: {
  pull: PullInfo;
  reviews: readonly ReviewRecord[];
  /** Undefined when the file is not a valid grant. */
  grant: Grant | undefined;
  /** Undefined when the policy before the event could not be read. */
  rules: PolicyRules | undefined;
  /** Membership of the teams among the approvers, read from GitHub. */
  teams?: TeamMembers;
  /** The comments of the grant's break-glass review issue (none: no issue found). */
  breakGlassComments?: readonly ReviewComment[];
  /**
   * The rules each review comment is judged by: access.yaml as of the default branch's commit
   * current when it was made, by its `created_at` (review/rules-as-of.ts), as apply judged it.
   */
  reviewRules?: ReadonlyMap<string, RulesAsOf>;
  /** For a break-glass review's deadline. */
  now?: Date;
  /** PagerDuty's answers for `autoApprove.onCall` at the merge, by onCallKey. */
  onCall?: ReadonlyMap<string, OnCallFact>;
}): Approval {
  const { pull, grant, rules } = input;
  const approvals = latestApprovals(input.reviews);
  const evidence = (judge: (user: string) => string | undefined): ApprovalEvidence[] =>
    approvals.map((r) => {
      const notCounted = judge(r.user!);
      return {
        user: r.user!,
        submittedAt: r.submittedAt,
        commitId: r.commitId,
        counts: notCounted === undefined,
        ...(notCounted !== undefined ? { notCounted } : {}),
      };
    });

  if (!grant)
    return {
      status: 'unapproved',
      detail: 'not a valid grant file',
      reviews: evidence(() => 'the file is not a valid grant'),
    };
  if (!rules)
    return {
      status: 'unapproved',
      detail: 'approval rules unknown',
      reviews: evidence(() => 'the approval rules could not be read'),
    };
  const verdict = evaluateApprovals(
    grant,
    rules.access,
    rules.policy,
    { author: pull.author, headSha: pull.headSha },
    input.reviews,
    undefined,
    input.teams,
  );
  if (verdict.problem !== undefined) {
    const detail =
      grant.resource !== undefined
        ? `resource "${grant.resource}" not in access.yaml`
        : 'inline rules not allowed by access.yaml';
    return { status: 'unapproved', detail, reviews: evidence(() => 'no approval rules apply') };
  }
  const ignored = new Map(verdict.ignored.map((i) => [i.user.toLowerCase(), i.why]));
  const reviews = evidence((user) => {
    const why = ignored.get(user.toLowerCase());
    return why === undefined ? undefined : FOR_AUDITORS.reduce((text, [re, to]) => text.replace(re, to), why);
  });
  const { required } = verdict;
  const counting = verdict.counted.length;
  if (!verdict.approved && pull.mergedAt) {
    const glass = breakGlassReview(input, grant, rules, new Date(pull.mergedAt));
    if (glass) return { ...glass, required, reviews };
    const onCall = onCallApproval(input, grant, rules, new Date(pull.mergedAt), counting);
    if (onCall) return { ...onCall, required, reviews };
  }
  return verdict.approved
    ? { status: 'approved', required, reviews }
    : { status: 'unapproved', detail: `${counting} of ${required} qualifying approvals`, required, reviews };
}

/**
 * A grant applied through `breakGlass` (SPEC 1.3): reviewed when an approver (by the same rules
 * as a review: not the author, not a grantee) commented `/approve` on its review issue; revoked
 * on `/revoke`; otherwise pending until `reviewWithin` after the merge, then overdue.
 */
function breakGlassReview(
  input: Parameters<typeof evaluateApproval>[0],
  grant: Grant,
  rules: PolicyRules,
  mergedAt: Date,
): Pick<Approval, 'status' | 'detail'> | undefined {
  const answer = breakGlassAnswer(grant, rules.access, input.pull.labels ?? [], mergedAt);
  if (!answer || !('approved' in answer)) return undefined;
  const due = new Date(mergedAt.getTime() + answer.reviewWithinMs);
  const judged = judgeReviewComments(
    grant,
    {
      asOf: (at) => input.reviewRules?.get(at) ?? { unknown: `the approvers as of ${at} were not read` },
      ...(input.teams ? { teams: input.teams } : {}),
      since: mergedAt,
    },
    input.pull.author,
    input.breakGlassComments ?? [],
  );
  const judge = (kind: 'approve' | 'revoke') => {
    const c = kind === 'approve' ? judged.approved : judged.revoked;
    return c ? `${c.user} at ${humanUtc(new Date(c.at))}` : undefined;
  };
  const revoked = judge('revoke');
  if (revoked) return { status: 'unapproved', detail: `break-glass, revoked by ${revoked}` };
  const reviewed = judge('approve');
  if (reviewed) return { status: 'approved', detail: `break-glass, reviewed by ${reviewed}` };
  const now = input.now ?? new Date();
  return now.getTime() > due.getTime()
    ? { status: 'unapproved', detail: `break-glass, review overdue since ${humanUtc(due)}` }
    : { status: 'unapproved', detail: `break-glass, review pending until ${humanUtc(due)}` };
}

/**
 * `autoApprove.onCall` (SPEC 1.3), judged as apply judged it: the PR's author on call on one of
 * the base's schedules at the moment of the merge, by PagerDuty's answer. Without an answer (no
 * token, PagerDuty down) the grant is "not verifiable", not "unapproved": the audit cannot tell.
 */
function onCallApproval(
  input: Parameters<typeof evaluateApproval>[0],
  grant: Grant,
  rules: PolicyRules,
  mergedAt: Date,
  counting: number,
): Pick<Approval, 'status' | 'detail'> | undefined {
  const question = onCallQuestion(grant, rules.access, input.pull.author, mergedAt);
  if (!question) return undefined;
  const lacking = `${counting} of ${approvalsRequired(grant, rules)} qualifying approvals`;
  if ('why' in question) return { status: 'unapproved', detail: `${lacking}; not auto-approved: ${question.why}` };
  const fact = input.onCall?.get(onCallKey(question.requester, question.schedules, mergedAt)) ?? {
    unknown: 'no PagerDuty token',
  };
  if ('schedule' in fact)
    return {
      status: 'approved',
      detail: `auto-approved: on call for schedule ${fact.schedule} at merge time (${humanUtc(mergedAt)})`,
    };
  if ('why' in fact) return { status: 'unapproved', detail: `${lacking}; not auto-approved: ${fact.why}` };
  return { status: 'not verifiable', detail: `on-call approval not verifiable: ${fact.unknown}` };
}

function approvalsRequired(grant: Grant, rules: PolicyRules): number {
  return (
    (grant.resource !== undefined ? rules.access.resources.get(grant.resource) : rules.access.inline)?.approvals ?? 1
  );
}
