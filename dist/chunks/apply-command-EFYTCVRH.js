import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  terminalContext
} from "./chunk-AQLTUCCW.js";
import {
  noArguments
} from "./chunk-K3IEVFP2.js";
import {
  applyPolicy
} from "./chunk-ZDISTUXZ.js";
import "./chunk-GK23AFCF.js";
import "./chunk-VNLH2LIY.js";
import "./chunk-DPNWLPFJ.js";
import "./chunk-URPNRW66.js";
import "./chunk-BI7Z5O7J.js";
import "./chunk-C44EI4YF.js";
import {
  formatChanges
} from "./chunk-GIH5LHG2.js";
import "./chunk-O56IQULN.js";
import "./chunk-ZR5PMLAN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-UWKE2EZ7.js";
import "./chunk-V5RLMVZP.js";
import "./chunk-CA3D2GMI.js";
import "./chunk-2GOZZBP2.js";

// src/cli/apply-command.ts
async function run(args, io) {
  noArguments(args);
  const ctx = terminalContext("apply", args, io);
  const o = await applyPolicy(ctx);
  const verb = ctx.inputs.dryRun ? "would send" : "sent";
  const lines = [
    ...o.writes.map((w) => `${verb} ${w}`),
    `policy: ${policyWords(o)} (${o.result.compiled.digest})`,
    `dns: ${o.dnsChanged.length ? o.dnsChanged.join("; ") : "unchanged"}`
  ];
  if (o.narrowed) {
    const n = o.narrowed;
    const verb2 = n.failure ? "could not take out" : ctx.inputs.dryRun && !n.pushed ? "would take out" : "took out";
    if (n.removed.length) lines.push(`narrowing: ${verb2} the rules of ${n.removed.join(", ")}`);
    for (const r of n.refused) lines.push(`narrowing: access NOT removed: ${r.grant} (${r.why})`);
  }
  if (o.kind === "drift")
    lines.push("difference between the live policy and the repository:", formatChanges(o.decision.changes));
  io.stdout(lines.join("\n") + "\n");
  if (o.failure) {
    io.stderr(`tailpolicy: ${o.failure}
`);
    return o.exitCode ?? 1;
  }
  return 0;
}
function policyWords(o) {
  switch (o.kind) {
    case "pushed":
      return o.pushed ? "pushed" : "would be pushed";
    case "current":
      return "already current";
    case "drift":
      return "not pushed (edited outside Git)";
    case "conflict":
      return "not pushed (changed while writing it, HTTP 412)";
    case "rejected":
      return "not pushed (Tailscale rejected it)";
    case "base-invalid":
      return "not pushed (the base policy has errors)";
    case "stale-checkout":
      return "not pushed (the checkout is not the default branch's latest commit)";
    case "standing":
      return "not pushed (it would give standing access to a standing: none resource)";
    case "unreachable":
      return "not pushed";
  }
}
export {
  run
};
