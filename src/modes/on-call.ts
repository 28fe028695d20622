/**
 * `autoApprove.onCall` at the edge (SPEC 1.3): asks PagerDuty whether a grant's requester is on
 * call at a moment (the PR head's check, or the merge), after the pure part
 * (review/auto-approve.ts) has said the grant could be auto-approved at all. When PagerDuty
 * cannot be asked (no token, a refusal, an outage after the retries), the answer is "not
 * auto-approved" and why: the grant then needs its reviewers, as without `autoApprove`.
 */
import type { AccessConfig } from '../policy/access.js';
import type { Grant } from '../policy/grants.js';
import { createPagerDutyClient, PagerDutyError, type PagerDutyClient } from '../pagerduty/pagerduty-client.js';
import { onCallQuestion, onCallWords } from '../review/auto-approve.js';
import { humanUtc } from '../shared/time.js';
import type { RunContext } from './context.js';

/** `approved`: the words for the plan and the log; `why`: why not (undefined: no autoApprove). */
export type OnCallAnswer = { approved: string } | { why: string };

export interface OnCallJudge {
  judge(grant: Grant, baseAccess: AccessConfig, author: string | null, at: Date): Promise<OnCallAnswer | undefined>;
}

export function onCallJudge(ctx: RunContext): OnCallJudge {
  let client: PagerDutyClient | undefined;
  const answers = new Map<string, Promise<OnCallAnswer>>();
  const ask = (requester: string, schedules: string[], at: Date): Promise<OnCallAnswer> => {
    const key = `${requester}\n${schedules.join(',')}\n${at.toISOString()}`;
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = askPagerDuty(requester, schedules, at)));
    return answer;
  };
  async function askPagerDuty(requester: string, schedules: string[], at: Date): Promise<OnCallAnswer> {
    const token = ctx.inputs.pagerdutyToken;
    if (!token) return { why: `PagerDuty cannot be asked: no ${ctx.setting('pagerduty-token')} is set` };
    client ??= createPagerDutyClient({
      token,
      apiUrl: ctx.inputs.pagerdutyApiUrl,
      onSecret: (s) => ctx.log.secret(s),
      onRetry: (line) => ctx.log.info(line),
    });
    try {
      const onCalls = (await client.onCallAt(schedules, at)).filter(
        (o) => o.email.toLowerCase() === requester.toLowerCase(),
      );
      if (onCalls.length === 0)
        return {
          why: `${requester} is not on call on schedule ${schedules.join(' or ')} at ${humanUtc(at)}, per PagerDuty`,
        };
      // The entry that lasts longest says the most: "until" the latest end (open-ended first).
      const best = [...onCalls].sort((a, b) => (b.end?.getTime() ?? Infinity) - (a.end?.getTime() ?? Infinity))[0]!;
      return { approved: onCallWords(best.schedule, best.end) };
    } catch (error) {
      if (error instanceof PagerDutyError) return { why: `PagerDuty cannot be asked: ${error.message}` };
      throw error;
    }
  }
  return {
    async judge(grant, baseAccess, author, at) {
      const question = onCallQuestion(grant, baseAccess, author, at);
      if (!question) return undefined;
      const answer = 'why' in question ? question : await ask(question.requester, question.schedules, at);
      return 'why' in answer ? { why: `not auto-approved: ${answer.why}` } : answer;
    },
  };
}
