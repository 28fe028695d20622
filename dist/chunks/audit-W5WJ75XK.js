import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  renderSummaryMarkdown,
  runAudit,
  writeAuditFiles,
  writeEvidencePack
} from "./chunk-VWIJNKT4.js";
import {
  githubClient,
  tailscaleFor
} from "./chunk-C44EI4YF.js";
import "./chunk-GIH5LHG2.js";
import {
  code
} from "./chunk-O56IQULN.js";
import "./chunk-ZR5PMLAN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-CA3D2GMI.js";
import "./chunk-2GOZZBP2.js";

// src/modes/audit.ts
import { join } from "node:path";
async function auditMode(ctx) {
  const { policyDir, grantsDir } = ctx.inputs;
  const github = githubClient(ctx);
  if (!github) ctx.log.info("tailpolicy audit: no github-token or repository; approvals are not looked up.");
  const tailscale = ctx.inputs.credentials.kind === "none" ? void 0 : tailscaleFor(ctx);
  const run = await runAudit({
    root: ctx.workspace,
    policyDir,
    grantsDir,
    now: ctx.now,
    github,
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : void 0,
    env: ctx.env,
    ...tailscale ? { tailscale, since: new Date(ctx.now.getTime() - 90 * 864e5) } : {}
  });
  const dir = join(ctx.outDir, "audit");
  const files = await writeAuditFiles(dir, run);
  ctx.log.info(`tailpolicy audit: wrote ${files.csv}, ${files.json} and ${files.markdown}`);
  if (run.evidence) {
    const pack = await writeEvidencePack(dir, run);
    ctx.log.info(`tailpolicy audit: wrote the evidence pack ${pack.markdown} and ${pack.html}`);
  }
  const unapproved = run.report.summary.unapproved ?? 0;
  const summary = `## tailpolicy audit ${unapproved ? "\u274C" : "\u2705"}

` + renderSummaryMarkdown(run.report) + `
The evidence (${code("audit.csv")}, ${code("audit.json")}, ${code("audit.md")}) is in ${code(dir)}, uploaded as the workflow's artifact.
`;
  return {
    outputs: { "policy-file": "" },
    summary,
    ...unapproved ? {
      failure: `${unapproved} grant event(s) reached the default branch without a qualifying approval; see audit.md.`,
      exitCode: 1
    } : {}
  };
}
export {
  auditMode
};
