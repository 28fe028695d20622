/**
 * The reminders of `expire` mode (SPEC 1.3, 2.3): each grant within its `reminder` of expiry
 * gets one comment mentioning its grantees, on the pull request that brought it (or, when none
 * is known, on the open cleanup PR). A comment already carrying the grant's marker means the
 * reminder was sent: a schedule every 10 minutes does not repeat it.
 */
import { dueReminders } from '../cleanup/reminders.js';
import type { GitHubClient } from '../github/github-client.js';
import type { Compiled } from '../policy/compile.js';

export interface ReminderOutcome {
  /** "grants/x.yaml on #12", for each reminder posted (or, in a dry run, that would be). */
  sent: string[];
  /** Reminders already posted by an earlier run. */
  already: string[];
  /** Grants due a reminder with no pull request to post it on. */
  nowhere: string[];
}

export async function sendReminders(
  github: GitHubClient,
  compiled: Compiled,
  pulls: ReadonlyMap<string, number>,
  fallbackPull: number | undefined,
): Promise<ReminderOutcome> {
  const out: ReminderOutcome = { sent: [], already: [], nowhere: [] };
  const comments = new Map<number, Promise<Array<{ body: string }>>>();
  for (const r of dueReminders(compiled)) {
    const pr = pulls.get(r.path) ?? fallbackPull;
    if (pr === undefined) {
      out.nowhere.push(r.path);
      continue;
    }
    if (!comments.has(pr)) comments.set(pr, github.listIssueComments(pr));
    if ((await comments.get(pr)!).some((c) => c.body.includes(r.marker))) {
      out.already.push(`${r.path} on #${pr}`);
      continue;
    }
    await github.createComment(pr, r.body);
    out.sent.push(`${r.path} on #${pr}`);
  }
  return out;
}
