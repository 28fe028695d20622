/**
 * The review of a break-glass grant after the fact (SPEC 1.3 `breakGlass`): which `/approve` and
 * `/revoke` comments on its review issue count, judged by the same rule as a pull request review
 * (an approver of the resource, not the PR's author, not a grantee), and what tailpolicy answers.
 * One judgement for apply, expire and the audit, so the issue is closed for exactly the review
 * the audit records. Pure.
 */
import type { TeamMembers } from '../policy/access.js';
import type { Grant } from '../policy/grants.js';
import type { Policy } from '../policy/merge.js';
import type { AccessConfig } from '../policy/access.js';
import { evaluateApprovals } from './approvals.js';
import { reviewCommand, type ReviewComment } from './auto-approve.js';

/** Every comment tailpolicy writes on a review issue carries this, so none is read as a command. */
export const REPLY_MARKER = '<!-- tailpolicy:break-glass-reply';

/** The grant path and pull request of a review issue, from its hidden marker (break-glass.ts). */
export function parseReviewMarker(body: string | null | undefined): { path: string; pull: number } | undefined {
  const m = /<!-- tailpolicy:break-glass-review ([^ ]+) #(\d+) -->/.exec(body ?? '');
  if (!m) return undefined;
  try {
    return { path: decodeURIComponent(m[1]!), pull: Number(m[2]) };
  } catch {
    return undefined;
  }
}

/** A command that counts: who gave it, when, and the comment it is in. */
export interface CountedCommand {
  user: string;
  at: string;
  commentId?: number;
  /** The text after `/revoke` on its line (the reason), one line. */
  reason?: string;
}

export interface ReviewJudgement {
  approved?: CountedCommand;
  revoked?: CountedCommand;
  /** Commands that do not count, and why (for the answer on the issue). */
  refused: Array<{ commentId?: number; user: string; command: 'approve' | 'revoke'; why: string }>;
}

export interface ReviewRules {
  access: AccessConfig;
  policy: Policy;
  teams?: TeamMembers;
}

/**
 * Judges the comments of a review issue: the first counting `/revoke` and the first counting
 * `/approve` (a revoke wins over an approve, as the audit reads it), and every command that does
 * not count with the approval rule's reason. tailpolicy's own comments are never commands.
 */
export function judgeReviewComments(
  grant: Pick<Grant, 'path' | 'grantees' | 'resource' | 'inline'>,
  rules: ReviewRules,
  author: string | null,
  comments: ReadonlyArray<ReviewComment & { id?: number }>,
): ReviewJudgement {
  const commands = comments
    .filter((c) => c.user && !c.body.includes(REPLY_MARKER))
    .map((c) => ({ comment: c, command: reviewCommand(c.body) }))
    .filter((c): c is { comment: ReviewComment & { id?: number }; command: 'approve' | 'revoke' } => !!c.command);
  const judgement: ReviewJudgement = { refused: [] };
  for (const kind of ['approve', 'revoke'] as const) {
    const given = commands.filter((c) => c.command === kind).map((c) => c.comment);
    const verdict = evaluateApprovals(
      grant,
      rules.access,
      rules.policy,
      { author, headSha: 'review' },
      given.map((c) => ({ user: c.user, state: 'APPROVED', commitId: 'review', submittedAt: c.createdAt })),
      undefined,
      rules.teams,
    );
    const counts = (c: ReviewComment) => verdict.counted.some((u) => u.toLowerCase() === c.user?.toLowerCase());
    const first = given.find(counts);
    if (first) {
      const counted: CountedCommand = {
        user: first.user!,
        at: first.createdAt,
        ...(first.id !== undefined ? { commentId: first.id } : {}),
        ...(kind === 'revoke' ? { reason: reasonOf(first.body) } : {}),
      };
      judgement[kind === 'approve' ? 'approved' : 'revoked'] = counted;
    }
    for (const c of given.filter((c) => !counts(c))) {
      const why =
        verdict.problem ??
        verdict.ignored.find((i) => i.user.toLowerCase() === c.user?.toLowerCase())?.why ??
        'not an approver';
      judgement.refused.push({ ...(c.id !== undefined ? { commentId: c.id } : {}), user: c.user!, command: kind, why });
    }
  }
  return judgement;
}

function reasonOf(body: string): string {
  const m = /(?:^|\n)\s*\/revoke\b[ \t]*([^\n]*)/i.exec(body);
  return (m?.[1] ?? '').trim();
}
