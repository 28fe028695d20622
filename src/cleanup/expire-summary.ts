/**
 * The job summary of an expire run (SPEC 2.3, 2.6): what happened to the policy, the cleanup
 * pull request, when the policy changes next and how late this schedule can make that, then
 * the Tailscale half in full (report/apply-summary.ts). Every piece of user text goes through
 * `md()` or `code()`.
 */
import type { PlannedWrite } from '../github/github-client.js';
import type { Compiled } from '../policy/compile.js';
import { applySummary } from '../report/apply-summary.js';
import { code, md } from '../report/escape.js';
import { pre, truncate, SUMMARY_LIMIT } from '../report/markdown.js';
import type { ApplyOutcome } from '../report/outcome.js';
import { formatDuration, humanUtc } from '../shared/time.js';
import type { CleanupOutcome } from './cleanup-pull.js';
import {
  CLEANUP_BRANCH,
  accessSentence,
  expiredTable,
  expiringSoon,
  soonTable,
  type AccessReport,
  type ExpiredGrant,
} from './files.js';
import { longestGap, nextRun, parseCron, previousRun } from './schedule.js';

/** A GitHub request as the log and the summary show it. */
export function describeWrite(w: PlannedWrite): string {
  return `${w.method} ${w.route}${w.body ? ` ${JSON.stringify(w.body)}` : ''}`;
}

export interface ExpireSummaryInput {
  dryRun: boolean;
  now: Date;
  /** The `now` input was given (a preview): how late the run started means nothing. */
  nowGiven: boolean;
  /** The cron text of the schedule that started the run, when one did. */
  schedule?: string;
  /** How the user passes the GitHub token here (github-token, GITHUB_TOKEN). */
  tokenSetting: string;
  applied: ApplyOutcome;
  expired: ExpiredGrant[];
  cleanup?: CleanupOutcome;
  cleanupFailure?: string;
  skipped: Array<{ path: string; why: string }>;
  origins: Map<string, number>;
  /** The expiry reminders (grants named in words), and why they could not be sent. */
  reminders?: { sent: readonly string[]; already: readonly string[]; nowhere: readonly string[] };
  reminderFailure?: string;
  /** The GitHub writes a dry run held back. */
  planned: readonly PlannedWrite[];
  hasToken: boolean;
  /** Read back from the live policy: is each expired grant's access out of it? */
  access: AccessReport;
}

export function expireSummary(s: ExpireSummaryInput): string {
  const dry = s.dryRun;
  const out = [`## tailpolicy expire${dry ? ' (dry run)' : ''}`, ''];
  out.push(
    policyLine(s.applied, dry, s.access),
    '',
    cleanupLine(s, dry),
    '',
    ...timing(s, s.applied.result.compiled),
    '',
  );
  out.push('### Cleanup pull request', '');
  if (s.expired.length) out.push(expiredTable(s.expired, s.origins, s.access));
  else out.push('_No expired grant files._', '');
  if (s.skipped.length) {
    out.push('Left out of the cleanup this run:', '', ...s.skipped.map((k) => `- ${code(k.path)}: ${md(k.why)}`), '');
  }
  const r = s.reminders;
  if (r && (r.sent.length || r.already.length || r.nowhere.length)) {
    out.push('### Reminders before expiry', '');
    out.push(...r.sent.map((x) => `- ${dry ? 'would remind' : 'reminded'}: ${md(x)}`));
    out.push(...r.already.map((x) => `- already reminded: ${md(x)}`));
    out.push(...r.nowhere.map((x) => `- no pull request to remind on: ${md(x)}`), '');
  }
  if (s.reminderFailure) out.push(`⚠️ Reminders: ${md(s.reminderFailure, 600)}`, '');
  const soon = expiringSoon(s.applied.result.compiled);
  if (soon.length) out.push('#### Expiring within 24 hours', '', soonTable(soon));
  const planned = s.planned;
  if (dry && planned.length) {
    out.push('### GitHub requests a real run would send', '', pre(planned.map((w) => describeWrite(w)).join('\n')));
  }
  out.push(applySummary(s.applied, 'Tailscale policy').replace(/^## /, '### '));
  return truncate(out.join('\n'), SUMMARY_LIMIT);
}

function policyLine(o: ApplyOutcome, dry: boolean, access: AccessReport): string {
  const paths = [...access.state.keys()];
  const back = paths.length ? ` ${md(accessSentence(paths, access))}` : '';
  if (o.failure && !o.pushed) return `❌ Tailscale: ${md(o.failure, 1200)}${back}`;
  const what =
    o.kind === 'pushed'
      ? dry
        ? 'the policy would be pushed'
        : 'policy pushed'
      : 'the live policy already matches the repository';
  return `${o.failure ? '⚠️' : '✅'} Tailscale: ${what}.${back}${o.failure ? ` ${md(o.failure, 1200)}` : ''}`;
}

function cleanupLine(s: ExpireSummaryInput, dry: boolean): string {
  if (!s.hasToken) return `⚠️ Cleanup pull request: not made, because no ${s.tokenSetting} was given.`;
  if (s.cleanupFailure) return `❌ Cleanup pull request: ${md(s.cleanupFailure, 600)}`;
  const c = s.cleanup;
  if (!c) return '';
  const ref = c.pull && c.pull.number > 0 ? `[#${c.pull.number}](${encodeURI(c.pull.url)})` : 'a new pull request';
  const n = c.deletions.length;
  const files = `${n} expired grant file${n === 1 ? '' : 's'}`;
  const would = dry ? 'would be ' : '';
  switch (c.action) {
    case 'created':
      return `✅ Cleanup pull request: ${ref} ${would}opened, deleting ${files}.`;
    case 'updated':
      return `✅ Cleanup pull request: ${ref} ${would}updated${c.committed ? ' (new commit on the current default branch)' : ''}, deleting ${files}.`;
    case 'unchanged':
      return `✅ Cleanup pull request: ${ref} is up to date, deleting ${files}.`;
    case 'closed':
      return `✅ Cleanup pull request: nothing is expired; ${ref} ${would}closed and its branch deleted.`;
    case 'branch-deleted':
      return `✅ Cleanup pull request: nothing is expired; the left-over branch ${code(c.branch ?? CLEANUP_BRANCH)} ${would}deleted.`;
    case 'none':
      return '✅ Cleanup pull request: nothing is expired.';
  }
}

/**
 * When the policy changes next, and how late this schedule can make it: the next scheduled
 * run at or after that moment, the longest gap between runs, and how late this run started.
 */
function timing(s: ExpireSummaryInput, compiled: Compiled): string[] {
  const lines: string[] = [];
  const next = compiled.nextChange;
  if (next) {
    const events = compiled.grants.flatMap((g) => {
      if (!g.grant || g.state === 'expired') return [];
      const who = `${g.grant.grantees.join(', ')} on ${g.grant.resource ?? 'inline rules'}`;
      return [
        ...(g.grant.starts?.getTime() === next.getTime() ? [`${who} starts`] : []),
        ...(g.grant.expires.getTime() === next.getTime() ? [`${who} ends`] : []),
      ];
    });
    lines.push(
      `🕒 Next change: ${md(humanUtc(next))}${events.length ? ` (${md(events.slice(0, 5).join('; '), 400)}${events.length > 5 ? ', …' : ''})` : ''}.`,
    );
  } else {
    lines.push('🕒 Next change: none scheduled (no grant starts or ends later).');
  }
  const cron = s.schedule !== undefined ? parseCron(s.schedule) : undefined;
  if (!cron) {
    lines.push(
      '',
      "A scheduled run applies each change at its next run after the change is due: revocation can be as late as the schedule's interval plus GitHub's start delay for scheduled runs.",
    );
    return lines;
  }
  const gap = longestGap(cron, s.now);
  const parts = [
    `This run was started by the schedule ${code(cron.text)}${gap ? ` (at most ${md(formatDuration(gap))} between runs)` : ''}.`,
  ];
  if (!s.nowGiven) {
    const due = previousRun(cron, s.now);
    if (due)
      parts.push(
        `It started ${md(lateness(s.now.getTime() - due.getTime()))} after its scheduled time (${md(humanUtc(due))}).`,
      );
  }
  if (next) {
    const at = nextRun(cron, next);
    if (at)
      parts.push(`The next change is applied by the run scheduled for ${md(humanUtc(at))}, plus GitHub's start delay.`);
  }
  lines.push('', parts.join(' '));
  return lines;
}

function lateness(ms: number): string {
  return ms < 60_000 ? `${Math.max(0, Math.round(ms / 1000))}s` : formatDuration(ms);
}
