/**
 * `expire` mode (SPEC 2.3, 2.6): on a schedule, an `apply` at now (expired grants leave the
 * tailnet policy at once and scheduled ones start, whether or not anybody merges anything),
 * then one cleanup pull request that deletes every expired grant file (cleanup/cleanup-pull.ts).
 *
 * Order and independence (SPEC 4, properties 4 and 8):
 * - The policy push comes first and nothing after it can undo or skip it. An invalid grant is
 *   left out by the apply and the narrower policy is still pushed; a GitHub failure while
 *   verifying approvals falls back to leaving out every unexpired grant (never wider); the run
 *   fails at the end, after the PR work.
 * - A 412 (another run, or anything else, wrote the policy between our read and our write) is
 *   answered once by reading the policy again and checking it for drift: never a blind retry.
 *   Only a conflict is retried; the outcome's kind says which it was.
 * - The PR work never blocks revocation; Tailscale failing never stops the PR work.
 */
import { expiredGrants, type AccessReport, type ExpiredGrant } from '../cleanup/files.js';
import { prepareCleanup, syncCleanupPull, type CleanupOutcome, type CleanupTarget } from '../cleanup/cleanup-pull.js';
import { describeWrite, expireSummary } from '../cleanup/expire-summary.js';
import type { GitHubClient } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import type { ApplyOutcome } from '../report/outcome.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { prepareApply, pushPolicy } from './apply.js';
import { sendReminders, type ReminderOutcome } from './send-reminders.js';
import { githubBudgetMs, githubClient, tailscaleFor } from './clients.js';
import { forTarget, type ModeResult, type RunContext } from './context.js';
import { grantOutputs, type RunFiles } from './offline-pass.js';
import { readBack, rulesWhileActive } from './revocation.js';
import { md } from '../report/escape.js';
import { UserError } from '../shared/errors.js';

export { syncCleanupPull, type CleanupOutcome, type CleanupTarget };
export type { CleanupAction } from '../cleanup/cleanup-pull.js';

export interface ExpireDeps {
  /** The Tailscale client (default: built from the inputs, its secrets masked at the run's edge). */
  tailscale?: TailscaleClient;
}

export async function expireMode(runCtx: RunContext, deps: ExpireDeps = {}): Promise<ModeResult> {
  // With tailpolicy.yaml, one target: its folders, its tailnet and its own cleanup branch.
  const ctx = forTarget(runCtx);
  // Without a Tailscale credential nothing can be revoked: fail before touching GitHub, so no
  // cleanup pull request ever stands for a revocation that did not happen.
  let tailscale: TailscaleClient;
  try {
    tailscale = deps.tailscale ?? tailscaleFor(ctx);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const failure = `${error.message} Nothing was revoked, and no cleanup pull request was made.`;
    return {
      outputs: {},
      summary: `## tailpolicy expire\n\n❌ ${md(failure, 800)}\n`,
      failure,
      exitCode: error.exitCode,
    };
  }
  // GitHub gets one budget before the push (approvals, the head check: when it runs out, unverified
  // grants are left out and the checkout is trusted, never wider) and one after it (the cleanup
  // PR, reminders), so a partly hung GitHub ends the run with a clear failure, not the job's timeout.
  const github = githubClient(ctx);
  const budgetMs = githubBudgetMs(ctx.env);
  github?.limitTime(budgetMs, `the ${Math.round(budgetMs / 1000)} s allowed for GitHub before the push`);
  const { applied, files } = await revoke(ctx, github, tailscale);
  github?.limitTime(budgetMs, `the ${Math.round(budgetMs / 1000)} s allowed for GitHub after the push`);
  for (const w of applied.writes) ctx.log.info(`tailpolicy: ${ctx.inputs.dryRun ? 'would send' : 'sent'} ${w}`);
  const compiled = applied.result.compiled;
  const expired: ExpiredGrant[] = expiredGrants(compiled);
  // Read back, never assumed: is each expired grant's access out of the live policy now?
  const paths = expired.map((g) => g.path);
  const access = await readBack(tailscale, paths, rulesWhileActive(files, ctx.target.policyDirs, compiled, paths));

  let cleanup: CleanupOutcome | undefined;
  let cleanupFailure: string | undefined;
  let skipped: Array<{ path: string; why: string }> = [];
  let origins = new Map<string, number>();
  let reminders: ReminderOutcome | undefined;
  let reminderFailure: string | undefined;
  const token = ctx.setting('github-token');
  if (!github) {
    ctx.log.warning(
      ctx.setting('github-token') === 'github-token'
        ? 'No github-token (or no GITHUB_REPOSITORY): the policy was handled, but no cleanup pull request could be made. ' +
            'Pass github-token (the default is ${{ github.token }}) with permissions contents: write and pull-requests: write.'
        : `No ${token} (or no GITHUB_REPOSITORY): the policy was handled, but no cleanup pull request could be made. ` +
            `Set ${token} to a token that may write contents and pull requests, and GITHUB_REPOSITORY to owner/name.`,
    );
  } else {
    try {
      const prepared = await prepareCleanup(
        { workspace: ctx.workspace, sha: ctx.sha, log: ctx.log },
        github,
        compiled,
        expired,
        access,
        ctx.target.name,
      );
      skipped = prepared.skipped;
      origins = prepared.origins;
      cleanup = await syncCleanupPull(github, prepared.target);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      cleanupFailure = `${error.message}${permissionHint(error, token)}`;
    }
    try {
      const fallback = cleanup && cleanup.action !== 'closed' && cleanup.pull?.number ? cleanup.pull.number : undefined;
      reminders = await sendReminders(github, compiled, applied.approvedPulls ?? new Map(), fallback);
    } catch (error) {
      // A reminder is a courtesy: GitHub failing here never fails the revocation run.
      if (!(error instanceof GitHubApiError)) throw error;
      reminderFailure = error.message;
      ctx.log.warning(`Could not send the expiry reminders: ${error.message}`);
    }
    for (const w of github.plannedWrites()) ctx.log.info(`tailpolicy: would send ${describeWrite(w)}`);
  }

  const failure = combineFailures(applied, ctx, cleanupFailure, access);
  const changed = applied.pushed || !!applied.narrowed?.pushed || (!ctx.inputs.dryRun && applied.dnsChanged.length > 0);
  const openPull =
    cleanup && cleanup.action !== 'closed' && cleanup.pull && cleanup.pull.number > 0 ? cleanup.pull : undefined;
  return {
    outputs: {
      ...grantOutputs(applied.result, applied.policyFile),
      changed: String(changed),
      'expired-grants': String(expired.length),
      'pr-number': openPull ? String(openPull.number) : '',
      'pr-url': openPull?.url ?? '',
    },
    summary: expireSummary({
      dryRun: ctx.inputs.dryRun,
      now: ctx.now,
      nowGiven: ctx.inputs.now !== undefined,
      schedule: typeof ctx.event.schedule === 'string' ? ctx.event.schedule : undefined,
      tokenSetting: token,
      applied,
      expired,
      cleanup,
      cleanupFailure,
      skipped,
      origins,
      reminders,
      reminderFailure,
      planned: github?.plannedWrites() ?? [],
      hasToken: github !== undefined,
      access,
    }),
    ...(failure ?? {}),
  };
}

/**
 * The apply half, checked offline once. Tailscale's failures come back as the outcome (so the
 * cleanup PR is still made); after a 412, one more push that reads the policy again and
 * re-checks drift. A GitHub failure while verifying approvals does not block revocation: the
 * apply then leaves every unverified grant out.
 */
async function revoke(
  ctx: RunContext,
  github: GitHubClient | undefined,
  client: TailscaleClient,
): Promise<{ applied: ApplyOutcome; files: RunFiles }> {
  const prepared = await prepareApply(ctx, { github });
  const outcome = await pushPolicy(ctx, prepared, client);
  if (outcome.kind !== 'conflict') return { applied: outcome, files: prepared.files };
  ctx.log.warning(
    'The tailnet policy changed while this run was writing it (HTTP 412); reading it again and checking it for drift.',
  );
  // The checkout was found current a moment ago; the second attempt only re-reads the policy.
  return { applied: await pushPolicy(ctx, prepared, client, { skipHeadCheck: true }), files: prepared.files };
}

function permissionHint(error: GitHubApiError, token: string): string {
  if (error.status === 403 || error.status === 401) {
    return (
      ' Give the workflow `permissions: contents: write, pull-requests: write`, and allow GitHub Actions to create pull requests ' +
      `(Settings → Actions → General → Workflow permissions), or pass a ${token} that may.`
    );
  }
  return '';
}

function combineFailures(
  applied: ApplyOutcome,
  ctx: RunContext,
  cleanupFailure: string | undefined,
  access: AccessReport,
): { failure: string; exitCode: number } | undefined {
  const notOut = [...access.state].filter(([, s]) => s !== 'out').map(([p]) => p);
  if (notOut.length && !ctx.inputs.dryRun) {
    // No run that leaves expired access live may pass, whatever else happened.
    const why = `Access NOT removed: ${notOut.join(', ')} (${access.error ? `the live policy could not be read back: ${access.error}` : 'read back from the live policy'}).`;
    const rest = combineFailures(applied, ctx, cleanupFailure, { state: new Map() });
    return { failure: rest ? `${rest.failure} ${why}` : why, exitCode: rest?.exitCode ?? 1 };
  }
  if (!applied.failure && !cleanupFailure) return undefined;
  const policy = applied.failure
    ? applied.failure
    : applied.pushed
      ? 'The policy was pushed'
      : ctx.inputs.dryRun
        ? 'The policy would be pushed'
        : 'The live policy already matched';
  if (!cleanupFailure) return { failure: applied.failure!, exitCode: applied.exitCode ?? 1 };
  const text = applied.failure
    ? `${policy} The cleanup pull request also failed: ${cleanupFailure}`
    : `${policy}, but the cleanup pull request failed: ${cleanupFailure}`;
  return { failure: text, exitCode: applied.exitCode === 1 ? 1 : 3 };
}
