import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  renderSummaryMarkdown,
  runAudit,
  writeAuditFiles,
  writeEvidencePack
} from "./chunk-VK4IKU3P.js";
import {
  code,
  createGitHubClient,
  tailscaleClient
} from "./chunk-SZUJ4VRJ.js";
import {
  info
} from "./chunk-6ZHZERHB.js";

// src/modes/audit.ts
import { join } from "node:path";
async function auditMode(ctx) {
  const { githubToken, policyDir, grantsDir } = ctx.inputs;
  const github = githubToken && ctx.owner && ctx.repo ? createGitHubClient({ token: githubToken, apiUrl: ctx.githubApiUrl, owner: ctx.owner, repo: ctx.repo }) : void 0;
  if (!github) info("tailpolicy audit: no github-token or repository; approvals are not looked up.");
  const tailscale = ctx.inputs.credentials.kind === "none" ? void 0 : tailscaleClient(ctx.inputs, "audit");
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
  info(`tailpolicy audit: wrote ${files.csv}, ${files.json} and ${files.markdown}`);
  if (run.evidence) {
    const pack = await writeEvidencePack(dir, run);
    info(`tailpolicy audit: wrote the evidence pack ${pack.markdown} and ${pack.html}`);
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
