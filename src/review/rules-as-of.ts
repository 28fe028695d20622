/**
 * The rules a break-glass review comment is judged by (SPEC 1.3 `breakGlass`), read from Git:
 * access.yaml and the groups as of the default branch's commit that was current when the comment
 * was made (the newest commit of the first-parent history whose committer date is not after the
 * comment's `created_at`). apply, expire and the audit all read them here, so the tool closes an
 * issue exactly when the audit calls the grant reviewed: an approver added later does not make an
 * old comment count, and one removed later does not take a review back.
 */
import { filesAt, firstParentCommitAt } from '../git.js';
import { dirList } from '../policy/targets.js';
import { commitRules } from './approvals.js';
import type { RulesAsOf } from './break-glass-review.js';

/**
 * The rules as of each time in `times`, from `ref`'s first-parent history (apply and expire: the
 * default branch's checkout; the audit: the ref it audits). A time the history cannot answer
 * (shallow clone, before the first commit) is given as unknown, with what to do.
 */
export async function readRulesAsOf(
  root: string,
  ref: string,
  policyDir: string | readonly string[],
  times: Iterable<string>,
  env?: NodeJS.ProcessEnv,
): Promise<Map<string, RulesAsOf>> {
  const out = new Map<string, RulesAsOf>();
  const bySha = new Map<string, RulesAsOf>();
  for (const at of new Set(times)) {
    const sha = await firstParentCommitAt(root, ref, new Date(at), env);
    if (!sha) {
      out.set(at, {
        unknown:
          `the default branch's history has no commit from before ${at}, so its approvers then cannot be read; ` +
          'check out with fetch-depth: 0',
      });
      continue;
    }
    let rules = bySha.get(sha);
    if (!rules) {
      rules = { sha, ...commitRules(policyDir, await filesAt(root, sha, dirList(policyDir), env)) };
      bySha.set(sha, rules);
    }
    out.set(at, rules);
  }
  return out;
}
