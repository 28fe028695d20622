/**
 * `breakGlass` after the merge (SPEC 1.3), in apply and expire:
 *
 * - apply opens one issue per break-glass grant, labelled `tailpolicy/break-glass-review`, asking
 *   the resource's approvers to review it by the deadline. A hidden marker (the grant's path and
 *   its pull request) finds the issue again, so a re-run or the next apply opens no second one.
 *   When what the issue should show has changed, its title and body are rewritten (nothing is
 *   written when they are current); a later break-glass pull request of the same grant takes over
 *   its open issue, whose body keeps the earlier markers (the audit finds their review there).
 * - An approver's `/approve` (judged by access.yaml as of the default branch's commit current when
 *   the comment was made, teams included, with the rule of a review: not the PR's author, not a
 *   grantee) is acknowledged and the issue closed. The audit judges by the same rules.
 * - An approver's `/revoke` takes the grant out of the policy at once (it is returned as
 *   withdrawn: the run leaves it out, and a narrowing push takes its rules out of the live
 *   policy), and expire, which may write branches, opens one pull request deleting its file.
 * - A command from anyone else is answered with why it does not count, once.
 * - When the grant's file is gone from the default branch, or the grant has expired, the issue
 *   is closed with a note.
 *
 * Every answer carries a hidden marker, so a re-run writes nothing twice. The audit reads the
 * same comments with the same judgement (review/break-glass-review.ts). GitHub failing here is a
 * warning: it must never stop the push (revocation never waits).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { syncCleanupPull } from '../cleanup/cleanup-pull.js';
import type { GitHubClient, Issue } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import type { GrantsCompiled } from '../policy/compile.js';
import type { Grant } from '../policy/grants.js';
import { trimDir, within } from '../policy/targets.js';
import { code, md } from '../report/escape.js';
import { BREAK_GLASS_REVIEW_LABEL, breakGlassMarker, reviewCommand } from '../review/auto-approve.js';
import {
  judgeReviewComments,
  parseReviewMarker,
  reviewMarkers,
  REPLY_MARKER,
  type CountedCommand,
} from '../review/break-glass-review.js';
import { readRulesAsOf } from '../review/rules-as-of.js';
import { readTeamMembers } from '../github/team-members.js';
import { teamsOf } from '../policy/access.js';
import { humanUtc } from '../shared/time.js';
import type { RunContext } from './context.js';
import type { BrokenGlass } from './unapproved.js';

export interface BreakGlassReviewOptions {
  /** Open the pull request that deletes a revoked grant (expire: its job may write branches). */
  deletionPulls: boolean;
}

/**
 * Opens the review issues of `broken`, then acts on every open review issue of this target's
 * grants. Returns the grants an approver revoked (path -> why), for the run to leave out.
 */
export async function reviewBreakGlass(
  ctx: RunContext,
  github: GitHubClient,
  broken: ReadonlyMap<string, BrokenGlass>,
  compiled: Pick<GrantsCompiled, 'grants' | 'access' | 'policy' | 'now'>,
  opts: BreakGlassReviewOptions,
): Promise<Map<string, string>> {
  const withdrawn = new Map<string, string>();
  const anyBreakGlass = [...compiled.access.resources.values()].some((r) => r.breakGlass);
  if (broken.size === 0 && !anyBreakGlass) return withdrawn;
  let issues: Issue[];
  try {
    issues = await github.listIssuesWithLabel(BREAK_GLASS_REVIEW_LABEL);
    await openReviews(ctx, github, broken, compiled, issues);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    ctx.log.warning(
      `Could not open or read the break-glass review issues: ${error.message}. ` +
        'The audit still flags break-glass grants until an approver reviews them.',
    );
    return withdrawn;
  }
  const grantsDir = trimDir(ctx.target.grantsDir);
  for (const issue of issues) {
    const marked = parseReviewMarker(issue.body);
    if (issue.state !== 'open' || !marked || !within(marked.path, grantsDir)) continue;
    try {
      await reviewIssue(ctx, github, issue, marked, broken, compiled, opts, withdrawn);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      ctx.log.warning(`Could not act on break-glass review issue #${issue.number}: ${error.message}`);
    }
  }
  return withdrawn;
}

async function openReviews(
  ctx: RunContext,
  github: GitHubClient,
  broken: ReadonlyMap<string, BrokenGlass>,
  compiled: Pick<GrantsCompiled, 'grants'>,
  existing: Issue[],
): Promise<void> {
  for (const [path, glass] of [...broken].sort(([a], [b]) => a.localeCompare(b))) {
    const marker = breakGlassMarker(path, glass.pull);
    const grant = compiled.grants.find((g) => g.path === path)?.grant;
    const title = `Break-glass review: ${path} (#${glass.pull})`;
    // This pull request's issue; else the open issue of an earlier break-glass pull request of the grant.
    const found =
      existing.find((i) => i.body?.includes(marker)) ??
      existing.find(
        (i) => i.state === 'open' && reviewMarkers(i.body).some((m) => m.path === path && m.pull < glass.pull),
      );
    if (found) {
      const earlier = reviewMarkers(found.body)
        .map((m) => m.marker)
        .filter((m) => m !== marker);
      const body = reviewBody(path, glass, grant, marker, earlier);
      // A closed issue is the record of a finished review: left as it is.
      if (found.state === 'open' && (found.body !== body || found.title !== title)) {
        await github.updateIssue(found.number, { title, body });
        Object.assign(found, { title, body });
        ctx.log.info(`${path}: break-glass, updated review issue #${found.number} to show the grant as it is now.`);
      } else ctx.log.info(`${path}: break-glass, review issue #${found.number} (${found.state}).`);
      continue;
    }
    const issue = await github.createIssue({
      title,
      body: reviewBody(path, glass, grant, marker, []),
      labels: [BREAK_GLASS_REVIEW_LABEL],
    });
    ctx.log.info(
      `${path}: break-glass, review required by ${humanUtc(glass.dueAt)}; opened review issue #${issue.number}.`,
    );
    existing.push({
      number: issue.number,
      htmlUrl: issue.htmlUrl,
      state: 'open',
      title: '',
      body: marker,
      author: null,
      labels: [BREAK_GLASS_REVIEW_LABEL],
      isPull: false,
    });
  }
}

type Comments = Awaited<ReturnType<GitHubClient['listIssueComments']>>;

/** The marker of one answer of tailpolicy on a review issue. */
const answerMarker = (what: string) => `${REPLY_MARKER} ${what} -->`;

async function reviewIssue(
  ctx: RunContext,
  github: GitHubClient,
  issue: Issue,
  { path, pull }: { path: string; pull: number },
  broken: ReadonlyMap<string, BrokenGlass>,
  compiled: Pick<GrantsCompiled, 'grants' | 'access' | 'policy' | 'now'>,
  opts: BreakGlassReviewOptions,
  withdrawn: Map<string, string>,
): Promise<void> {
  const entry = compiled.grants.find((g) => g.path === path);
  let comments: Comments | undefined;
  const read = async () => (comments ??= await github.listIssueComments(issue.number));
  /** Writes an answer once: a comment already carrying its marker is not written again. */
  const answer = async (what: string, text: string) => {
    const marker = answerMarker(what);
    if ((await read()).some((c) => c.body.includes(marker))) return;
    await github.createComment(issue.number, `${marker}\n${text}`);
  };
  const close = async (text: string, reason: 'completed' | 'not_planned') => {
    await answer('closed', text);
    await github.closeIssue(issue.number, reason);
    ctx.log.info(`${path}: closed break-glass review issue #${issue.number}.`);
  };

  if (!existsSync(join(ctx.workspace, path))) {
    if (opts.deletionPulls) await closeDeletionPull(github, path, pull);
    await close(
      `The grant file ${code(path)} is no longer on the default branch, so its access is over; closing this issue. ` +
        'The audit still reads the review comments here, on a closed issue too.',
      'completed',
    );
    return;
  }
  if (entry?.state === 'expired' && entry.grant) {
    if (opts.deletionPulls) await closeDeletionPull(github, path, pull);
    await close(
      `The grant expired at ${humanUtc(entry.grant.expires)}; closing this issue. The audit still reads the review ` +
        'comments here, on a closed issue too, and marks the grant overdue when no approver reviewed it by the deadline.',
      'completed',
    );
    return;
  }
  const glass = broken.get(path);
  // Only the break-glass episode this issue is about, and only a grant this run judged to be one.
  if (!glass || glass.pull !== pull || !entry?.grant) return;
  const grant = entry.grant;
  const all = await read();
  // Each command is judged by access.yaml as of the default branch's commit current when it was made.
  const given = all.filter((c) => !c.body.includes(REPLY_MARKER) && reviewCommand(c.body));
  const asOf = await readRulesAsOf(
    ctx.workspace,
    'HEAD',
    ctx.target.policyDirs,
    given.map((c) => c.createdAt),
  );
  // Team membership only of those who gave a command (tailpolicy's own answers are none).
  const teams = await readTeamMembers(
    github,
    [...new Set([...asOf.values()].flatMap((r) => ('access' in r ? teamsOf(r.access) : [])))],
    given.map((c) => c.user),
  );
  const judged = judgeReviewComments(
    grant,
    { asOf: (at) => asOf.get(at) ?? { unknown: `no rules read for ${at}` }, teams, since: glass.mergedAt },
    glass.author,
    all,
  );
  for (const r of judged.refused) {
    if (r.commentId === undefined) continue;
    await answer(
      `refused ${r.commentId}`,
      `The \`/${r.command}\` of ${md(r.user)} does not count: ${md(r.why)}.` +
        (r.asOf
          ? ` By access.yaml on the default branch when the comment was made (commit ${r.asOf.slice(0, 7)}), an approver of ` +
            `${md(grant.resource ?? 'the inline rules')} (${md((r.approvers ?? []).join(', '))}) who is neither the pull ` +
            "request's author nor a grantee reviews this grant."
          : ''),
    );
  }
  if (judged.revoked) {
    const who = judged.revoked;
    const why = `break-glass grant revoked by ${who.user} on review issue #${issue.number}${
      who.reason ? ` (${who.reason})` : ''
    }`;
    withdrawn.set(path, why);
    ctx.log.info(`${path}: ${why}; left out of the policy.`);
    if (!opts.deletionPulls) {
      ctx.log.info(`${path}: the scheduled expire run opens the pull request that deletes its file.`);
      return;
    }
    const marker = answerMarker('revoke-pull');
    if ((await read()).some((c) => c.body.includes(marker))) return;
    const deletion = await openDeletionPull(github, path, pull, issue.number, who);
    if (!deletion) return;
    await answer(
      'revoke-pull',
      `Revoked by ${md(who.user)}. Pull request #${deletion.number} deletes ${code(path)}: ${deletion.url}\n\n` +
        'From this run on, tailpolicy leaves the grant out of the policy it compiles, so each push takes its rules out ' +
        "of the live policy. This comment is written before the push: the run's summary says whether it succeeded. " +
        'This issue is closed when the file is gone from the default branch.',
    );
    return;
  }
  if (judged.approved) {
    const who = judged.approved;
    await close(
      `Review recorded: ${md(who.user)} approved this break-glass grant at ${humanUtc(new Date(who.at))}. ` +
        'The audit shows it as reviewed. To end the access before it expires, delete the grant file in a pull request.',
      'completed',
    );
  }
}

/** The branch of the pull request that deletes a revoked grant: one per grant and break-glass pull request. */
export function revokeBranch(path: string, pull: number): string {
  // A valid ref component (git check-ref-format): no "..", no special characters, not ending in "." or ".lock".
  const slug = path
    .replace(/\.ya?ml$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, 80)
    .replace(/^[-.]+/, '')
    .replace(/(?:[-.]|\.lock)+$/i, '');
  return `tailpolicy/revoke/${pull}-${slug || 'grant'}`;
}

/** Opens (or finds) the one pull request deleting `path`; undefined when the file is already gone on the default branch. */
async function openDeletionPull(
  github: GitHubClient,
  path: string,
  pull: number,
  issue: number,
  who: CountedCommand,
): Promise<{ number: number; url: string } | undefined> {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha || (await github.getFileAt(path, baseSha)) === undefined) return undefined;
  const outcome = await syncCleanupPull(github, {
    branch: revokeBranch(path, pull),
    deletions: [path],
    defaultBranch,
    baseSha,
    title: `Revoke break-glass grant ${path}`,
    commitMessage: `Revoke break-glass grant ${path}\n\nRevoked by ${who.user} on issue #${issue}.`,
    body: [
      '<!-- tailpolicy:revoke -->',
      `Deletes ${code(path)}: its break-glass access (pull request #${pull}) was revoked by ${md(who.user)} on #${issue}` +
        `${who.reason ? ` (${md(who.reason)})` : ''}.`,
      '',
      'tailpolicy already leaves the grant out of the policy it compiles; merging this removes the file, and with it ' +
        'the grant, from the repository. A deletion needs no approval.',
    ].join('\n'),
  });
  return outcome.pull;
}

/**
 * Closes a deletion pull request left open when the grant ended another way: with no deletions,
 * syncCleanupPull closes the pull request and deletes its branch, and does nothing without them.
 */
async function closeDeletionPull(github: GitHubClient, path: string, pull: number): Promise<void> {
  await syncCleanupPull(github, {
    branch: revokeBranch(path, pull),
    deletions: [],
    defaultBranch: '',
    baseSha: '',
    title: '',
    body: '',
    commitMessage: '',
  });
}

function reviewBody(
  path: string,
  glass: BrokenGlass,
  grant: Grant | undefined,
  marker: string,
  /** The markers of earlier break-glass pull requests of the grant whose issue this was. */
  earlier: readonly string[],
): string {
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
    'Comment `/approve` to record your review (tailpolicy then closes this issue), or `/revoke` with the reason to ' +
      'end the access: tailpolicy takes the grant out of the policy and opens the pull request that deletes its file. ' +
      "tailpolicy's audit marks the grant reviewed (who, when), revoked, or overdue after the deadline.",
    'A command counts when its author is an approver by access.yaml on the default branch at the time of the comment.',
    ...(earlier.length
      ? [
          '',
          `This issue also covers the earlier break-glass pull request(s) of the grant (${earlier
            .map((m) => `#${/#(\d+) -->$/.exec(m)?.[1] ?? '?'}`)
            .join(', ')}); a command counts for the version merged before it.`,
          ...earlier,
        ]
      : []),
  ].join('\n');
}
