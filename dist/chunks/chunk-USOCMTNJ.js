import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  teamParts
} from "./chunk-LU4QAGDH.js";
import {
  formatDuration,
  humanUtc
} from "./chunk-QTQY2R5I.js";

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
  readTeamMembers
};
