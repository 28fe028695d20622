import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  approvalRulesFor
} from "./chunk-6CUYZ3W2.js";
import {
  countByState,
  grantRows
} from "./chunk-GFTJ4L32.js";
import {
  canonicalJson,
  checkGrant,
  hasPorts,
  parseGrantIp
} from "./chunk-3EWXQCNL.js";
import {
  code,
  md
} from "./chunk-QV3YLETI.js";
import {
  humanUtc
} from "./chunk-LHDYXOMR.js";
import {
  countFindings
} from "./chunk-756YIVLH.js";

// src/report/markdown.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1e6;
var STATE_ICON = {
  active: "\u{1F7E2} active",
  scheduled: "\u{1F552} scheduled",
  expired: "\u26AA expired",
  invalid: "\u274C invalid",
  excluded: "\u26D4 left out"
};
function grantsTable(result) {
  const rows = grantRows(result.compiled);
  if (rows.length === 0) return "_No grant files._\n";
  const lines = ["| State | Grantees | Resource | Window | Reason | File |", "| --- | --- | --- | --- | --- | --- |"];
  for (const r of rows) {
    lines.push(
      `| ${STATE_ICON[r.state]} | ${md(r.grantees)} | ${md(r.resource)} | ${md(r.window)} | ${md(r.reason, 300)}${r.ticket ? ` (${md(r.ticket)})` : ""} | ${code(r.path)} |`
    );
  }
  return lines.join("\n") + "\n";
}
function findingsTable(findings) {
  if (findings.length === 0) return "";
  const lines = ["| | Where | Rule | Message |", "| --- | --- | --- | --- |"];
  for (const f of findings) {
    const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
    const where = f.location ? code(`${f.location.file}:${f.location.line}:${f.location.column}`) : "";
    lines.push(`| ${icon} | ${where} | ${code(f.rule)} | ${md(f.message, 1e3)} |`);
  }
  return lines.join("\n") + "\n";
}
function renderCheckMarkdown(result, title = "tailpolicy check") {
  const c = result.compiled;
  const errors = countFindings(result.findings, "error");
  const warnings = countFindings(result.findings, "warning");
  const verdict = result.ok ? `\u2705 passed${warnings ? ` with ${warnings} warning(s)` : ""}` : `\u274C ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ""}`;
  const counts = countByState(c);
  const out = [
    `## ${md(title)}: ${verdict}`,
    "",
    `Evaluated at ${md(humanUtc(c.now))}. Grants: ${counts.active} active, ${counts.scheduled} scheduled, ${counts.expired} expired` + (counts.invalid ? `, ${counts.invalid} invalid` : "") + (counts.excluded ? `, ${counts.excluded} left out` : "") + `. Next change: ${c.nextChange ? md(humanUtc(c.nextChange)) : "none scheduled"}.`,
    "",
    `Compiled policy: ${c.text.length} bytes, digest ${code(c.digest)}${result.pushable ? "" : " \u2014 **the base policy is invalid; nothing can be pushed**"}.`,
    "",
    "### Grants",
    "",
    grantsTable(result)
  ];
  if (result.tests.length) {
    const passed = result.tests.filter((t) => t.passed === true).length;
    out.push(`Policy tests: ${passed} of ${result.tests.length} passed offline.`, "");
  }
  if (result.findings.length) out.push("### Findings", "", findingsTable(result.findings));
  return truncate(out.join("\n"), SUMMARY_LIMIT);
}
function truncate(text, limit) {
  if (text.length <= limit) return text;
  const note = "\n\n_\u2026 cut to fit GitHub's size limit; the full report is in the workflow log._\n";
  const cut = text.lastIndexOf("\n", limit - note.length);
  return text.slice(0, cut > 0 ? cut : limit - note.length) + note;
}
function pre(text, maxLines = 300) {
  const lines = text.split("\n");
  const shown = lines.slice(0, maxLines).map((l) => md(l, 2e3));
  if (lines.length > maxLines) shown.push(`\u2026 ${lines.length - maxLines} more line(s)`);
  return `<pre>
${shown.join("\n")}
</pre>
`;
}

// src/review/resource-change.ts
function rulesOfGrant(grant, access) {
  if (grant.resource !== void 0) {
    const r = access.resources.get(grant.resource);
    return r ? { grants: r.grants, ssh: r.ssh, rules: r } : { grants: [], ssh: [] };
  }
  return { grants: grant.inline?.grants ?? [], ssh: grant.inline?.ssh ?? [], rules: access.inline };
}
function grantAtoms(grant, access, policy, now) {
  if (grant.expires.getTime() <= now.getTime()) return [];
  const { grants, ssh, rules } = rulesOfGrant(grant, access);
  if (!rules) return [];
  if (checkGrant(grant, access, policy, now).some((f) => f.severity === "error")) return [];
  return atomsOf(grants, ssh, rules.enforce === "posture");
}
function atomsOf(grants, ssh, enforced = false) {
  const out = [];
  const gate = enforced ? { enforce: "posture" } : {};
  for (const rule of grants) {
    const { dst, ip, app, src: _src, ...rest } = rule;
    const restrictions = canonicalJson({ ...rest, ...gate });
    const suffix = restrictionWords(rest, enforced);
    for (const d of strings(dst)) {
      for (const p of strings(ip))
        out.push({ kind: "ip", dst: d, what: p, restrictions, words: `${p} on ${d}${suffix}` });
      if (app !== void 0) {
        const caps = app && typeof app === "object" ? Object.keys(app).join(", ") : String(app);
        out.push({
          kind: "app",
          dst: d,
          what: canonicalJson(app),
          restrictions,
          words: `app ${caps} on ${d}${suffix}`
        });
      }
    }
  }
  for (const rule of ssh) {
    const { dst, users, action, src: _src, ...rest } = rule;
    const restrictions = canonicalJson({ ...rest, ...gate });
    const suffix = restrictionWords(rest, enforced);
    const act = typeof action === "string" ? action : "accept";
    for (const d of strings(dst))
      for (const u of strings(users))
        out.push({
          kind: "ssh",
          dst: d,
          what: u,
          action: act,
          restrictions,
          words: `SSH as ${u}${act === "check" ? " (check)" : ""} to ${d}${suffix}`
        });
  }
  return out;
}
function uncovered(after, before) {
  return after.filter((a) => {
    const near = before.filter((b) => sameReach(b, a));
    if (a.kind === "app") return !near.some((b) => b.what === a.what);
    if (a.kind === "ssh")
      return !near.some((b) => b.what === a.what && (b.action === a.action || b.action === "accept"));
    return !ipCovered(
      a.what,
      near.map((b) => b.what)
    );
  });
}
function sameReach(b, a) {
  if (b.kind !== a.kind) return false;
  if (b.dst !== a.dst && b.dst !== "*") return false;
  return b.restrictions === a.restrictions || b.restrictions === "{}";
}
function ipCovered(inner, outer) {
  if (outer.includes(inner)) return true;
  const i = parseGrantIp(inner);
  if (!i.ok) return false;
  const parsed = outer.map(parseGrantIp).flatMap((o) => o.ok ? [o.value] : []);
  for (const proto of i.value.protos) {
    const with_ = parsed.filter((o) => o.protos.includes(proto));
    if (with_.length === 0) return false;
    if (hasPorts(proto) && !rangesCover(
      with_.flatMap((o) => o.ports),
      i.value.ports
    ))
      return false;
  }
  return true;
}
function rangesCover(outer, inner) {
  const sorted = [...outer].sort((a, b) => a.lo - b.lo);
  return inner.every((r) => {
    let reach = r.lo;
    for (const o of sorted) {
      if (o.lo > reach) break;
      if (o.hi >= reach) reach = o.hi + 1;
      if (reach > r.hi) return true;
    }
    return reach > r.hi;
  });
}
function restrictionWords(rest, enforced) {
  const parts = Object.entries(rest).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(", ") : canonicalJson(v)}`);
  if (enforced) parts.push("expiry enforced by posture");
  return parts.length ? ` (${parts.join("; ")})` : "";
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
}
function describeResourceChange(resource, widened, narrowed) {
  const name = resource ?? "inline rules";
  const part = (verb, list, sign) => {
    if (!list.length) return "";
    const counts = ["active", "scheduled"].map((s) => [s, list.filter((g) => g.state === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s} grant${n === 1 ? "" : "s"}`).join(" and ");
    const who = [...new Set(list.map((g) => g.grantees.join(", ")))].join("; ");
    const what = [...new Set(list.flatMap((g) => g.words))].map((w) => `${sign} ${w}`).join(", ");
    return `${verb} ${counts} (${who}): ${what}`;
  };
  const parts = [part("widens", widened, "+"), part("narrows", narrowed, "\u2212")].filter(Boolean);
  return { resource, widened, narrowed, words: `${name} changes: ${parts.join("; ")}` };
}

// src/review/limits.ts
var LIMIT_RULES = /* @__PURE__ */ new Set(["grant/too-long", "grant/not-eligible", "grant/ticket-required", "grant/ticket-format"]);
function baseLimitProblems(grant, baseAccess, basePolicy, now, teams) {
  if (!approvalRulesFor(grant, baseAccess)) return [];
  return checkGrant(grant, baseAccess, basePolicy, now, teams).filter((f) => f.severity === "error" && LIMIT_RULES.has(f.rule)).map((f) => f.message);
}

export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  grantsTable,
  findingsTable,
  renderCheckMarkdown,
  truncate,
  pre,
  rulesOfGrant,
  grantAtoms,
  atomsOf,
  uncovered,
  describeResourceChange,
  baseLimitProblems
};
