/**
 * The PagerDuty edge of the audit (SPEC 1.3 `autoApprove.onCall`, 2.7): for each grant that only
 * an on-call auto-approval could have approved, was its requester on call at the merge? Asked
 * once per distinct question, a bounded number of times; once PagerDuty fails (after the
 * client's own retries), the remaining questions are "not verifiable" with the same reason
 * rather than each waiting out the retries again.
 */
import { PagerDutyError, type PagerDutyClient } from '../pagerduty/pagerduty-client.js';
import { onCallKey, type OnCallFact } from './approval-evidence.js';

/** At most this many questions go to PagerDuty in one audit. */
export const MAX_ON_CALL_QUESTIONS = 200;

export interface OnCallQuestion {
  requester: string;
  schedules: string[];
  at: Date;
}

export async function askOnCall(
  client: PagerDutyClient | undefined,
  questions: readonly OnCallQuestion[],
): Promise<Map<string, OnCallFact>> {
  const facts = new Map<string, OnCallFact>();
  let failed: string | undefined = client ? undefined : 'no PagerDuty token';
  for (const [i, q] of questions.entries()) {
    const key = onCallKey(q.requester, q.schedules, q.at);
    if (facts.has(key)) continue;
    if (!failed && i >= MAX_ON_CALL_QUESTIONS)
      failed = `not asked (more than ${MAX_ON_CALL_QUESTIONS} on-call questions in one audit; narrow it with --since)`;
    if (failed) {
      facts.set(key, { unknown: failed });
      continue;
    }
    try {
      const onCalls = (await client!.onCallAt(q.schedules, q.at)).filter(
        (o) => o.email.toLowerCase() === q.requester.toLowerCase(),
      );
      facts.set(
        key,
        onCalls[0]
          ? { schedule: onCalls[0].schedule }
          : {
              why: `${q.requester} was not on call on schedule ${q.schedules.join(' or ')} at the merge, per PagerDuty`,
            },
      );
    } catch (error) {
      if (!(error instanceof PagerDutyError)) throw error;
      failed = `PagerDuty cannot be asked: ${error.message}`;
      facts.set(key, { unknown: failed });
    }
  }
  return facts;
}
