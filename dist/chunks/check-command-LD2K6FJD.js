import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  paintReport,
  styler
} from "./chunk-AFGL77CN.js";
import {
  checkFiles,
  targetTitle,
  targetsOf
} from "./chunk-FEPYHAVF.js";
import {
  textOrJson
} from "./chunk-EINFBZSP.js";
import {
  countByState,
  grantRow,
  grantRows
} from "./chunk-GFTJ4L32.js";
import "./chunk-UI5YDAHM.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import {
  oneLine,
  repoPath,
  within
} from "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import {
  humanUtc
} from "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  countFindings,
  formatFinding
} from "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cli/check-command.ts
var import_node_path = __toESM(require_node_path(), 1);

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
  const expired = rows.filter((r) => r.state === "expired").map((r) => r.path);
  if (expired.length) {
    const named = expired.length > 3 ? `${expired.slice(0, 3).join(", ")}, \u2026` : expired.join(", ");
    lines.push(
      `  expired: ${expired.length} grant file(s) past their end (${oneLine(named, 300)}) give no access; delete them, or merge the scheduled expire run's cleanup pull request`
    );
  }
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
  const errors = countFindings(result.findings, "error");
  const warnings = countFindings(result.findings, "warning");
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
  const format = textOrJson(args);
  const only = args.rest.length ? args.rest : void 0;
  const targets = targetsOf(args, true);
  if (targets.length === 1 && targets[0].name === void 0) {
    const result = await checkFiles(args, io, { source: true, only }, targets[0]);
    if (format === "json") io.stdout(JSON.stringify(checkJson(result), null, 2) + "\n");
    else io.stdout(paintReport(renderCheckText(result), styler(io)));
    return result.ok ? 0 : 1;
  }
  const inTarget = (file, dir) => within(repoPath(args.root, (0, import_node_path.resolve)(args.cwd, file)), dir);
  const stray = only?.find((f) => !targets.some((t) => inTarget(f, t.grantsDir)));
  if (stray !== void 0) {
    throw new UserError(
      `${stray} is in no grants folder of ${targets.map((t) => `${t.name} (${t.grantsDir})`).join(", ")}; with tailpolicy.yaml, check FILE... takes the grant files of a target.`
    );
  }
  const results = [];
  for (const t of targets) {
    const mine = only?.filter((f) => inTarget(f, t.grantsDir));
    if (mine?.length === 0) continue;
    results.push({ target: t, result: await checkFiles(args, io, { source: true, only: mine }, t) });
  }
  if (format === "json") {
    const doc = results.map(({ target, result }) => ({
      target: target.name,
      tailnet: target.tailnet,
      ...checkJson(result)
    }));
    io.stdout(JSON.stringify({ ok: results.every((r) => r.result.ok), targets: doc }, null, 2) + "\n");
  } else {
    const paint = styler(io);
    io.stdout(
      results.map(({ target, result }) => `== ${targetTitle(target)}
${paintReport(renderCheckText(result), paint)}`).join("\n")
    );
  }
  return results.every((r) => r.result.ok) ? 0 : 1;
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
      // The same words as the text and the summaries: a grant with errors is invalid, whatever its window.
      state: grantRow(g).state,
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
