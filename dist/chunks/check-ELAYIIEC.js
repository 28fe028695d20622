import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  PLAN_MARKER,
  expiredOnArrival,
  makePlan,
  renderPlanMarkdown,
  resourceKey
} from "./chunk-6T3YC5PU.js";
import {
  granteeGitHubLogins,
  onCallJudge,
  readTeams
} from "./chunk-Z4LWGW2Y.js";
import {
  breakGlassAnswer
} from "./chunk-HOTCUSYG.js";
import {
  GitHubApiError,
  githubClient
} from "./chunk-CRSC4BUM.js";
import "./chunk-EGT5NXRL.js";
import {
  annotate
} from "./chunk-M2PW6MMT.js";
import {
  checkCommitFiles,
  grantOutputs,
  offlineCheck
} from "./chunk-BMQ32CEE.js";
import {
  COMMENT_LIMIT,
  renderCheckMarkdown,
  truncate
} from "./chunk-IZRT3QGA.js";
import {
  evaluateApprovals,
  firstApproved,
  withAutoApproval
} from "./chunk-6CUYZ3W2.js";
import "./chunk-GFTJ4L32.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-UI5YDAHM.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import {
  forTargets
} from "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import "./chunk-7MLH2TVT.js";
import "./chunk-HO2EAHAT.js";
import {
  ensureCommit,
  filesAt
} from "./chunk-3BY7JXLC.js";
import {
  countFindings
} from "./chunk-756YIVLH.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";

// src/modes/check.ts
function pullRequestOf(ctx) {
  const pr = ctx.event.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  return {
    number: pr.number,
    headSha: pr.head?.sha,
    baseSha: pr.base?.sha,
    author: pr.user?.login ?? null,
    labels: (Array.isArray(pr.labels) ? pr.labels : []).map((l) => l?.name).filter((n) => typeof n === "string")
  };
}
async function checkMode(ctx) {
  const targets = forTargets(ctx, { all: true });
  if (targets.length === 1 && targets[0].target.name === void 0) return checkTarget(targets[0]);
  const pr = pullRequestOf(ctx);
  const results = [];
  for (const t of targets) results.push(await checkTarget(t, { comment: false }));
  const parts = results.map((r) => r.summary.replace(PLAN_MARKER, "").trim());
  const summary = (pr ? `${PLAN_MARKER}
` : "") + parts.join("\n\n---\n\n") + "\n";
  const github = pr ? githubClient(ctx) : void 0;
  if (pr && github) await postPlan(ctx, github, pr, truncate(summary, COMMENT_LIMIT));
  const failures = results.flatMap((r, i) => r.failure ? [`${targetTitle(targets[i])}: ${r.failure}`] : []);
  const sum = (name) => String(results.reduce((n, r) => n + Number(r.outputs[name] ?? 0), 0));
  const next = results.map((r) => r.outputs["next-change"] ?? "").filter(Boolean).sort()[0];
  const only = results.length === 1 ? results[0].outputs : {};
  return {
    outputs: {
      ...only,
      changed: "false",
      "active-grants": sum("active-grants"),
      "scheduled-grants": sum("scheduled-grants"),
      "expired-grants": sum("expired-grants"),
      "next-change": next ?? ""
    },
    summary,
    ...failures.length ? { failure: failures.join(" "), exitCode: 1 } : {}
  };
}
function targetTitle(ctx) {
  const t = ctx.target;
  return t.name === void 0 ? "tailpolicy" : `${t.name} (tailnet ${t.tailnet === "-" ? "the credential's own" : t.tailnet})`;
}
async function checkTarget(ctx, opts = {}) {
  const named = ctx.target.name !== void 0;
  const pr = pullRequestOf(ctx);
  if (pr) await ensureCommit(ctx.workspace, pr.baseSha);
  const { result, policyFile } = await offlineCheck(ctx, pr ? { mergeRef: pr.baseSha } : {});
  annotate(ctx.log, result.findings);
  const outputs = { ...grantOutputs(result, policyFile), changed: "false" };
  const errors = countFindings(result.findings, "error");
  if (!pr) {
    return {
      outputs,
      summary: renderCheckMarkdown(result, named ? `tailpolicy check \u2014 ${targetTitle(ctx)}` : void 0),
      ...result.ok ? {} : { failure: `The policy or grants have ${errors} error(s); see the annotations.`, exitCode: 1 }
    };
  }
  const review = await reviewPullRequest(ctx, result, pr, {
    comment: opts.comment ?? true,
    ...named ? { title: `tailpolicy plan \u2014 ${targetTitle(ctx)}` } : {}
  });
  const allErrors = errors + review.arrivedExpired;
  const failures = [
    allErrors ? `the policy or grants have ${allErrors} error(s)` : "",
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
async function reviewPullRequest(ctx, head, pr, opts) {
  const { policyDirs, grantsDir } = ctx.target;
  await ensureCommit(ctx.workspace, pr.baseSha);
  const baseFiles = await filesAt(ctx.workspace, pr.baseSha, [...policyDirs, grantsDir]);
  const base = await checkCommitFiles(
    ctx.workspace,
    pr.baseSha,
    baseFiles,
    { policyDir: policyDirs, grantsDir, ...ctx.target.scope ? { scope: ctx.target.scope } : {} },
    head.compiled.now
  );
  const github = githubClient(ctx);
  const reviews = github ? await github.listReviews(pr.number) : [];
  const changed = makePlan(base.compiled, head.compiled).grants.flatMap((c) => c.after?.grant?.grantees ?? []);
  const teams = await readTeams(github, base.compiled.access, [
    ...reviews.filter((r) => r.state === "APPROVED").map((r) => r.user),
    ...granteeGitHubLogins(changed, base.compiled.access, [base.compiled.policy, head.compiled.policy])
  ]);
  const plan = makePlan(base.compiled, head.compiled, teams);
  const arrived = expiredOnArrival(plan);
  annotate(ctx.log, arrived);
  head = { ...head, findings: [...head.findings, ...arrived], ok: head.ok && arrived.length === 0 };
  const changedGrants = plan.grants.filter((c) => c.kind !== "removed" && c.after?.grant);
  const verdicts = changedGrants.map(
    (c) => evaluateApprovals(
      c.after.grant,
      base.compiled.access,
      base.compiled.policy,
      pr,
      reviews,
      head.compiled.policy,
      teams
    )
  );
  const onCall = onCallJudge(ctx);
  const labels = github ? await github.getPull(pr.number).then(
    (p) => p.labels,
    (e) => {
      if (!(e instanceof GitHubApiError)) throw e;
      return pr.labels;
    }
  ) : pr.labels;
  for (const [i, c] of changedGrants.entries()) {
    if (verdicts[i].approved) continue;
    const grant = c.after.grant;
    const glass = breakGlassAnswer(grant, base.compiled.access, labels, head.compiled.now);
    const answer = glass && "approved" in glass ? glass : firstApproved(glass, await onCall.judge(grant, base.compiled.access, pr.author, head.compiled.now));
    verdicts[i] = withAutoApproval(verdicts[i], answer);
  }
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
      head.compiled.policy,
      teams
    )
  );
  const widening = resourceVerdicts.filter((v) => !v.approved).length;
  const overLimits = plan.grants.filter((c) => c.baseLimits?.length).length;
  const markdown = renderPlanMarkdown(plan, [...verdicts, ...resourceVerdicts], head, {
    approvalsLookedUp: github !== void 0,
    ...opts.title ? { title: opts.title } : {}
  });
  if (github && opts.comment) await postPlan(ctx, github, pr, markdown);
  return { markdown, missing, widening, overLimits, arrivedExpired: arrived.length };
}
async function postPlan(ctx, github, pr, markdown) {
  try {
    await github.upsertStickyComment(pr.number, PLAN_MARKER, markdown);
  } catch (e) {
    if (!(e instanceof GitHubApiError) || e.status !== 403 && e.status !== 404) throw e;
    ctx.log.warning(`Could not comment on the pull request (${e.status}); the plan is in the job summary.`);
  }
}
export {
  checkMode,
  pullRequestOf,
  targetTitle
};
