import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  CLEANUP_BRANCH,
  accessSentence,
  applySummary,
  expiredGrants,
  expiredTable,
  expiringSoon,
  isGitHubLogin,
  prepareApply,
  prepareCleanup,
  pushPolicy,
  readBack,
  rulesWhileActive,
  soonTable,
  syncCleanupPull
} from "./chunk-5FFBFGW7.js";
import {
  GitHubApiError,
  githubBudgetMs,
  githubClient,
  tailscaleFor
} from "./chunk-CRSC4BUM.js";
import {
  grantOutputs
} from "./chunk-BMQ32CEE.js";
import {
  SUMMARY_LIMIT,
  pre,
  truncate
} from "./chunk-IZRT3QGA.js";
import {
  groupMembers
} from "./chunk-3EWXQCNL.js";
import {
  code,
  forTarget,
  md
} from "./chunk-QV3YLETI.js";
import {
  formatDuration,
  humanUtc,
  isoUtc
} from "./chunk-LHDYXOMR.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";

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
  expireMode
};
