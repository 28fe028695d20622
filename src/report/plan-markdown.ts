/** The plan and the approval check as Markdown, for the sticky PR comment and the job summary. */
import type { CheckResult } from '../validate/offline.js';
import { formatChanges } from '../policy/diff.js';
import type { ApprovalVerdict } from '../review/approvals.js';
import { isInvalidChange, resourceKey, type Plan } from '../review/plan.js';
import { code, md, oneLine } from './escape.js';
import { countFindings, formatFinding } from '../shared/findings.js';
import { COMMENT_LIMIT, findingsTable, pre, truncate } from './markdown.js';

/** The hidden marker that identifies tailpolicy's one comment on a pull request. */
export const PLAN_MARKER = '<!-- tailpolicy:plan -->';

const KIND_ICON = {
  added: '🟢 Added',
  removed: '🗑️ Removed',
  extended: '⏩ Extended',
  shortened: '⏪ Shortened',
  changed: '✏️ Changed',
};

export function renderPlanMarkdown(
  plan: Plan,
  verdicts: readonly ApprovalVerdict[],
  head: CheckResult,
  opts: { approvalsLookedUp: boolean; title?: string },
): string {
  const resourceKeys = new Set(plan.resources.map((r) => resourceKey(r.resource)));
  const missing = verdicts.filter((v) => !v.approved && !resourceKeys.has(v.path));
  const widening = verdicts.filter((v) => !v.approved && resourceKeys.has(v.path));
  const overLimits = plan.grants.filter((c) => c.baseLimits?.length).length;
  const errors = countFindings(head.findings, 'error');
  const problems = [
    errors ? `${errors} error(s)` : '',
    missing.length ? `${missing.length} grant(s) need approval` : '',
    widening.length ? `${widening.length} resource change(s) need approval` : '',
    overLimits ? `${overLimits} grant(s) break the base branch's limits` : '',
  ].filter(Boolean);
  const out = [
    PLAN_MARKER,
    `## ${md(opts.title ?? 'tailpolicy plan')}: ${problems.length === 0 ? '✅ ready' : `❌ ${problems.join(', ')}`}`,
    '',
  ];
  out.push('### Access', '');
  if (plan.grants.length === 0) out.push('_This pull request changes no grant._', '');
  for (const change of plan.grants) {
    const g = (change.after ?? change.before)?.grant;
    const why =
      g && change.kind !== 'removed' ? ` Reason: “${md(g.reason, 500)}”${g.ticket ? ` (${md(g.ticket)})` : ''}.` : '';
    const icon = isInvalidChange(change) ? '⛔ Invalid' : KIND_ICON[change.kind];
    out.push(`- **${icon}** ${code(change.path)}: ${md(change.words, 1000)}${why}`);
    const v = verdicts.find((x) => x.path === change.path);
    if (v) out.push(`  - ${approvalWords(v, opts.approvalsLookedUp)}`);
    else if (change.kind === 'removed') out.push('  - No approval needed to remove access.');
    for (const limit of change.baseLimits ?? [])
      out.push(`  - ❌ Breaks the base branch's limits (a PR is judged by its base's access.yaml): ${md(limit, 500)}`);
  }
  out.push('');
  if (plan.resources.length) {
    out.push(
      '### Resource changes',
      '',
      '_A change to a resource is a change to every active and scheduled grant of it._',
      '',
    );
    for (const r of plan.resources) {
      out.push(`- ${md(r.words, 1500)}`);
      const v = verdicts.find((x) => x.path === resourceKey(r.resource));
      if (v) out.push(`  - ${approvalWords(v, opts.approvalsLookedUp)}`);
      else out.push('  - Only narrows: no approval needed.');
    }
    out.push('');
  }
  if (plan.access.length) {
    out.push(
      '### access.yaml changes',
      '',
      "_This pull request is judged by the base branch's access.yaml; these changes apply to later ones._",
      '',
      ...plan.access.map((line) => `- ${md(line, 1500)}`),
      '',
    );
  }
  out.push('### Policy changes', '');
  out.push(
    plan.policy.length ? pre(formatChanges(plan.policy)) : '_The compiled policy does not change at this time._\n',
  );
  if (plan.dns.length) out.push('### DNS changes', '', pre(formatChanges(plan.dns)));
  if (head.findings.length) out.push('### Findings', '', findingsTable(head.findings));
  out.push(
    `<sub>Evaluated at ${md(head.compiled.now.toISOString())}; compiled policy ${code(head.compiled.digest)}.</sub>`,
  );
  return truncate(out.join('\n'), COMMENT_LIMIT - 100);
}

function approvalWords(v: ApprovalVerdict, lookedUp: boolean): string {
  if (v.problem) return `❌ Cannot be approved: ${md(v.problem)}.`;
  if (v.auto) return `✅ ${md(v.auto)} (no reviewer needed).`;
  const words = approvalReviewWords(v, lookedUp);
  return v.autoWhy && !v.approved ? `${words} (${md(v.autoWhy)}.)` : words;
}

function approvalReviewWords(v: ApprovalVerdict, lookedUp: boolean): string {
  const who = `${v.required} approval(s) from ${md(v.approvers.join(', '))}`;
  if (!lookedUp) return `⏳ Needs ${who} (reviews were not looked up: no GitHub token).`;
  // Logins are escaped: the comment lists people without pinging them on every update.
  const counted = v.counted.map((u) => md(u)).join(', ');
  const ignored = v.ignored.map((i) => `${md(i.user)} (${md(i.why)})`).join('; ');
  // A team's members are read from GitHub: the plan says which team a counted review came through.
  const teams = v.approvers.filter((a) => a.startsWith('team:'));
  const head = v.approved
    ? `✅ Approved by ${counted}${teams.length ? ` (approvers: ${md(v.approvers.join(', '))})` : ''}.`
    : `❌ Needs ${who}; ${v.counted.length ? `approved so far by ${counted}` : 'no counting approval yet'}.` +
      (v.candidates.length
        ? ` Can approve: ${v.candidates.map((c) => md(c)).join(', ')}.`
        : ' Nobody mapped in access.yaml can approve it.');
  return ignored ? `${head} Not counted: ${ignored}.` : head;
}

/** The plan for a terminal: one line per grant change, then the rule-level difference. */
export function renderPlanText(plan: Plan, head: CheckResult, baseRef: string): string {
  const lines = [`tailpolicy plan against ${oneLine(baseRef)} at ${head.compiled.now.toISOString()}`, ''];
  if (plan.grants.length === 0) lines.push('No grant changes.');
  for (const c of plan.grants) {
    lines.push(`${c.kind.padEnd(9)} ${oneLine(c.path)}: ${oneLine(c.words, 500)}`);
    for (const limit of c.baseLimits ?? []) lines.push(`          breaks the base's limits: ${oneLine(limit, 500)}`);
  }
  for (const r of plan.resources) lines.push(oneLine(r.words, 2000));
  if (plan.access.length) lines.push('access.yaml changes:', ...plan.access.map((l) => `  ${oneLine(l, 2000)}`));
  lines.push(
    '',
    plan.policy.length
      ? `Policy changes:\n${oneLineEach(formatChanges(plan.policy))}`
      : 'The compiled policy does not change at this time.',
  );
  if (plan.dns.length) lines.push('', `DNS changes:\n${oneLineEach(formatChanges(plan.dns))}`);
  for (const f of head.findings) lines.push(oneLine(formatFinding(f), 2000));
  return lines.join('\n') + '\n';
}

function oneLineEach(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${oneLine(l, 2000)}`)
    .join('\n');
}
