/**
 * `autoApprove.onCall` (SPEC 1.3): which grants may be approved by the fact that their requester
 * is on call, and what the plan says when one is (or is not). Only the facts that need no API are
 * decided here (the resource's rules on the base branch, who the requester is, that the grant is
 * for the requester alone, the tighter `maxDuration`); whether the requester is on call at the
 * moment is PagerDuty's answer, asked by the modes. Pure.
 */
import type { AccessConfig } from '../policy/access.js';
import type { Grant } from '../policy/grants.js';
import { formatDuration, humanUtc } from '../shared/time.js';

/** The question to ask PagerDuty, or why the grant cannot be auto-approved at all. */
export type OnCallQuestion = { requester: string; schedules: string[] } | { why: string };

/**
 * Undefined when the grant's resource (by the base's rules) has no `autoApprove.onCall`. The
 * requester is the PR's author mapped through `people`; the grant must give access to the
 * requester alone (on call is a fact about them, not about whoever they name) and last no longer
 * than `autoApprove.onCall.maxDuration` from `at` (the check, or the merge).
 */
export function onCallQuestion(
  grant: Grant,
  baseAccess: AccessConfig,
  author: string | null,
  at: Date,
): OnCallQuestion | undefined {
  const rules = grant.resource !== undefined ? baseAccess.resources.get(grant.resource) : undefined;
  const onCall = rules?.onCall;
  if (!onCall) return undefined;
  const requester = [...baseAccess.people].find(([, gh]) => gh.toLowerCase() === author?.toLowerCase())?.[0];
  if (!requester) return { why: `the PR's author ${author ?? '(unknown)'} is not mapped in access.yaml "people"` };
  if (grant.grantees.length !== 1 || grant.grantees[0] !== requester)
    return { why: `auto-approval covers only a grant to its requester (${requester}) alone` };
  const length = grantLength(grant, at);
  if (length > onCall.maxDurationMs)
    return {
      why: `it lasts ${formatDuration(length)}, longer than the ${onCall.maxDuration} that autoApprove.onCall allows`,
    };
  return { requester, schedules: onCall.schedules };
}

/** The plan's and the log's words for an on-call approval. */
export function onCallWords(schedule: string, until: Date | null): string {
  return `auto-approved: on call for schedule ${schedule} ${until ? `until ${humanUtc(until)}` : '(open-ended)'}`;
}

/** The label that asks for break-glass access (SPEC 1.3). */
export const BREAK_GLASS_LABEL = 'break-glass';
/** The label of the issue that asks the approvers to review a break-glass grant after the fact. */
export const BREAK_GLASS_REVIEW_LABEL = 'tailpolicy/break-glass-review';

/**
 * `breakGlass`: undefined when the PR does not carry the label or the resource (by the base's
 * rules) has no `breakGlass`; else approved ("break-glass: review required within 24h"), or why
 * not (longer than `breakGlass.maxDuration`, counted from `at`: the check, or the merge).
 */
export function breakGlassAnswer(
  grant: Grant,
  baseAccess: AccessConfig,
  labels: readonly string[],
  at: Date,
): { approved: string; reviewWithinMs: number } | { why: string } | undefined {
  if (!labels.includes(BREAK_GLASS_LABEL)) return undefined;
  const rules = grant.resource !== undefined ? baseAccess.resources.get(grant.resource) : undefined;
  const glass = rules?.breakGlass;
  if (!glass)
    return {
      why: `not break-glass: ${grant.resource ? `resource "${grant.resource}"` : 'an inline grant'} has no breakGlass in the base's access.yaml`,
    };
  const length = grantLength(grant, at);
  if (length > glass.maxDurationMs)
    return {
      why: `not break-glass: it lasts ${formatDuration(length)}, longer than the ${glass.maxDuration} that breakGlass allows`,
    };
  return {
    approved: `break-glass: review required within ${glass.reviewWithin}`,
    reviewWithinMs: glass.reviewWithinMs,
  };
}

/** How long a grant lasts from `at` (a `duration` grant: its duration). */
export function grantLength(grant: Grant, at: Date): number {
  return grant.duration
    ? grant.duration.ms
    : grant.expires.getTime() - Math.max(grant.starts?.getTime() ?? 0, at.getTime());
}

/** The hidden marker of the review issue of `path` applied through pull request `pull`. */
export function breakGlassMarker(path: string, pull: number): string {
  return `<!-- tailpolicy:break-glass-review ${encodeURIComponent(path)} #${pull} -->`;
}

/** A comment on a break-glass review issue. */
export interface ReviewComment {
  user: string | null;
  body: string;
  createdAt: string;
}

/** `/approve` or `/revoke` at the start of a line of a comment; the last one of each kind counts. */
export function reviewCommand(body: string): 'approve' | 'revoke' | undefined {
  const m = /(?:^|\n)\s*\/(approve|revoke)\b/i.exec(body);
  return m ? (m[1]!.toLowerCase() as 'approve' | 'revoke') : undefined;
}
