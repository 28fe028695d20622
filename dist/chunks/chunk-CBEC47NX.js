import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  REPLY_MARKER,
  judgeReviewComments,
  readRulesAsOf,
  reviewMarkers
} from "./chunk-7QCHO66I.js";
import {
  BREAK_GLASS_LABEL,
  BREAK_GLASS_REVIEW_LABEL,
  PagerDutyError,
  breakGlassAnswer,
  breakGlassMarker,
  onCallQuestion,
  readTeamMembers,
  reviewCommand
} from "./chunk-HOTCUSYG.js";
import {
  GitHubApiError
} from "./chunk-CRSC4BUM.js";
import {
  TailscaleApiError
} from "./chunk-EGT5NXRL.js";
import {
  commitRules,
  diffPolicies,
  evaluateApprovals,
  formatChanges,
  latestReviews
} from "./chunk-6CUYZ3W2.js";
import {
  require_promises
} from "./chunk-CUJRVVR5.js";
import {
  IPSet,
  allowsProtoPort,
  buildGrant,
  canonicalJson,
  checkRepository,
  compileDstText,
  compilePolicy,
  groupMembers,
  headerDigest,
  parseAddressSpec,
  parseGrantIp,
  parseIP,
  parseProto,
  policyDigest,
  standingAccess,
  stringsOf,
  teamsOf
} from "./chunk-3EWXQCNL.js";
import {
  code,
  md,
  oneLine
} from "./chunk-QV3YLETI.js";
import {
  formatDuration,
  humanUtc,
  isoUtc
} from "./chunk-LHDYXOMR.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  filesAt,
  gitRunner,
  isShallow,
  readBlobs
} from "./chunk-3BY7JXLC.js";
import {
  parse,
  parseSource
} from "./chunk-756YIVLH.js";
import {
  ExternalError,
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/audit/approval-evidence.ts
var NOT_LOOKED_UP = { status: "not looked up", reviews: [] };
function approvalStatusText(a) {
  if (a.status === "not verifiable") return a.detail ?? a.status;
  return a.detail ? `${a.status} (${a.detail})` : a.status;
}
function onCallKey(requester, schedules, at) {
  return `${requester.toLowerCase()}
${schedules.join(",")}
${at.toISOString()}`;
}
function latestApprovals(reviews) {
  return [...latestReviews(reviews).values()].filter((r) => r.state === "APPROVED");
}
var FOR_AUDITORS = [
  [/^approved an older commit.*/, "approved an older commit, not the PR's head"]
];
function evaluateApproval(input) {
  const { pull, grant, rules } = input;
  const approvals = latestApprovals(input.reviews);
  const evidence = (judge) => approvals.map((r) => {
    const notCounted = judge(r.user);
    return {
      user: r.user,
      submittedAt: r.submittedAt,
      commitId: r.commitId,
      counts: notCounted === void 0,
      ...notCounted !== void 0 ? { notCounted } : {}
    };
  });
  if (!grant)
    return {
      status: "unapproved",
      detail: "not a valid grant file",
      reviews: evidence(() => "the file is not a valid grant")
    };
  if (!rules)
    return {
      status: "unapproved",
      detail: "approval rules unknown",
      reviews: evidence(() => "the approval rules could not be read")
    };
  const verdict = evaluateApprovals(
    grant,
    rules.access,
    rules.policy,
    { author: pull.author, headSha: pull.headSha },
    input.reviews,
    void 0,
    input.teams
  );
  if (verdict.problem !== void 0) {
    const detail = grant.resource !== void 0 ? `resource "${grant.resource}" not in access.yaml` : "inline rules not allowed by access.yaml";
    return { status: "unapproved", detail, reviews: evidence(() => "no approval rules apply") };
  }
  const ignored = new Map(verdict.ignored.map((i) => [i.user.toLowerCase(), i.why]));
  const reviews = evidence((user) => {
    const why = ignored.get(user.toLowerCase());
    return why === void 0 ? void 0 : FOR_AUDITORS.reduce((text, [re, to]) => text.replace(re, to), why);
  });
  const { required } = verdict;
  const counting = verdict.counted.length;
  if (!verdict.approved && pull.mergedAt) {
    const glass = breakGlassReview(input, grant, rules, new Date(pull.mergedAt));
    if (glass) return { ...glass, required, reviews };
    const onCall = onCallApproval(input, grant, rules, new Date(pull.mergedAt), counting);
    if (onCall) return { ...onCall, required, reviews };
  }
  return verdict.approved ? { status: "approved", required, reviews } : { status: "unapproved", detail: `${counting} of ${required} qualifying approvals`, required, reviews };
}
function breakGlassReview(input, grant, rules, mergedAt) {
  const answer = breakGlassAnswer(grant, rules.access, input.pull.labels ?? [], mergedAt);
  if (!answer || !("approved" in answer)) return void 0;
  const due = new Date(mergedAt.getTime() + answer.reviewWithinMs);
  const judged = judgeReviewComments(
    grant,
    {
      asOf: (at) => input.reviewRules?.get(at) ?? { unknown: `the approvers as of ${at} were not read` },
      ...input.teams ? { teams: input.teams } : {},
      since: mergedAt
    },
    input.pull.author,
    input.breakGlassComments ?? []
  );
  const judge = (kind) => {
    const c = kind === "approve" ? judged.approved : judged.revoked;
    return c ? `${c.user} at ${humanUtc(new Date(c.at))}` : void 0;
  };
  const revoked = judge("revoke");
  if (revoked) return { status: "unapproved", detail: `break-glass, revoked by ${revoked}` };
  const reviewed = judge("approve");
  if (reviewed) return { status: "approved", detail: `break-glass, reviewed by ${reviewed}` };
  const now = input.now ?? /* @__PURE__ */ new Date();
  return now.getTime() > due.getTime() ? { status: "unapproved", detail: `break-glass, review overdue since ${humanUtc(due)}` } : { status: "unapproved", detail: `break-glass, review pending until ${humanUtc(due)}` };
}
function onCallApproval(input, grant, rules, mergedAt, counting) {
  const question = onCallQuestion(grant, rules.access, input.pull.author, mergedAt);
  if (!question) return void 0;
  const lacking = `${counting} of ${approvalsRequired(grant, rules)} qualifying approvals`;
  if ("why" in question) return { status: "unapproved", detail: `${lacking}; not auto-approved: ${question.why}` };
  const fact = input.onCall?.get(onCallKey(question.requester, question.schedules, mergedAt)) ?? {
    unknown: "no PagerDuty token"
  };
  if ("schedule" in fact)
    return {
      status: "approved",
      detail: `auto-approved: on call for schedule ${fact.schedule} at merge time (${humanUtc(mergedAt)})`
    };
  if ("why" in fact) return { status: "unapproved", detail: `${lacking}; not auto-approved: ${fact.why}` };
  return { status: "not verifiable", detail: `on-call approval not verifiable: ${fact.unknown}` };
}
function approvalsRequired(grant, rules) {
  return (grant.resource !== void 0 ? rules.access.resources.get(grant.resource) : rules.access.inline)?.approvals ?? 1;
}

// src/audit/formats.ts
var NOT_LOOKED_UP_TEXT = "not looked up";
var AUDIT_COLUMNS = [
  "grant_id",
  "event",
  "path",
  "previous_path",
  "grantees",
  "resource",
  "inline_rules",
  "reason",
  "ticket",
  "starts",
  "expires",
  "valid",
  "problem",
  "commit",
  "commit_author",
  "merged_at",
  "pr_number",
  "pr_url",
  "pr_author",
  "pr_head_sha",
  "approval_status",
  "approvals_required",
  "approvals",
  "qualifying_approvers",
  "became_active_at",
  "expired_at",
  "superseded_at",
  "superseded_by_commit",
  "removed_at",
  "removed_commit",
  "removed_pr_number",
  "removed_pr_author",
  "lookup",
  /** With tailpolicy.yaml: the target (tailnet entry) whose grants folder the event is in; empty without. */
  "target"
];
var time = (d) => d ? isoUtc(d) : null;
function prNumber(p) {
  if (p.kind === "found") return p.pull.number;
  if (p.kind === "not looked up") return p.claimedNumber ?? null;
  return null;
}
function prField(p, get) {
  if (p.kind === "not looked up") return NOT_LOOKED_UP_TEXT;
  return p.kind === "found" ? get(p.pull) : null;
}
function evidenceJson(r) {
  return {
    user: r.user,
    submitted_at: r.submittedAt,
    commit: r.commitId,
    counts: r.counts,
    not_counted_because: r.notCounted ?? null
  };
}
function eventRecord(e, target = null) {
  const g = e.grant;
  const looked = e.approval.status !== "not looked up";
  const removalPr = e.removal?.pr;
  return {
    grant_id: e.grantId,
    event: e.event,
    path: e.path,
    previous_path: e.previousPath ?? null,
    grantees: g ? [...g.grantees] : [],
    resource: g?.resource ?? null,
    inline_rules: g?.inline ? JSON.stringify(g.inline) : null,
    reason: g?.reason ?? null,
    ticket: g?.ticket ?? null,
    starts: time(g?.starts),
    expires: time(g?.expires),
    valid: g !== void 0,
    problem: e.problem ?? null,
    commit: e.commit.sha,
    commit_author: e.commit.author,
    merged_at: isoUtc(e.commit.at),
    pr_number: prNumber(e.pr),
    pr_url: prField(e.pr, (p) => p.url),
    pr_author: prField(e.pr, (p) => p.author),
    pr_head_sha: prField(e.pr, (p) => p.headSha),
    approval_status: approvalStatusText(e.approval),
    approvals_required: looked ? e.approval.required ?? null : NOT_LOOKED_UP_TEXT,
    approvals: looked ? e.approval.reviews.map(evidenceJson) : NOT_LOOKED_UP_TEXT,
    qualifying_approvers: looked ? e.approval.reviews.filter((r) => r.counts).map((r) => r.user) : NOT_LOOKED_UP_TEXT,
    became_active_at: time(e.becameActiveAt),
    expired_at: time(e.expiredAt),
    superseded_at: time(e.supersededAt),
    superseded_by_commit: e.supersededBy ?? null,
    removed_at: time(e.removal?.commit.at),
    removed_commit: e.removal?.commit.sha ?? null,
    removed_pr_number: removalPr ? prNumber(removalPr) : null,
    removed_pr_author: removalPr ? prField(removalPr, (p) => p.author) : null,
    lookup: e.pr.kind === "not looked up" ? "offline" : "github",
    target
  };
}
function csvCell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csvText(value) {
  if (value === null) return "";
  if (Array.isArray(value)) {
    return value.map(
      (v) => typeof v === "string" ? v : `${v.user} approved ${v.submitted_at ?? "(time unknown)"} on ${v.commit ?? "(commit unknown)"} ` + (v.counts ? "(counts)" : `(does not count: ${v.not_counted_because})`)
    ).join("; ");
  }
  return String(value);
}
function renderCsv(report, meta = {}) {
  const lines = [AUDIT_COLUMNS.join(",")];
  for (const e of report.events) {
    const record = eventRecord(e, meta.target ?? null);
    lines.push(AUDIT_COLUMNS.map((c) => csvCell(csvText(record[c]))).join(","));
  }
  return lines.map((l) => `${l}\r
`).join("");
}
function renderJson(report, meta = {}) {
  const s = report.summary;
  const doc = {
    generator: "tailpolicy audit",
    repository: meta.repository ?? null,
    head: meta.head ?? null,
    target: meta.target ?? null,
    tailnet: meta.tailnet ?? null,
    grants_dir: meta.grantsDir ?? null,
    now: isoUtc(report.now),
    since: time(report.since),
    until: time(report.until),
    lookup: report.lookedUp ? "github" : "offline",
    summary: {
      events: s.events,
      grants: s.grants,
      median_duration_seconds: s.medianDurationMs === void 0 ? null : Math.round(s.medianDurationMs / 1e3),
      longest_duration_seconds: s.longestDurationMs === void 0 ? null : Math.round(s.longestDurationMs / 1e3),
      longest_grant_id: s.longestGrantId ?? null,
      unapproved: s.unapproved ?? NOT_LOOKED_UP_TEXT,
      ...s.notVerifiable ? { not_verifiable: s.notVerifiable } : {},
      still_active: s.stillActive,
      expired_still_present: s.expiredPresent
    },
    columns: AUDIT_COLUMNS,
    events: report.events.map((e) => eventRecord(e, meta.target ?? null)),
    at: report.at ? {
      time: isoUtc(report.at.time),
      access: report.at.access.map((r) => ({
        state: r.state,
        grant_id: r.event.grantId,
        path: r.event.path,
        grantees: r.event.grant.grantees,
        resource: r.event.grant.resource ?? null,
        inline_rules: r.event.grant.inline ? JSON.stringify(r.event.grant.inline) : null,
        starts: time(r.event.grant.starts),
        expires: isoUtc(r.event.grant.expires),
        commit: r.event.commit.sha,
        approval_status: approvalStatusText(r.event.approval)
      }))
    } : null
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}
var dash = "\u2014";
var short = (sha) => sha.slice(0, 7);
function access(e) {
  const g = e.grant;
  if (!g) return dash;
  if (g.resource !== void 0) return md(g.resource);
  const n = (g.inline?.grants.length ?? 0) + (g.inline?.ssh.length ?? 0);
  return `inline rules (${n})`;
}
function pullMd(p, fallback) {
  if (p.kind === "found") return `#${p.pull.number} by ${md(p.pull.author ?? "(deleted user)")}`;
  if (p.kind === "none") return "no PR";
  return p.claimedNumber !== void 0 ? `#${p.claimedNumber} (from the commit message)` : fallback;
}
function approvalMd(e) {
  const a = e.approval;
  const status = a.status === "approved" ? "\u2705 approved" : a.status === "unapproved" ? `\u274C ${md(approvalStatusText(a))}` : a.status === "not verifiable" ? `\u26A0\uFE0F ${md(approvalStatusText(a))}` : "not looked up";
  const who = a.reviews.map(
    (r) => `${md(r.user)} ${r.submittedAt ? md(r.submittedAt.replace("T", " ").replace(/:\d\dZ$/, " UTC")) : ""} on ${md(short(r.commitId ?? "?"))}` + (r.counts ? "" : ` (not counted: ${md(r.notCounted ?? "")})`)
  );
  return who.length ? `${status}<br>${who.join("<br>")}` : status;
}
function ended(e) {
  const parts = [];
  if (e.expiredAt) parts.push(`expired ${humanUtc(e.expiredAt)}`);
  if (e.supersededAt) parts.push(`replaced ${humanUtc(e.supersededAt)} (${short(e.supersededBy)})`);
  if (e.removal)
    parts.push(`file removed ${humanUtc(e.removal.commit.at)} by ${pullMd(e.removal.pr, short(e.removal.commit.sha))}`);
  return parts.length ? parts.join("<br>") : dash;
}
function renderSummaryMarkdown(report) {
  const s = report.summary;
  const period = `${report.since ? humanUtc(report.since) : "the beginning"} \u2192 ${report.until ? humanUtc(report.until) : humanUtc(report.now)}`;
  const rows = [
    ["Period", period],
    [
      "Grants in the period",
      `${s.grants} (${s.events} event${s.events === 1 ? "" : "s"}: additions, extensions, changes)`
    ],
    ["Median duration", s.medianDurationMs === void 0 ? dash : formatDuration(s.medianDurationMs)],
    [
      "Longest duration",
      s.longestDurationMs === void 0 ? dash : `${formatDuration(s.longestDurationMs)} (${code(s.longestGrantId)})`
    ],
    [
      "Without a qualifying approval",
      s.unapproved === void 0 ? "not looked up (no GitHub token)" : s.unapproved === 0 ? "0 \u2705" : `**${s.unapproved}** \u274C`
    ],
    ...s.notVerifiable ? [["On-call approval not verifiable (no PagerDuty answer)", `**${s.notVerifiable}** \u26A0\uFE0F`]] : [],
    ["Still active", String(s.stillActive)],
    ["Expired, file not yet removed", String(s.expiredPresent)]
  ];
  return ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n") + "\n";
}
function accessTableMarkdown(records) {
  if (records.length === 0) return "Nobody had access through a grant.\n";
  const lines = ["| Grantees | Access | Window | Grant file | Approval |", "| --- | --- | --- | --- | --- |"];
  for (const r of records) {
    const e = r.event;
    const g = e.grant;
    const window = `${g.starts ? humanUtc(g.starts) : "on merge"} \u2192 ${humanUtc(g.expires)}${r.state === "expired" ? " (expired; file still present)" : ""}`;
    lines.push(`| ${md(g.grantees.join(", "))} | ${access(e)} | ${window} | ${code(e.path)} | ${approvalMd(e)} |`);
  }
  return lines.join("\n") + "\n";
}
function renderMarkdown(report, meta = {}) {
  const out = [];
  out.push("# Access grants: audit evidence", "");
  const where = [meta.repository ? md(meta.repository) : void 0, meta.head ? `commit ${code(meta.head)}` : void 0].filter(Boolean).join(", ");
  out.push(
    `Generated by tailpolicy at ${humanUtc(report.now)}${where ? ` from ${where}` : ""}, from the first-parent history of ${code(meta.grantsDir ?? "grants")} on the default branch` + (report.lookedUp ? " and the pull requests and reviews recorded on GitHub." : ". Pull requests and approvals were not looked up (no GitHub token); PR numbers are as the commit messages claim them."),
    ""
  );
  out.push("## Summary", "", renderSummaryMarkdown(report));
  if (report.at) {
    out.push(`## Access at ${humanUtc(report.at.time)}`, "", accessTableMarkdown(report.at.access));
  }
  out.push("## Grant events", "");
  if (report.events.length === 0) {
    out.push("No grant file was on the default branch in the period.", "");
    return out.join("\n");
  }
  out.push(
    "| Grant file | Event | Grantees | Access | Window | Reason | Ticket | Merged | PR | Approval | Became active | Ended |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  );
  for (const e of report.events) {
    const g = e.grant;
    const path = e.previousPath ? `${code(e.path)}<br>(was ${code(e.previousPath)})` : code(e.path);
    const window = g ? `${g.starts ? humanUtc(g.starts) : "on merge"} \u2192 ${humanUtc(g.expires)}` : `invalid: ${md(e.problem ?? "", 200)}`;
    out.push(
      `| ${path} | ${e.event} | ${g ? md(g.grantees.join(", ")) : dash} | ${access(e)} | ${window} | ${g ? md(g.reason) : dash} | ${g?.ticket ? md(g.ticket) : dash} | ${humanUtc(e.commit.at)} (${code(short(e.commit.sha))}) | ${pullMd(e.pr, "no PR number")} | ${approvalMd(e)} | ${e.becameActiveAt ? humanUtc(e.becameActiveAt) : dash} | ${ended(e)} |`
    );
  }
  out.push("");
  return out.join("\n");
}
function renderText(report, files) {
  const s = report.summary;
  const lines = [];
  lines.push(
    `tailpolicy audit: ${s.grants} grant(s), ${s.events} event(s)${report.since || report.until ? ` from ${report.since ? isoUtc(report.since) : "the beginning"} until ${report.until ? isoUtc(report.until) : "now"}` : ""}`
  );
  lines.push(
    `  median duration ${s.medianDurationMs === void 0 ? "-" : formatDuration(s.medianDurationMs)}, longest ${s.longestDurationMs === void 0 ? "-" : `${formatDuration(s.longestDurationMs)} (${oneLine(s.longestGrantId)})`}`
  );
  lines.push(
    `  without a qualifying approval: ${s.unapproved === void 0 ? "not looked up (set GITHUB_TOKEN and GITHUB_REPOSITORY)" : s.unapproved}`
  );
  if (s.notVerifiable) lines.push(`  on-call approval not verifiable (no PagerDuty answer): ${s.notVerifiable}`);
  lines.push(`  still active: ${s.stillActive}; expired, file not yet removed: ${s.expiredPresent}`);
  for (const e of report.events) {
    const g = e.grant;
    const what = g ? `${oneLine(g.grantees.join(", "), 200)} \u2192 ${g.resource !== void 0 ? oneLine(g.resource, 100) : "inline rules"} until ${isoUtc(g.expires)}` : `invalid: ${oneLine(e.problem ?? "", 200)}`;
    lines.push(
      `${isoUtc(e.commit.at)} ${e.event.padEnd(9)} ${oneLine(e.path, 200)}: ${what} [${oneLine(approvalStatusText(e.approval), 100)}]`
    );
  }
  if (report.at) {
    lines.push(`access at ${isoUtc(report.at.time)}:`);
    if (report.at.access.length === 0) lines.push("  nobody had access through a grant");
    for (const r of report.at.access) {
      const g = r.event.grant;
      lines.push(
        `  ${r.state === "active" ? "active " : "expired"} ${oneLine(g.grantees.join(", "), 200)} \u2192 ${g.resource !== void 0 ? oneLine(g.resource, 100) : "inline rules"} (${oneLine(r.event.path, 200)}, ${g.starts ? isoUtc(g.starts) : "on merge"} \u2192 ${isoUtc(g.expires)}${r.state === "expired" ? ", file still present" : ""}; ${oneLine(approvalStatusText(r.event.approval), 100)})`
      );
    }
  }
  if (files) lines.push(`wrote ${files.csv}, ${files.json}, ${files.markdown}`);
  return lines.join("\n") + "\n";
}

// src/audit/index.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/audit/history.ts
var GRANT_FILE = /\.ya?ml$/i;
function isGrantPath(path, grantsDir) {
  const dir = normalizeDir(grantsDir);
  const rel = dir === "" ? path : path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : void 0;
  if (rel === void 0 || rel === "") return false;
  return GRANT_FILE.test(rel) && !rel.split("/").some((part) => part.startsWith(".") || part === "");
}
function normalizeDir(dir) {
  return dir.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
}
function baseOf(commit) {
  return commit.parents[0] ?? commit.sha;
}
function claimedPullNumber(subject) {
  const m = /^Merge pull request #(\d+) from /.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : void 0;
}
var ORDER = { deleted: 0, renamed: 1, modified: 2, added: 3 };
function grantEvents(commits, options) {
  const open = /* @__PURE__ */ new Map();
  const versions = [];
  for (const commit of commits) {
    const changes = [...commit.changes].sort((a, b) => ORDER[a.status] - ORDER[b.status] || compare(a.path, b.path));
    const added = [];
    for (const change of changes) {
      if (change.status === "deleted") {
        const chain2 = open.get(change.path);
        if (chain2) {
          chain2.removal = commit;
          open.delete(change.path);
        }
        continue;
      }
      const fromPath = change.status === "renamed" ? change.oldPath : change.path;
      const chain = fromPath !== void 0 ? open.get(fromPath) : void 0;
      if (fromPath !== void 0) open.delete(fromPath);
      const parsed = parseVersion(change, commit.committedAt);
      if (!chain) {
        const fresh = { id: `${change.path}@${commit.sha.slice(0, 12)}`, versions: [] };
        const version2 = { chain: fresh, event: "added", path: change.path, ...parsed, commit };
        fresh.versions.push(version2);
        open.set(change.path, fresh);
        added.push(version2);
        continue;
      }
      const previous = chain.versions[chain.versions.length - 1];
      const version = {
        chain,
        event: kindOf(previous, parsed.grant, change.path),
        path: change.path,
        ...change.path !== previous.path ? { previousPath: previous.path } : {},
        ...parsed,
        commit
      };
      chain.versions.push(version);
      open.set(change.path, chain);
      added.push(version);
    }
    versions.push(...added.sort((a, b) => compare(a.path, b.path)));
  }
  return versions.map((v) => toEvent(v, options));
}
function parseVersion(change, mergedAt) {
  if (change.text === void 0) {
    return {
      problem: change.tooLarge !== void 0 ? `the file is too large to read (${change.tooLarge} bytes)` : "the file could not be read"
    };
  }
  const parsed = parseSource({ path: change.path, text: change.text });
  const built = buildGrant(parsed, { merged: { at: mergedAt } });
  if (built.grant) return { grant: built.grant };
  const errors = built.findings.filter((f) => f.severity === "error").slice(0, 3);
  return { problem: errors.length ? errors.map((f) => `${f.rule}: ${f.message}`).join("; ") : "not a valid grant" };
}
function kindOf(previous, grant, path) {
  const before = previous.grant;
  if (before && grant) {
    const delta = grant.expires.getTime() - before.expires.getTime();
    if (delta > 0) return "extended";
    if (delta < 0) return "shortened";
    if (path !== previous.path && JSON.stringify(semantic(before)) === JSON.stringify(semantic(grant)))
      return "renamed";
  }
  return "changed";
}
function semantic(g) {
  return [
    g.grantees,
    g.resource ?? null,
    g.inline ?? null,
    g.reason,
    g.ticket ?? null,
    g.starts?.getTime() ?? null,
    g.expires.getTime()
  ];
}
function commitRef(commit) {
  const claimed = claimedPullNumber(commit.subject);
  return {
    sha: commit.sha,
    at: commit.committedAt,
    author: commit.authorEmail ? `${commit.authorName} <${commit.authorEmail}>` : commit.authorName,
    subject: commit.subject,
    ...claimed !== void 0 ? { claimedPr: claimed } : {}
  };
}
function pullLookup(commit, lookups) {
  if (!lookups || !lookups.pulls.has(commit.sha)) {
    const claimed = claimedPullNumber(commit.subject);
    return { kind: "not looked up", ...claimed !== void 0 ? { claimedNumber: claimed } : {} };
  }
  const pull = lookups.pulls.get(commit.sha);
  return pull ? { kind: "found", pull } : { kind: "none" };
}
function toEvent(v, { now, lookups }) {
  const index = v.chain.versions.indexOf(v);
  const next = v.chain.versions[index + 1];
  const removal = v.chain.removal;
  const mergedAt = v.commit.committedAt.getTime();
  const endOfFile = next ? next.commit.committedAt.getTime() : removal ? removal.committedAt.getTime() : Infinity;
  const pr = pullLookup(v.commit, lookups);
  let becameActiveAt;
  let expiredAt;
  if (v.grant) {
    const start = Math.max(mergedAt, v.grant.starts?.getTime() ?? -Infinity);
    const expires = v.grant.expires.getTime();
    if (start < Math.min(expires, endOfFile) && start <= now.getTime()) becameActiveAt = new Date(start);
    if (expires <= now.getTime() && mergedAt <= expires && expires <= endOfFile) expiredAt = v.grant.expires;
  }
  let approval = NOT_LOOKED_UP;
  if (pr.kind === "none") {
    approval = { status: "unapproved", detail: "direct push", reviews: [] };
  } else if (pr.kind === "found") {
    approval = evaluateApproval({
      pull: pr.pull,
      reviews: lookups?.reviews.get(pr.pull.number) ?? [],
      grant: v.grant,
      rules: lookups?.policies.get(baseOf(v.commit)),
      ...lookups?.teams ? { teams: lookups.teams } : {},
      breakGlassComments: lookups?.breakGlass?.get(breakGlassMarker(v.path, pr.pull.number)) ?? [],
      ...lookups?.reviewRules ? { reviewRules: lookups.reviewRules } : {},
      now,
      ...lookups?.onCall ? { onCall: lookups.onCall } : {}
    });
  }
  return {
    grantId: v.chain.id,
    event: v.event,
    path: v.path,
    ...v.previousPath !== void 0 ? { previousPath: v.previousPath } : {},
    ...v.grant ? { grant: v.grant } : {},
    ...v.problem !== void 0 ? { problem: v.problem } : {},
    commit: commitRef(v.commit),
    pr,
    approval,
    ...becameActiveAt ? { becameActiveAt } : {},
    ...expiredAt ? { expiredAt } : {},
    ...next ? { supersededAt: next.commit.committedAt, supersededBy: next.commit.sha } : {},
    ...removal ? { removal: { commit: commitRef(removal), pr: pullLookup(removal, lookups) } } : {}
  };
}
function inForceUntil(e) {
  return (e.supersededAt ?? e.removal?.commit.at)?.getTime() ?? Infinity;
}
function activeInterval(e) {
  if (!e.grant) return void 0;
  const from = Math.max(e.commit.at.getTime(), e.grant.starts?.getTime() ?? -Infinity);
  const to = Math.min(e.grant.expires.getTime(), inForceUntil(e));
  return from < to ? { from, to } : void 0;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/audit/git-history.ts
var NULL_SHA = /^0+$/;
async function resolveHead(git, root, ref, env) {
  if (ref.startsWith("-")) throw new UserError(`"${ref}" is not a Git ref.`);
  if (await isShallow(root, env)) {
    throw new UserError(
      'The repository is a shallow clone, so its history is incomplete and the audit would miss grants. Fetch the whole history: actions/checkout with "fetch-depth: 0", or "git fetch --unshallow".'
    );
  }
  let head;
  try {
    head = (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).toString().trim();
  } catch {
    throw new UserError(`"${ref}" does not name a commit in this repository (is it empty?).`);
  }
  return head;
}
async function readGrantHistory(root, opts) {
  const git = gitRunner(root, opts.env);
  const grantsDir = normalizeDir(opts.grantsDir);
  const head = await resolveHead(git, root, opts.ref ?? "HEAD", opts.env);
  const marker = `tailpolicy-commit-${Math.random().toString(36).slice(2)}`;
  const out = await git([
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "--relative",
    "-M",
    "--raw",
    "--no-abbrev",
    "-z",
    "--no-ext-diff",
    `--format=${marker}%x00%H%x00%P%x00%cI%x00%an%x00%ae%x00%s`,
    head,
    "--",
    grantsDir || "."
  ]);
  const commits = parseLog(out.toString("utf8"), marker, grantsDir);
  const blobs = await readBlobs(
    git,
    commits.flatMap((c) => c.pending.map((p) => p.blob).filter((b) => b !== void 0))
  );
  return {
    head,
    commits: commits.reverse().map(({ commit, pending }) => ({
      ...commit,
      changes: pending.map(({ blob, change }) => {
        if (blob === void 0) return change;
        const read = blobs.get(blob);
        return read?.text !== void 0 ? { ...change, text: read.text } : { ...change, ...read?.size !== void 0 ? { tooLarge: read.size } : {} };
      })
    }))
  };
}
var REGULAR_FILE = /^100(644|755)$/;
function parseLog(text, marker, grantsDir) {
  const tokens = text.split("\0");
  const commits = [];
  let i = 0;
  const fail = (what) => {
    throw new Error(`Unexpected git log output (${what}) near token ${i}`);
  };
  while (i < tokens.length) {
    const token = tokens[i].replace(/^\n+/, "");
    if (token === "" && i === tokens.length - 1) break;
    if (token !== marker) fail("expected a commit");
    const [sha, parents, date, authorName, authorEmail, subject] = tokens.slice(i + 1, i + 7);
    if (subject === void 0 || !/^[0-9a-f]{40,64}$/.test(sha)) fail("commit header");
    i += 7;
    const committedAt = new Date(date);
    if (Number.isNaN(committedAt.getTime())) fail("commit date");
    const pending = [];
    while (i < tokens.length && tokens[i].replace(/^\n+/, "").startsWith(":")) {
      const raw = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(tokens[i].replace(/^\n+/, ""));
      if (!raw) fail("raw diff entry");
      const [, oldMode, newMode, , newBlob, status] = raw;
      const twoPaths = status === "R" || status === "C";
      const first = tokens[i + 1];
      const second = twoPaths ? tokens[i + 2] : void 0;
      if (first === void 0 || twoPaths && second === void 0) fail("path");
      i += twoPaths ? 3 : 2;
      const oldPath = first;
      const newPath = twoPaths ? second : first;
      const wasGrant = status !== "A" && REGULAR_FILE.test(oldMode) && isGrantPath(oldPath, grantsDir);
      const isGrant = status !== "D" && REGULAR_FILE.test(newMode) && isGrantPath(newPath, grantsDir);
      const blob = NULL_SHA.test(newBlob) ? void 0 : newBlob;
      if (status === "C") {
        if (isGrant) pending.push({ change: { status: "added", path: newPath }, blob });
      } else if (status === "R") {
        if (wasGrant && isGrant) pending.push({ change: { status: "renamed", path: newPath, oldPath }, blob });
        else if (wasGrant) pending.push({ change: { status: "deleted", path: oldPath } });
        else if (isGrant) pending.push({ change: { status: "added", path: newPath }, blob });
      } else if (wasGrant && isGrant) {
        pending.push({ change: { status: "modified", path: newPath }, blob });
      } else if (wasGrant) {
        pending.push({ change: { status: "deleted", path: oldPath } });
      } else if (isGrant) {
        pending.push({ change: { status: "added", path: newPath }, blob });
      }
    }
    commits.push({
      commit: {
        sha,
        parents: parents ? parents.split(" ").filter(Boolean) : [],
        authorName,
        authorEmail,
        committedAt,
        subject
      },
      pending
    });
  }
  return commits.filter((c) => c.pending.length > 0);
}
async function readPolicyDirsAt(root, sha, policyDir, env) {
  const out = [];
  for (const dir of typeof policyDir === "string" ? [policyDir] : policyDir)
    out.push(...await readPolicyAt(root, sha, dir, env));
  return out;
}
async function readPolicyAt(root, sha, policyDir, env) {
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new UserError(`"${sha}" is not a commit id.`);
  const files = await filesAt(root, sha, [normalizeDir(policyDir) || "."], env);
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/audit/github.ts
var CONCURRENCY = 4;
function toInfo(p) {
  return {
    number: p.number,
    url: p.htmlUrl,
    author: p.author,
    title: p.title,
    headSha: p.headSha,
    mergedAt: p.mergedAt,
    labels: p.labels
  };
}
function mergingPull(sha, pulls, defaultBranch) {
  const merged = pulls.filter((p) => p.mergedAt !== null);
  const exact = merged.find((p) => p.mergeCommitSha === sha);
  if (exact) return exact;
  const intoDefault = merged.filter((p) => p.baseRef === defaultBranch);
  return [...intoDefault.length ? intoDefault : merged].sort((a, b) => a.number - b.number)[0];
}
async function lookUpPulls(client, commits, reviewsFor) {
  const pulls = /* @__PURE__ */ new Map();
  const reviews = /* @__PURE__ */ new Map();
  const breakGlass = /* @__PURE__ */ new Map();
  try {
    const defaultBranch = await client.getDefaultBranch();
    await pool([...new Set(commits)], async (sha) => {
      const found = mergingPull(sha, await client.listPullsForCommit(sha), defaultBranch);
      pulls.set(sha, found ? toInfo(found) : null);
    });
    const numbers = /* @__PURE__ */ new Set();
    for (const sha of reviewsFor) {
      const pull = pulls.get(sha);
      if (pull) numbers.add(pull.number);
    }
    await pool([...numbers], async (n) => {
      const list = await client.listReviews(n);
      reviews.set(
        n,
        list.map((r) => ({ user: r.user, state: r.state, commitId: r.commitId, submittedAt: r.submittedAt }))
      );
    });
    if ([...pulls.values()].some((p) => p?.labels?.includes(BREAK_GLASS_LABEL))) {
      for (const issue of await client.listIssuesWithLabel(BREAK_GLASS_REVIEW_LABEL)) {
        const markers = reviewMarkers(issue.body);
        if (markers.length === 0) continue;
        const comments = await client.listIssueComments(issue.number);
        for (const { marker } of markers) breakGlass.set(marker, comments);
      }
    }
  } catch (error) {
    if (error instanceof GitHubApiError) {
      throw new ExternalError(`Could not read pull requests and reviews from GitHub: ${error.message}`, {
        cause: error
      });
    }
    throw error;
  }
  return { pulls, reviews, breakGlass };
}
async function pool(items, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

// src/audit/report.ts
function inPeriod(e, since, until) {
  return (until === void 0 || e.commit.at.getTime() < until.getTime()) && (since === void 0 || inForceUntil(e) > since.getTime());
}
function accessAt(events, time2) {
  const t = time2.getTime();
  const out = [];
  for (const e of events) {
    if (!e.grant || e.commit.at.getTime() > t || t >= inForceUntil(e)) continue;
    if (e.grant.expires.getTime() <= t) out.push({ event: e, state: "expired" });
    else if ((e.grant.starts?.getTime() ?? -Infinity) <= t) out.push({ event: e, state: "active" });
  }
  return out;
}
function grantDurations(events) {
  const out = /* @__PURE__ */ new Map();
  for (const e of events) {
    const interval = activeInterval(e);
    out.set(e.grantId, (out.get(e.grantId) ?? 0) + (interval ? interval.to - interval.from : 0));
  }
  return out;
}
function isUnapproved(e) {
  return e.grant !== void 0 && e.approval.status === "unapproved";
}
function isNotVerifiable(e) {
  return e.grant !== void 0 && e.approval.status === "not verifiable";
}
function auditReport(all, opts) {
  const events = all.filter((e) => inPeriod(e, opts.since, opts.until));
  const grantIds = new Set(events.map((e) => e.grantId));
  const durations = [...grantDurations(all.filter((e) => grantIds.has(e.grantId)))].filter(([, ms]) => ms > 0);
  const sorted = durations.map(([, ms]) => ms).sort((a, b) => a - b);
  const longest = durations.reduce(
    (best, d) => !best || d[1] > best[1] ? d : best,
    void 0
  );
  const now = accessAt(all, opts.now);
  const summary = {
    events: events.length,
    grants: grantIds.size,
    ...sorted.length ? { medianDurationMs: median(sorted), longestDurationMs: longest[1], longestGrantId: longest[0] } : {},
    ...opts.lookedUp ? { unapproved: events.filter(isUnapproved).length } : {},
    ...opts.lookedUp && events.some(isNotVerifiable) ? { notVerifiable: events.filter(isNotVerifiable).length } : {},
    stillActive: new Set(now.filter((r) => r.state === "active").map((r) => r.event.grantId)).size,
    expiredPresent: new Set(now.filter((r) => r.state === "expired").map((r) => r.event.grantId)).size
  };
  return {
    now: opts.now,
    ...opts.since ? { since: opts.since } : {},
    ...opts.until ? { until: opts.until } : {},
    lookedUp: opts.lookedUp,
    events,
    summary,
    ...opts.at ? { at: { time: opts.at, access: accessAt(all, opts.at) } } : {}
  };
}
function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/audit/versions.ts
function mergesAt(commits, at) {
  const out = /* @__PURE__ */ new Map();
  for (const c of commits) {
    if (c.committedAt.getTime() > at) break;
    for (const ch of c.changes) {
      if (ch.status === "deleted") out.delete(ch.path);
      else out.set(ch.path, { at: c.committedAt });
    }
  }
  return out;
}
async function policyCommits(root, opts) {
  const git = gitRunner(root, opts.env);
  const policyDirs = typeof opts.policyDir === "string" ? [opts.policyDir] : opts.policyDir;
  const dirs = [...policyDirs.map((d) => normalizeDir(d) || "."), normalizeDir(opts.grantsDir) || "."];
  const out = (await git(["log", "--first-parent", "-z", "--format=%H%x01%cI%x01%s", opts.ref ?? "HEAD", "--", ...dirs])).toString("utf8");
  return out.split("\0").map((line) => line.replace(/^\n+/, "")).filter(Boolean).map((line) => {
    const [sha, date, subject] = line.split("");
    return { sha, at: new Date(date), subject: subject ?? "" };
  }).filter((c) => /^[0-9a-f]{40,64}$/.test(c.sha) && !Number.isNaN(c.at.getTime())).reverse();
}
async function readPolicyVersions(root, opts) {
  const commits = (await policyCommits(root, opts)).filter((c) => c.at.getTime() <= opts.until.getTime());
  const since = opts.since?.getTime() ?? -Infinity;
  const until = opts.until.getTime();
  const versions = [];
  const states = [];
  const grantRules = /* @__PURE__ */ new Map();
  for (let i = 0; i < commits.length; i++) {
    const commit = commits[i];
    const next = commits[i + 1]?.at.getTime() ?? Infinity;
    if (next <= since) continue;
    const [policyFiles, grantFiles] = await Promise.all([
      readPolicyDirsAt(root, commit.sha, opts.policyDir, opts.env),
      readPolicyAt(root, commit.sha, opts.grantsDir, opts.env)
    ]);
    const merges = mergesAt(opts.grantCommits ?? [], commit.at.getTime());
    const check = (now) => checkRepository({
      policyDir: typeof opts.policyDir === "string" ? normalizeDir(opts.policyDir) || "." : opts.policyDir,
      policyFiles,
      grantFiles,
      now,
      merges
    });
    const first = check(commit.at);
    const moments = first.compiled.grants.flatMap((g) => g.grant ? [g.grant.starts, g.grant.expires] : []).filter((d) => d !== void 0).map((d) => d.getTime()).filter((t) => t > commit.at.getTime() && t < next && t < until);
    const short2 = commit.sha.slice(0, 7);
    const points = [
      { t: commit.at.getTime(), cause: `commit ${short2} "${commit.subject}"` },
      ...[...new Set(moments)].sort((a, b) => a - b).map((t) => ({ t, cause: causeAt(first.compiled, t) }))
    ];
    for (const p of points) {
      const result = p.t === commit.at.getTime() ? first : check(new Date(p.t));
      const compiled = result.compiled;
      for (const [path, rules] of rulesByGrant(compiled)) if (!grantRules.has(path)) grantRules.set(path, rules);
      versions.push({
        at: new Date(p.t),
        commit: commit.sha,
        cause: p.cause,
        digest: compiled.digest,
        pushable: result.pushable,
        grants: compiled.grants.filter((g) => g.included).map((g) => g.path),
        standing: standingRows(compiled)
      });
      states.push({ policy: compiled.policy, access: compiled.access });
    }
  }
  const keep = versions.map((v, i) => i === 0 || v.digest !== versions[i - 1].digest);
  const changed = versions.filter((_, i) => keep[i]);
  const changedStates = states.filter((_, i) => keep[i]);
  for (let i = 0; i < changed.length; i++) {
    const nextAt = changed[i + 1]?.at;
    if (nextAt) changed[i].until = nextAt;
  }
  const startIndex = Math.max(
    0,
    changed.findLastIndex((v) => v.at.getTime() <= since)
  );
  return { versions: changed.slice(startIndex), states: changedStates.slice(startIndex), grantRules };
}
function causeAt(compiled, t) {
  const why = compiled.grants.flatMap((g) => {
    if (!g.grant) return [];
    if (g.grant.starts?.getTime() === t) return [`${g.path} starts`];
    if (g.grant.expires.getTime() === t) return [`${g.path} expires`];
    return [];
  });
  return why.join(", ");
}
function rulesByGrant(compiled) {
  const out = /* @__PURE__ */ new Map();
  for (const [section, byIndex] of compiled.generatedBy) {
    const list = compiled.policy[section];
    if (!Array.isArray(list)) continue;
    for (const [index, path] of byIndex) {
      const rules = out.get(path) ?? [];
      rules.push(`${section}\0${canonicalJson(list[index])}`);
      out.set(path, rules);
    }
  }
  return out;
}
function standingRows(compiled) {
  const targets = [...compiled.access.resources.values()].map((r) => ({
    resource: r.name,
    destinations: [...new Set([...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule["dst"]).map((d) => d.trim())))]
  }));
  const reaches = standingAccess(compiled.policy, targets, {
    skip: (section, index) => compiled.generatedBy.get(section)?.has(index) ?? false
  });
  return targets.map((t) => ({
    resource: t.resource,
    none: compiled.access.resources.get(t.resource)?.standing === "none",
    rules: reaches.filter((r) => r.resource === t.resource).map((r) => ({ rule: `${r.sectionKey}[${r.index}]`, principals: r.principals, certain: r.certain }))
  }));
}

// src/audit/tailnet.ts
function isPolicyChange(e) {
  return (e.target.property ?? "").toUpperCase() === "ACL" && !e.error;
}
function actorName(e) {
  const name = e.actor.loginName || e.actor.displayName || e.actor.id || "unknown";
  return e.actor.type ? `${name} (${e.actor.type})` : name;
}
function parsePolicyText(value) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  if (typeof value !== "string") return void 0;
  if (value.trim() === "") return {};
  const errors = [];
  const parsed = parse(value, errors, { allowTrailingComma: true });
  return errors.length === 0 && parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : void 0;
}
function carriedGrants(policy, grantRules) {
  const present = /* @__PURE__ */ new Set();
  for (const [section, list] of Object.entries(policy)) {
    if (Array.isArray(list)) for (const rule of list) present.add(`${section}\0${canonicalJson(rule)}`);
  }
  return [...grantRules].filter(([, rules]) => rules.length > 0 && rules.every((r) => present.has(r))).map(([path]) => path);
}
function reconcile(log, history, expiring, opts) {
  const skew = opts.skewMs ?? 5 * 6e4;
  const period = opts.schedulePeriodMs;
  const versions = history.versions;
  const entries = log.filter(isPolicyChange).sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
  const changes = entries.map((e) => {
    const at = new Date(e.eventTime);
    const base = { at, actor: actorName(e), origin: e.origin };
    const after = parsePolicyText(e.new);
    const before = parsePolicyText(e.old);
    const what = after && before ? formatChanges(diffPolicies(before, after), 20) || "(no rule changed)" : void 0;
    const carries = after ? carriedGrants(after, history.grantRules) : void 0;
    const extra = { ...what !== void 0 ? { what } : {}, ...carries ? { carries } : {} };
    if (after) {
      const claimed = typeof e.new === "string" ? headerDigest(e.new) : void 0;
      const actual = policyDigest(after);
      const intact = claimed !== void 0 && claimed === actual;
      const candidates = versions.filter((v) => v.digest === actual && v.at.getTime() <= at.getTime() + skew);
      const version = candidates.at(-1);
      if (intact && version) {
        return { ...base, kind: "push", matchedBy: "digest", version, claimedDigest: claimed, intact, ...extra };
      }
      const why = !claimed ? "the policy it set has no tailpolicy-digest header: it was not written by tailpolicy" : !intact ? "the policy it set no longer matches its tailpolicy-digest: edited after tailpolicy wrote it" : "it carries a tailpolicy-digest that no version of the repository had at that time";
      const standing = liveStanding(after, history, at);
      return {
        ...base,
        kind: "out-of-band",
        why,
        ...standing.length ? { standing } : {},
        ...claimed ? { claimedDigest: claimed } : {},
        intact,
        ...extra
      };
    }
    if (e.origin === "CONFIG_API") {
      const version = versions.filter((v) => v.at.getTime() <= at.getTime() + skew).at(-1);
      if (version) return { ...base, kind: "push", matchedBy: "time", version, carries: version.grants };
    }
    return {
      ...base,
      kind: "out-of-band",
      why: `made through ${e.origin || "an unknown origin"}, not by a tailpolicy push (the log carries no policy text to compare)`
    };
  });
  const expected = versions.map((v, i) => {
    const push = changes.find((c) => c.kind === "push" && c.version === v);
    const delay = push ? push.at.getTime() - v.at.getTime() : void 0;
    if (i === 0 && !push) return { version: v, status: "in force at start" };
    if (!v.pushable) return { version: v, status: "not pushable" };
    if (push) return { version: v, status: "pushed", pushedAt: push.at, delayMs: delay };
    const lasted = (v.until ?? opts.end).getTime() - v.at.getTime();
    return { version: v, status: lasted > period ? "missing" : "superseded" };
  });
  for (const c of changes) if (c.kind === "push" && !c.carries && c.version) c.carries = c.version.grants;
  const revocations = expiring.map((g) => revocationOf(g, changes, opts.end, period));
  const latencies = revocations.filter((r) => r.latencyMs !== void 0 && r.latencyMs >= 0).sort((a, b) => a.latencyMs - b.latencyMs);
  const worst = latencies.at(-1);
  return {
    changes,
    expected,
    revocations,
    ...latencies.length ? { medianLatencyMs: median2(latencies.map((r) => r.latencyMs)) } : {},
    ...worst ? { worstLatencyMs: worst.latencyMs, worstLatencyPath: worst.path } : {},
    schedulePeriodMs: period
  };
}
function liveStanding(policy, history, at) {
  const i = history.versions.findLastIndex((v) => v.at.getTime() <= at.getTime());
  const access2 = history.states[Math.max(0, i)]?.access;
  if (!access2) return [];
  const targets = [...access2.resources.values()].filter((r) => r.standing === "none").map((r) => ({
    resource: r.name,
    destinations: [...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule["dst"]).map((d) => d.trim()))
  }));
  const grantRules = new Set([...history.grantRules.values()].flat());
  const list = (section) => Array.isArray(policy[section]) ? policy[section] : [];
  return standingAccess(policy, targets, {
    skip: (section, index) => grantRules.has(`${section}\0${canonicalJson(list(section)[index])}`)
  }).filter((r) => r.certain).map((r) => ({ resource: r.resource, rule: `${r.sectionKey}[${r.index}]`, principals: r.principals }));
}
function revocationOf(g, changes, end, period) {
  const base = { path: g.path, grantees: g.grantees, resource: g.resource, expires: g.expires };
  const known = changes.filter((c) => c.carries !== void 0);
  const lastCarrying = known.findLastIndex((c) => c.carries.includes(g.path));
  if (lastCarrying < 0) return { ...base, status: "not seen" };
  const removal = known.slice(lastCarrying + 1).find((c) => !c.carries.includes(g.path));
  if (!removal) {
    const latencyMs2 = Math.max(0, end.getTime() - g.expires.getTime());
    return { ...base, status: "still live", latencyMs: latencyMs2 };
  }
  const latencyMs = removal.at.getTime() - g.expires.getTime();
  const status = latencyMs < 0 ? "early" : latencyMs > period ? "late" : "on time";
  return { ...base, revokedAt: removal.at, latencyMs, status, by: removal.actor };
}
function median2(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/audit/usage.ts
function splitAddrPort(text) {
  if (!text) return void 0;
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (v6) return { addr: v6[1], ...v6[2] ? { port: Number(v6[2]) } : {} };
  const colon = text.lastIndexOf(":");
  if (colon > 0 && text.indexOf(":") === colon)
    return { addr: text.slice(0, colon), port: Number(text.slice(colon + 1)) };
  return { addr: text };
}
function protoNumber(p) {
  if (typeof p === "number") return p;
  if (p === void 0 || p === "") return void 0;
  const parsed = parseProto(p);
  return parsed.ok ? parsed.value : void 0;
}
function flowsOf(logs) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const log of logs) {
    const start = Date.parse(log.start);
    const end = Date.parse(log.end);
    for (const c of [...log.virtualTraffic, ...log.subnetTraffic]) {
      const src = splitAddrPort(c.src);
      const dst = splitAddrPort(c.dst);
      if (!src || !dst) continue;
      const key2 = `${log.start}|${c.src}|${c.dst}|${c.proto ?? ""}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      const proto = protoNumber(c.proto);
      out.push({ start, end, ...proto !== void 0 ? { proto } : {}, src, dst, key: key2 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function destinations(w, devices) {
  const c = compilePolicy(w.policy);
  const out = [];
  const addressesOf = (pick) => IPSet.of(
    devices.filter(pick).flatMap((d) => d.addresses).map((a) => parseAddressSpec(a)).filter((r) => r !== void 0)
  );
  const add = (dst, pp) => {
    const m = compileDstText(c, dst);
    let set;
    switch (m.k) {
      case "tag":
        set = addressesOf((d) => d.tags.includes(m.tag));
        break;
      case "users":
        set = addressesOf((d) => d.tags.length === 0 && m.users.has(d.user));
        break;
      case "ips":
        set = m.set;
        break;
      case "any":
        set = addressesOf(() => true);
        break;
      default:
        return;
    }
    out.push({ set, pp });
  };
  for (const rule of w.resource.grants) {
    const pp = stringsOf(rule["ip"]).flatMap((e) => {
      const r = parseGrantIp(e);
      return r.ok ? [r.value] : [];
    });
    for (const d of stringsOf(rule["dst"])) add(d, pp);
  }
  for (const rule of w.resource.ssh)
    for (const d of stringsOf(rule["dst"])) add(d, [{ protos: [6], ports: [{ lo: 22, hi: 22 }] }]);
  return out;
}
function useOfAccess(windows, logs, devices) {
  const flows = flowsOf(logs);
  return windows.map((w) => {
    const mine = devices.filter((d) => d.tags.length === 0 && w.users.includes(d.user));
    const sources = new Set(
      mine.flatMap(
        (d) => d.addresses.map((a) => parseIP(a)).filter((a) => a !== void 0).map(key)
      )
    );
    const dsts = destinations(w, devices);
    const from = w.from.getTime();
    const to = w.to.getTime();
    const hits = flows.filter((f) => {
      if (f.end < from || f.start >= to) return false;
      const s = parseIP(f.src.addr);
      const d = parseIP(f.dst.addr);
      if (!s || !d || !sources.has(key(s))) return false;
      return dsts.some(
        (x) => x.set.contains(d) && (f.proto === void 0 || f.dst.port === void 0 || x.pp.some((pp) => allowsProtoPort(pp, f.proto, f.dst.port)))
      );
    });
    return {
      path: w.path,
      grantees: w.grantees,
      resource: w.resource.name,
      from: w.from,
      to: w.to,
      connected: hits.length > 0,
      connections: hits.length,
      ...hits.length ? { first: new Date(hits[0].start), last: new Date(Math.max(...hits.map((h) => h.end))) } : {},
      devices: mine.length
    };
  });
}
function key(a) {
  return `${a.v}:${a.n.toString(16)}`;
}

// src/audit/pack.ts
var when = (d) => d ? isoUtc(d) : "\u2014";
var dur = (ms) => ms === void 0 ? "\u2014" : formatDuration(Math.abs(ms));
function buildPack(input) {
  const { report, evidence } = input;
  const events = report.events.filter((e) => e.grant);
  const sections = [];
  const unjustified = events.filter((e) => !e.grant.reason.trim());
  sections.push({
    id: "requests",
    title: "Requests justified",
    control: "Every access grant was requested through a pull request stating who, what, why and until when.",
    verdict: unjustified.length ? "fail" : "pass",
    figures: [
      ["Grant versions in the period", String(events.length)],
      ["Distinct grants", String(report.summary.grants)],
      ["Without a reason", String(unjustified.length)]
    ],
    columns: ["Grant file", "Grantees", "Resource", "Reason", "Ticket", "Reached the default branch"],
    rows: events.map((e) => [
      e.path,
      e.grant.grantees.join(", "),
      e.grant.resource ?? "inline rules",
      e.grant.reason,
      e.grant.ticket ?? "\u2014",
      `${when(e.commit.at)} (${e.commit.sha.slice(0, 7)})`
    ]),
    notes: []
  });
  const looked = report.lookedUp;
  const unapproved = report.summary.unapproved ?? 0;
  sections.push({
    id: "approvals",
    title: "Approvals",
    control: "Every grant was approved by the resource's approvers before it reached the default branch.",
    verdict: !looked ? "not shown" : unapproved ? "fail" : "pass",
    figures: [["Without a qualifying approval", looked ? String(unapproved) : "not looked up"]],
    columns: ["Grant file", "Pull request", "Author", "Approved by", "Status"],
    rows: events.map((e) => [
      e.path,
      e.pr.kind === "found" ? `#${e.pr.pull.number} ${e.pr.pull.url}` : e.pr.kind === "none" ? "none (direct push)" : "not looked up",
      e.pr.kind === "found" ? e.pr.pull.author ?? "\u2014" : "\u2014",
      looked ? e.approval.reviews.filter((r) => r.counts).map((r) => `${r.user} at ${r.submittedAt ?? "?"}`).join("; ") || "\u2014" : "not looked up",
      approvalStatusText(e.approval)
    ]),
    notes: looked ? [] : ["Approvals were not looked up: run with GITHUB_TOKEN and GITHUB_REPOSITORY."]
  });
  const durationRows = events.map((e) => {
    const g = e.grant;
    const from = Math.max(g.starts?.getTime() ?? 0, e.commit.at.getTime());
    const asked = g.expires.getTime() - from;
    const max = input.limits.get(e);
    const within = max === void 0 ? void 0 : asked <= max;
    return { e, asked, max, within };
  });
  const over = durationRows.filter((r) => r.within === false);
  sections.push({
    id: "durations",
    title: "Durations within limits",
    control: "Every grant lasts no longer than its resource's maxDuration.",
    verdict: over.length ? "fail" : "pass",
    figures: [
      ["Median access", dur(report.summary.medianDurationMs)],
      ["Longest access", dur(report.summary.longestDurationMs)],
      ["Over the limit", String(over.length)]
    ],
    columns: ["Grant file", "Resource", "Window", "Length", "Limit", "Within"],
    rows: durationRows.map((r) => [
      r.e.path,
      r.e.grant.resource ?? "inline rules",
      `${when(new Date(Math.max(r.e.grant.starts?.getTime() ?? 0, r.e.commit.at.getTime())))} \u2192 ${when(r.e.grant.expires)}`,
      dur(r.asked),
      dur(r.max),
      r.within === void 0 ? "\u2014" : r.within ? "yes" : "NO"
    ]),
    notes: []
  });
  const rec = evidence.reconciliation;
  const late = rec?.revocations.filter((r) => r.status === "late" || r.status === "still live") ?? [];
  sections.push({
    id: "revocation",
    title: "Revocation on time",
    control: `Access ends at its expiry: the live policy stops carrying a grant within one schedule period (${dur(rec?.schedulePeriodMs)}).`,
    verdict: !rec ? "not shown" : late.length ? "fail" : "pass",
    figures: rec ? [
      ["Expired in the period", String(rec.revocations.length)],
      ["Median latency", dur(rec.medianLatencyMs)],
      ["Worst latency", rec.worstLatencyPath ? `${dur(rec.worstLatencyMs)} (${rec.worstLatencyPath})` : "\u2014"],
      ["Late or still live", String(late.length)]
    ] : [],
    columns: ["Grant file", "Grantees", "Resource", "Expires", "Out of the live policy", "Latency", "Status"],
    rows: (rec?.revocations ?? []).map((r) => [
      r.path,
      r.grantees.join(", "),
      r.resource,
      when(r.expires),
      r.revokedAt ? `${when(r.revokedAt)}${r.by ? ` by ${r.by}` : ""}` : "\u2014",
      r.latencyMs === void 0 ? "\u2014" : `${r.latencyMs < 0 ? "-" : ""}${dur(r.latencyMs)}`,
      r.status === "late" ? "LATE" : r.status === "still live" ? "STILL LIVE" : r.status
    ]),
    notes: rec ? [] : evidence.notes
  });
  const standingFails = evidence.versions.flatMap(
    (v) => v.standing.filter((s) => s.none && s.rules.some((r) => r.certain)).map((s) => ({ v, s }))
  );
  const liveFails = (evidence.reconciliation?.changes ?? []).filter((c) => c.standing?.length);
  sections.push({
    id: "standing",
    title: "No standing access",
    control: "Resources marked standing: none are reachable by nobody without a grant, at every policy version of the period (offline evaluator).",
    verdict: standingFails.length || liveFails.length ? "fail" : "pass",
    figures: [
      ["Policy versions evaluated", String(evidence.versions.length)],
      [
        "Versions giving standing access to a standing: none resource",
        String(new Set(standingFails.map((f) => f.v)).size)
      ],
      ...evidence.reconciliation ? [["Out-of-band changes giving standing access", String(liveFails.length)]] : []
    ],
    columns: ["Version due", "Cause", "Digest", "Resource", "standing: none", "Who reaches it without a grant"],
    rows: evidence.versions.flatMap(
      (v) => v.standing.map((s) => [
        when(v.at),
        v.cause,
        v.digest.slice(0, 19),
        s.resource,
        s.none ? "yes" : "no",
        s.rules.length ? s.rules.map((r) => `${r.principals.join(", ")} (${r.rule}${r.certain ? "" : ", may"})`).join("; ") : "nobody"
      ])
    ).concat(
      liveFails.flatMap(
        (c) => c.standing.map((st) => [
          when(c.at),
          `OUT-OF-BAND change by ${c.actor} (live policy)`,
          "\u2014",
          st.resource,
          "yes",
          `STANDING ACCESS: ${st.principals.join(", ")} (${st.rule})`
        ])
      )
    ),
    notes: []
  });
  const oob = rec?.changes.filter((c) => c.kind === "out-of-band") ?? [];
  const missing = rec?.expected.filter((x) => x.status === "missing") ?? [];
  sections.push({
    id: "out-of-band",
    title: "No out-of-band change",
    control: "Every change of the tailnet policy file in Tailscale's configuration log is a push of a version in Git, and every version Git expected was pushed.",
    verdict: !rec ? "not shown" : oob.length || missing.length ? "fail" : "pass",
    figures: rec ? [
      ["Policy changes in the log", String(rec.changes.length)],
      ["Matched to a tailpolicy push", String(rec.changes.length - oob.length)],
      ["Out-of-band", String(oob.length)],
      ["Versions Git expected but the log lacks", String(missing.length)]
    ] : [],
    columns: ["When", "Who", "Origin", "Verdict", "Version (cause, commit)", "What changed"],
    rows: [
      ...(rec?.changes ?? []).map((c) => [
        when(c.at),
        c.actor,
        c.origin,
        c.kind === "push" ? `push (by ${c.matchedBy})` : `OUT-OF-BAND: ${c.why ?? ""}`,
        c.version ? `${when(c.version.at)} ${c.version.cause} (${c.version.commit.slice(0, 7)})` : "\u2014",
        c.what ?? (c.kind === "push" ? "" : "not in the log")
      ]),
      ...missing.map((x) => [
        when(x.version.at),
        "\u2014",
        "\u2014",
        "MISSING PUSH: Git expected this version; the log has no push of it",
        `${x.version.cause} (${x.version.commit.slice(0, 7)}, ${x.version.digest.slice(0, 19)})`,
        ""
      ])
    ],
    notes: rec ? [] : evidence.notes
  });
  const usage = evidence.usage;
  sections.push({
    id: "use",
    title: "Use of access",
    control: "Whether each grant's grantees connected to its resource during the grant (network flow logs).",
    verdict: usage ? "pass" : "not shown",
    figures: usage ? [
      ["Grants", String(usage.length)],
      ["Used", String(usage.filter((u) => u.connected).length)],
      ["Unused", String(usage.filter((u) => !u.connected).length)]
    ] : [],
    columns: ["Grant file", "Grantees", "Resource", "Window", "Connected", "Connections", "First", "Last"],
    rows: (usage ?? []).map((u) => [
      u.path,
      u.grantees.join(", "),
      u.resource,
      `${when(u.from)} \u2192 ${when(u.to)}`,
      u.connected ? "yes" : u.devices ? "no (unused)" : "no device known",
      String(u.connections),
      when(u.first),
      when(u.last)
    ]),
    notes: usage ? [] : [evidence.usageNote ?? evidence.notes[0] ?? "Network flow logs were not read."]
  });
  return {
    title: "Access evidence",
    ...input.meta.repository ? { repository: input.meta.repository } : {},
    ...input.meta.head ? { head: input.meta.head } : {},
    from: evidence.from,
    to: evidence.to,
    generatedAt: report.now,
    sections
  };
}
var VERDICT_TEXT = { pass: "PASS", fail: "FAIL", "not shown": "NOT SHOWN" };
function renderPackMarkdown(pack) {
  const out = [];
  out.push(`# ${md(pack.title)}: ${isoUtc(pack.from)} to ${isoUtc(pack.to)}`, "");
  out.push(
    `Repository ${pack.repository ? md(pack.repository) : "(unnamed)"}${pack.head ? ` at ${md(pack.head)}` : ""}; generated by tailpolicy at ${isoUtc(pack.generatedAt)}.`,
    ""
  );
  out.push("| Control | Verdict |", "| --- | --- |");
  for (const s of pack.sections) out.push(`| [${md(s.title)}](#${s.id}) | ${VERDICT_TEXT[s.verdict]} |`);
  out.push("");
  for (const s of pack.sections) {
    out.push(`<a id="${s.id}"></a>`, `## ${md(s.title)}: ${VERDICT_TEXT[s.verdict]}`, "", md(s.control, 2e3), "");
    for (const [k, v] of s.figures) out.push(`- ${md(k)}: **${md(v)}**`);
    if (s.figures.length) out.push("");
    for (const n of s.notes) out.push(`> ${md(n, 2e3)}`, "");
    if (s.rows.length) {
      out.push(`| ${s.columns.map((c) => md(c)).join(" | ")} |`, `| ${s.columns.map(() => "---").join(" | ")} |`);
      for (const r of s.rows) out.push(`| ${r.map((c) => md(c, 2e3) || " ").join(" | ")} |`);
    } else out.push("_No entries in the period._");
    out.push("");
  }
  return out.join("\n");
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
var CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.pass{color:#1a7f37}.fail{color:#cf222e}.not-shown{color:#9a6700}td.w{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px}
.fig{display:inline-block;margin:0 1.5rem .5rem 0}.fig b{font-size:1.1em}blockquote{border-left:3px solid #d0d7de;margin:0;padding-left:1rem;color:#57606a}`;
function renderPackHtml(pack) {
  const e = escapeHtml;
  const cls = (v) => v === "not shown" ? "not-shown" : v;
  const parts = [];
  parts.push(
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${e(pack.title)}: ${e(isoUtc(pack.from))} to ${e(isoUtc(pack.to))}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${e(pack.title)}: ${e(isoUtc(pack.from))} to ${e(isoUtc(pack.to))}</h1>`,
    `<p>Repository ${e(pack.repository ?? "(unnamed)")}${pack.head ? ` at <code>${e(pack.head)}</code>` : ""}; generated by tailpolicy at ${e(isoUtc(pack.generatedAt))}.</p>`,
    '<table id="controls"><thead><tr><th>Control</th><th>Verdict</th></tr></thead><tbody>'
  );
  for (const s of pack.sections) {
    parts.push(
      `<tr><td><a href="#${s.id}">${e(s.title)}</a></td><td class="${cls(s.verdict)}">${VERDICT_TEXT[s.verdict]}</td></tr>`
    );
  }
  parts.push("</tbody></table>");
  for (const s of pack.sections) {
    parts.push(
      `<section id="${s.id}"><h2>${e(s.title)}: <span class="${cls(s.verdict)}">${VERDICT_TEXT[s.verdict]}</span></h2>`,
      `<p>${e(s.control)}</p>`
    );
    if (s.figures.length) {
      parts.push(`<p>${s.figures.map(([k, v]) => `<span class="fig">${e(k)}: <b>${e(v)}</b></span>`).join("")}</p>`);
    }
    for (const n of s.notes) parts.push(`<blockquote>${e(n)}</blockquote>`);
    if (s.rows.length) {
      parts.push(`<table><thead><tr>${s.columns.map((c) => `<th>${e(c)}</th>`).join("")}</tr></thead><tbody>`);
      for (const r of s.rows) {
        parts.push(`<tr>${r.map((c) => `<td${c.includes("\n") ? ' class="w"' : ""}>${e(c)}</td>`).join("")}</tr>`);
      }
      parts.push("</tbody></table>");
    } else parts.push("<p><em>No entries in the period.</em></p>");
    parts.push("</section>");
  }
  parts.push("</body></html>", "");
  return parts.join("\n");
}

// src/audit/pagerduty.ts
var MAX_ON_CALL_QUESTIONS = 200;
async function askOnCall(client, questions) {
  const facts = /* @__PURE__ */ new Map();
  let failed = client ? void 0 : "no PagerDuty token";
  for (const [i, q] of questions.entries()) {
    const key2 = onCallKey(q.requester, q.schedules, q.at);
    if (facts.has(key2)) continue;
    if (!failed && i >= MAX_ON_CALL_QUESTIONS)
      failed = `not asked (more than ${MAX_ON_CALL_QUESTIONS} on-call questions in one audit; narrow it with --since)`;
    if (failed) {
      facts.set(key2, { unknown: failed });
      continue;
    }
    try {
      const onCalls = (await client.onCallAt(q.schedules, q.at)).filter(
        (o) => o.email.toLowerCase() === q.requester.toLowerCase()
      );
      facts.set(
        key2,
        onCalls[0] ? { schedule: onCalls[0].schedule } : {
          why: `${q.requester} was not on call on schedule ${q.schedules.join(" or ")} at the merge, per PagerDuty`
        }
      );
    } catch (error) {
      if (!(error instanceof PagerDutyError)) throw error;
      failed = `PagerDuty cannot be asked: ${error.message}`;
      facts.set(key2, { unknown: failed });
    }
  }
  return facts;
}

// src/audit/index.ts
async function runAudit(opts) {
  const history = await readGrantHistory(opts.root, { grantsDir: opts.grantsDir, ref: opts.ref, env: opts.env });
  const commits = history.commits.filter((c) => c.committedAt.getTime() <= opts.now.getTime());
  let lookups;
  if (opts.github) {
    const offline = grantEvents(commits, { now: opts.now });
    const eventCommits = new Set(offline.map((e) => e.commit.sha));
    const removalCommits = offline.flatMap((e) => e.removal ? [e.removal.commit.sha] : []);
    const found = await lookUpPulls(opts.github, [...eventCommits, ...removalCommits], eventCommits);
    const policies = /* @__PURE__ */ new Map();
    for (const commit of commits) {
      if (!eventCommits.has(commit.sha) || !found.pulls.get(commit.sha)) continue;
      const base = baseOf(commit);
      if (!policies.has(base)) {
        policies.set(
          base,
          commitRules(opts.policyDir, await readPolicyDirsAt(opts.root, base, opts.policyDir, opts.env))
        );
      }
    }
    const reviewRules = await readRulesAsOf(
      opts.root,
      history.head,
      opts.policyDir,
      [...found.breakGlass.values()].flatMap(
        (cs) => cs.filter((c) => !c.body.includes(REPLY_MARKER) && reviewCommand(c.body)).map((c) => c.createdAt)
      ),
      opts.env
    );
    const teams = [
      ...new Set(
        [...policies.values(), ...[...reviewRules.values()].flatMap((r) => "access" in r ? [r] : [])].flatMap(
          (p) => teamsOf(p.access)
        )
      )
    ];
    const reviewers = [
      ...[...found.reviews.values()].flatMap((rs) => rs.filter((r) => r.state === "APPROVED").map((r) => r.user)),
      ...[...found.breakGlass.values()].flatMap((cs) => cs.map((c) => c.user))
    ];
    let members;
    try {
      members = await readTeamMembers(opts.github, teams, reviewers);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      throw new ExternalError(`Could not read team membership from GitHub: ${error.message}`, { cause: error });
    }
    lookups = {
      pulls: found.pulls,
      reviews: found.reviews,
      policies,
      teams: members,
      breakGlass: found.breakGlass,
      reviewRules
    };
    const questions = onCallQuestions(commits, lookups, opts.now);
    if (questions.length) lookups = { ...lookups, onCall: await askOnCall(opts.pagerduty, questions) };
  }
  const events = grantEvents(commits, { now: opts.now, ...lookups ? { lookups } : {} });
  const report = auditReport(events, {
    now: opts.now,
    since: opts.since,
    until: opts.until,
    at: opts.at,
    lookedUp: lookups !== void 0
  });
  const meta = {
    repository: opts.repository,
    head: history.head,
    grantsDir: opts.grantsDir,
    ...opts.target ? { target: opts.target.name, tailnet: opts.target.tailnet } : {}
  };
  const evidence = await tailnetEvidence(opts, commits, events);
  return { report, meta, ...evidence ? { evidence } : {} };
}
function onCallQuestions(commits, lookups, now) {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const out = [];
  for (const e of grantEvents(commits, { now, lookups })) {
    const commit = bySha.get(e.commit.sha);
    if (e.approval.status !== "not verifiable" || e.pr.kind !== "found" || !e.grant || !commit) continue;
    const rules = lookups.policies.get(baseOf(commit));
    const at = e.pr.pull.mergedAt ? new Date(e.pr.pull.mergedAt) : void 0;
    const question = rules && at ? onCallQuestion(e.grant, rules.access, e.pr.pull.author, at) : void 0;
    if (question && "requester" in question && at) out.push({ ...question, at });
  }
  return out;
}
var HOUR = 36e5;
async function tailnetEvidence(opts, commits, events) {
  if (!opts.tailscale && !opts.evidence) return void 0;
  const to = opts.until && opts.until.getTime() < opts.now.getTime() ? opts.until : opts.now;
  const history = await readPolicyVersions(opts.root, {
    policyDir: opts.policyDir,
    grantsDir: opts.grantsDir,
    ref: opts.ref,
    since: opts.since,
    until: to,
    env: opts.env,
    grantCommits: commits
  });
  const from = opts.since ?? history.versions[0]?.at ?? to;
  const limits = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (!e.grant) continue;
    const all = history.versions;
    const i = all.findLastIndex((v) => v.at.getTime() <= e.commit.at.getTime());
    const access2 = history.states[i]?.access;
    const rules = e.grant.resource ? access2?.resources.get(e.grant.resource) : access2?.inline;
    limits.set(e, rules?.maxDurationMs);
  }
  const evidence = { from, to, versions: history.versions, notes: [], limits };
  if (!opts.tailscale) {
    evidence.notes.push(
      "No Tailscale credentials: the configuration log, revocation latency and use of access were not read (scopes logs:configuration:read, logs:network:read, devices:core:read)."
    );
    return evidence;
  }
  const period = opts.schedulePeriodMs ?? HOUR;
  const log = await opts.tailscale.listConfigurationLogs(new Date(from.getTime() - period), to);
  evidence.reconciliation = reconcile(log, history, expiringGrants(events, from, to), {
    schedulePeriodMs: period,
    end: to
  });
  try {
    const [flows, devices] = await Promise.all([
      opts.tailscale.listNetworkLogs(from, to),
      opts.tailscale.listDevices()
    ]);
    evidence.usage = useOfAccess(grantWindows(events, history, from, to), flows, devices);
  } catch (e) {
    if (!(e instanceof TailscaleApiError)) throw e;
    evidence.usageNote = `Network flow logs could not be read (${e.message}); use of access is not shown.`;
  }
  return evidence;
}
function expiringGrants(events, from, to) {
  return events.filter((e) => e.grant && e.expiredAt && e.expiredAt >= from && e.expiredAt < to).map((e) => ({
    path: e.path,
    grantees: e.grant.grantees,
    resource: e.grant.resource ?? "inline rules",
    expires: e.expiredAt
  }));
}
function grantWindows(events, history, from, to) {
  const byGrant = /* @__PURE__ */ new Map();
  for (const w of versionWindows(events, history, from, to)) {
    const prior = byGrant.get(w.grantId);
    if (!prior) byGrant.set(w.grantId, w);
    else
      byGrant.set(w.grantId, {
        ...w,
        from: prior.from < w.from ? prior.from : w.from,
        to: prior.to > w.to ? prior.to : w.to,
        users: [.../* @__PURE__ */ new Set([...prior.users, ...w.users])]
      });
  }
  return [...byGrant.values()];
}
function versionWindows(events, history, from, to) {
  const out = [];
  for (const e of events) {
    if (!e.grant || !e.becameActiveAt) continue;
    const ends = [e.grant.expires, e.supersededAt, e.removal?.commit.at, to].filter((d) => !!d);
    const end = new Date(Math.min(...ends.map((d) => d.getTime())));
    const start = new Date(Math.max(e.becameActiveAt.getTime(), from.getTime()));
    if (start >= end) continue;
    const i = history.versions.findLastIndex((v) => v.at.getTime() <= start.getTime());
    const state = history.states[Math.max(0, i)];
    const resource = e.grant.resource ? state?.access.resources.get(e.grant.resource) : void 0;
    if (!state || !resource) continue;
    const groups = groupMembers(state.policy);
    const users = e.grant.grantees.flatMap((g) => g.startsWith("group:") ? groups.get(g) ?? [] : [g]);
    out.push({
      grantId: e.grantId,
      path: e.path,
      grantees: e.grant.grantees,
      users: [...new Set(users)],
      resource,
      from: start,
      to: end,
      policy: state.policy
    });
  }
  return out;
}
async function writeEvidencePack(dir, run) {
  if (!run.evidence) throw new Error("writeEvidencePack needs the evidence of a period (runAudit with since)");
  const pack = buildPack({ report: run.report, evidence: run.evidence, meta: run.meta, limits: run.evidence.limits });
  await (0, import_promises.mkdir)(dir, { recursive: true });
  const files = { markdown: (0, import_node_path.join)(dir, "evidence.md"), html: (0, import_node_path.join)(dir, "evidence.html") };
  await (0, import_promises.writeFile)(files.markdown, renderPackMarkdown(pack));
  await (0, import_promises.writeFile)(files.html, renderPackHtml(pack));
  return files;
}
async function writeAuditFiles(dir, run) {
  await (0, import_promises.mkdir)(dir, { recursive: true });
  const files = { csv: (0, import_node_path.join)(dir, "audit.csv"), json: (0, import_node_path.join)(dir, "audit.json"), markdown: (0, import_node_path.join)(dir, "audit.md") };
  await (0, import_promises.writeFile)(files.csv, renderCsv(run.report, run.meta));
  await (0, import_promises.writeFile)(files.json, renderJson(run.report, run.meta));
  await (0, import_promises.writeFile)(files.markdown, renderMarkdown(run.report, run.meta));
  return files;
}

export {
  renderJson,
  renderSummaryMarkdown,
  renderText,
  runAudit,
  writeEvidencePack,
  writeAuditFiles
};
