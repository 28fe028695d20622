import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  terminalNames
} from "./chunk-AQLTUCCW.js";
import {
  noArguments
} from "./chunk-K3IEVFP2.js";
import {
  renderJson,
  renderText,
  runAudit,
  writeAuditFiles,
  writeEvidencePack
} from "./chunk-VWIJNKT4.js";
import {
  createGitHubClient,
  tailscaleClient
} from "./chunk-C44EI4YF.js";
import "./chunk-GIH5LHG2.js";
import "./chunk-O56IQULN.js";
import "./chunk-ZR5PMLAN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import {
  parseInputs
} from "./chunk-UWKE2EZ7.js";
import "./chunk-V5RLMVZP.js";
import "./chunk-CA3D2GMI.js";
import {
  UserError,
  parseDuration
} from "./chunk-2GOZZBP2.js";

// src/cli/audit-command.ts
import { resolve } from "node:path";
function tailscaleFromEnv(args, io) {
  const env = io.env;
  if (!env.TS_API_KEY && !env.TS_OAUTH_CLIENT_ID) return void 0;
  const values = {
    mode: "audit",
    tailnet: env.TS_TAILNET,
    "api-key": env.TS_API_KEY,
    "oauth-client-id": env.TS_OAUTH_CLIENT_ID,
    "oauth-client-secret": env.TS_OAUTH_CLIENT_SECRET,
    "api-url": args.apiUrl
  };
  const inputs = parseInputs((name) => values[name]?.trim() || void 0, env, terminalNames);
  return tailscaleClient(inputs, "audit", { log: (line) => io.stderr(`${line}
`) }, terminalNames);
}
async function run(args, io) {
  noArguments(args);
  const format = args.format;
  if (format !== "text" && format !== "json" && format !== "pack")
    throw new UserError("--format must be text, json or pack");
  const { since, until, at } = args;
  if (format === "pack" && !since)
    throw new UserError("--format pack needs the period: --since TIME (and --until TIME, default now)");
  let schedulePeriodMs;
  if (args.schedulePeriod !== void 0) {
    schedulePeriodMs = parseDuration(args.schedulePeriod);
    if (!schedulePeriodMs)
      throw new UserError(`--schedule-period ${JSON.stringify(args.schedulePeriod)} is not a duration like 15m or 1h`);
  }
  if (since && until && since.getTime() >= until.getTime()) throw new UserError("--since must be before --until");
  const token = io.env.GITHUB_TOKEN || void 0;
  const repository = io.env.GITHUB_REPOSITORY || void 0;
  let github;
  if (token && repository) {
    const [owner, repo, ...extra] = repository.split("/");
    if (!owner || !repo || extra.length)
      throw new UserError(`GITHUB_REPOSITORY is "${repository}"; expected owner/name.`);
    const apiUrl = (io.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
    github = createGitHubClient({ token, apiUrl, owner, repo });
  } else if (token || repository) {
    io.stderr(`tailpolicy: ${token ? "GITHUB_REPOSITORY" : "GITHUB_TOKEN"} is not set; approvals are not looked up.
`);
  }
  const run2 = await runAudit({
    root: args.root,
    policyDir: args.policyDir,
    grantsDir: args.grantsDir,
    now: args.now,
    since,
    until,
    at,
    github,
    repository,
    env: io.env,
    // Tailscale's logs go into the pack only; text and JSON stay the Git-side report.
    tailscale: format === "pack" ? tailscaleFromEnv(args, io) : void 0,
    evidence: format === "pack",
    ...schedulePeriodMs ? { schedulePeriodMs } : {}
  });
  if (format === "pack") {
    const pack = await writeEvidencePack(resolve(args.cwd, args.out ?? "."), run2);
    io.stdout(`tailpolicy audit: wrote ${pack.markdown} and ${pack.html}
`);
    return (run2.report.summary.unapproved ?? 0) > 0 || packFailed(run2) ? 1 : 0;
  }
  let files;
  if (args.out !== void 0) files = await writeAuditFiles(resolve(args.cwd, args.out), run2);
  io.stdout(format === "json" ? renderJson(run2.report, run2.meta) : renderText(run2.report, files));
  return (run2.report.summary.unapproved ?? 0) > 0 ? 1 : 0;
}
function packFailed(run2) {
  const r = run2.evidence?.reconciliation;
  if (!r) return false;
  return r.changes.some((c) => c.kind === "out-of-band") || r.expected.some((x) => x.status === "missing") || r.revocations.some((x) => x.status === "late" || x.status === "still live");
}
export {
  run
};
