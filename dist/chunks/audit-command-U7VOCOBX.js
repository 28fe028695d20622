import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  tailscaleSettings,
  terminalNames
} from "./chunk-WF6YWKT7.js";
import {
  renderJson,
  renderText,
  runAudit,
  writeAuditFiles,
  writeEvidencePack
} from "./chunk-CBEC47NX.js";
import {
  parseInputs
} from "./chunk-UL5KTCC2.js";
import {
  targetsOf
} from "./chunk-FEPYHAVF.js";
import {
  noArguments
} from "./chunk-EINFBZSP.js";
import "./chunk-7QCHO66I.js";
import {
  createPagerDutyClient
} from "./chunk-HOTCUSYG.js";
import {
  githubApiUrlOf,
  githubClientFor,
  parseRepository,
  tailscaleClient
} from "./chunk-CRSC4BUM.js";
import "./chunk-EGT5NXRL.js";
import "./chunk-6CUYZ3W2.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-UI5YDAHM.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import {
  parseDuration
} from "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import "./chunk-HO2EAHAT.js";
import "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cli/audit-command.ts
var import_node_path = __toESM(require_node_path(), 1);
function tailscaleFromEnv(args, io, target) {
  const env = io.env;
  if (!env.TS_API_KEY && !env.TS_OAUTH_CLIENT_ID) return void 0;
  if (target.tailnet !== void 0 && env.TS_TAILNET && env.TS_TAILNET !== "-" && env.TS_TAILNET !== target.tailnet) {
    throw new UserError(
      `TS_TAILNET is "${env.TS_TAILNET}", but tailpolicy.yaml gives target "${target.name}" the tailnet "${target.tailnet}". Unset TS_TAILNET: the file names each target's tailnet.`
    );
  }
  const values = {
    mode: "audit",
    ...tailscaleSettings(env),
    tailnet: target.tailnet ?? env.TS_TAILNET,
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
  const github = githubClientFor({
    token,
    ...repository ? parseRepository(repository) : {},
    apiUrl: githubApiUrlOf(io.env)
  });
  if (!github && (token || repository))
    io.stderr(`tailpolicy: ${token ? "GITHUB_REPOSITORY" : "GITHUB_TOKEN"} is not set; approvals are not looked up.
`);
  const target = targetsOf(args, false)[0];
  const run2 = await runAudit({
    root: args.root,
    policyDir: target.policyDirs,
    grantsDir: target.grantsDir,
    ...target.name !== void 0 ? { target: { name: target.name, tailnet: target.tailnet } } : {},
    now: args.now,
    since,
    until,
    at,
    github,
    repository,
    env: io.env,
    // Tailscale's logs go into the pack only; text and JSON stay the Git-side report.
    tailscale: format === "pack" ? tailscaleFromEnv(args, io, target) : void 0,
    evidence: format === "pack",
    // PAGERDUTY_TOKEN: grants auto-approved by on-call status are checked at their merge.
    ...io.env.PAGERDUTY_TOKEN ? {
      pagerduty: createPagerDutyClient({
        token: io.env.PAGERDUTY_TOKEN,
        apiUrl: (io.env.PAGERDUTY_API_URL || "https://api.pagerduty.com").replace(/\/+$/, ""),
        onRetry: (line) => io.stderr(`${line}
`)
      })
    } : {},
    ...schedulePeriodMs ? { schedulePeriodMs } : {}
  });
  if (format === "pack") {
    const pack = await writeEvidencePack((0, import_node_path.resolve)(args.cwd, args.out ?? "."), run2);
    io.stdout(`tailpolicy audit: wrote ${pack.markdown} and ${pack.html}
`);
    return (run2.report.summary.unapproved ?? 0) > 0 || packFailed(run2) ? 1 : 0;
  }
  let files;
  if (args.out !== void 0) files = await writeAuditFiles((0, import_node_path.resolve)(args.cwd, args.out), run2);
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
