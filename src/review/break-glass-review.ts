/**
 * The review of a break-glass grant after the fact (SPEC 1.3 `breakGlass`): which `/approve` and
 * `/revoke` comments on its review issue count, judged by the same rule as a pull request review
 * (an approver of the resource, not the PR's author, not a grantee), and what tailpolicy answers.
 * One judgement for apply, expire and the audit, so the issue is closed for exactly the review
 * the audit records. Pure.
 *
 * Whose command counts is decided by the rules as of the comment: access.yaml on the default
 * branch's commit that was current when the comment was made (rules-as-of.ts reads them). Not the
 * rules of the run (they change after the fact, and the audit runs later still), and not those of
 * the pull request's base (an approver added since the merge may review it).
 */
import type { TeamMembers } from '../policy/access.js';
import type { Grant } from '../policy/grants.js';
import { evaluateApprovals, type CommitRules } from './approvals.js';
import { reviewCommand, type ReviewComment } from './auto-approve.js';

/** Every comment tailpolicy writes on a review issue carries this, so none is read as a command. */
export const REPLY_MARKER = '<!-- tailpolicy:break-glass-reply';

const MARKER = /<!-- tailpolicy:break-glass-review ([^ ]+) #(\d+) -->/g;

/**
 * The grant path and pull request of a review issue, from its first hidden marker (break-glass.ts):
 * the break-glass episode the issue is about now.
 */
export function parseReviewMarker(body: string | null | undefined): { path: string; pull: number } | undefined {
  const first = reviewMarkers(body)[0];
  return first && { path: first.path, pull: first.pull };
}

/**
 * Every marker of a review issue, first the current one. An issue that a later break-glass pull
 * request of the same grant took over keeps the markers of the earlier ones, so the audit still
 * finds their review here.
 */
export function reviewMarkers(body: string | null | undefined): Array<{ path: string; pull: number; marker: string }> {
  const out: Array<{ path: string; pull: number; marker: string }> = [];
  for (const m of (body ?? '').matchAll(MARKER)) {
    try {
      out.push({ path: decodeURIComponent(m[1]!), pull: Number(m[2]), marker: m[0] });
    } catch {
      // Not one of ours.
    }
  }
  return out;
}

/** A command that counts: who gave it, when, and the comment it is in. */
export interface CountedCommand {
  user: string;
  at: string;
  commentId?: number;
  /** The default branch's commit whose rules judged it. */
  asOf: string;
  /** The text after `/revoke` on its line (the reason), one line. */
  reason?: string;
}

export interface ReviewJudgement {
  approved?: CountedCommand;
  revoked?: CountedCommand;
  /** Commands that do not count, and why (for the answer on the issue). */
  refused: Array<{
    commentId?: number;
    user: string;
    command: 'approve' | 'revoke';
    why: string;
    /** The default branch's commit whose rules judged it (absent: they could not be read). */
    asOf?: string;
    /** The approvers by those rules. */
    approvers?: string[];
  }>;
}

/** access.yaml and the groups as of one commit of the default branch, or why they cannot be read. */
export type RulesAsOf = (CommitRules & { sha: string }) | { unknown: string };

export interface ReviewRules {
  /** The rules as of a comment's `created_at` (rules-as-of.ts readRulesAsOf). */
  asOf: (createdAt: string) => RulesAsOf;
  /** Membership of the teams those rules name, for those who gave a command (read today: GitHub keeps no history). */
  teams?: TeamMembers;
  /** The merge of the break-glass pull request: a command before it is about an earlier version, and ignored. */
  since?: Date;
}

/**
 * Judges the comments of a review issue: the first counting `/revoke` and the first counting
 * `/approve` (a revoke wins over an approve, as the audit reads it), and every command that does
 * not count with the approval rule's reason. Each command is judged by the rules as of its own
 * comment. tailpolicy's own comments are never commands.
 */
export function judgeReviewComments(
  grant: Pick<Grant, 'path' | 'grantees' | 'resource' | 'inline'>,
  rules: ReviewRules,
  author: string | null,
  comments: ReadonlyArray<ReviewComment & { id?: number }>,
): ReviewJudgement {
  const since = rules.since?.getTime() ?? -Infinity;
  const commands = comments
    .filter((c) => c.user && !c.body.includes(REPLY_MARKER) && !(Date.parse(c.createdAt) < since))
    .map((c) => ({ comment: c, command: reviewCommand(c.body) }))
    .filter((c): c is { comment: ReviewComment & { id?: number }; command: 'approve' | 'revoke' } => !!c.command)
    .sort((a, b) => a.comment.createdAt.localeCompare(b.comment.createdAt));
  const judgement: ReviewJudgement = { refused: [] };
  for (const { comment: c, command: kind } of commands) {
    const asOf = rules.asOf(c.createdAt);
    const id = c.id !== undefined ? { commentId: c.id } : {};
    if ('unknown' in asOf) {
      judgement.refused.push({ ...id, user: c.user!, command: kind, why: asOf.unknown });
      continue;
    }
    const verdict = evaluateApprovals(
      grant,
      asOf.access,
      asOf.policy,
      { author, headSha: 'review' },
      [{ user: c.user, state: 'APPROVED', commitId: 'review', submittedAt: c.createdAt }],
      undefined,
      rules.teams,
    );
    if (verdict.counted.length > 0) {
      const slot = kind === 'approve' ? 'approved' : 'revoked';
      judgement[slot] ??= {
        user: c.user!,
        at: c.createdAt,
        ...id,
        asOf: asOf.sha,
        ...(kind === 'revoke' ? { reason: reasonOf(c.body) } : {}),
      };
      continue;
    }
    const why = verdict.problem ?? verdict.ignored[0]?.why ?? 'not an approver';
    judgement.refused.push({ ...id, user: c.user!, command: kind, why, asOf: asOf.sha, approvers: verdict.approvers });
  }
  return judgement;
}

function reasonOf(body: string): string {
  const m = /(?:^|\n)\s*\/revoke\b[ \t]*([^\n]*)/i.exec(body);
  return (m?.[1] ?? '').trim();
}
