import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  PagerDutyError,
  createPagerDutyClient,
  onCallQuestion,
  onCallWords,
  readTeamMembers
} from "./chunk-HOTCUSYG.js";
import {
  groupMembers,
  teamsOf
} from "./chunk-3EWXQCNL.js";
import {
  humanUtc
} from "./chunk-LHDYXOMR.js";

// src/modes/on-call.ts
function onCallJudge(ctx) {
  let client;
  const answers = /* @__PURE__ */ new Map();
  const ask = (requester, schedules, at) => {
    const key = `${requester}
${schedules.join(",")}
${at.toISOString()}`;
    let answer = answers.get(key);
    if (!answer) answers.set(key, answer = askPagerDuty(requester, schedules, at));
    return answer;
  };
  async function askPagerDuty(requester, schedules, at) {
    const token = ctx.inputs.pagerdutyToken;
    if (!token) return { why: `PagerDuty cannot be asked: no ${ctx.setting("pagerduty-token")} is set` };
    client ??= createPagerDutyClient({
      token,
      apiUrl: ctx.inputs.pagerdutyApiUrl,
      onSecret: (s) => ctx.log.secret(s),
      onRetry: (line) => ctx.log.info(line)
    });
    try {
      const onCalls = (await client.onCallAt(schedules, at)).filter(
        (o) => o.email.toLowerCase() === requester.toLowerCase()
      );
      if (onCalls.length === 0)
        return {
          why: `${requester} is not on call on schedule ${schedules.join(" or ")} at ${humanUtc(at)}, per PagerDuty`
        };
      const best = [...onCalls].sort((a, b) => (b.end?.getTime() ?? Infinity) - (a.end?.getTime() ?? Infinity))[0];
      return { approved: onCallWords(best.schedule, best.end) };
    } catch (error) {
      if (error instanceof PagerDutyError) return { why: `PagerDuty cannot be asked: ${error.message}` };
      throw error;
    }
  }
  return {
    async judge(grant, baseAccess, author, at) {
      const question = onCallQuestion(grant, baseAccess, author, at);
      if (!question) return void 0;
      const answer = "why" in question ? question : await ask(question.requester, question.schedules, at);
      return "why" in answer ? { why: `not auto-approved: ${answer.why}` } : answer;
    }
  };
}

// src/modes/teams.ts
function readTeams(github, access, logins) {
  return readTeamMembers(github, teamsOf(access), logins);
}
function granteeGitHubLogins(grantees, access, policies) {
  const logins = grantees.flatMap(
    (g) => g.startsWith("group:") ? policies.flatMap((p) => groupMembers(p).get(g) ?? []) : [g]
  );
  return logins.map((l) => access.people.get(l)).filter((l) => !!l);
}

export {
  onCallJudge,
  readTeams,
  granteeGitHubLogins
};
