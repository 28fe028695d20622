/**
 * `expire` mode (SPEC 2.3, 2.6): on a schedule, an `apply` at now (expired grants leave the
 * tailnet policy at once and scheduled ones start, whether or not anybody merges anything),
 * then one cleanup pull request that deletes every expired grant file.
 *
 * Order and independence (SPEC 4, properties 4 and 8):
 * - The policy push comes first and nothing after it can undo or skip it. An invalid grant is
 *   left out by applyPolicy and the narrower policy is still pushed; a GitHub failure while
 *   verifying approvals falls back to leaving out every unexpired grant (never wider); the run
 *   fails at the end, after the PR work.
 * - The PR work never blocks revocation and is itself idempotent and race-safe: one fixed
 *   branch; no new commit when the branch already holds exactly the right deletions on top of
 *   the default branch's head; "Reference already exists" and "A pull request already exists"
 *   (another run got there first) are answered by re-reading and updating.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import {
  CLEANUP_BRANCH,
  expiredGrants,
  expiredTable,
  expiringSoon,
  planCleanupPull,
  soonTable,
  accessSentence,
  type AccessReport,
  type CleanupPull,
  type ExpiredGrant,
} from '../cleanup/files.js';
import { readRepository } from '../repo.js';
import { readBack, rulesWhileActive } from './revocation.js';
import { tailscaleClient } from './clients.js';
import { longestGap, nextRun, parseCron, previousRun } from '../cleanup/schedule.js';
import { ExternalError, UserError } from '../shared/errors.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import type { GitHubClient, PlannedWrite, PullRequest } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import type { Compiled } from '../policy/compile.js';
import { formatDuration, humanUtc } from '../shared/time.js';
import { code, md } from '../report/escape.js';
import { pre, truncate, SUMMARY_LIMIT } from '../report/markdown.js';
import { applyPolicy, applySummary, type ApplyOutcome } from './apply.js';
import { githubClient } from './clients.js';
import type { ModeResult, RunContext } from './context.js';
import { grantOutputs, offlineCheck } from './offline.js';
import { commandContext, type CommandOptions } from './command.js';
import { sendReminders, type ReminderOutcome } from './reminders.js';

const run = promisify(execFile);

/** At most this many expired grants get their original PR looked up per run (bounded work). */
const MAX_ORIGIN_LOOKUPS = 30;

export type CleanupAction =
  | 'created' // a new PR was opened
  | 'updated' // the open PR's branch, title or body changed
  | 'unchanged' // the open PR was already exactly right
  | 'closed' // nothing is expired: the open PR was closed and its branch deleted
  | 'branch-deleted' // nothing is expired and no PR was open: a left-over branch was deleted
  | 'none'; // nothing is expired and there was nothing to clean up

export interface CleanupOutcome {
  action: CleanupAction;
  /** The cleanup PR this run created, updated, kept or closed (number 0 for one a dry run would create). */
  pull?: { number: number; url: string };
  /** A new commit was made (or, in a dry run, would be) on the cleanup branch. */
  committed: boolean;
  deletions: string[];
}

export interface CleanupTarget extends CleanupPull {
  defaultBranch: string;
  /** The default branch's head: the one parent of the cleanup commit. */
  baseSha: string;
}

/**
 * Brings the cleanup branch and PR in line with `target`: created, updated, left alone, or (no
 * deletions) closed with the branch deleted. Safe to run twice in a row and twice at once.
 */
export async function syncCleanupPull(github: GitHubClient, target: CleanupTarget): Promise<CleanupOutcome> {
  const open = await github.findOpenPullByHead(CLEANUP_BRANCH);
  const branchSha = await github.getBranchSha(CLEANUP_BRANCH);
  const { deletions } = target;

  if (deletions.length === 0) {
    if (open) await github.closePull(open.number);
    if (branchSha) await github.deleteBranch(CLEANUP_BRANCH);
    return {
      action: open ? 'closed' : branchSha ? 'branch-deleted' : 'none',
      ...(open && { pull: { number: open.number, url: open.htmlUrl } }),
      committed: false,
      deletions,
    };
  }

  const upToDate =
    branchSha !== undefined && open !== undefined && (await branchIsExactly(github, branchSha, open, target));
  if (!upToDate) {
    await github.commitFileChanges({
      branch: CLEANUP_BRANCH,
      baseSha: target.baseSha,
      message: target.commitMessage,
      deletions,
    });
  }
  const committed = !upToDate;

  if (open) {
    const changed = await updateIfNeeded(github, open, target);
    return {
      action: changed || committed ? 'updated' : 'unchanged',
      pull: { number: open.number, url: open.htmlUrl },
      committed,
      deletions,
    };
  }
  try {
    const created = await github.createPull({
      title: target.title,
      head: CLEANUP_BRANCH,
      base: target.defaultBranch,
      body: target.body,
    });
    return { action: 'created', pull: { number: created.number, url: created.htmlUrl }, committed, deletions };
  } catch (error) {
    // Another run opened it between our look and our create: update that one instead.
    if (!(error instanceof GitHubApiError && error.status === 422 && /already exists/i.test(error.githubMessage)))
      throw error;
    const other = await findOpenPull(github);
    if (!other) throw error;
    await updateIfNeeded(github, other, target);
    return { action: 'updated', pull: { number: other.number, url: other.htmlUrl }, committed, deletions };
  }
}

/**
 * True when the branch's tip is one commit on top of the default branch's head whose tree is
 * that head's tree minus exactly the deletions: its only parent is `baseSha` and the PR's
 * files (the diff from that parent) are exactly those files, removed.
 */
async function branchIsExactly(
  github: GitHubClient,
  branchSha: string,
  open: PullRequest,
  target: CleanupTarget,
): Promise<boolean> {
  if (open.headSha !== branchSha || open.baseRef !== target.defaultBranch) return false;
  // The newest commit touching a file the branch deletes is the branch's tip, with its parents.
  const [tip] = await github.listCommitsForPath(target.deletions[0]!, { sha: branchSha });
  if (!tip || tip.sha !== branchSha || tip.parents.length !== 1 || tip.parents[0] !== target.baseSha) return false;
  // The commit says whether the access is out: when that changed, a new commit says it rightly.
  if (tip.message.trim() !== target.commitMessage.trim()) return false;
  const files = await github.listPullFiles(open.number);
  const wanted = new Set(target.deletions);
  return files.length === wanted.size && files.every((f) => f.status === 'removed' && wanted.has(f.filename));
}

async function updateIfNeeded(github: GitHubClient, pull: PullRequest, target: CleanupTarget): Promise<boolean> {
  if (pull.title === target.title && (pull.body ?? '') === target.body) return false;
  await github.updatePull(pull.number, { title: target.title, body: target.body });
  return true;
}

/** The open cleanup PR, read again a few times: a PR just created elsewhere may take a moment to be listed. */
async function findOpenPull(github: GitHubClient): Promise<PullRequest | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const pull = await github.findOpenPullByHead(CLEANUP_BRANCH);
    if (pull) return pull;
    await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
  }
  return undefined;
}

// ---- the mode ----

export interface ExpireDeps {
  /** The Tailscale client (default: built from the inputs, masking each secret in the log). */
  tailscale?: TailscaleClient;
}

export async function expireMode(ctx: RunContext, deps: ExpireDeps = {}): Promise<ModeResult> {
  // Without a Tailscale credential nothing can be revoked: fail before touching GitHub, so no
  // cleanup pull request ever stands for a revocation that did not happen.
  let tailscale: TailscaleClient;
  try {
    tailscale = deps.tailscale ?? tailscaleClient(ctx.inputs, 'expire');
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      outputs: {},
      summary: `## tailpolicy expire\n\n❌ ${md(error.message, 600)} Nothing was revoked, and no cleanup pull request was made.\n`,
      failure: `${error.message} Nothing was revoked, and no cleanup pull request was made.`,
      exitCode: error.exitCode,
    };
  }
  const github = githubClient(ctx);
  const applied = await revoke(ctx, github, tailscale);
  for (const w of applied.writes) core.info(`tailpolicy: ${ctx.inputs.dryRun ? 'would send' : 'sent'} ${w}`);
  const compiled = applied.result.compiled;
  const expired = expiredGrants(compiled);
  // Read back, never assumed: is each expired grant's access out of the live policy now?
  const files = await readRepository(ctx.workspace, ctx.inputs.policyDir, ctx.inputs.grantsDir);
  const paths = expired.map((g) => g.path);
  const access = await readBack(tailscale, paths, rulesWhileActive(files, ctx.inputs.policyDir, compiled, paths));

  let cleanup: CleanupOutcome | undefined;
  let cleanupFailure: string | undefined;
  let skipped: Array<{ path: string; why: string }> = [];
  let origins = new Map<string, number>();
  let reminders: ReminderOutcome | undefined;
  let reminderFailure: string | undefined;
  if (!github) {
    core.warning(
      'No github-token (or no GITHUB_REPOSITORY): the policy was handled, but no cleanup pull request could be made. ' +
        'Pass github-token (the default is ${{ github.token }}) with permissions contents: write and pull-requests: write.',
    );
  } else {
    try {
      const prepared = await prepareCleanup(ctx, github, compiled, expired, access);
      skipped = prepared.skipped;
      origins = prepared.origins;
      cleanup = await syncCleanupPull(github, prepared.target);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      cleanupFailure = `${error.message}${permissionHint(error)}`;
    }
    try {
      const fallback = cleanup && cleanup.action !== 'closed' && cleanup.pull?.number ? cleanup.pull.number : undefined;
      reminders = await sendReminders(github, compiled, applied.approvedPulls ?? new Map(), fallback);
    } catch (error) {
      // A reminder is a courtesy: GitHub failing here never fails the revocation run.
      if (!(error instanceof GitHubApiError)) throw error;
      reminderFailure = error.message;
      core.warning(`Could not send the expiry reminders: ${error.message}`);
    }
    for (const w of github.plannedWrites()) core.info(`tailpolicy: would send ${describeWrite(w)}`);
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
      ctx,
      applied,
      expired,
      cleanup,
      cleanupFailure,
      skipped,
      origins,
      github,
      hasToken: github !== undefined,
      reminders,
      reminderFailure,
      access,
    }),
    ...(failure ?? {}),
  };
}

/**
 * The apply half. A 412 (another run, or anything else, wrote the policy between our read and
 * our write) is answered once by a fresh apply, which reads the policy again and checks it for
 * drift before deciding anything: never a blind retry. A GitHub failure while verifying
 * approvals does not block revocation: applyPolicy then leaves every unverified grant out.
 */
async function revoke(
  ctx: RunContext,
  github: GitHubClient | undefined,
  client: TailscaleClient | undefined,
): Promise<ApplyOutcome> {
  try {
    return await applyOnce412(ctx, { github, client });
  } catch (error) {
    return failedApply(ctx, error);
  }
}

/** One apply; after a 412, one more that reads the policy again and re-checks drift. */
async function applyOnce412(ctx: RunContext, opts: Parameters<typeof applyPolicy>[1]): Promise<ApplyOutcome> {
  const outcome = await applyPolicy(ctx, opts);
  if (!isConflict(outcome)) return outcome;
  core.warning(
    'The tailnet policy changed while this run was writing it (HTTP 412); reading it again and checking it for drift.',
  );
  return applyPolicy(ctx, opts);
}

/** Tailscale failed (or no credential): say so, and still make the cleanup PR. */
async function failedApply(ctx: RunContext, error: unknown): Promise<ApplyOutcome> {
  if (!(error instanceof ExternalError || error instanceof UserError)) throw error;
  const { result, policyFile } = await offlineCheck(ctx);
  return {
    result,
    policyFile,
    writes: [],
    pushed: false,
    dnsChanged: [],
    failure: error.message,
    exitCode: error.exitCode,
  };
}

/** applyPolicy returns exit code 3 with a push decision only when the write met a 412. */
function isConflict(o: ApplyOutcome): boolean {
  return o.exitCode === 3 && !o.pushed && o.decision?.action === 'push' && !o.result.compiled.baseErrors;
}

interface Prepared {
  target: CleanupTarget;
  skipped: Array<{ path: string; why: string }>;
  origins: Map<string, number>;
}

/**
 * What the cleanup branch should hold: the expired files that still exist, unchanged, at the
 * default branch's head (a grant extended or deleted since this checkout is left alone), and
 * the PR that added each one.
 */
async function prepareCleanup(
  ctx: RunContext,
  github: GitHubClient,
  compiled: Compiled,
  expired: ExpiredGrant[],
  access: AccessReport,
): Promise<Prepared> {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha)
    throw new GitHubApiError(404, 'GET', `/git/ref/heads/${defaultBranch}`, 'the default branch has no commit');
  const skipped: Prepared['skipped'] = [];
  let keep = expired;
  const checkedOut = ctx.sha ?? (await workspaceHead(ctx.workspace));
  if (checkedOut !== baseSha && expired.length > 0) {
    keep = [];
    for (const g of expired) {
      // What this run compiled (the file on disk) must be what the default branch holds now.
      const local = await readFile(join(ctx.workspace, g.path), 'utf8').catch(() => undefined);
      const remote = await github.getFileAt(g.path, baseSha);
      if (remote === undefined) skipped.push({ path: g.path, why: `already deleted on ${defaultBranch}` });
      else if (remote !== local)
        skipped.push({ path: g.path, why: `changed on ${defaultBranch} since this checkout; the next run decides` });
      else keep.push(g);
    }
  }
  const origins = await findOrigins(ctx, github, keep, baseSha, defaultBranch);
  const pull = planCleanupPull({ expired: keep, soon: expiringSoon(compiled), origins, access });
  return { target: { ...pull, defaultBranch, baseSha }, skipped, origins };
}

/**
 * The PR that added each grant file: the commit that added it (from the checkout's history, or
 * GitHub's when the checkout is shallow), then the merged PR that brought that commit.
 * Decoration only: a failed lookup leaves the column empty.
 */
async function findOrigins(
  ctx: RunContext,
  github: GitHubClient,
  expired: readonly ExpiredGrant[],
  baseSha: string,
  defaultBranch: string,
): Promise<Map<string, number>> {
  const origins = new Map<string, number>();
  const shallow = await isShallowCheckout(ctx.workspace);
  for (const g of expired.slice(0, MAX_ORIGIN_LOOKUPS)) {
    try {
      let added = shallow ? undefined : await addingCommit(ctx.workspace, g.path);
      if (!added) {
        const commits = await github.listCommitsForPath(g.path, { sha: baseSha });
        added = commits[commits.length - 1]?.sha;
      }
      if (!added) continue;
      const pulls = (await github.listPullsForCommit(added)).filter((p) => p.headRef !== CLEANUP_BRANCH);
      const pull =
        pulls.find((p) => p.merged && p.baseRef === defaultBranch) ?? pulls.find((p) => p.merged) ?? pulls[0];
      if (pull) origins.set(g.path, pull.number);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      core.warning(`Could not find the pull request that added ${g.path}: ${error.message}`);
    }
  }
  return origins;
}

async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

async function isShallowCheckout(root: string): Promise<boolean> {
  const out = await git(root, ['rev-parse', '--is-shallow-repository']);
  return out === undefined || out.trim() !== 'false';
}

async function workspaceHead(root: string): Promise<string | undefined> {
  return (await git(root, ['rev-parse', 'HEAD']))?.trim() || undefined;
}

async function addingCommit(root: string, path: string): Promise<string | undefined> {
  return (await git(root, ['log', '--diff-filter=A', '--format=%H', '-1', 'HEAD', '--', path]))?.trim() || undefined;
}

function permissionHint(error: GitHubApiError): string {
  if (error.status === 403 || error.status === 401) {
    return (
      ' Give the workflow `permissions: contents: write, pull-requests: write`, and allow GitHub Actions to create pull requests ' +
      '(Settings → Actions → General → Workflow permissions), or pass a github-token that may.'
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

function describeWrite(w: PlannedWrite): string {
  return `${w.method} ${w.route}${w.body ? ` ${JSON.stringify(w.body)}` : ''}`;
}

// ---- the summary ----

interface SummaryInput {
  ctx: RunContext;
  applied: ApplyOutcome;
  expired: ExpiredGrant[];
  cleanup?: CleanupOutcome;
  cleanupFailure?: string;
  skipped: Array<{ path: string; why: string }>;
  origins: Map<string, number>;
  github?: GitHubClient;
  hasToken: boolean;
  reminders?: ReminderOutcome;
  reminderFailure?: string;
  access: AccessReport;
}

export function expireSummary(s: SummaryInput): string {
  const dry = s.ctx.inputs.dryRun;
  const out = [`## tailpolicy expire${dry ? ' (dry run)' : ''}`, ''];
  out.push(
    policyLine(s.applied, dry, s.access),
    '',
    cleanupLine(s, dry),
    '',
    ...timing(s.ctx, s.applied.result.compiled),
    '',
  );
  out.push('### Cleanup pull request', '');
  if (s.expired.length) out.push(expiredTable(s.expired, s.origins, s.access));
  else out.push('_No expired grant files._', '');
  if (s.skipped.length) {
    out.push('Left out of the cleanup this run:', '', ...s.skipped.map((k) => `- ${code(k.path)}: ${md(k.why)}`), '');
  }
  const r = s.reminders;
  if (r && (r.sent.length || r.already.length || r.nowhere.length)) {
    out.push('### Reminders before expiry', '');
    out.push(...r.sent.map((x) => `- ${dry ? 'would remind' : 'reminded'}: ${md(x)}`));
    out.push(...r.already.map((x) => `- already reminded: ${md(x)}`));
    out.push(...r.nowhere.map((x) => `- no pull request to remind on: ${md(x)}`), '');
  }
  if (s.reminderFailure) out.push(`⚠️ Reminders: ${md(s.reminderFailure, 600)}`, '');
  const soon = expiringSoon(s.applied.result.compiled);
  if (soon.length) out.push('#### Expiring within 24 hours', '', soonTable(soon));
  const planned = s.github?.plannedWrites() ?? [];
  if (dry && planned.length) {
    out.push('### GitHub requests a real run would send', '', pre(planned.map((w) => describeWrite(w)).join('\n')));
  }
  out.push(applySummary(s.applied, s.ctx, 'Tailscale policy').replace(/^## /, '### '));
  return truncate(out.join('\n'), SUMMARY_LIMIT);
}

function policyLine(o: ApplyOutcome, dry: boolean, access: AccessReport): string {
  const paths = [...access.state.keys()];
  const back = paths.length ? ` ${md(accessSentence(paths, access))}` : '';
  if (o.failure && !o.pushed) return `❌ Tailscale: ${md(o.failure, 1200)}${back}`;
  const what =
    o.decision?.action === 'push'
      ? dry
        ? 'the policy would be pushed'
        : 'policy pushed'
      : 'the live policy already matches the repository';
  return `${o.failure ? '⚠️' : '✅'} Tailscale: ${what}.${back}${o.failure ? ` ${md(o.failure, 1200)}` : ''}`;
}

function cleanupLine(s: SummaryInput, dry: boolean): string {
  if (!s.hasToken) return '⚠️ Cleanup pull request: not made, because no github-token was given.';
  if (s.cleanupFailure) return `❌ Cleanup pull request: ${md(s.cleanupFailure, 600)}`;
  const c = s.cleanup;
  if (!c) return '';
  const ref = c.pull && c.pull.number > 0 ? `[#${c.pull.number}](${encodeURI(c.pull.url)})` : 'a new pull request';
  const n = c.deletions.length;
  const files = `${n} expired grant file${n === 1 ? '' : 's'}`;
  const would = dry ? 'would be ' : '';
  switch (c.action) {
    case 'created':
      return `✅ Cleanup pull request: ${ref} ${would}opened, deleting ${files}.`;
    case 'updated':
      return `✅ Cleanup pull request: ${ref} ${would}updated${c.committed ? ' (new commit on the current default branch)' : ''}, deleting ${files}.`;
    case 'unchanged':
      return `✅ Cleanup pull request: ${ref} is up to date, deleting ${files}.`;
    case 'closed':
      return `✅ Cleanup pull request: nothing is expired; ${ref} ${would}closed and its branch deleted.`;
    case 'branch-deleted':
      return `✅ Cleanup pull request: nothing is expired; the left-over branch ${code(CLEANUP_BRANCH)} ${would}deleted.`;
    case 'none':
      return '✅ Cleanup pull request: nothing is expired.';
  }
}

/**
 * When the policy changes next, and how late this schedule can make it: the next scheduled
 * run at or after that moment, the longest gap between runs, and how late this run started.
 */
function timing(ctx: RunContext, compiled: Compiled): string[] {
  const lines: string[] = [];
  const next = compiled.nextChange;
  if (next) {
    const events = compiled.grants.flatMap((g) => {
      if (!g.grant || g.state === 'expired') return [];
      const who = `${g.grant.grantees.join(', ')} on ${g.grant.resource ?? 'inline rules'}`;
      return [
        ...(g.grant.starts?.getTime() === next.getTime() ? [`${who} starts`] : []),
        ...(g.grant.expires.getTime() === next.getTime() ? [`${who} ends`] : []),
      ];
    });
    lines.push(
      `🕒 Next change: ${md(humanUtc(next))}${events.length ? ` (${md(events.slice(0, 5).join('; '), 400)}${events.length > 5 ? ', …' : ''})` : ''}.`,
    );
  } else {
    lines.push('🕒 Next change: none scheduled (no grant starts or ends later).');
  }
  const cron = typeof ctx.event.schedule === 'string' ? parseCron(ctx.event.schedule) : undefined;
  if (!cron) {
    lines.push(
      '',
      "A scheduled run applies each change at its next run after the change is due: revocation can be as late as the schedule's interval plus GitHub's start delay for scheduled runs.",
    );
    return lines;
  }
  const gap = longestGap(cron, ctx.now);
  const parts = [
    `This run was started by the schedule ${code(cron.text)}${gap ? ` (at most ${md(formatDuration(gap))} between runs)` : ''}.`,
  ];
  if (!ctx.inputs.now) {
    const due = previousRun(cron, ctx.now);
    if (due)
      parts.push(
        `It started ${md(lateness(ctx.now.getTime() - due.getTime()))} after its scheduled time (${md(humanUtc(due))}).`,
      );
  }
  if (next) {
    const at = nextRun(cron, next);
    if (at)
      parts.push(`The next change is applied by the run scheduled for ${md(humanUtc(at))}, plus GitHub's start delay.`);
  }
  lines.push('', parts.join(' '));
  return lines;
}

function lateness(ms: number): string {
  return ms < 60_000 ? `${Math.max(0, Math.round(ms / 1000))}s` : formatDuration(ms);
}

// ---- the command line: `tailpolicy expire [--dry-run]` ----

export type ExpireCommandOptions = CommandOptions;

/**
 * The same run as the action's, for a terminal or another CI: credentials from TS_API_KEY, or
 * TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET, and TS_TAILNET; the cleanup PR from
 * GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL. Secrets are never printed (no
 * `::add-mask::` lines: those would show the token in a terminal).
 */
export async function expireCommand(
  o: ExpireCommandOptions,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const { ctx, tailscale } = commandContext('expire', o, io);
  const result = await expireMode(ctx, { tailscale });
  const out = result.outputs;
  const lines = [
    `expired-grants: ${out['expired-grants'] ?? ''}`,
    `active-grants: ${out['active-grants'] ?? ''}`,
    `scheduled-grants: ${out['scheduled-grants'] ?? ''}`,
    `next-change: ${out['next-change'] || 'none'}`,
    `changed: ${out.changed ?? 'false'}`,
    `cleanup-pr: ${out['pr-number'] ? `#${out['pr-number']} ${out['pr-url']}` : 'none open'}`,
  ];
  io.stdout(lines.join('\n') + '\n');
  if (result.failure) {
    io.stderr(`tailpolicy: ${result.failure}\n`);
    return result.exitCode ?? 1;
  }
  return 0;
}
