import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  approvalRulesFor,
  canonicalJson,
  checkGrant,
  code,
  error,
  formatOf,
  hasPorts,
  md,
  parseGrantIp,
  parseSource,
  warning
} from "./chunk-SZUJ4VRJ.js";
import {
  UserError,
  humanUtc
} from "./chunk-6ZHZERHB.js";

// src/report/grant-table.ts
function grantRows(compiled) {
  return compiled.grants.map(grantRow);
}
function grantRow(entry) {
  const g = entry.grant;
  const state = !g || entry.findings.some((f) => f.severity === "error") ? "invalid" : entry.excludedReason !== void 0 && entry.state === "active" ? "excluded" : entry.state;
  return {
    path: entry.path,
    state,
    grantees: g ? g.grantees.join(", ") : "",
    resource: g ? g.resource ?? "inline rules" : "",
    window: g ? `${g.starts ? humanUtc(g.starts) : "(on merge)"} \u2192 ${humanUtc(g.expires)}` : "",
    reason: g?.reason ?? "",
    ...g?.ticket ? { ticket: g.ticket } : {}
  };
}
function countByState(compiled) {
  const counts = { active: 0, scheduled: 0, expired: 0, invalid: 0, excluded: 0 };
  for (const row of grantRows(compiled)) counts[row.state]++;
  return counts;
}

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
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
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

// src/modes/merged-at.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(root, args) {
  try {
    const { stdout } = await run("git", ["--no-replace-objects", "--literal-pathspecs", ...args], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
    });
    return stdout;
  } catch {
    return void 0;
  }
}
var SHALLOW_PROBLEM = `This grant's "duration" counts from the moment it reached the default branch, but the checkout is shallow, so its history cannot say when that was. Fetch the whole history: actions/checkout with "fetch-depth: 0", or "git fetch --unshallow".`;
function usesDuration(file) {
  if (!/duration/.test(file.text)) return false;
  const v = parseSource(file).value;
  return v !== null && typeof v === "object" && !Array.isArray(v) && "duration" in v;
}
function blobId(text, algorithm = "sha1") {
  const body = Buffer.from(text, "utf8");
  return createHash(algorithm).update(Buffer.concat([Buffer.from(`blob ${body.length}\0`), body])).digest("hex");
}
async function mergeTimes(root, ref, files) {
  const out = /* @__PURE__ */ new Map();
  const candidates = files.filter(usesDuration);
  if (candidates.length === 0) return out;
  const sha = (await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]))?.trim();
  if (!sha) return out;
  const listing = await git(root, ["ls-tree", "-z", "--end-of-options", sha, "--", ...candidates.map((f) => f.path)]);
  const blobs = /* @__PURE__ */ new Map();
  for (const entry of (listing ?? "").split("\0")) {
    const m = /^\d{6} blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m) blobs.set(m[2], m[1]);
  }
  const merged = candidates.filter((f) => {
    const id = blobs.get(f.path);
    return id !== void 0 && id === blobId(f.text, id.length === 64 ? "sha256" : "sha1");
  });
  if (merged.length === 0) return out;
  if ((await git(root, ["rev-parse", "--is-shallow-repository"]))?.trim() !== "false") {
    for (const f of merged) out.set(f.path, { problem: SHALLOW_PROBLEM });
    return out;
  }
  const log = await git(root, [
    "log",
    "--first-parent",
    "-m",
    "--no-renames",
    "--format=%x00%H %ct",
    "--name-only",
    "-z",
    sha,
    "--",
    ...merged.map((f) => f.path)
  ]);
  const wanted = new Set(merged.map((f) => f.path));
  let at;
  for (const token of (log ?? "").split("\0")) {
    const header = /^\n?([0-9a-f]{40,64}) (\d+)$/.exec(token);
    if (header) {
      at = new Date(Number(header[2]) * 1e3);
      continue;
    }
    const path = token.replace(/^\n+/, "");
    if (at && wanted.has(path) && !out.has(path)) out.set(path, { at });
  }
  for (const f of merged) {
    if (!out.has(f.path))
      out.set(f.path, { problem: `The Git history of ${ref} does not show when this file arrived.` });
  }
  return out;
}

// src/repo.ts
import { closeSync, constants, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
async function readRepository(root, policyDir, grantsDir) {
  const findings = [];
  const policyLink = await linkedComponent(root, policyDir);
  if (policyLink !== void 0) {
    throw new UserError(
      `${policyLink} is a symbolic link; tailpolicy does not follow links out of the repository. Commit the policy folder itself.`
    );
  }
  const policyFiles = readTree(root, policyDir, findings, true);
  const grantsLink = await linkedComponent(root, grantsDir);
  if (grantsLink !== void 0) {
    findings.push(
      error(
        "repo/symlink",
        `${grantsLink} is a symbolic link; tailpolicy does not follow links out of the repository, so no grant was read. Commit the grants folder itself.`,
        { file: grantsLink, line: 1, column: 1 }
      )
    );
    return { policyFiles, grantFiles: [], findings };
  }
  const grantFiles = readTree(root, grantsDir, findings, false);
  return { policyFiles, grantFiles, findings };
}
async function linkedComponent(root, dir) {
  let abs = root;
  for (const part of dir.split(/[\\/]+/).filter((p) => p !== "" && p !== ".")) {
    abs = join(abs, part);
    try {
      if (lstatSync(abs).isSymbolicLink()) return repoPath(root, abs);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function repoPath(root, abs) {
  return relative(root, abs).split(sep).join(posix.sep);
}
function readTree(root, dir, findings, required) {
  const out = [];
  const top = join(root, dir);
  const walk = (abs) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      if (e.code === "ENOENT" && (abs !== top || !required)) return;
      throw new UserError(`Cannot read the folder ${repoPath(root, abs) || "."}: ${e.message}`);
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const path = join(abs, entry.name);
      if (entry.name.startsWith(".")) continue;
      if (entry.isSymbolicLink()) {
        findings.push(symlinkWarning(root, path));
      } else if (entry.isDirectory()) {
        walk(path);
      } else if (entry.isFile() && formatOf(entry.name)) {
        const text = readCapped(path);
        if (text === void 0) findings.push(symlinkWarning(root, path));
        else out.push({ path: repoPath(root, path), text });
      }
    }
  };
  walk(top);
  return out;
}
function symlinkWarning(root, path) {
  return warning("repo/symlink", "Symbolic links are not followed; this entry is ignored. Commit the file itself.", {
    file: repoPath(root, path),
    line: 1,
    column: 1
  });
}
var buffer = Buffer.allocUnsafe(64 * 1024);
function readCapped(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if (e.code === "ELOOP") return void 0;
    throw new UserError(`Cannot read ${path}: ${e.message}`);
  }
  try {
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) break;
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, MAX_FILE_BYTES + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.toString("utf8", 0, length);
  } finally {
    closeSync(fd);
  }
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
function baseLimitProblems(grant, baseAccess, basePolicy, now) {
  if (!approvalRulesFor(grant, baseAccess)) return [];
  return checkGrant(grant, baseAccess, basePolicy, now).filter((f) => f.severity === "error" && LIMIT_RULES.has(f.rule)).map((f) => f.message);
}

export {
  grantRows,
  countByState,
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
  baseLimitProblems,
  mergeTimes,
  readRepository
};
