import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  paintReport,
  styler,
  tally
} from "./chunk-AFGL77CN.js";
import {
  checkFiles,
  targetsOf
} from "./chunk-FEPYHAVF.js";
import {
  noArguments,
  textOrJson,
  usageError
} from "./chunk-EINFBZSP.js";
import {
  makePlan,
  renderPlanText
} from "./chunk-6T3YC5PU.js";
import {
  checkCommitFiles
} from "./chunk-BMQ32CEE.js";
import "./chunk-IZRT3QGA.js";
import "./chunk-6CUYZ3W2.js";
import "./chunk-GFTJ4L32.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-UI5YDAHM.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import "./chunk-7MLH2TVT.js";
import {
  filesAtRef,
  hasCommit
} from "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";

// src/cli/plan-command.ts
async function run(args, io) {
  noArguments(args);
  const format = textOrJson(args);
  const baseRef = args.base ?? await defaultBase(args.root);
  const target = targetsOf(args, false)[0];
  const dirs = {
    policyDir: target.policyDirs,
    grantsDir: target.grantsDir,
    ...target.scope ? { scope: target.scope } : {}
  };
  const baseFiles = await filesAtRef(args.root, baseRef, [...target.policyDirs, target.grantsDir]);
  const head = await checkFiles(args, io, { source: false, mergeRef: baseRef }, target);
  const base = await checkCommitFiles(args.root, baseRef, baseFiles, dirs, args.now);
  const plan = makePlan(base.compiled, head.compiled);
  if (format === "json") {
    io.stdout(JSON.stringify(planJson(plan, baseRef, head), null, 2) + "\n");
  } else {
    io.stdout(paintReport(renderPlanText(plan, head, baseRef), styler(io)));
    if (io.isTTY) io.stdout(`
${styler(io)("bold", `Plan: ${planTally(plan)}.`)}
`);
  }
  return head.ok ? 0 : 1;
}
function planTally(plan) {
  const grants = (kind) => plan.grants.filter((g) => g.kind === kind).length;
  const changes = [...plan.policy, ...plan.dns];
  const rules = (kind, keyed) => changes.filter((c) => c.kind === kind && c.key !== void 0 === keyed).length;
  return tally([
    ["grant", ["added", "extended", "shortened", "changed", "removed"].map((k) => [k, grants(k)])],
    ["rule", ["added", "changed", "removed"].map((k) => [k, rules(k, false)])],
    ["setting", ["added", "changed", "removed"].map((k) => [k, rules(k, true)])]
  ]);
}
function planJson(plan, baseRef, head) {
  return {
    base: baseRef,
    now: head.compiled.now.toISOString(),
    ok: head.ok,
    summary: planTally(plan),
    grants: plan.grants.map((g) => ({
      path: g.path,
      kind: g.kind,
      words: g.words,
      ...g.baseLimits?.length ? { baseLimits: g.baseLimits } : {}
    })),
    resources: plan.resources.map((r) => r.words),
    access: plan.access,
    policy: plan.policy,
    dns: plan.dns,
    findings: head.findings
  };
}
async function defaultBase(root) {
  for (const ref of ["origin/main", "main"]) if (await hasCommit(root, ref)) return ref;
  throw usageError(`${root} has neither origin/main nor a branch main to compare with; pass --base REF`, "plan");
}
export {
  planTally,
  run
};
