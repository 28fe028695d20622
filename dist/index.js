import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  ExternalError,
  GitHubApiError,
  PLAN_MARKER,
  SECRET_INPUTS,
  UserError,
  annotate,
  applyMode,
  checkRepository,
  code,
  createGitHubClient,
  ensureCommit,
  envInputs,
  error,
  evaluateApprovals,
  expireMode,
  filesAt,
  githubClient,
  grantOutputs,
  info,
  makePlan,
  offlineCheck,
  parseInputs,
  renderCheckMarkdown,
  renderPlanMarkdown,
  renderSummaryMarkdown,
  runAudit,
  runContext,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
  writeAuditFiles
} from "./chunks/chunk-DV6CWDIB.js";

// src/modes/audit.ts
import { join } from "node:path";
async function auditMode(ctx) {
  const { githubToken, policyDir, grantsDir } = ctx.inputs;
  const github = githubToken && ctx.owner && ctx.repo ? createGitHubClient({ token: githubToken, apiUrl: ctx.githubApiUrl, owner: ctx.owner, repo: ctx.repo }) : void 0;
  if (!github) info("tailpolicy audit: no github-token or repository; approvals are not looked up.");
  const run2 = await runAudit({
    root: ctx.workspace,
    policyDir,
    grantsDir,
    now: ctx.now,
    github,
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : void 0,
    env: ctx.env
  });
  const dir = join(ctx.outDir, "audit");
  const files = await writeAuditFiles(dir, run2);
  info(`tailpolicy audit: wrote ${files.csv}, ${files.json} and ${files.markdown}`);
  const unapproved = run2.report.summary.unapproved ?? 0;
  const summary2 = `## tailpolicy audit ${unapproved ? "\u274C" : "\u2705"}

` + renderSummaryMarkdown(run2.report) + `
The evidence (${code("audit.csv")}, ${code("audit.json")}, ${code("audit.md")}) is in ${code(dir)}, uploaded as the workflow's artifact.
`;
  return {
    outputs: { "policy-file": "" },
    summary: summary2,
    ...unapproved ? {
      failure: `${unapproved} grant event(s) reached the default branch without a qualifying approval; see audit.md.`,
      exitCode: 1
    } : {}
  };
}

// src/modes/check.ts
function pullRequestOf(ctx) {
  const pr = ctx.event.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  return { number: pr.number, headSha: pr.head?.sha, baseSha: pr.base?.sha, author: pr.user?.login ?? null };
}
async function checkMode(ctx) {
  const { result, policyFile } = await offlineCheck(ctx);
  annotate(result.findings);
  const outputs = { ...grantOutputs(result, policyFile), changed: "false" };
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const pr = pullRequestOf(ctx);
  if (!pr) {
    return {
      outputs,
      summary: renderCheckMarkdown(result),
      ...result.ok ? {} : { failure: `The policy or grants have ${errors} error(s); see the annotations.`, exitCode: 1 }
    };
  }
  const review = await reviewPullRequest(ctx, result, pr);
  const failures = [
    errors ? `the policy or grants have ${errors} error(s)` : "",
    review.missing ? `${review.missing} grant(s) lack the approvals they need` : ""
  ].filter(Boolean);
  return {
    outputs,
    summary: review.markdown,
    ...failures.length ? { failure: `Check failed: ${failures.join("; ")}. See the plan in the job summary.`, exitCode: 1 } : {}
  };
}
async function reviewPullRequest(ctx, head, pr) {
  const { policyDir, grantsDir } = ctx.inputs;
  await ensureCommit(ctx.workspace, pr.baseSha);
  const baseFiles = await filesAt(ctx.workspace, pr.baseSha, [policyDir, grantsDir]);
  const prefix = (dir) => (f) => f.path.startsWith(dir.replace(/\/+$/, "") + "/");
  const base = checkRepository({
    policyDir,
    policyFiles: baseFiles.filter(prefix(policyDir)),
    grantFiles: baseFiles.filter(prefix(grantsDir)),
    now: head.compiled.now
  });
  const plan = makePlan(base.compiled, head.compiled);
  const github = githubClient(ctx);
  const reviews = github ? await github.listReviews(pr.number) : [];
  const verdicts = plan.grants.filter((c) => c.kind !== "removed" && c.after?.grant).map((c) => evaluateApprovals(c.after.grant, base.compiled.access, base.compiled.policy, pr, reviews));
  const missing = verdicts.filter((v) => !v.approved).length;
  const markdown = renderPlanMarkdown(plan, verdicts, head, { approvalsLookedUp: github !== void 0 });
  if (github) {
    try {
      await github.upsertStickyComment(pr.number, PLAN_MARKER, markdown);
    } catch (e) {
      if (!(e instanceof GitHubApiError) || e.status !== 403 && e.status !== 404) throw e;
      warning(`Could not comment on the pull request (${e.status}); the plan is in the job summary.`);
    }
  }
  return { markdown, missing };
}

// src/main.ts
var MODES = {
  check: checkMode,
  apply: applyMode,
  expire: expireMode,
  audit: auditMode
};
async function run(env = process.env, now = /* @__PURE__ */ new Date()) {
  let result;
  try {
    const get = envInputs(env);
    for (const name of SECRET_INPUTS) {
      const value = get(name);
      if (value) setSecret(value);
    }
    const inputs = parseInputs(get, env);
    const mode = MODES[inputs.mode];
    if (!mode) throw new UserError(`Mode "${inputs.mode}" is not available in this version of tailpolicy.`);
    result = await mode(runContext(inputs, env, now));
  } catch (e) {
    if (e instanceof UserError || e instanceof ExternalError) {
      result = { outputs: {}, summary: "", failure: e.message };
    } else {
      error(`Internal error in tailpolicy (please report it): ${e.stack ?? String(e)}`);
      result = { outputs: {}, summary: "", failure: "tailpolicy failed with an internal error; see the log." };
    }
  } finally {
    for (const [name, value] of Object.entries(result?.outputs ?? {})) setOutput(name, value);
    if (result?.summary && env.GITHUB_STEP_SUMMARY) await summary.addRaw(result.summary, true).write();
    if (result?.failure) setFailed(result.failure);
  }
}

// src/index.ts
await run();
