/**
 * Access requests as pull requests (SPEC 2.8): `tailpolicy request` on the command line and
 * `mode: request` on `issues` events both end here. The request is checked against the
 * repository's rules first; then the grant file is committed through GitHub's API on its own
 * branch (a verified commit; no push credentials in the runner or the terminal), the pull
 * request opened (or updated) with the plan in its body, and review requested from the
 * resource's approvers.
 *
 * `mode: request` also handles `pull_request` `closed` events of the PRs it opened: the issue is
 * closed (completed when merged, not planned otherwise), so one workflow with both triggers
 * keeps the issue and its PR together.
 */
import type { GitHubClient } from '../github/github-client.js';
import { GitHubApiError } from '../github/github-errors.js';
import { readRepository } from '../repo.js';
import { code, md, oneLine } from '../report/escape.js';
import type { SourceText } from '../policy/source.js';
import { UserError } from '../shared/errors.js';
import { isoUtc, parseDuration } from '../shared/time.js';
import { mergeTimes } from './merged-at.js';
import { PLAN_MARKER, renderPlanMarkdown } from '../report/plan-markdown.js';
import { evaluateApprovals } from '../review/approvals.js';
import { makePlan } from '../review/plan.js';
import {
  checkRequest,
  findRequester,
  grantFileText,
  parseIssueForm,
  requestFieldProblems,
  requestNames,
  reviewersFor,
  slug,
  type AccessRequest,
  type Requester,
} from '../review/request-form.js';
import { checkRepository } from '../validate/offline.js';
import { githubClient } from './clients.js';
import { forTarget, type ModeResult, type RunContext } from './context.js';

/** The one comment tailpolicy keeps on an access-request issue. */
export const REQUEST_MARKER = '<!-- tailpolicy:request -->';
const issueMarker = (n: number) => `<!-- tailpolicy:request-issue=${n} -->`;

export interface RequestInput {
  root: string;
  policyDir: string | readonly string[];
  grantsDir: string;
  now: Date;
  request: AccessRequest;
  requester: Requester;
  /** Who opens the PR (the token's user): never asked to review. */
  author: string | null;
  github?: GitHubClient;
  dryRun: boolean;
  /** When the request came from an issue: its number fixes the branch, so an edit updates the same PR. */
  issue?: number;
}

export interface RequestOutcome {
  path: string;
  text: string;
  branch: string;
  title: string;
  body: string;
  /** What to fix; no PR was opened when this is not empty. */
  problems: string[];
  /** Markdown of the plan (escaped). */
  plan: string;
  pull?: { number: number; url: string; created: boolean };
  reviewers: string[];
  teamReviewers: string[];
  warnings: string[];
}

/** Checks the request and, unless it has problems or this is a dry run, opens or updates its PR. */
export async function openRequest(input: RequestInput): Promise<RequestOutcome> {
  const { request, requester, github } = input;
  const files = await readRepository(input.root, input.policyDir, input.grantsDir);
  const existing = new Set(files.grantFiles.map((f) => f.path));
  const suffix = input.issue !== undefined ? `-issue-${input.issue}` : '';
  let names = requestNames(request, requester, input.now, input.grantsDir, (p) => existing.has(p), suffix);
  if (input.issue !== undefined) {
    names = { ...names, branch: `access/${slug(requester.github ?? requester.login)}-issue-${input.issue}` };
  } else if (github) {
    // A branch of the same name from an earlier request today: take the next free name.
    const branches = new Map<string, boolean>();
    for (let n = 0; n < 20; n++) {
      const taken = (p: string, b: string) => existing.has(p) || branches.get(b) === true;
      names = requestNames(request, requester, input.now, input.grantsDir, taken);
      if (branches.has(names.branch)) break;
      branches.set(names.branch, (await github.getBranchSha(names.branch)) !== undefined);
      if (!branches.get(names.branch)) break;
    }
  }
  const text = grantFileText(request, schemaPath(input.grantsDir, names.path));
  const check = checkRequest(
    { policyDir: input.policyDir, policyFiles: files.policyFiles, grantFiles: files.grantFiles },
    { path: names.path, text },
    input.now,
  );
  const title = `Access: ${request.grantee} → ${request.resource} for ${request.duration}`;
  const outcome: RequestOutcome = {
    ...names,
    text,
    title,
    body: '',
    problems: check.problems,
    plan: '',
    reviewers: [],
    teamReviewers: [],
    warnings: [],
  };
  const grant = check.head.compiled.grants.find((g) => g.path === names.path)?.grant;
  if (check.problems.length > 0 || !grant) return outcome;

  const plan = makePlan(check.base.compiled, check.head.compiled);
  const base = check.base.compiled;
  const verdicts = [evaluateApprovals(grant, base.access, base.policy, { author: input.author, headSha: '' }, [])];
  outcome.plan = renderPlanMarkdown(plan, verdicts, check.head, { approvalsLookedUp: false, title: 'Access request' })
    .replace(PLAN_MARKER, '')
    .trim();
  outcome.body = requestBody(input, outcome);
  Object.assign(outcome, reviewersFor(grant, base.access, base.policy, input.author));
  if (input.dryRun || !github) return outcome;
  const message = `${title}\n\nRequested by ${requester.login}${input.issue !== undefined ? ` in issue #${input.issue}` : ''}.`;
  await publish(github, outcome, message);
  return outcome;
}

/**
 * One verified commit holding `o.text` at `o.path` on `o.branch`, made on the default branch's
 * tip through the API (an earlier commit of the branch is replaced), then the PR opened or
 * updated, and review requested. Sets `o.pull`.
 */
export async function publish(
  github: GitHubClient,
  o: Pick<
    RequestOutcome,
    'branch' | 'path' | 'text' | 'title' | 'body' | 'reviewers' | 'teamReviewers' | 'warnings'
  > & {
    pull?: RequestOutcome['pull'];
  },
  message: string,
): Promise<void> {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha)
    throw new GitHubApiError(404, 'GET', `/git/ref/heads/${defaultBranch}`, 'the default branch has no commit');
  await github.commitFileChanges({
    branch: o.branch,
    baseSha,
    message,
    deletions: [],
    additions: { [o.path]: o.text },
  });
  const open = await github.findOpenPullByHead(o.branch);
  if (open) {
    await github.updatePull(open.number, { title: o.title, body: o.body });
    o.pull = { number: open.number, url: open.htmlUrl, created: false };
  } else {
    const created = await github.createPull({ title: o.title, head: o.branch, base: defaultBranch, body: o.body });
    o.pull = { number: created.number, url: created.htmlUrl, created: true };
  }
  try {
    await github.requestReviewers(o.pull.number, { reviewers: o.reviewers, teamReviewers: o.teamReviewers });
  } catch (e) {
    // A reviewer who is not a collaborator is refused (422); the PR stands, its plan names who can approve.
    if (!(e instanceof GitHubApiError)) throw e;
    o.warnings.push(`Could not request reviews (${e.message}); the plan names who can approve.`);
  }
}

/** `grants/x.yaml` → `../schemas/grant.schema.json`, from the file's folder to the repository's root. */
function schemaPath(grantsDir: string, path: string): string {
  const depth = path.split('/').length - 1;
  void grantsDir;
  return `${'../'.repeat(depth)}schemas/grant.schema.json`;
}

function requestBody(input: RequestInput, o: RequestOutcome): string {
  const origin =
    input.issue !== undefined
      ? `Opened by tailpolicy from access-request issue #${input.issue}. Edit the issue to change the request.`
      : 'Opened with `tailpolicy request`.';
  return [
    ...(input.issue !== undefined ? [issueMarker(input.issue)] : []),
    `**Access request** for ${md(input.request.grantee)}: ${code(input.request.resource)} for ${md(input.request.duration)}, counted from the merge.`,
    '',
    origin,
    '',
    o.plan,
  ].join('\n');
}

// ---- mode: request ----

export async function requestMode(runCtx: RunContext): Promise<ModeResult> {
  const ctx = forTarget(runCtx);
  const action = typeof ctx.event.action === 'string' ? ctx.event.action : '';
  if (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') {
    return action === 'closed' ? closeIssueOfPull(ctx) : nothing(ctx, `pull_request ${action}: nothing to do.`);
  }
  if (ctx.eventName !== 'issues') {
    return {
      outputs: {},
      summary: '',
      failure: `mode: request runs on "issues" (opened, edited) and "pull_request" (closed) events, not "${ctx.eventName ?? 'none'}".`,
      exitCode: 2,
    };
  }
  if (!['opened', 'edited', 'reopened'].includes(action)) return nothing(ctx, `issues ${action}: nothing to do.`);
  // The issues event's issue (only the fields read here).
  const issue = ctx.event.issue as
    | {
        number?: unknown;
        pull_request?: unknown;
        state?: string;
        body?: string | null;
        title?: string;
        user?: { login?: string } | null;
        labels?: unknown;
      }
    | undefined;
  if (!issue || typeof issue.number !== 'number') return nothing(ctx, 'The event carries no issue.');
  if (issue.pull_request) return nothing(ctx, 'A pull request, not an issue.');
  if (issue.state !== 'open') return nothing(ctx, `Issue #${issue.number} is closed.`);
  const answers = parseIssueForm(typeof issue.body === 'string' ? issue.body : null);
  if (!answers) return nothing(ctx, `Issue #${issue.number} is not an access-request form.`);
  const github = githubClient(ctx);
  if (!github) {
    return {
      outputs: {},
      summary: '',
      failure: 'mode: request needs github-token and GITHUB_REPOSITORY to open the pull request.',
      exitCode: 2,
    };
  }
  const author: string | null = issue.user?.login ?? null;
  const { policyDirs: policyDir, grantsDir } = ctx.target;
  const files = await readRepository(ctx.workspace, policyDir, grantsDir);
  const base = checkRepository({ policyDir, ...files, now: ctx.now }).compiled;
  const requester = author ? findRequester(base.access, base.policy, { github: author }) : undefined;
  const problems: string[] = [];
  if (!requester) {
    problems.push(
      `Your GitHub account${author ? ` (${author})` : ''} is not listed under "people" in ${base.access.path ?? 'policy/access.yaml'}, ` +
        'so tailpolicy cannot tell whose access this is. Ask a maintainer to add your login name and GitHub login there.',
    );
  }
  problems.push(...requestFieldProblems(answers, base.access));
  let outcome: RequestOutcome | undefined;
  if (problems.length === 0) {
    outcome = await openRequest({
      root: ctx.workspace,
      policyDir,
      grantsDir,
      now: ctx.now,
      request: {
        resource: answers.resource!,
        duration: answers.duration!,
        reason: answers.reason!,
        ...(answers.ticket !== undefined ? { ticket: answers.ticket } : {}),
        grantee: requester!.login,
      },
      requester: requester!,
      author: null,
      github,
      dryRun: ctx.inputs.dryRun,
      issue: issue.number,
    });
    problems.push(...outcome.problems);
  }
  const comment =
    problems.length > 0 || !outcome
      ? problemComment(problems)
      : [
          REQUEST_MARKER,
          outcome.pull
            ? `✅ ${outcome.pull.created ? 'Opened' : 'Updated'} pull request #${outcome.pull.number} for this request: ${outcome.pull.url}`
            : '✅ The request is valid (dry run: no pull request was opened).',
          '',
          'The access starts when an approver approves and the pull request merges, and lasts ' +
            `${md(answers.duration!)} from then. This issue is closed when the pull request merges or closes; ` +
            'edit the issue to change the request.',
          '',
          outcome.plan,
        ].join('\n');
  if (!ctx.inputs.dryRun) await github.upsertStickyComment(issue.number, REQUEST_MARKER, comment);
  for (const w of outcome?.warnings ?? []) ctx.log.warning(w);
  const summary = `## tailpolicy request\n\nIssue #${issue.number}: ${
    problems.length
      ? `not opened:\n\n${problems.map((p) => `- ${md(p, 600)}`).join('\n')}`
      : `pull request ${outcome?.pull ? `#${outcome.pull.number}` : '(dry run)'}`
  }\n`;
  return {
    outputs: outcome?.pull ? { 'pr-number': String(outcome.pull.number), 'pr-url': outcome.pull.url } : {},
    summary,
  };
}

function problemComment(problems: readonly string[]): string {
  return [
    REQUEST_MARKER,
    '❌ This access request cannot be opened yet. Edit the issue to fix:',
    '',
    ...problems.map((p) => `- ${md(p, 600)}`),
    '',
    'tailpolicy checks it again when the issue is edited.',
  ].join('\n');
}

function nothing(ctx: RunContext, why: string): ModeResult {
  ctx.log.info(`tailpolicy request: ${why}`);
  return { outputs: {}, summary: '' };
}

/** A request PR merged or closed: close its issue (the branch and the marker in the PR body must agree). */
async function closeIssueOfPull(ctx: RunContext): Promise<ModeResult> {
  const pr = ctx.event.pull_request as
    { body?: unknown; head?: { ref?: unknown }; merged?: unknown; merged_at?: unknown; number?: unknown } | undefined;
  const body = typeof pr?.body === 'string' ? pr.body : '';
  const ref = typeof pr?.head?.ref === 'string' ? pr.head.ref : '';
  const marker = /<!-- tailpolicy:request-issue=(\d+) -->/.exec(body);
  const branch = /^access\/[a-z0-9-]+-issue-(\d+)$/.exec(ref);
  if (!pr || !marker || !branch || marker[1] !== branch[1]) return nothing(ctx, 'Not an access-request pull request.');
  const github = githubClient(ctx);
  if (!github) return nothing(ctx, 'No github-token: the issue stays open.');
  const number = Number(marker[1]);
  const issue = await github.getIssue(number);
  if (issue.isPull || issue.state !== 'open') return nothing(ctx, `Issue #${number} is already closed.`);
  const merged = pr.merged === true || (typeof pr.merged_at === 'string' && pr.merged_at !== '');
  const words = merged
    ? `✅ Pull request #${pr.number} merged: the access is granted from the merge, for the requested duration.`
    : `Pull request #${pr.number} was closed without merging: no access was granted.`;
  if (!ctx.inputs.dryRun) {
    await github.upsertStickyComment(number, REQUEST_MARKER, `${REQUEST_MARKER}\n${words}`);
    await github.closeIssue(number, merged ? 'completed' : 'not_planned');
  }
  return { outputs: {}, summary: `## tailpolicy request\n\n${md(words, 300)} Issue #${number} closed.\n` };
}

// ---- tailpolicy extend ----

export interface ExtendInput {
  root: string;
  policyDir: string | readonly string[];
  grantsDir: string;
  now: Date;
  /** The grant file, relative to the repository's root. */
  file: string;
  by: string;
  reason: string;
  author: string | null;
  github?: GitHubClient;
  dryRun: boolean;
}

/**
 * A PR that changes only the grant's end: `expires` moves by `by`; a merged `duration` grant's
 * `duration:` line becomes the `expires:` its window now ends at (a new `duration` would restart
 * at the next merge); an unmerged one gets a longer `duration`. One line of the file changes.
 */
export async function openExtension(input: ExtendInput): Promise<RequestOutcome> {
  const files = await readRepository(input.root, input.policyDir, input.grantsDir);
  const file = files.grantFiles.find((f) => f.path === input.file);
  if (!file) throw new UserError(`${input.file} is not a grant file under ${input.grantsDir}/.`);
  const byMs = parseDuration(input.by);
  if (byMs === undefined)
    throw new UserError(`--by ${JSON.stringify(input.by)} is not a duration; write e.g. 90m, 2h or 1d.`);
  const check = (grantFiles: SourceText[]) =>
    mergeTimes(input.root, 'HEAD', grantFiles).then((merges) =>
      checkRepository({
        policyDir: input.policyDir,
        policyFiles: files.policyFiles,
        grantFiles,
        merges,
        now: input.now,
      }),
    );
  const base = await check(files.grantFiles);
  const entry = base.compiled.grants.find((g) => g.path === file.path)!;
  const grant = entry.grant;
  if (!grant) {
    const why = entry.findings.find((f) => f.severity === 'error')?.message ?? 'it is not a valid grant';
    throw new UserError(`${file.path} cannot be extended: ${why} Fix the file first.`);
  }
  let line: string;
  if (grant.duration && grant.duration.mergedAt === undefined) {
    line = `duration: ${durationText(grant.duration.ms + byMs)}`;
  } else {
    line = `expires: ${isoUtc(new Date(grant.expires.getTime() + byMs))}`;
  }
  const key = grant.duration ? 'duration' : 'expires';
  const pattern = new RegExp(`^${key}[ \\t]*:[^\\n]*$`, 'm');
  if (!pattern.test(file.text)) {
    throw new UserError(`${file.path}: cannot find a top-level "${key}:" line to change; edit the file by hand.`);
  }
  const text = file.text.replace(pattern, line);
  const head = await check(files.grantFiles.map((f) => (f.path === file.path ? { path: f.path, text } : f)));
  const problems = head.findings
    .filter((f) => f.severity === 'error' && f.location?.file === file.path)
    .map((f) => f.message);
  const after = head.compiled.grants.find((g) => g.path === file.path)?.grant;
  const plan = makePlan(base.compiled, head.compiled);
  const verdicts = after
    ? [evaluateApprovals(after, base.compiled.access, base.compiled.policy, { author: input.author, headSha: '' }, [])]
    : [];
  const planText = renderPlanMarkdown(plan, verdicts, head, { approvalsLookedUp: false, title: 'Extension' })
    .replace(PLAN_MARKER, '')
    .trim();
  const stem = file.path.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');
  let branch = `access/extend-${slug(stem, 60)}-${input.now.toISOString().slice(0, 10)}`;
  if (input.github && !input.dryRun) {
    for (let n = 2; n < 20 && (await input.github.getBranchSha(branch)) !== undefined; n++) {
      branch = `access/extend-${slug(stem, 60)}-${input.now.toISOString().slice(0, 10)}-${n}`;
    }
  }
  const title = `Extend ${grant.grantees.join(', ')} → ${grant.resource ?? 'inline rules'} by ${input.by}`;
  const body = [
    `**Extension** of ${code(file.path)} by ${md(input.by)}. Reason: “${md(input.reason, 1000)}”`,
    '',
    'Opened with `tailpolicy extend`; only the end of the grant changes, and it needs approval like any extension.',
    '',
    planText,
  ].join('\n');
  const outcome: RequestOutcome = {
    path: file.path,
    text,
    branch,
    title,
    body,
    problems,
    plan: planText,
    reviewers: [],
    teamReviewers: [],
    warnings: [],
  };
  if (problems.length || !after) return outcome;
  Object.assign(outcome, reviewersFor(after, base.compiled.access, base.compiled.policy, input.author));
  if (input.dryRun || !input.github) return outcome;
  await publish(input.github, outcome, `${title}\n\n${oneLine(input.reason, 1000)}`);
  return outcome;
}

/** A duration in the single-unit form grant files take: 2d, 6h or 90m. */
export function durationText(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
