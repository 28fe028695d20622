import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  applySummary,
  prepareApply,
  pushPolicy,
  readBack,
  rulesWhileActive
} from "./chunk-LHT77XS5.js";
import {
  grantOutputs
} from "./chunk-MDEGLXFT.js";
import {
  require_promises
} from "./chunk-CUJRVVR5.js";
import {
  addingCommit,
  isShallow,
  workspaceHead
} from "./chunk-YHYVAIY7.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  pre,
  truncate
} from "./chunk-2EVT22WE.js";
import {
  GitHubApiError,
  githubBudgetMs,
  githubClient,
  tailscaleFor
} from "./chunk-JX7AACKF.js";
import {
  groupMembers
} from "./chunk-LU4QAGDH.js";
import {
  code,
  forTarget,
  md,
  oneLine
} from "./chunk-6RSOFI43.js";
import {
  formatDuration,
  humanUtc,
  isoUtc,
  require_node_path
} from "./chunk-QTQY2R5I.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cleanup/files.ts
var CLEANUP_BRANCH = "tailpolicy/expired";
function cleanupBranch(target) {
  return target === void 0 ? CLEANUP_BRANCH : `${CLEANUP_BRANCH}-${target}`;
}
function isCleanupBranch(ref) {
  return ref === CLEANUP_BRANCH || ref.startsWith(`${CLEANUP_BRANCH}-`);
}
var CLEANUP_MARKER = "<!-- tailpolicy:cleanup -->";
var SOON_MS = 24 * 36e5;
function expiredGrants(compiled) {
  const groups = groupMembers(compiled.policy);
  const out = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!g || entry.state !== "expired") continue;
    const users = [
      ...new Set(g.grantees.flatMap((who) => who.startsWith("group:") ? groups.get(who) ?? [] : [who]))
    ];
    const logins = /* @__PURE__ */ new Set();
    const unmapped = [];
    for (const user of users) {
      const login = compiled.access.people.get(user);
      if (login !== void 0 && isGitHubLogin(login)) logins.add(login);
      else unmapped.push(user);
    }
    out.push({ ...summarize(g), logins: [...logins].sort(), unmapped: unmapped.sort() });
  }
  return out;
}
function expiringSoon(compiled, withinMs = SOON_MS) {
  const until = compiled.now.getTime() + withinMs;
  return compiled.grants.filter((e) => e.grant && e.state !== "expired" && e.grant.expires.getTime() <= until).map((e) => summarize(e.grant)).sort((a, b) => a.expires.getTime() - b.expires.getTime() || (a.path < b.path ? -1 : 1));
}
function summarize(g) {
  return {
    path: g.path,
    grantees: g.grantees,
    resource: g.resource ?? "inline rules",
    reason: g.reason,
    ...g.ticket !== void 0 && { ticket: g.ticket },
    ...g.starts && { starts: g.starts },
    expires: g.expires
  };
}
function isGitHubLogin(login) {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(login);
}
function accessWords(path, access) {
  const state = access?.state.get(path) ?? "unknown";
  if (state === "out") return "access is out of the live policy";
  if (state === "live") return "access NOT removed: its rules are still in the live tailnet policy";
  return `access NOT removed as far as tailpolicy can tell: the live tailnet policy could not be read back (${access?.error ?? "no Tailscale credential"})`;
}
function planCleanupPull(input) {
  const expired = [...input.expired].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const n = expired.length;
  const deletions = expired.map((g) => g.path);
  const of = input.target === void 0 ? "" : ` of ${input.target}`;
  const title = `tailpolicy: delete ${n} expired access grant${n === 1 ? "" : "s"}${of}`;
  const commitMessage = `Delete ${n} expired access grant${n === 1 ? "" : "s"}

${accessSentence(deletions, input.access)} This removes the file${n === 1 ? "" : "s"}.

` + deletions.map((p) => `- ${oneLine(p, 300)}: ${accessWords(p, input.access)}`).join("\n") + "\n";
  return {
    ...input.target === void 0 ? {} : { branch: cleanupBranch(input.target) },
    deletions,
    title,
    body: renderCleanupBody(expired, input.soon, input.origins ?? /* @__PURE__ */ new Map(), input.access),
    commitMessage
  };
}
function accessSentence(paths, access) {
  const notOut = paths.filter((p) => access?.state.get(p) !== "out");
  if (notOut.length === 0)
    return `tailpolicy read the live tailnet policy back: the access of ${paths.length === 1 ? "this grant" : `all ${paths.length} grants`} is out of it.`;
  return `Access NOT removed for ${notOut.length} of ${paths.length} grant${paths.length === 1 ? "" : "s"}: tailpolicy read the live tailnet policy back and could not confirm that their rules are out of it (see each file below).`;
}
function expiredTable(expired, origins = /* @__PURE__ */ new Map(), access) {
  const lines = [
    "| Grant file | Grantees | Resource | Reason | Expired | Requested in | Access |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  ];
  for (const g of expired) {
    const origin = origins.get(g.path);
    const state = access?.state.get(g.path) ?? "unknown";
    const cell = state === "out" ? "out of the live policy" : state === "live" ? "**NOT removed**: still in the live policy" : "**NOT removed** as far as known: the live policy could not be read";
    lines.push(
      `| ${code(g.path)} | ${md(g.grantees.join(", "))} | ${md(g.resource)} | ${md(g.reason, 300)}${g.ticket ? ` (${md(g.ticket, 100)})` : ""} | ${md(humanUtc(g.expires))} | ${origin !== void 0 ? `#${origin}` : "\u2014"} | ${cell} |`
    );
  }
  return lines.join("\n") + "\n";
}
function soonTable(soon) {
  const lines = ["| Grant file | Grantees | Resource | Expires |", "| --- | --- | --- | --- |"];
  for (const g of soon) {
    lines.push(`| ${code(g.path)} | ${md(g.grantees.join(", "))} | ${md(g.resource)} | ${md(humanUtc(g.expires))} |`);
  }
  return lines.join("\n") + "\n";
}
function renderCleanupBody(expired, soon, origins, access) {
  const n = expired.length;
  const logins = [...new Set(expired.flatMap((g) => g.logins))].sort();
  const unmapped = [...new Set(expired.flatMap((g) => g.unmapped))].sort();
  const notOut = expired.filter((g) => access?.state.get(g.path) !== "out");
  const out = [CLEANUP_MARKER, `### ${n} expired access grant${n === 1 ? "" : "s"}`, ""];
  if (notOut.length)
    out.push(
      `> [!WARNING]
> Access NOT removed for ${notOut.length} of ${n}: ${notOut.map((g) => code(g.path)).join(", ")}. Their rules may still be in the live tailnet policy; the run that updated this pull request failed and says why. Merging this pull request does not take them out.`,
      ""
    );
  out.push(
    "Each scheduled run of tailpolicy takes the rules of expired grants out of the tailnet policy, whether or not this pull request is merged, then reads the live policy back: the Access column says what it found. Merging this pull request deletes the files, so that the grants folder shows only current and upcoming access. No approval is needed to delete a grant.",
    "",
    expiredTable(expired, origins, access)
  );
  if (logins.length)
    out.push(
      `Grantees: ${logins.map((l) => `@${l}`).join(", ")}: the access listed above has expired. Open a new grant pull request if you still need it.`,
      ""
    );
  if (unmapped.length) out.push(`No GitHub login in access.yaml \`people\` for: ${md(unmapped.join(", "))}.`, "");
  if (soon.length) out.push("### Expiring within 24 hours", "", soonTable(soon));
  out.push(
    "---",
    "_Opened by tailpolicy (expire mode) and kept up to date by each scheduled run; closed when nothing is expired._",
    ""
  );
  return truncate(out.join("\n"), COMMENT_LIMIT);
}

// src/cleanup/cleanup-pull.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var MAX_ORIGIN_LOOKUPS = 30;
async function syncCleanupPull(github, target) {
  const branch = target.branch ?? CLEANUP_BRANCH;
  const open = await github.findOpenPullByHead(branch);
  const branchSha = await github.getBranchSha(branch);
  const { deletions } = target;
  if (deletions.length === 0) {
    if (open) await github.closePull(open.number);
    if (branchSha) await github.deleteBranch(branch);
    return {
      action: open ? "closed" : branchSha ? "branch-deleted" : "none",
      ...open && { pull: { number: open.number, url: open.htmlUrl } },
      committed: false,
      deletions,
      branch
    };
  }
  const upToDate = branchSha !== void 0 && open !== void 0 && await branchIsExactly(github, branchSha, open, target);
  if (!upToDate) {
    await github.commitFileChanges({
      branch,
      baseSha: target.baseSha,
      message: target.commitMessage,
      deletions
    });
  }
  const committed = !upToDate;
  if (open) {
    const changed = await updateIfNeeded(github, open, target);
    return {
      action: changed || committed ? "updated" : "unchanged",
      pull: { number: open.number, url: open.htmlUrl },
      committed,
      deletions,
      branch
    };
  }
  try {
    const created = await github.createPull({
      title: target.title,
      head: branch,
      base: target.defaultBranch,
      body: target.body
    });
    return { action: "created", pull: { number: created.number, url: created.htmlUrl }, committed, deletions, branch };
  } catch (error) {
    if (!(error instanceof GitHubApiError && error.status === 422 && /already exists/i.test(error.githubMessage)))
      throw error;
    const other = await findOpenPull(github, branch);
    if (!other) throw error;
    await updateIfNeeded(github, other, target);
    return { action: "updated", pull: { number: other.number, url: other.htmlUrl }, committed, deletions, branch };
  }
}
async function branchIsExactly(github, branchSha, open, target) {
  if (open.headSha !== branchSha || open.baseRef !== target.defaultBranch) return false;
  const [tip] = await github.listCommitsForPath(target.deletions[0], { sha: branchSha });
  if (!tip || tip.sha !== branchSha || tip.parents.length !== 1 || tip.parents[0] !== target.baseSha) return false;
  if (tip.message.trim() !== target.commitMessage.trim()) return false;
  const files = await github.listPullFiles(open.number);
  const wanted = new Set(target.deletions);
  return files.length === wanted.size && files.every((f) => f.status === "removed" && wanted.has(f.filename));
}
async function updateIfNeeded(github, pull, target) {
  if (pull.title === target.title && (pull.body ?? "") === target.body) return false;
  await github.updatePull(pull.number, { title: target.title, body: target.body });
  return true;
}
async function findOpenPull(github, branch) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const pull = await github.findOpenPullByHead(branch);
    if (pull) return pull;
    await new Promise((resolve) => setTimeout(resolve, 1e3 * (attempt + 1)));
  }
  return void 0;
}
async function prepareCleanup(at, github, compiled, expired, access, targetName) {
  const defaultBranch = await github.getDefaultBranch();
  const baseSha = await github.getBranchSha(defaultBranch);
  if (!baseSha)
    throw new GitHubApiError(404, "GET", `/git/ref/heads/${defaultBranch}`, "the default branch has no commit");
  const skipped = [];
  let keep = expired;
  const checkedOut = at.sha ?? await workspaceHead(at.workspace);
  if (checkedOut !== baseSha && expired.length > 0) {
    keep = [];
    for (const g of expired) {
      const local = await (0, import_promises.readFile)((0, import_node_path.join)(at.workspace, g.path), "utf8").catch(() => void 0);
      const remote = await github.getFileAt(g.path, baseSha);
      if (remote === void 0) skipped.push({ path: g.path, why: `already deleted on ${defaultBranch}` });
      else if (remote !== local)
        skipped.push({ path: g.path, why: `changed on ${defaultBranch} since this checkout; the next run decides` });
      else keep.push(g);
    }
  }
  const origins = await findOrigins(at, github, keep, baseSha, defaultBranch);
  const pull = planCleanupPull({
    expired: keep,
    soon: expiringSoon(compiled),
    origins,
    access,
    ...targetName === void 0 ? {} : { target: targetName }
  });
  return { target: { ...pull, defaultBranch, baseSha }, skipped, origins };
}
async function findOrigins(at, github, expired, baseSha, defaultBranch) {
  const origins = /* @__PURE__ */ new Map();
  const shallow = await isShallow(at.workspace).catch(() => true);
  for (const g of expired.slice(0, MAX_ORIGIN_LOOKUPS)) {
    try {
      let added = shallow ? void 0 : await addingCommit(at.workspace, g.path);
      if (!added) {
        const commits = await github.listCommitsForPath(g.path, { sha: baseSha });
        added = commits[commits.length - 1]?.sha;
      }
      if (!added) continue;
      const pulls = (await github.listPullsForCommit(added)).filter((p) => !isCleanupBranch(p.headRef));
      const pull = pulls.find((p) => p.merged && p.baseRef === defaultBranch) ?? pulls.find((p) => p.merged) ?? pulls[0];
      if (pull) origins.set(g.path, pull.number);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      at.log.warning(`Could not find the pull request that added ${g.path}: ${error.message}`);
    }
  }
  return origins;
}

// src/cleanup/schedule.ts
var MINUTE_MS = 6e4;
var HORIZON_MS = 8 * 24 * 36e5;
var FIELDS = [
  [0, 59],
  // minute
  [0, 23],
  // hour
  [1, 31],
  // day of month
  [1, 12],
  // month
  [0, 7]
  // day of week (0 and 7 are Sunday)
];
var MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
var WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
function parseCron(text) {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 5) return void 0;
  const sets = [];
  for (const [i, part] of parts.entries()) {
    const names = i === 3 ? MONTHS : i === 4 ? WEEKDAYS : [];
    const numeric = part.replace(/[A-Za-z]{3}/g, (name) => {
      const index = names.indexOf(name.toUpperCase());
      return index < 0 ? name : String(i === 3 ? index + 1 : index);
    });
    const set = parseField(numeric, FIELDS[i][0], FIELDS[i][1]);
    if (!set) return void 0;
    sets.push(set);
  }
  const [minutes, hours, days, months, weekdays] = sets;
  if (weekdays.has(7)) weekdays.add(0);
  const dayRestricted = parts[2] !== "*";
  const weekdayRestricted = parts[4] !== "*";
  return {
    text: parts.join(" "),
    matches(date) {
      if (!minutes.has(date.getUTCMinutes()) || !hours.has(date.getUTCHours()) || !months.has(date.getUTCMonth() + 1))
        return false;
      const dom = days.has(date.getUTCDate());
      const dow = weekdays.has(date.getUTCDay());
      return dayRestricted && weekdayRestricted ? dom || dow : dom && dow;
    }
  };
}
function parseField(field, min, max) {
  const out = /* @__PURE__ */ new Set();
  for (const item of field.split(",")) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(item);
    if (!m) return void 0;
    const step = m[4] !== void 0 ? Number(m[4]) : 1;
    let from = min;
    let to = max;
    if (m[1] !== "*") {
      from = Number(m[2]);
      to = m[3] !== void 0 ? Number(m[3]) : m[4] !== void 0 ? max : from;
    }
    if (step < 1 || from < min || to > max || from > to) return void 0;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}
function nextRun(schedule, at) {
  const start = Math.ceil(at.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let t = start; t <= start + HORIZON_MS; t += MINUTE_MS) {
    if (schedule.matches(new Date(t))) return new Date(t);
  }
  return void 0;
}
function previousRun(schedule, at) {
  const start = Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let t = start; t >= start - HORIZON_MS; t -= MINUTE_MS) {
    if (schedule.matches(new Date(t))) return new Date(t);
  }
  return void 0;
}
function longestGap(schedule, from) {
  let previous = nextRun(schedule, from);
  if (!previous) return void 0;
  let longest = 0;
  const end = previous.getTime() + 7 * 24 * 36e5;
  while (previous.getTime() < end) {
    const next = nextRun(schedule, new Date(previous.getTime() + MINUTE_MS));
    if (!next) return void 0;
    longest = Math.max(longest, next.getTime() - previous.getTime());
    previous = next;
  }
  return longest;
}

// src/cleanup/expire-summary.ts
function describeWrite(w) {
  return `${w.method} ${w.route}${w.body ? ` ${JSON.stringify(w.body)}` : ""}`;
}
function expireSummary(s) {
  const dry = s.dryRun;
  const out = [`## tailpolicy expire${dry ? " (dry run)" : ""}`, ""];
  out.push(
    policyLine(s.applied, dry, s.access),
    "",
    cleanupLine(s, dry),
    "",
    ...timing(s, s.applied.result.compiled),
    ""
  );
  out.push("### Cleanup pull request", "");
  if (s.expired.length) out.push(expiredTable(s.expired, s.origins, s.access));
  else out.push("_No expired grant files._", "");
  if (s.skipped.length) {
    out.push("Left out of the cleanup this run:", "", ...s.skipped.map((k) => `- ${code(k.path)}: ${md(k.why)}`), "");
  }
  const r = s.reminders;
  if (r && (r.sent.length || r.already.length || r.nowhere.length)) {
    out.push("### Reminders before expiry", "");
    out.push(...r.sent.map((x) => `- ${dry ? "would remind" : "reminded"}: ${md(x)}`));
    out.push(...r.already.map((x) => `- already reminded: ${md(x)}`));
    out.push(...r.nowhere.map((x) => `- no pull request to remind on: ${md(x)}`), "");
  }
  if (s.reminderFailure) out.push(`\u26A0\uFE0F Reminders: ${md(s.reminderFailure, 600)}`, "");
  const soon = expiringSoon(s.applied.result.compiled);
  if (soon.length) out.push("#### Expiring within 24 hours", "", soonTable(soon));
  const planned = s.planned;
  if (dry && planned.length) {
    out.push("### GitHub requests a real run would send", "", pre(planned.map((w) => describeWrite(w)).join("\n")));
  }
  out.push(applySummary(s.applied, "Tailscale policy").replace(/^## /, "### "));
  return truncate(out.join("\n"), SUMMARY_LIMIT);
}
function policyLine(o, dry, access) {
  const paths = [...access.state.keys()];
  const back = paths.length ? ` ${md(accessSentence(paths, access))}` : "";
  if (o.failure && !o.pushed) return `\u274C Tailscale: ${md(o.failure, 1200)}${back}`;
  const what = o.kind === "pushed" ? dry ? "the policy would be pushed" : "policy pushed" : "the live policy already matches the repository";
  return `${o.failure ? "\u26A0\uFE0F" : "\u2705"} Tailscale: ${what}.${back}${o.failure ? ` ${md(o.failure, 1200)}` : ""}`;
}
function cleanupLine(s, dry) {
  if (!s.hasToken) return `\u26A0\uFE0F Cleanup pull request: not made, because no ${s.tokenSetting} was given.`;
  if (s.cleanupFailure) return `\u274C Cleanup pull request: ${md(s.cleanupFailure, 600)}`;
  const c = s.cleanup;
  if (!c) return "";
  const ref = c.pull && c.pull.number > 0 ? `[#${c.pull.number}](${encodeURI(c.pull.url)})` : "a new pull request";
  const n = c.deletions.length;
  const files = `${n} expired grant file${n === 1 ? "" : "s"}`;
  const would = dry ? "would be " : "";
  switch (c.action) {
    case "created":
      return `\u2705 Cleanup pull request: ${ref} ${would}opened, deleting ${files}.`;
    case "updated":
      return `\u2705 Cleanup pull request: ${ref} ${would}updated${c.committed ? " (new commit on the current default branch)" : ""}, deleting ${files}.`;
    case "unchanged":
      return `\u2705 Cleanup pull request: ${ref} is up to date, deleting ${files}.`;
    case "closed":
      return `\u2705 Cleanup pull request: nothing is expired; ${ref} ${would}closed and its branch deleted.`;
    case "branch-deleted":
      return `\u2705 Cleanup pull request: nothing is expired; the left-over branch ${code(c.branch ?? CLEANUP_BRANCH)} ${would}deleted.`;
    case "none":
      return "\u2705 Cleanup pull request: nothing is expired.";
  }
}
function timing(s, compiled) {
  const lines = [];
  const next = compiled.nextChange;
  if (next) {
    const events = compiled.grants.flatMap((g) => {
      if (!g.grant || g.state === "expired") return [];
      const who = `${g.grant.grantees.join(", ")} on ${g.grant.resource ?? "inline rules"}`;
      return [
        ...g.grant.starts?.getTime() === next.getTime() ? [`${who} starts`] : [],
        ...g.grant.expires.getTime() === next.getTime() ? [`${who} ends`] : []
      ];
    });
    lines.push(
      `\u{1F552} Next change: ${md(humanUtc(next))}${events.length ? ` (${md(events.slice(0, 5).join("; "), 400)}${events.length > 5 ? ", \u2026" : ""})` : ""}.`
    );
  } else {
    lines.push("\u{1F552} Next change: none scheduled (no grant starts or ends later).");
  }
  const cron = s.schedule !== void 0 ? parseCron(s.schedule) : void 0;
  if (!cron) {
    lines.push(
      "",
      "A scheduled run applies each change at its next run after the change is due: revocation can be as late as the schedule's interval plus GitHub's start delay for scheduled runs."
    );
    return lines;
  }
  const gap = longestGap(cron, s.now);
  const parts = [
    `This run was started by the schedule ${code(cron.text)}${gap ? ` (at most ${md(formatDuration(gap))} between runs)` : ""}.`
  ];
  if (!s.nowGiven) {
    const due = previousRun(cron, s.now);
    if (due)
      parts.push(
        `It started ${md(lateness(s.now.getTime() - due.getTime()))} after its scheduled time (${md(humanUtc(due))}).`
      );
  }
  if (next) {
    const at = nextRun(cron, next);
    if (at)
      parts.push(`The next change is applied by the run scheduled for ${md(humanUtc(at))}, plus GitHub's start delay.`);
  }
  lines.push("", parts.join(" "));
  return lines;
}
function lateness(ms) {
  return ms < 6e4 ? `${Math.max(0, Math.round(ms / 1e3))}s` : formatDuration(ms);
}

// src/cleanup/reminders.ts
function reminderMarker(path, expires) {
  return `<!-- tailpolicy:reminder ${encodeURIComponent(path)} ${isoUtc(expires)} -->`;
}
function shellWord(path) {
  if (/^[A-Za-z0-9._/-]+$/.test(path)) return path;
  const clean = path.replace(/[\u0000-\u001f\u007f`]/g, "");
  return `'${clean.replace(/'/g, `'\\''`)}'`;
}
function dueReminders(compiled) {
  const now = compiled.now.getTime();
  const groups = groupMembers(compiled.policy);
  const out = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!g || !entry.included || entry.state !== "active" || g.resource === void 0) continue;
    const within = compiled.access.resources.get(g.resource)?.reminderMs;
    const left = g.expires.getTime() - now;
    if (within === void 0 || left <= 0 || left > within) continue;
    const users = [...new Set(g.grantees.flatMap((w) => w.startsWith("group:") ? groups.get(w) ?? [] : [w]))];
    const logins = [];
    const unmapped = [];
    for (const u of users) {
      const login = compiled.access.people.get(u);
      if (login !== void 0 && isGitHubLogin(login)) logins.push(login);
      else unmapped.push(u);
    }
    const marker = reminderMarker(g.path, g.expires);
    const extend = `npx tailpolicy extend ${shellWord(g.path)} --by 1h --reason "\u2026"`;
    const who = logins.length ? [...new Set(logins)].sort().map((l) => `@${l}`).join(" ") : md(users.join(", "));
    const body = [
      marker,
      `\u23F0 ${who}: your access to ${code(g.resource)} (${code(g.path)}) ends at **${md(humanUtc(g.expires))}**, in ${md(formatDuration(left))}.`,
      "",
      "To keep it longer, open an extension (it needs approval like the grant did):",
      "",
      "```sh",
      extend,
      "```",
      ...unmapped.length ? ["", `No GitHub login in access.yaml \`people\` for: ${md(unmapped.join(", "))}.`] : []
    ].join("\n");
    out.push({
      path: g.path,
      resource: g.resource,
      expires: g.expires,
      logins: [...new Set(logins)].sort(),
      unmapped,
      marker,
      body
    });
  }
  return out;
}

// src/modes/send-reminders.ts
async function sendReminders(github, compiled, pulls, fallbackPull) {
  const out = { sent: [], already: [], nowhere: [] };
  const comments = /* @__PURE__ */ new Map();
  for (const r of dueReminders(compiled)) {
    const pr = pulls.get(r.path) ?? fallbackPull;
    if (pr === void 0) {
      out.nowhere.push(r.path);
      continue;
    }
    if (!comments.has(pr)) comments.set(pr, github.listIssueComments(pr));
    if ((await comments.get(pr)).some((c) => c.body.includes(r.marker))) {
      out.already.push(`${r.path} on #${pr}`);
      continue;
    }
    await github.createComment(pr, r.body);
    out.sent.push(`${r.path} on #${pr}`);
  }
  return out;
}

// src/modes/expire.ts
async function expireMode(runCtx, deps = {}) {
  const ctx = forTarget(runCtx);
  let tailscale;
  try {
    tailscale = deps.tailscale ?? tailscaleFor(ctx);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const failure2 = `${error.message} Nothing was revoked, and no cleanup pull request was made.`;
    return {
      outputs: {},
      summary: `## tailpolicy expire

\u274C ${md(failure2, 800)}
`,
      failure: failure2,
      exitCode: error.exitCode
    };
  }
  const github = githubClient(ctx);
  const budgetMs = githubBudgetMs(ctx.env);
  github?.limitTime(budgetMs, `the ${Math.round(budgetMs / 1e3)} s allowed for GitHub before the push`);
  const { applied, files } = await revoke(ctx, github, tailscale);
  github?.limitTime(budgetMs, `the ${Math.round(budgetMs / 1e3)} s allowed for GitHub after the push`);
  for (const w of applied.writes) ctx.log.info(`tailpolicy: ${ctx.inputs.dryRun ? "would send" : "sent"} ${w}`);
  const compiled = applied.result.compiled;
  const expired = expiredGrants(compiled);
  const paths = expired.map((g) => g.path);
  const access = await readBack(tailscale, paths, rulesWhileActive(files, ctx.target.policyDirs, compiled, paths));
  let cleanup;
  let cleanupFailure;
  let skipped = [];
  let origins = /* @__PURE__ */ new Map();
  let reminders;
  let reminderFailure;
  const token = ctx.setting("github-token");
  if (!github) {
    ctx.log.warning(
      ctx.setting("github-token") === "github-token" ? "No github-token (or no GITHUB_REPOSITORY): the policy was handled, but no cleanup pull request could be made. Pass github-token (the default is ${{ github.token }}) with permissions contents: write and pull-requests: write." : `No ${token} (or no GITHUB_REPOSITORY): the policy was handled, but no cleanup pull request could be made. Set ${token} to a token that may write contents and pull requests, and GITHUB_REPOSITORY to owner/name.`
    );
  } else {
    try {
      const prepared = await prepareCleanup(
        { workspace: ctx.workspace, sha: ctx.sha, log: ctx.log },
        github,
        compiled,
        expired,
        access,
        ctx.target.name
      );
      skipped = prepared.skipped;
      origins = prepared.origins;
      cleanup = await syncCleanupPull(github, prepared.target);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      cleanupFailure = `${error.message}${permissionHint(error, token)}`;
    }
    try {
      const fallback = cleanup && cleanup.action !== "closed" && cleanup.pull?.number ? cleanup.pull.number : void 0;
      reminders = await sendReminders(github, compiled, applied.approvedPulls ?? /* @__PURE__ */ new Map(), fallback);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      reminderFailure = error.message;
      ctx.log.warning(`Could not send the expiry reminders: ${error.message}`);
    }
    for (const w of github.plannedWrites()) ctx.log.info(`tailpolicy: would send ${describeWrite(w)}`);
  }
  const failure = combineFailures(applied, ctx, cleanupFailure, access);
  const changed = applied.pushed || !!applied.narrowed?.pushed || !ctx.inputs.dryRun && applied.dnsChanged.length > 0;
  const openPull = cleanup && cleanup.action !== "closed" && cleanup.pull && cleanup.pull.number > 0 ? cleanup.pull : void 0;
  return {
    outputs: {
      ...grantOutputs(applied.result, applied.policyFile),
      changed: String(changed),
      "expired-grants": String(expired.length),
      "pr-number": openPull ? String(openPull.number) : "",
      "pr-url": openPull?.url ?? ""
    },
    summary: expireSummary({
      dryRun: ctx.inputs.dryRun,
      now: ctx.now,
      nowGiven: ctx.inputs.now !== void 0,
      schedule: typeof ctx.event.schedule === "string" ? ctx.event.schedule : void 0,
      tokenSetting: token,
      applied,
      expired,
      cleanup,
      cleanupFailure,
      skipped,
      origins,
      reminders,
      reminderFailure,
      planned: github?.plannedWrites() ?? [],
      hasToken: github !== void 0,
      access
    }),
    ...failure ?? {}
  };
}
async function revoke(ctx, github, client) {
  const prepared = await prepareApply(ctx, { github });
  const outcome = await pushPolicy(ctx, prepared, client);
  if (outcome.kind !== "conflict") return { applied: outcome, files: prepared.files };
  ctx.log.warning(
    "The tailnet policy changed while this run was writing it (HTTP 412); reading it again and checking it for drift."
  );
  return { applied: await pushPolicy(ctx, prepared, client, { skipHeadCheck: true }), files: prepared.files };
}
function permissionHint(error, token) {
  if (error.status === 403 || error.status === 401) {
    return ` Give the workflow \`permissions: contents: write, pull-requests: write\`, and allow GitHub Actions to create pull requests (Settings \u2192 Actions \u2192 General \u2192 Workflow permissions), or pass a ${token} that may.`;
  }
  return "";
}
function combineFailures(applied, ctx, cleanupFailure, access) {
  const notOut = [...access.state].filter(([, s]) => s !== "out").map(([p]) => p);
  if (notOut.length && !ctx.inputs.dryRun) {
    const why = `Access NOT removed: ${notOut.join(", ")} (${access.error ? `the live policy could not be read back: ${access.error}` : "read back from the live policy"}).`;
    const rest = combineFailures(applied, ctx, cleanupFailure, { state: /* @__PURE__ */ new Map() });
    return { failure: rest ? `${rest.failure} ${why}` : why, exitCode: rest?.exitCode ?? 1 };
  }
  if (!applied.failure && !cleanupFailure) return void 0;
  const policy = applied.failure ? applied.failure : applied.pushed ? "The policy was pushed" : ctx.inputs.dryRun ? "The policy would be pushed" : "The live policy already matched";
  if (!cleanupFailure) return { failure: applied.failure, exitCode: applied.exitCode ?? 1 };
  const text = applied.failure ? `${policy} The cleanup pull request also failed: ${cleanupFailure}` : `${policy}, but the cleanup pull request failed: ${cleanupFailure}`;
  return { failure: text, exitCode: applied.exitCode === 1 ? 1 : 3 };
}

export {
  syncCleanupPull,
  expireMode
};
