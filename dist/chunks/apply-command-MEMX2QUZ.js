import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  terminalContext
} from "./chunk-WF6YWKT7.js";
import "./chunk-UL5KTCC2.js";
import {
  paintReport,
  styler,
  tally
} from "./chunk-AFGL77CN.js";
import {
  noArguments,
  textOrJson
} from "./chunk-EINFBZSP.js";
import {
  applyPolicy,
  changesOf
} from "./chunk-5FFBFGW7.js";
import "./chunk-7QCHO66I.js";
import "./chunk-Z4LWGW2Y.js";
import "./chunk-HOTCUSYG.js";
import "./chunk-CRSC4BUM.js";
import "./chunk-EGT5NXRL.js";
import "./chunk-M2PW6MMT.js";
import "./chunk-BMQ32CEE.js";
import "./chunk-IZRT3QGA.js";
import {
  formatChanges
} from "./chunk-6CUYZ3W2.js";
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
import "./chunk-HO2EAHAT.js";
import "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";

// src/cli/apply-command.ts
async function run(args, io) {
  noArguments(args);
  const format = textOrJson(args);
  const ctx = terminalContext("apply", args, format === "json" ? { ...io, stdout: io.stderr } : io);
  const o = await applyPolicy(ctx);
  if (format === "json") io.stdout(JSON.stringify(applyJson(o), null, 2) + "\n");
  else printText(o, io);
  if (o.failure) {
    io.stderr(`tailpolicy: ${o.failure}
`);
    return o.exitCode ?? 1;
  }
  return 0;
}
function printText(o, io) {
  const verb = o.dryRun ? "would send" : "sent";
  const lines = [
    ...o.writes.map((w) => `${verb} ${w}`),
    `policy: ${policyWords(o)} (${o.result.compiled.digest})`,
    `dns: ${o.dnsChanged.length ? o.dnsChanged.join("; ") : "unchanged"}`
  ];
  if (o.narrowed) {
    const n = o.narrowed;
    const verb2 = n.failure ? "could not take out" : o.dryRun && !n.pushed ? "would take out" : "took out";
    if (n.removed.length) lines.push(`narrowing: ${verb2} the rules of ${n.removed.join(", ")}`);
    for (const r of n.refused) lines.push(`narrowing: access NOT removed: ${r.grant} (${r.why})`);
  }
  const changes = changesOf(o) ?? [];
  if (o.kind === "drift")
    lines.push("difference between the live policy and the repository:", formatChanges(o.decision.changes));
  else if (o.kind === "pushed" && o.dryRun && changes.length)
    lines.push("the rule-level difference it would push:", formatChanges(changes));
  const style = styler(io);
  io.stdout(paintReport(lines.join("\n"), style) + "\n");
  if (io.isTTY && o.kind === "pushed") {
    const counts = ["added", "changed", "removed"].map(
      (k) => [k, changes.filter((c) => c.kind === k).length]
    );
    io.stdout(style("bold", `${o.dryRun ? "Would push" : "Pushed"}: ${tally([["rule", counts]])}.`) + "\n");
  }
}
function applyJson(o) {
  return {
    dryRun: o.dryRun,
    policy: o.kind,
    pushed: o.pushed,
    digest: o.result.compiled.digest,
    writes: o.writes,
    changes: changesOf(o) ?? [],
    dnsChanged: o.dnsChanged,
    ...o.narrowed ? {
      narrowed: {
        removed: o.narrowed.removed,
        refused: o.narrowed.refused,
        pushed: o.narrowed.pushed,
        ...o.narrowed.failure ? { failure: o.narrowed.failure } : {}
      }
    } : {},
    ...o.rejected ? { rejected: o.rejected } : {},
    findings: o.result.findings,
    ...o.failure ? { failure: o.failure, exitCode: o.exitCode ?? 1 } : {}
  };
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
