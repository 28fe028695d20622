import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  renderSummaryMarkdown,
  runAudit,
  writeAuditFiles,
  writeEvidencePack
} from "./chunk-CBEC47NX.js";
import "./chunk-7QCHO66I.js";
import {
  createPagerDutyClient
} from "./chunk-HOTCUSYG.js";
import {
  githubClient,
  tailscaleFor
} from "./chunk-CRSC4BUM.js";
import "./chunk-EGT5NXRL.js";
import "./chunk-6CUYZ3W2.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import {
  code,
  forTarget
} from "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import "./chunk-HO2EAHAT.js";
import "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
import "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/modes/audit.ts
var import_node_path = __toESM(require_node_path(), 1);
async function auditMode(runCtx) {
  const ctx = forTarget(runCtx);
  const { policyDirs: policyDir, grantsDir } = ctx.target;
  const github = githubClient(ctx);
  if (!github) ctx.log.info("tailpolicy audit: no github-token or repository; approvals are not looked up.");
  const tailscale = ctx.inputs.credentials.kind === "none" ? void 0 : tailscaleFor(ctx);
  const token = ctx.inputs.pagerdutyToken;
  const pagerduty = token ? createPagerDutyClient({
    token,
    apiUrl: ctx.inputs.pagerdutyApiUrl,
    onSecret: (s) => ctx.log.secret(s),
    onRetry: (line) => ctx.log.info(line)
  }) : void 0;
  const run = await runAudit({
    root: ctx.workspace,
    policyDir,
    grantsDir,
    ...ctx.target.name !== void 0 ? { target: { name: ctx.target.name, tailnet: ctx.inputs.tailnet } } : {},
    now: ctx.now,
    github,
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : void 0,
    env: ctx.env,
    ...tailscale ? { tailscale, since: new Date(ctx.now.getTime() - 90 * 864e5) } : {},
    ...pagerduty ? { pagerduty } : {}
  });
  const dir = (0, import_node_path.join)(ctx.outDir, "audit");
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
