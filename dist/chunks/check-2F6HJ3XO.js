import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  annotate
} from "./chunk-GK23AFCF.js";
import {
  checkCommitFiles,
  grantOutputs,
  offlineCheck
} from "./chunk-VNLH2LIY.js";
import {
  PLAN_MARKER,
  makePlan,
  renderPlanMarkdown,
  resourceKey
} from "./chunk-5U34JQDR.js";
import {
  renderCheckMarkdown
} from "./chunk-DPNWLPFJ.js";
import "./chunk-URPNRW66.js";
import "./chunk-BI7Z5O7J.js";
import {
  GitHubApiError,
  githubClient
} from "./chunk-C44EI4YF.js";
import {
  evaluateApprovals
} from "./chunk-GIH5LHG2.js";
import {
  ensureCommit,
  filesAt
} from "./chunk-O56IQULN.js";
import "./chunk-ZR5PMLAN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-CA3D2GMI.js";
import "./chunk-2GOZZBP2.js";

// src/modes/check.ts
function pullRequestOf(ctx) {
  const pr = ctx.event.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  return {
    number: pr.number,
    headSha: pr.head?.sha,
    baseSha: pr.base?.sha,
    author: pr.user?.login ?? null
  };
}
async function checkMode(ctx) {
  const pr = pullRequestOf(ctx);
  if (pr) await ensureCommit(ctx.workspace, pr.baseSha);
  const { result, policyFile } = await offlineCheck(ctx, pr ? { mergeRef: pr.baseSha } : {});
  annotate(ctx.log, result.findings);
  const outputs = { ...grantOutputs(result, policyFile), changed: "false" };
  const errors = result.findings.filter((f) => f.severity === "error").length;
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
    review.missing ? `${review.missing} grant(s) lack the approvals they need` : "",
    review.widening ? `${review.widening} resource change(s) widen grants without the approvals the resource needs` : "",
    review.overLimits ? `${review.overLimits} grant(s) break the limits of the base branch's access.yaml` : ""
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
  const base = await checkCommitFiles(
    ctx.workspace,
    pr.baseSha,
    baseFiles,
    { policyDir, grantsDir },
    head.compiled.now
  );
  const plan = makePlan(base.compiled, head.compiled);
  const github = githubClient(ctx);
  const reviews = github ? await github.listReviews(pr.number) : [];
  const verdicts = plan.grants.filter((c) => c.kind !== "removed" && c.after?.grant).map(
    (c) => evaluateApprovals(c.after.grant, base.compiled.access, base.compiled.policy, pr, reviews, head.compiled.policy)
  );
  const missing = verdicts.filter((v) => !v.approved).length;
  const resourceVerdicts = plan.resources.filter((r) => r.widened.length > 0).map(
    (r) => evaluateApprovals(
      {
        path: resourceKey(r.resource),
        grantees: [...new Set(r.widened.flatMap((g) => g.grantees))],
        resource: r.resource
      },
      base.compiled.access,
      base.compiled.policy,
      pr,
      reviews,
      head.compiled.policy
    )
  );
  const widening = resourceVerdicts.filter((v) => !v.approved).length;
  const overLimits = plan.grants.filter((c) => c.baseLimits?.length).length;
  const markdown = renderPlanMarkdown(plan, [...verdicts, ...resourceVerdicts], head, {
    approvalsLookedUp: github !== void 0
  });
  if (github) {
    try {
      await github.upsertStickyComment(pr.number, PLAN_MARKER, markdown);
    } catch (e) {
      if (!(e instanceof GitHubApiError) || e.status !== 403 && e.status !== 404) throw e;
      ctx.log.warning(`Could not comment on the pull request (${e.status}); the plan is in the job summary.`);
    }
  }
  return { markdown, missing, widening, overLimits };
}
export {
  checkMode,
  pullRequestOf
};
