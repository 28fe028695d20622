/**
 * `check` mode (SPEC 2.3): compile at now, validate offline, and on a pull request the plan and
 * the approval check, in one sticky comment and the job summary. Needs no Tailscale secret, so
 * it is safe on pull requests from forks.
 */
import type { CheckResult } from '../validate/offline.js';
import { GitHubApiError } from '../github/github-errors.js';
import { ensureCommit, filesAt } from '../git.js';
import { annotate } from '../report/annotations.js';
import { COMMENT_LIMIT, renderCheckMarkdown, truncate } from '../report/markdown.js';
import type { GitHubClient } from '../github/github-client.js';
import { PLAN_MARKER, renderPlanMarkdown } from '../report/plan-markdown.js';
import { evaluateApprovals, firstApproved, withAutoApproval, type ApprovalVerdict } from '../review/approvals.js';
import { expiredOnArrival, makePlan, resourceKey } from '../review/plan.js';
import { githubClient } from './clients.js';
import { forTargets, type ModeResult, type OutputName, type RunContext } from './context.js';
import { checkCommitFiles, grantOutputs, offlineCheck } from './offline-pass.js';
import { breakGlassAnswer } from '../review/auto-approve.js';
import { onCallJudge } from './on-call.js';
import { granteeGitHubLogins, readTeams } from './teams.js';
import { countFindings } from '../shared/findings.js';

export interface PullRequestEvent {
  number: number;
  headSha: string;
  baseSha: string;
  author: string | null;
  /** The labels in the event's payload (the API's, when GitHub can be asked, are fresher). */
  labels: string[];
}

export function pullRequestOf(ctx: RunContext): PullRequestEvent | undefined {
  // The payload of a pull_request or pull_request_review event (only the fields read here).
  const pr = ctx.event.pull_request as
    | {
        number?: unknown;
        head?: { sha: string };
        base?: { sha: string };
        user?: { login?: string } | null;
        labels?: Array<{ name?: unknown }>;
      }
    | undefined;
  if (!pr || typeof pr.number !== 'number') return undefined;
  return {
    number: pr.number,
    headSha: pr.head?.sha as string,
    baseSha: pr.base?.sha as string,
    author: pr.user?.login ?? null,
    labels: (Array.isArray(pr.labels) ? pr.labels : [])
      .map((l) => l?.name)
      .filter((n): n is string => typeof n === 'string'),
  };
}

/**
 * Every target of tailpolicy.yaml when no `target` is given (SPEC 1.5), each under a heading that
 * names its tailnet, in one summary and one sticky comment; otherwise the one tailnet.
 */
export async function checkMode(ctx: RunContext): Promise<ModeResult> {
  const targets = forTargets(ctx, { all: true });
  if (targets.length === 1 && targets[0]!.target.name === undefined) return checkTarget(targets[0]!);
  const pr = pullRequestOf(ctx);
  const results: ModeResult[] = [];
  for (const t of targets) results.push(await checkTarget(t, { comment: false }));
  const parts = results.map((r) => r.summary.replace(PLAN_MARKER, '').trim());
  const summary = (pr ? `${PLAN_MARKER}\n` : '') + parts.join('\n\n---\n\n') + '\n';
  const github = pr ? githubClient(ctx) : undefined;
  if (pr && github) await postPlan(ctx, github, pr, truncate(summary, COMMENT_LIMIT));
  const failures = results.flatMap((r, i) => (r.failure ? [`${targetTitle(targets[i]!)}: ${r.failure}`] : []));
  const sum = (name: OutputName) => String(results.reduce((n, r) => n + Number(r.outputs[name] ?? 0), 0));
  const next = results
    .map((r) => r.outputs['next-change'] ?? '')
    .filter(Boolean)
    .sort()[0];
  const only = results.length === 1 ? results[0]!.outputs : {};
  return {
    outputs: {
      ...only,
      changed: 'false',
      'active-grants': sum('active-grants'),
      'scheduled-grants': sum('scheduled-grants'),
      'expired-grants': sum('expired-grants'),
      'next-change': next ?? '',
    },
    summary,
    ...(failures.length ? { failure: failures.join(' '), exitCode: 1 } : {}),
  };
}

/** "prod (tailnet example.com)": how a plan or summary names the tailnet of a target. */
export function targetTitle(ctx: RunContext): string {
  const t = ctx.target;
  return t.name === undefined
    ? 'tailpolicy'
    : `${t.name} (tailnet ${t.tailnet === '-' ? "the credential's own" : t.tailnet})`;
}

async function checkTarget(ctx: RunContext, opts: { comment?: boolean } = {}): Promise<ModeResult> {
  const named = ctx.target.name !== undefined;
  const pr = pullRequestOf(ctx);
  // A `duration` grant counts from its merge: what has merged is judged by the base's history.
  if (pr) await ensureCommit(ctx.workspace, pr.baseSha);
  const { result, policyFile } = await offlineCheck(ctx, pr ? { mergeRef: pr.baseSha } : {});
  annotate(ctx.log, result.findings);
  const outputs = { ...grantOutputs(result, policyFile), changed: 'false' };
  const errors = countFindings(result.findings, 'error');
  if (!pr) {
    return {
      outputs,
      summary: renderCheckMarkdown(result, named ? `tailpolicy check — ${targetTitle(ctx)}` : undefined),
      ...(result.ok
        ? {}
        : { failure: `The policy or grants have ${errors} error(s); see the annotations.`, exitCode: 1 }),
    };
  }
  const review = await reviewPullRequest(ctx, result, pr, {
    comment: opts.comment ?? true,
    ...(named ? { title: `tailpolicy plan — ${targetTitle(ctx)}` } : {}),
  });
  const allErrors = errors + review.arrivedExpired;
  const failures = [
    allErrors ? `the policy or grants have ${allErrors} error(s)` : '',
    review.missing ? `${review.missing} grant(s) lack the approvals they need` : '',
    review.widening
      ? `${review.widening} resource change(s) widen grants without the approvals the resource needs`
      : '',
    review.overLimits ? `${review.overLimits} grant(s) break the limits of the base branch's access.yaml` : '',
  ].filter(Boolean);
  return {
    outputs,
    summary: review.markdown,
    ...(failures.length
      ? { failure: `Check failed: ${failures.join('; ')}. See the plan in the job summary.`, exitCode: 1 }
      : {}),
  };
}

async function reviewPullRequest(
  ctx: RunContext,
  head: CheckResult,
  pr: PullRequestEvent,
  opts: { comment: boolean; title?: string },
): Promise<{ markdown: string; missing: number; widening: number; overLimits: number; arrivedExpired: number }> {
  const { policyDirs, grantsDir } = ctx.target;
  await ensureCommit(ctx.workspace, pr.baseSha);
  const baseFiles = await filesAt(ctx.workspace, pr.baseSha, [...policyDirs, grantsDir]);
  const base = await checkCommitFiles(
    ctx.workspace,
    pr.baseSha,
    baseFiles,
    { policyDir: policyDirs, grantsDir, ...(ctx.target.scope ? { scope: ctx.target.scope } : {}) },
    head.compiled.now,
  );
  const github = githubClient(ctx);
  const reviews = github ? await github.listReviews(pr.number) : [];
  // Teams among the base's approvers and eligible: read for the reviewers and the changed grants' grantees.
  const changed = makePlan(base.compiled, head.compiled).grants.flatMap((c) => c.after?.grant?.grantees ?? []);
  const teams = await readTeams(github, base.compiled.access, [
    ...reviews.filter((r) => r.state === 'APPROVED').map((r) => r.user),
    ...granteeGitHubLogins(changed, base.compiled.access, [base.compiled.policy, head.compiled.policy]),
  ]);
  const plan = makePlan(base.compiled, head.compiled, teams);
  // Only a pull request can bring a grant that has already ended: an error there, not on main.
  const arrived = expiredOnArrival(plan);
  annotate(ctx.log, arrived);
  head = { ...head, findings: [...head.findings, ...arrived], ok: head.ok && arrived.length === 0 };
  // Approvals are judged by the rules in force on the base branch: a pull request must not be
  // able to make its author an approver, or a resource easier to get, and use that at once.
  const changedGrants = plan.grants.filter((c) => c.kind !== 'removed' && c.after?.grant);
  const verdicts: ApprovalVerdict[] = changedGrants.map((c) =>
    evaluateApprovals(
      c.after!.grant!,
      base.compiled.access,
      base.compiled.policy,
      pr,
      reviews,
      head.compiled.policy,
      teams,
    ),
  );
  // autoApprove.onCall: a grant that reviews have not approved may be approved by its requester
  // being on call now (at the head commit's check), by the base's rules.
  // breakGlass: a PR labelled break-glass needs no approval before, within breakGlass.maxDuration.
  const onCall = onCallJudge(ctx);
  const labels = github
    ? await github.getPull(pr.number).then(
        (p) => p.labels,
        (e: unknown) => {
          if (!(e instanceof GitHubApiError)) throw e;
          return pr.labels; // the event's own, a moment older
        },
      )
    : pr.labels;
  for (const [i, c] of changedGrants.entries()) {
    if (verdicts[i]!.approved) continue;
    const grant = c.after!.grant!;
    const glass = breakGlassAnswer(grant, base.compiled.access, labels, head.compiled.now);
    const answer =
      glass && 'approved' in glass
        ? glass
        : firstApproved(glass, await onCall.judge(grant, base.compiled.access, pr.author, head.compiled.now));
    verdicts[i] = withAutoApproval(verdicts[i]!, answer);
  }
  const missing = verdicts.filter((v) => !v.approved).length;
  // A resource change that widens grants the PR leaves alone needs the resource's approvals,
  // by the base's rules, as a new grant would; the widened grants' grantees never count.
  const resourceVerdicts = plan.resources
    .filter((r) => r.widened.length > 0)
    .map((r) =>
      evaluateApprovals(
        {
          path: resourceKey(r.resource),
          grantees: [...new Set(r.widened.flatMap((g) => g.grantees))],
          resource: r.resource,
        },
        base.compiled.access,
        base.compiled.policy,
        pr,
        reviews,
        head.compiled.policy,
        teams,
      ),
    );
  const widening = resourceVerdicts.filter((v) => !v.approved).length;
  const overLimits = plan.grants.filter((c) => c.baseLimits?.length).length;
  const markdown = renderPlanMarkdown(plan, [...verdicts, ...resourceVerdicts], head, {
    approvalsLookedUp: github !== undefined,
    ...(opts.title ? { title: opts.title } : {}),
  });
  if (github && opts.comment) await postPlan(ctx, github, pr, markdown);
  return { markdown, missing, widening, overLimits, arrivedExpired: arrived.length };
}

async function postPlan(ctx: RunContext, github: GitHubClient, pr: PullRequestEvent, markdown: string): Promise<void> {
  try {
    await github.upsertStickyComment(pr.number, PLAN_MARKER, markdown);
  } catch (e) {
    // A fork's pull request gets a read-only token: the plan stays in the job summary.
    if (!(e instanceof GitHubApiError) || (e.status !== 403 && e.status !== 404)) throw e;
    ctx.log.warning(`Could not comment on the pull request (${e.status}); the plan is in the job summary.`);
  }
}
