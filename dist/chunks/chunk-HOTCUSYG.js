import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  teamParts
} from "./chunk-3EWXQCNL.js";
import {
  formatDuration,
  humanUtc
} from "./chunk-LHDYXOMR.js";
import {
  ExternalError
} from "./chunk-SESXFX7C.js";

// src/review/auto-approve.ts
function onCallQuestion(grant, baseAccess, author, at) {
  const rules = grant.resource !== void 0 ? baseAccess.resources.get(grant.resource) : void 0;
  const onCall = rules?.onCall;
  if (!onCall) return void 0;
  const requester = [...baseAccess.people].find(([, gh]) => gh.toLowerCase() === author?.toLowerCase())?.[0];
  if (!requester) return { why: `the PR's author ${author ?? "(unknown)"} is not mapped in access.yaml "people"` };
  if (grant.grantees.length !== 1 || grant.grantees[0] !== requester)
    return { why: `auto-approval covers only a grant to its requester (${requester}) alone` };
  const length = grantLength(grant, at);
  if (length > onCall.maxDurationMs)
    return {
      why: `it lasts ${formatDuration(length)}, longer than the ${onCall.maxDuration} that autoApprove.onCall allows`
    };
  return { requester, schedules: onCall.schedules };
}
function onCallWords(schedule, until) {
  return `auto-approved: on call for schedule ${schedule} ${until ? `until ${humanUtc(until)}` : "(open-ended)"}`;
}
var BREAK_GLASS_LABEL = "break-glass";
var BREAK_GLASS_REVIEW_LABEL = "tailpolicy/break-glass-review";
function breakGlassAnswer(grant, baseAccess, labels, at) {
  if (!labels.includes(BREAK_GLASS_LABEL)) return void 0;
  const rules = grant.resource !== void 0 ? baseAccess.resources.get(grant.resource) : void 0;
  const glass = rules?.breakGlass;
  if (!glass)
    return {
      why: `not break-glass: ${grant.resource ? `resource "${grant.resource}"` : "an inline grant"} has no breakGlass in the base's access.yaml`
    };
  const length = grantLength(grant, at);
  if (length > glass.maxDurationMs)
    return {
      why: `not break-glass: it lasts ${formatDuration(length)}, longer than the ${glass.maxDuration} that breakGlass allows`
    };
  return {
    approved: `break-glass: review required within ${glass.reviewWithin}`,
    reviewWithinMs: glass.reviewWithinMs
  };
}
function grantLength(grant, at) {
  return grant.duration ? grant.duration.ms : grant.expires.getTime() - Math.max(grant.starts?.getTime() ?? 0, at.getTime());
}
function breakGlassMarker(path, pull) {
  return `<!-- tailpolicy:break-glass-review ${encodeURIComponent(path)} #${pull} -->`;
}
function reviewCommand(body) {
  const m = /(?:^|\n)\s*\/(approve|revoke)\b/i.exec(body);
  return m ? m[1].toLowerCase() : void 0;
}

// src/pagerduty/pagerduty-client.ts
var PagerDutyError = class extends ExternalError {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
  name = "PagerDutyError";
};
var RETRYABLE = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var BACKOFF_BASE_MS = 500;
var BACKOFF_CAP_MS = 8e3;
var RETRY_AFTER_CAP_MS = 3e4;
var PAGE = 100;
var MAX_PAGES = 50;
function createPagerDutyClient(options) {
  const apiUrl = (options.apiUrl ?? "https://api.pagerduty.com").replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 1e4;
  const maxRetries = options.maxRetries ?? 3;
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  options.onSecret?.(options.token);
  async function get(path, query) {
    const url = `${apiUrl}${path}?${query.toString()}`;
    for (let attempt = 1; ; attempt++) {
      let status = 0;
      let reason;
      let retryAfter;
      try {
        const response = await doFetch(url, {
          headers: {
            Authorization: `Token token=${options.token}`,
            Accept: "application/vnd.pagerduty+json;version=2"
          },
          signal: AbortSignal.timeout(timeoutMs)
        });
        const text = await response.text();
        status = response.status;
        if (status === 200) {
          try {
            return JSON.parse(text);
          } catch {
            throw new PagerDutyError(status, `PagerDuty GET ${path} answered 200 with a body that is not JSON.`);
          }
        }
        reason = `HTTP ${status}`;
        retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        if (!RETRYABLE.has(status))
          throw new PagerDutyError(status, `PagerDuty GET ${path} failed with ${status}${hint(status)}.`);
      } catch (error) {
        if (error instanceof PagerDutyError) throw error;
        const name = error?.name;
        reason = name === "TimeoutError" || name === "AbortError" ? `no answer within ${timeoutMs} ms` : "connection failed";
      }
      if (attempt > maxRetries)
        throw new PagerDutyError(status, `PagerDuty GET ${path} failed after ${attempt} attempt(s): ${reason}.`);
      const delay = retryAfter ?? Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)));
      options.onRetry?.(`tailpolicy: retrying PagerDuty GET ${path} in ${delay} ms (${reason})`);
      await sleep(delay);
    }
  }
  return {
    async onCallAt(schedules, at) {
      if (schedules.length === 0) return [];
      const out = [];
      const since = new Date(at.getTime()).toISOString();
      const until = new Date(at.getTime() + 1e3).toISOString();
      for (let page = 0, offset = 0; ; page++) {
        if (page >= MAX_PAGES)
          throw new PagerDutyError(200, `PagerDuty GET /oncalls kept paginating past ${MAX_PAGES * PAGE} entries.`);
        const query = new URLSearchParams();
        for (const s of schedules) query.append("schedule_ids[]", s);
        query.set("since", since);
        query.set("until", until);
        query.append("include[]", "users");
        query.set("limit", String(PAGE));
        query.set("offset", String(offset));
        const body = await get("/oncalls", query);
        const { entries, more } = parseOnCalls(body);
        out.push(...entries.filter((e) => schedules.includes(e.schedule) && covers(e, at)));
        if (!more || entries.length === 0) return out;
        offset += entries.length;
      }
    }
  };
}
function covers(entry, at) {
  const t = at.getTime();
  return (entry.start === null || entry.start.getTime() <= t) && (entry.end === null || t < entry.end.getTime());
}
function parseOnCalls(body) {
  const bad = (what) => new PagerDutyError(200, `PagerDuty GET /oncalls answered an unexpected body: ${what}.`);
  if (typeof body !== "object" || body === null || !Array.isArray(body.oncalls))
    throw bad('no "oncalls" list');
  const { oncalls, more } = body;
  const entries = [];
  for (const raw of oncalls) {
    const o = typeof raw === "object" && raw !== null ? raw : {};
    const schedule = o.schedule?.id;
    if (typeof schedule !== "string") continue;
    const user = o.user ?? {};
    if (typeof user.email !== "string") throw bad("an on-call entry without its user's email (include[]=users)");
    const time = (v) => {
      if (v === null || v === void 0) return null;
      const d = typeof v === "string" ? new Date(v) : /* @__PURE__ */ new Date(NaN);
      if (Number.isNaN(d.getTime())) throw bad(`a time that is not a time (${JSON.stringify(v).slice(0, 40)})`);
      return d;
    };
    entries.push({
      schedule,
      email: user.email,
      ...typeof user.name === "string" ? { name: user.name } : {},
      start: time(o.start),
      end: time(o.end)
    });
  }
  return { entries, more: more === true };
}
function hint(status) {
  if (status === 401) return ": the PagerDuty token is not valid (give a REST API key as pagerduty-token)";
  if (status === 403) return ": the PagerDuty token may not read on-calls (a read-only REST API key can)";
  if (status === 400) return ": PagerDuty refused the query (check the schedule ids in access.yaml)";
  return "";
}
function parseRetryAfter(value) {
  if (value === null || !/^\d+$/.test(value.trim())) return void 0;
  return Math.min(Number(value.trim()) * 1e3, RETRY_AFTER_CAP_MS);
}

// src/github/team-members.ts
var NO_TEAMS = { has: () => false };
async function readTeamMembers(github, teams, logins) {
  if (!github || teams.length === 0) return NO_TEAMS;
  const users = [...new Set([...logins].filter((l) => !!l).map((l) => l.toLowerCase()))].sort();
  const members = /* @__PURE__ */ new Set();
  for (const team of [...new Set(teams)].sort()) {
    const { org, slug } = teamParts(team);
    for (const user of users) if (await github.isTeamMember(org, slug, user)) members.add(`${team}
${user}`);
  }
  return { has: (team, login) => members.has(`${team}
${login.toLowerCase()}`) };
}

export {
  onCallQuestion,
  onCallWords,
  BREAK_GLASS_LABEL,
  BREAK_GLASS_REVIEW_LABEL,
  breakGlassAnswer,
  breakGlassMarker,
  reviewCommand,
  PagerDutyError,
  createPagerDutyClient,
  readTeamMembers
};
