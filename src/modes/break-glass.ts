/**
 * `breakGlass` after the merge (SPEC 1.3): apply opens one issue per break-glass grant, labelled
 * `tailpolicy/break-glass-review`, asking the resource's approvers to review it by the deadline.
 * A hidden marker (the grant's path and its pull request) finds the issue again, so a re-run or
 * the next apply opens no second one. The audit reads the issue's `/approve` and `/revoke`
 * comments (audit/break-glass.ts). Failing to open it is a warning: it must not stop the push.
 */
import type { GitHubClient } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import type { Grant } from '../policy/grants.js';
import { code, md } from '../report/escape.js';
import { BREAK_GLASS_REVIEW_LABEL, breakGlassMarker } from '../review/auto-approve.js';
import { humanUtc } from '../shared/time.js';
import type { RunContext } from './context.js';
import type { BrokenGlass } from './unapproved.js';

export async function openBreakGlassReviews(
  ctx: RunContext,
  github: GitHubClient,
  broken: ReadonlyMap<string, BrokenGlass>,
  grants: ReadonlyMap<string, Grant>,
): Promise<void> {
  if (broken.size === 0) return;
  try {
    const existing = await github.listIssuesWithLabel(BREAK_GLASS_REVIEW_LABEL);
    for (const [path, glass] of [...broken].sort(([a], [b]) => a.localeCompare(b))) {
      const marker = breakGlassMarker(path, glass.pull);
      const found = existing.find((i) => i.body?.includes(marker));
      if (found) {
        ctx.log.info(`${path}: break-glass, review issue #${found.number} (${found.state}).`);
        continue;
      }
      const grant = grants.get(path);
      const issue = await github.createIssue({
        title: `Break-glass review: ${path} (#${glass.pull})`,
        body: reviewBody(path, glass, grant, marker),
        labels: [BREAK_GLASS_REVIEW_LABEL],
      });
      ctx.log.info(
        `${path}: break-glass, review required by ${humanUtc(glass.dueAt)}; opened review issue #${issue.number}.`,
      );
    }
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    ctx.log.warning(
      `Could not open the break-glass review issue(s) (${[...broken.keys()].join(', ')}): ${error.message}. ` +
        'The audit still flags these grants until an approver reviews them.',
    );
  }
}

function reviewBody(path: string, glass: BrokenGlass, grant: Grant | undefined, marker: string): string {
  const who = glass.mentions.map((m) => `@${m}`).join(', ') || md(glass.approvers.join(', '));
  return [
    marker,
    '## Break-glass access to review',
    '',
    `${code(path)} was applied **without approval**, through the \`break-glass\` label on pull request ` +
      `#${glass.pull}${glass.author ? ` by ${md(glass.author)}` : ''}, merged at ${humanUtc(glass.mergedAt)}.`,
    '',
    ...(grant
      ? [
          `- Grantees: ${md(grant.grantees.join(', '))}`,
          `- Resource: ${md(grant.resource ?? '(inline rules)')}`,
          `- Until: ${humanUtc(grant.expires)}`,
          `- Reason: ${md(grant.reason)}`,
          ...(grant.ticket !== undefined ? [`- Ticket: ${md(grant.ticket)}`] : []),
          `- Plan: ${glass.pullUrl}`,
        ]
      : []),
    '',
    `Review required by **${humanUtc(glass.dueAt)}** from the approvers (${md(glass.approvers.join(', '))}): ${who}.`,
    '',
    'Comment `/approve` to record your review, then close this issue. To end the access instead, comment ' +
      '`/revoke` with the reason and delete the grant file in a pull request (a deletion needs no approval). ' +
      "tailpolicy's audit marks the grant reviewed (who, when), revoked, or overdue after the deadline.",
  ].join('\n');
}
