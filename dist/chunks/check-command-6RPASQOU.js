import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunk-NT7AGTXA.js";
import {
  noArguments,
  textOrJson
} from "./chunk-K3IEVFP2.js";
import {
  countByState,
  grantRows
} from "./chunk-URPNRW66.js";
import "./chunk-BI7Z5O7J.js";
import {
  oneLine
} from "./chunk-O56IQULN.js";
import {
  formatFinding
} from "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-V5RLMVZP.js";
import {
  humanUtc
} from "./chunk-2GOZZBP2.js";

// src/report/text.ts
function renderCheckText(result) {
  const { compiled } = result;
  const lines = [];
  for (const f of result.findings) lines.push(oneLine(formatFinding(f), 2e3));
  if (result.findings.length) lines.push("");
  const counts = countByState(compiled);
  const rules = ["acls", "grants", "ssh"].map(
    (s) => `${compiled.policy[s]?.length ?? 0} ${s}`
  );
  lines.push(`tailpolicy check at ${humanUtc(compiled.now)}`);
  lines.push(`  policy:  ${rules.join(", ")}; ${compiled.text.length} bytes; ${compiled.digest}`);
  lines.push(
    `  grants:  ${counts.active} active, ${counts.scheduled} scheduled, ${counts.expired} expired` + (counts.invalid ? `, ${counts.invalid} invalid` : "") + (counts.excluded ? `, ${counts.excluded} left out` : "")
  );
  const rows = grantRows(compiled);
  const width = Math.max(0, ...rows.map((r) => r.path.length));
  for (const r of rows) {
    const what = r.state === "invalid" ? "see the errors above" : `${r.grantees} -> ${r.resource}, ${r.window}: ${r.reason}`;
    lines.push(`    ${r.state.padEnd(9)} ${r.path.padEnd(width)}  ${oneLine(what, 200)}`);
  }
  lines.push(`  next change: ${compiled.nextChange ? humanUtc(compiled.nextChange) : "none scheduled"}`);
  if (compiled.dns) {
    const d = compiled.dns;
    const parts = [
      d.splitDNS ? `${Object.keys(d.splitDNS).length} split-DNS domains` : "",
      d.nameservers ? `${d.nameservers.length} nameservers` : "",
      d.searchPaths ? `${d.searchPaths.length} search paths` : "",
      d.magicDNS !== void 0 ? `MagicDNS ${d.magicDNS ? "on" : "off"}` : ""
    ].filter(Boolean);
    lines.push(`  dns:     ${parts.join(", ") || "nothing managed"}`);
  }
  if (result.tests.length) {
    const passed = result.tests.filter((t) => t.passed === true).length;
    const undecided = result.tests.filter((t) => t.passed === "undecidable").length;
    lines.push(
      `  tests:   ${passed} of ${result.tests.length} passed offline` + (undecided ? `, ${undecided} cannot be decided offline` : "")
    );
  }
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  lines.push("");
  if (!result.pushable) {
    lines.push(
      `FAILED: ${errors} error(s), ${warnings} warning(s). The base policy is invalid: nothing would be pushed.`
    );
  } else if (errors) {
    lines.push(
      `FAILED: ${errors} error(s), ${warnings} warning(s). The policy without the failing grants would be pushed (${compiled.digest}).`
    );
  } else {
    lines.push(
      `OK: ${warnings} warning(s). Would push ${compiled.text.length} bytes (${compiled.digest}); see them with \`tailpolicy compile\`.`
    );
  }
  return lines.join("\n") + "\n";
}

// src/cli/check-command.ts
async function run(args, io) {
  noArguments(args);
  const format = textOrJson(args);
  const result = await checkFiles(args, io);
  if (format === "json") io.stdout(JSON.stringify(checkJson(result), null, 2) + "\n");
  else io.stdout(renderCheckText(result));
  return result.ok ? 0 : 1;
}
function checkJson(result) {
  const c = result.compiled;
  return {
    ok: result.ok,
    pushable: result.pushable,
    now: c.now.toISOString(),
    digest: c.digest,
    nextChange: c.nextChange?.toISOString() ?? null,
    grants: c.grants.map((g) => ({
      path: g.path,
      state: g.state ?? "invalid",
      included: g.included,
      excludedReason: g.excludedReason,
      grantees: g.grant?.grantees,
      resource: g.grant?.resource,
      starts: g.grant?.starts?.toISOString(),
      expires: g.grant?.expires.toISOString(),
      reason: g.grant?.reason
    })),
    findings: result.findings,
    tests: result.tests
  };
}
export {
  run
};
