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
import { expiredGrants, type ExpiredGrant } from '../cleanup/files.js';
import { prepareCleanup, syncCleanupPull, type CleanupOutcome, type CleanupTarget } from '../cleanup/cleanup-pull.js';
import { describeWrite, expireSummary } from '../cleanup/expire-summary.js';
import type { GitHubClient } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import type { ApplyOutcome } from '../report/outcome.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { prepareApply, pushPolicy } from './apply.js';
import { sendReminders, type ReminderOutcome } from './send-reminders.js';
import { githubClient } from './clients.js';
import type { ModeResult, RunContext } from './context.js';
import { grantOutputs } from './offline-pass.js';

export { syncCleanupPull, type CleanupOutcome, type CleanupTarget };
export type { CleanupAction } from '../cleanup/cleanup-pull.js';

export interface ExpireDeps {
  /** The Tailscale client (default: built from the inputs, its secrets masked at the run's edge). */
  tailscale?: TailscaleClient;
}

export async function expireMode(ctx: RunContext, deps: ExpireDeps = {}): Promise<ModeResult> {
  const github = githubClient(ctx);
  const applied = await revoke(ctx, github, deps.tailscale);
  for (const w of applied.writes) ctx.log.info(`tailpolicy: ${ctx.inputs.dryRun ? 'would send' : 'sent'} ${w}`);
  const compiled = applied.result.compiled;
  const expired: ExpiredGrant[] = expiredGrants(compiled);

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

  const failure = combineFailures(applied, ctx, cleanupFailure);
  const changed = applied.pushed || (!ctx.inputs.dryRun && applied.dnsChanged.length > 0);
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
  client: TailscaleClient | undefined,
): Promise<ApplyOutcome> {
  const prepared = await prepareApply(ctx, { github });
  const outcome = await pushPolicy(ctx, prepared, client);
  if (outcome.kind !== 'conflict') return outcome;
  ctx.log.warning(
    'The tailnet policy changed while this run was writing it (HTTP 412); reading it again and checking it for drift.',
  );
  return pushPolicy(ctx, prepared, client);
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
): { failure: string; exitCode: number } | undefined {
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
