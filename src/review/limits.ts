/**
 * A pull request is judged by the rules of its base (SPEC 2.4, safety property 10): not only who
 * approves, but also how long a grant may last (`maxDuration`), who may hold it (`eligible`) and
 * which ticket it needs (`ticket`). A PR that raises `maxDuration` and adds a long grant in one
 * go would otherwise approve itself past the limit. Pure.
 */
import type { AccessConfig, TeamMembers } from '../policy/access.js';
import { checkGrant, type Grant } from '../policy/grants.js';
import type { Policy } from '../policy/merge.js';
import { approvalRulesFor } from './approvals.js';

const LIMIT_RULES = new Set(['grant/too-long', 'grant/not-eligible', 'grant/ticket-required', 'grant/ticket-format']);

/**
 * The limits of the base's access.yaml that `grant` breaks, as messages. A resource the base
 * does not define has no limits here: the approval check already refuses it.
 */
export function baseLimitProblems(
  grant: Grant,
  baseAccess: AccessConfig,
  basePolicy: Policy,
  now: Date,
  teams?: TeamMembers,
): string[] {
  if (!approvalRulesFor(grant, baseAccess)) return [];
  return checkGrant(grant, baseAccess, basePolicy, now, teams)
    .filter((f) => f.severity === 'error' && LIMIT_RULES.has(f.rule))
    .map((f) => f.message);
}
