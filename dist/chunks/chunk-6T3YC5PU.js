import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  atomsOf,
  baseLimitProblems,
  describeResourceChange,
  findingsTable,
  pre,
  rulesOfGrant,
  truncate,
  uncovered
} from "./chunk-IZRT3QGA.js";
import {
  diffPolicies,
  formatChanges
} from "./chunk-6CUYZ3W2.js";
import {
  canonicalJson
} from "./chunk-3EWXQCNL.js";
import {
  code,
  md,
  oneLine
} from "./chunk-QV3YLETI.js";
import {
  formatDuration,
  humanUtc
} from "./chunk-LHDYXOMR.js";
import {
  countFindings,
  error,
  formatFinding
} from "./chunk-756YIVLH.js";

// src/review/access-change.ts
function describeAccessChange(base, head) {
  const out = [];
  const names = [.../* @__PURE__ */ new Set([...base.resources.keys(), ...head.resources.keys()])].sort();
  for (const name of names) {
    const b = base.resources.get(name);
    const h = head.resources.get(name);
    if (!b && h) out.push(`resource "${name}" added: ${rulesWords(h)}; ${limitsWords(h)}.`);
    else if (b && !h) out.push(`resource "${name}" removed.`);
    else if (b && h) {
      const changes = [...ruleChanges(b, h), ...limitChanges(b, h)];
      if (changes.length) out.push(`resource "${name}": ${changes.join("; ")}.`);
    }
  }
  if (!base.inline && head.inline) out.push(`"inline:" section added: ${limitsWords(head.inline)}.`);
  else if (base.inline && !head.inline) out.push('"inline:" section removed.');
  else if (base.inline && head.inline) {
    const changes = limitChanges(base.inline, head.inline);
    if (changes.length) out.push(`"inline:": ${changes.join("; ")}.`);
  }
  const people = [.../* @__PURE__ */ new Set([...base.people.keys(), ...head.people.keys()])].sort();
  const peopleChanges = people.flatMap((login) => {
    const b = base.people.get(login);
    const h = head.people.get(login);
    if (b === h) return [];
    if (b === void 0) return [`+ ${login} \u2192 ${h}`];
    if (h === void 0) return [`\u2212 ${login} (was ${b})`];
    return [`${login}: ${b} \u2192 ${h}`];
  });
  if (peopleChanges.length) out.push(`people: ${peopleChanges.join(", ")}.`);
  return out;
}
function ruleChanges(b, h) {
  const before = atomsOf(b.grants, b.ssh);
  const after = atomsOf(h.grants, h.ssh);
  const added = uncovered(after, before).map((a) => `+ ${a.words}`);
  const removed = uncovered(before, after).map((a) => `\u2212 ${a.words}`);
  const words = [...added, ...removed];
  if (words.length) return [`rules ${words.join(", ")}`];
  if (canonicalJson([b.grants, b.ssh]) !== canonicalJson([h.grants, h.ssh])) return ["rules rewritten (same access)"];
  return [];
}
function limitChanges(b, h) {
  const out = [];
  const field = (label, x, y) => {
    if (x !== y) out.push(`${label} ${x} \u2192 ${y}`);
  };
  field("maxDuration", b.maxDuration, h.maxDuration);
  field("eligible", b.eligible?.join(", ") ?? "anyone", h.eligible?.join(", ") ?? "anyone");
  field("approvers", b.approvers.join(", ") || "nobody", h.approvers.join(", ") || "nobody");
  field("approvals", String(b.approvals), String(h.approvals));
  field("ticket", b.ticketPattern ?? "not required", h.ticketPattern ?? "not required");
  field("enforce", b.enforce ?? "none", h.enforce ?? "none");
  return out;
}
function rulesWords(r) {
  const atoms = atomsOf(r.grants, r.ssh);
  return atoms.length ? atoms.map((a) => a.words).join(", ") : "no rules";
}
function limitsWords(r) {
  return [
    `maxDuration ${r.maxDuration}`,
    `eligible ${r.eligible?.join(", ") ?? "anyone"}`,
    `approvers ${r.approvers.join(", ") || "nobody"} (${r.approvals})`,
    ...r.ticketPattern ? [`ticket ${r.ticketPattern}`] : [],
    ...r.enforce ? [`enforce ${r.enforce}`] : []
  ].join(", ");
}

// src/review/plan.ts
function makePlan(base, head, teams) {
  const before = new Map(base.grants.map((g) => [g.path, g]));
  const after = new Map(head.grants.map((g) => [g.path, g]));
  const grants = [];
  for (const path of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(path);
    const a = after.get(path);
    if (a && !b) grants.push({ path, kind: "added", after: a, words: describe(a, head.access, head.now) });
    else if (b && !a) grants.push({ path, kind: "removed", before: b, words: removal(b) });
    else if (a && b && grantKey(a) !== grantKey(b)) {
      const kind = changeKind(b.grant, a.grant);
      grants.push({ path, kind, before: b, after: a, words: describe(a, head.access, head.now, kind, b.grant) });
    }
  }
  for (const change of grants) {
    const g = change.after?.grant;
    if (!g) continue;
    const broken = baseLimitProblems(g, base.access, base.policy, head.now, teams);
    if (broken.length) change.baseLimits = broken;
  }
  return {
    grants,
    resources: resourceChanges(base, head, before, after),
    access: describeAccessChange(base.access, head.access),
    policy: diffPolicies(base.policy, head.policy),
    dns: diffPolicies({ ...base.dns }, { ...head.dns })
  };
}
function resourceKey(resource) {
  return resource === void 0 ? "inline:" : `resource:${resource}`;
}
function resourceChanges(base, head, before, after) {
  const byResource = /* @__PURE__ */ new Map();
  for (const [path, a] of after) {
    const b = before.get(path);
    if (!b || !a.grant || !b.grant || grantKey(a) !== grantKey(b)) continue;
    const state = a.state === "scheduled" || a.state === "active" ? a.state : void 0;
    if (!state) continue;
    const was = effectiveAtoms(b, base);
    const now = effectiveAtoms(a, head);
    const gained = uncovered(now, was);
    const lost = uncovered(was, now);
    if (!gained.length && !lost.length) continue;
    const key = a.grant.resource ?? "";
    const slot = byResource.get(key) ?? { resource: a.grant.resource, widened: [], narrowed: [] };
    byResource.set(key, slot);
    const affected = (atoms) => ({
      path,
      grantees: a.grant.grantees,
      state,
      words: [...new Set(atoms.map((x) => x.words))]
    });
    if (gained.length) slot.widened.push(affected(gained));
    if (lost.length) slot.narrowed.push(affected(lost));
  }
  return [...byResource.entries()].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0).map(([, c]) => describeResourceChange(c.resource, c.widened, c.narrowed));
}
function effectiveAtoms(entry, compiled) {
  const g = entry.grant;
  if (!g || entry.state === "expired" || entry.findings.some((f) => f.severity === "error")) return [];
  const { grants, ssh, rules } = rulesOfGrant(g, compiled.access);
  return rules ? atomsOf(grants, ssh, rules.enforce === "posture") : [];
}
function grantKey(e) {
  if (!e.grant) return `invalid:${e.findings.map((f) => f.message).join("|")}`;
  return canonicalJson(grantData(e.grant));
}
function grantData(g) {
  const { locate: _locate, starts, expires, duration, ...rest } = g;
  return {
    ...rest,
    starts: starts?.toISOString() ?? null,
    expires: expires.toISOString(),
    duration: duration ? { text: duration.text, mergedAt: duration.mergedAt?.toISOString() ?? null } : null
  };
}
function changeKind(before, after) {
  if (!before || !after) return "changed";
  const { expires: be, duration: _bd, ...b } = grantData(before);
  const { expires: ae, duration: _ad, ...a } = grantData(after);
  if (canonicalJson(a) !== canonicalJson(b)) return "changed";
  return String(ae) > String(be) ? "extended" : "shortened";
}
function describe(entry, access, now, kind = "added", before) {
  const g = entry.grant;
  const problem = entry.findings.find((f) => f.severity === "error");
  if (!g || problem)
    return `${entry.path} is invalid and will not be applied: ${problem?.message ?? "see the findings"}`;
  const who = g.grantees.join(", ");
  const what = accessWords(g, access);
  const from = g.starts && g.starts.getTime() > now.getTime() ? g.starts : now;
  const length = formatDuration(Math.max(0, g.expires.getTime() - from.getTime()));
  const pending = g.duration !== void 0 && g.duration.mergedAt === void 0;
  const window = pending ? `for ${g.duration.text} from merge` : g.starts && g.starts.getTime() > now.getTime() ? `from ${humanUtc(g.starts)} for ${length}, until ${humanUtc(g.expires)}` : g.expires.getTime() <= now.getTime() ? `but the grant already expired at ${humanUtc(g.expires)}` : `for ${length}, until ${humanUtc(g.expires)}`;
  const verb = g.grantees.length > 1 ? "get" : "gets";
  if ((kind === "extended" || kind === "shortened") && before) {
    const delta = formatDuration(Math.abs(g.expires.getTime() - before.expires.getTime()));
    if (pending) {
      return `${kind === "extended" ? "Extends" : "Shortens"} ${who}'s ${what}: now for ${g.duration.text} from merge (was until ${humanUtc(before.expires)}).`;
    }
    return `${kind === "extended" ? "Extends" : "Shortens"} ${who}'s ${what} by ${delta}: now until ${humanUtc(g.expires)} (was ${humanUtc(before.expires)}).`;
  }
  return `${who} ${verb} ${what} ${window}.`;
}
function removal(entry) {
  const g = entry.grant;
  if (!g) return `Removes the invalid grant file ${entry.path}.`;
  return `Removes ${g.grantees.join(", ")}'s grant of ${g.resource ?? "inline rules"} (until ${humanUtc(g.expires)}).`;
}
function accessWords(g, access) {
  const resource = g.resource !== void 0 ? access.resources.get(g.resource) : void 0;
  const grants = resource?.grants ?? g.inline?.grants ?? [];
  const ssh = resource?.ssh ?? g.inline?.ssh ?? [];
  const parts = [
    ...grants.map((r) => {
      const ip = Array.isArray(r.ip) ? r.ip.join(", ") : "app capabilities";
      return `${ip} on ${list(r.dst)}`;
    }),
    ...ssh.map((r) => `SSH as ${list(r.users)}${r.action === "check" ? " (check)" : ""} to ${list(r.dst)}`)
  ];
  const label = g.resource !== void 0 ? ` ("${g.resource}")` : " (inline rules)";
  return (parts.length ? parts.join(" and ") : "nothing") + label;
}
function list(v) {
  return Array.isArray(v) ? v.join(", ") : String(v ?? "");
}
function isInvalidChange(change) {
  const a = change.after;
  return a !== void 0 && (!a.grant || a.findings.some((f) => f.severity === "error"));
}
function expiredOnArrival(plan) {
  const out = [];
  for (const change of plan.grants) {
    const entry = change.after;
    const g = entry?.grant;
    if (change.kind === "removed" || !entry || !g || entry.state !== "expired" || isInvalidChange(change)) continue;
    const where = g.locate([g.duration ? "duration" : "expires"]) ?? { file: entry.path, line: 1, column: 1 };
    out.push(
      error(
        "grant/expired-on-arrival",
        `This ${change.kind === "added" ? "new" : "changed"} grant already ended at ${humanUtc(g.expires)}, so it would give no access. Set a future end; to end access early, delete the file instead.`,
        where
      )
    );
  }
  return out;
}

// src/report/plan-markdown.ts
var PLAN_MARKER = "<!-- tailpolicy:plan -->";
var KIND_ICON = {
  added: "\u{1F7E2} Added",
  removed: "\u{1F5D1}\uFE0F Removed",
  extended: "\u23E9 Extended",
  shortened: "\u23EA Shortened",
  changed: "\u270F\uFE0F Changed"
};
function renderPlanMarkdown(plan, verdicts, head, opts) {
  const resourceKeys = new Set(plan.resources.map((r) => resourceKey(r.resource)));
  const missing = verdicts.filter((v) => !v.approved && !resourceKeys.has(v.path));
  const widening = verdicts.filter((v) => !v.approved && resourceKeys.has(v.path));
  const overLimits = plan.grants.filter((c) => c.baseLimits?.length).length;
  const errors = countFindings(head.findings, "error");
  const problems = [
    errors ? `${errors} error(s)` : "",
    missing.length ? `${missing.length} grant(s) need approval` : "",
    widening.length ? `${widening.length} resource change(s) need approval` : "",
    overLimits ? `${overLimits} grant(s) break the base branch's limits` : ""
  ].filter(Boolean);
  const out = [
    PLAN_MARKER,
    `## ${md(opts.title ?? "tailpolicy plan")}: ${problems.length === 0 ? "\u2705 ready" : `\u274C ${problems.join(", ")}`}`,
    ""
  ];
  out.push("### Access", "");
  if (plan.grants.length === 0) out.push("_This pull request changes no grant._", "");
  for (const change of plan.grants) {
    const g = (change.after ?? change.before)?.grant;
    const why = g && change.kind !== "removed" ? ` Reason: \u201C${md(g.reason, 500)}\u201D${g.ticket ? ` (${md(g.ticket)})` : ""}.` : "";
    const icon = isInvalidChange(change) ? "\u26D4 Invalid" : KIND_ICON[change.kind];
    out.push(`- **${icon}** ${code(change.path)}: ${md(change.words, 1e3)}${why}`);
    const v = verdicts.find((x) => x.path === change.path);
    if (v) out.push(`  - ${approvalWords(v, opts.approvalsLookedUp)}`);
    else if (change.kind === "removed") out.push("  - No approval needed to remove access.");
    for (const limit of change.baseLimits ?? [])
      out.push(`  - \u274C Breaks the base branch's limits (a PR is judged by its base's access.yaml): ${md(limit, 500)}`);
  }
  out.push("");
  if (plan.resources.length) {
    out.push(
      "### Resource changes",
      "",
      "_A change to a resource is a change to every active and scheduled grant of it._",
      ""
    );
    for (const r of plan.resources) {
      out.push(`- ${md(r.words, 1500)}`);
      const v = verdicts.find((x) => x.path === resourceKey(r.resource));
      if (v) out.push(`  - ${approvalWords(v, opts.approvalsLookedUp)}`);
      else out.push("  - Only narrows: no approval needed.");
    }
    out.push("");
  }
  if (plan.access.length) {
    out.push(
      "### access.yaml changes",
      "",
      "_This pull request is judged by the base branch's access.yaml; these changes apply to later ones._",
      "",
      ...plan.access.map((line) => `- ${md(line, 1500)}`),
      ""
    );
  }
  out.push("### Policy changes", "");
  out.push(
    plan.policy.length ? pre(formatChanges(plan.policy)) : "_The compiled policy does not change at this time._\n"
  );
  if (plan.dns.length) out.push("### DNS changes", "", pre(formatChanges(plan.dns)));
  if (head.findings.length) out.push("### Findings", "", findingsTable(head.findings));
  out.push(
    `<sub>Evaluated at ${md(head.compiled.now.toISOString())}; compiled policy ${code(head.compiled.digest)}.</sub>`
  );
  return truncate(out.join("\n"), COMMENT_LIMIT - 100);
}
function approvalWords(v, lookedUp) {
  if (v.problem) return `\u274C Cannot be approved: ${md(v.problem)}.`;
  if (v.auto) return `\u2705 ${md(v.auto)} (no reviewer needed).`;
  const words = approvalReviewWords(v, lookedUp);
  return v.autoWhy && !v.approved ? `${words} (${md(v.autoWhy)}.)` : words;
}
function approvalReviewWords(v, lookedUp) {
  const who = `${v.required} approval(s) from ${md(v.approvers.join(", "))}`;
  if (!lookedUp) return `\u23F3 Needs ${who} (reviews were not looked up: no GitHub token).`;
  const counted = v.counted.map((u) => md(u)).join(", ");
  const ignored = v.ignored.map((i) => `${md(i.user)} (${md(i.why)})`).join("; ");
  const teams = v.approvers.filter((a) => a.startsWith("team:"));
  const head = v.approved ? `\u2705 Approved by ${counted}${teams.length ? ` (approvers: ${md(v.approvers.join(", "))})` : ""}.` : `\u274C Needs ${who}; ${v.counted.length ? `approved so far by ${counted}` : "no counting approval yet"}.` + (v.candidates.length ? ` Can approve: ${v.candidates.map((c) => md(c)).join(", ")}.` : " Nobody mapped in access.yaml can approve it.");
  return ignored ? `${head} Not counted: ${ignored}.` : head;
}
function renderPlanText(plan, head, baseRef) {
  const lines = [`tailpolicy plan against ${oneLine(baseRef)} at ${head.compiled.now.toISOString()}`, ""];
  if (plan.grants.length === 0) lines.push("No grant changes.");
  for (const c of plan.grants) {
    lines.push(`${c.kind.padEnd(9)} ${oneLine(c.path)}: ${oneLine(c.words, 500)}`);
    for (const limit of c.baseLimits ?? []) lines.push(`          breaks the base's limits: ${oneLine(limit, 500)}`);
  }
  for (const r of plan.resources) lines.push(oneLine(r.words, 2e3));
  if (plan.access.length) lines.push("access.yaml changes:", ...plan.access.map((l) => `  ${oneLine(l, 2e3)}`));
  lines.push(
    "",
    plan.policy.length ? `Policy changes:
${oneLineEach(formatChanges(plan.policy))}` : "The compiled policy does not change at this time."
  );
  if (plan.dns.length) lines.push("", `DNS changes:
${oneLineEach(formatChanges(plan.dns))}`);
  for (const f of head.findings) lines.push(oneLine(formatFinding(f), 2e3));
  return lines.join("\n") + "\n";
}
function oneLineEach(text) {
  return text.split("\n").map((l) => `  ${oneLine(l, 2e3)}`).join("\n");
}

export {
  makePlan,
  resourceKey,
  expiredOnArrival,
  PLAN_MARKER,
  renderPlanMarkdown,
  renderPlanText
};
