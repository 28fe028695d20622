/**
 * The audit report as CSV, JSON, Markdown and plain text. Pure.
 *
 * CSV and JSON share one list of column names (documented in docs/audit-columns.md; renaming
 * one is a breaking change for whoever imports the evidence). Text from grant files and pull
 * requests is untrusted: CSV cells that a spreadsheet would read as a formula get a leading
 * apostrophe, Markdown cells go through md(), and plain text through oneLine().
 */
import { code, md, oneLine } from '../report/escape.js';
import { formatDuration, humanUtc, isoUtc } from '../shared/time.js';
import { approvalStatusText, type ApprovalEvidence } from './approval-evidence.js';
import type { GrantEvent, PullLookup } from './history.js';
import type { AccessRecord, AuditReport } from './report.js';

export const NOT_LOOKED_UP_TEXT = 'not looked up';

export const AUDIT_COLUMNS = [
  'grant_id',
  'event',
  'path',
  'previous_path',
  'grantees',
  'resource',
  'inline_rules',
  'reason',
  'ticket',
  'starts',
  'expires',
  'valid',
  'problem',
  'commit',
  'commit_author',
  'merged_at',
  'pr_number',
  'pr_url',
  'pr_author',
  'pr_head_sha',
  'approval_status',
  'approvals_required',
  'approvals',
  'qualifying_approvers',
  'became_active_at',
  'expired_at',
  'superseded_at',
  'superseded_by_commit',
  'removed_at',
  'removed_commit',
  'removed_pr_number',
  'removed_pr_author',
  'lookup',
  /** With tailpolicy.yaml: the target (tailnet entry) whose grants folder the event is in; empty without. */
  'target',
] as const;

export type AuditColumn = (typeof AUDIT_COLUMNS)[number];
type Value = string | number | boolean | null | string[] | ApprovalEvidenceJson[];

interface ApprovalEvidenceJson {
  user: string;
  submitted_at: string | null;
  commit: string | null;
  counts: boolean;
  not_counted_because: string | null;
}

const time = (d: Date | undefined) => (d ? isoUtc(d) : null);

function prNumber(p: PullLookup): number | null {
  if (p.kind === 'found') return p.pull.number;
  if (p.kind === 'not looked up') return p.claimedNumber ?? null;
  return null;
}

function prField<T>(
  p: PullLookup,
  get: (pull: Extract<PullLookup, { kind: 'found' }>['pull']) => T,
): T | string | null {
  if (p.kind === 'not looked up') return NOT_LOOKED_UP_TEXT;
  return p.kind === 'found' ? get(p.pull) : null;
}

function evidenceJson(r: ApprovalEvidence): ApprovalEvidenceJson {
  return {
    user: r.user,
    submitted_at: r.submittedAt,
    commit: r.commitId,
    counts: r.counts,
    not_counted_because: r.notCounted ?? null,
  };
}

/** One event as typed values, keyed by the column names (the JSON form; CSV flattens it). */
export function eventRecord(e: GrantEvent, target: string | null = null): Record<AuditColumn, Value> {
  const g = e.grant;
  const looked = e.approval.status !== 'not looked up';
  const removalPr = e.removal?.pr;
  return {
    grant_id: e.grantId,
    event: e.event,
    path: e.path,
    previous_path: e.previousPath ?? null,
    grantees: g ? [...g.grantees] : [],
    resource: g?.resource ?? null,
    inline_rules: g?.inline ? JSON.stringify(g.inline) : null,
    reason: g?.reason ?? null,
    ticket: g?.ticket ?? null,
    starts: time(g?.starts),
    expires: time(g?.expires),
    valid: g !== undefined,
    problem: e.problem ?? null,
    commit: e.commit.sha,
    commit_author: e.commit.author,
    merged_at: isoUtc(e.commit.at),
    pr_number: prNumber(e.pr),
    pr_url: prField(e.pr, (p) => p.url),
    pr_author: prField(e.pr, (p) => p.author),
    pr_head_sha: prField(e.pr, (p) => p.headSha),
    approval_status: approvalStatusText(e.approval),
    approvals_required: looked ? (e.approval.required ?? null) : NOT_LOOKED_UP_TEXT,
    approvals: looked ? e.approval.reviews.map(evidenceJson) : NOT_LOOKED_UP_TEXT,
    qualifying_approvers: looked ? e.approval.reviews.filter((r) => r.counts).map((r) => r.user) : NOT_LOOKED_UP_TEXT,
    became_active_at: time(e.becameActiveAt),
    expired_at: time(e.expiredAt),
    superseded_at: time(e.supersededAt),
    superseded_by_commit: e.supersededBy ?? null,
    removed_at: time(e.removal?.commit.at),
    removed_commit: e.removal?.commit.sha ?? null,
    removed_pr_number: removalPr ? prNumber(removalPr) : null,
    removed_pr_author: removalPr ? prField(removalPr, (p) => p.author) : null,
    lookup: e.pr.kind === 'not looked up' ? 'offline' : 'github',
    target,
  };
}

// ---------------------------------------------------------------------------------------------
// CSV

/** RFC 4180 quoting, with a leading apostrophe on cells a spreadsheet would take for a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvText(value: Value): string {
  if (value === null) return '';
  if (Array.isArray(value)) {
    return value
      .map((v) =>
        typeof v === 'string'
          ? v
          : `${v.user} approved ${v.submitted_at ?? '(time unknown)'} on ${v.commit ?? '(commit unknown)'} ` +
            (v.counts ? '(counts)' : `(does not count: ${v.not_counted_because})`),
      )
      .join('; ');
  }
  return String(value);
}

export function renderCsv(report: AuditReport, meta: AuditMeta = {}): string {
  const lines = [AUDIT_COLUMNS.join(',')];
  for (const e of report.events) {
    const record = eventRecord(e, meta.target ?? null);
    lines.push(AUDIT_COLUMNS.map((c) => csvCell(csvText(record[c]))).join(','));
  }
  return lines.map((l) => `${l}\r\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// JSON

export function renderJson(report: AuditReport, meta: AuditMeta = {}): string {
  const s = report.summary;
  const doc = {
    generator: 'tailpolicy audit',
    repository: meta.repository ?? null,
    head: meta.head ?? null,
    target: meta.target ?? null,
    tailnet: meta.tailnet ?? null,
    grants_dir: meta.grantsDir ?? null,
    now: isoUtc(report.now),
    since: time(report.since),
    until: time(report.until),
    lookup: report.lookedUp ? 'github' : 'offline',
    summary: {
      events: s.events,
      grants: s.grants,
      median_duration_seconds: s.medianDurationMs === undefined ? null : Math.round(s.medianDurationMs / 1000),
      longest_duration_seconds: s.longestDurationMs === undefined ? null : Math.round(s.longestDurationMs / 1000),
      longest_grant_id: s.longestGrantId ?? null,
      unapproved: s.unapproved ?? NOT_LOOKED_UP_TEXT,
      ...(s.notVerifiable ? { not_verifiable: s.notVerifiable } : {}),
      still_active: s.stillActive,
      expired_still_present: s.expiredPresent,
    },
    columns: AUDIT_COLUMNS,
    events: report.events.map((e) => eventRecord(e, meta.target ?? null)),
    at: report.at
      ? {
          time: isoUtc(report.at.time),
          access: report.at.access.map((r) => ({
            state: r.state,
            grant_id: r.event.grantId,
            path: r.event.path,
            grantees: r.event.grant!.grantees,
            resource: r.event.grant!.resource ?? null,
            inline_rules: r.event.grant!.inline ? JSON.stringify(r.event.grant!.inline) : null,
            starts: time(r.event.grant!.starts),
            expires: isoUtc(r.event.grant!.expires),
            commit: r.event.commit.sha,
            approval_status: approvalStatusText(r.event.approval),
          })),
        }
      : null,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export interface AuditMeta {
  repository?: string;
  head?: string;
  grantsDir?: string;
  /** With tailpolicy.yaml: the target audited, and its tailnet. */
  target?: string;
  tailnet?: string;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const dash = '—';
const short = (sha: string) => sha.slice(0, 7);

function access(e: GrantEvent): string {
  const g = e.grant;
  if (!g) return dash;
  if (g.resource !== undefined) return md(g.resource);
  const n = (g.inline?.grants.length ?? 0) + (g.inline?.ssh.length ?? 0);
  return `inline rules (${n})`;
}

function pullMd(p: PullLookup, fallback: string): string {
  if (p.kind === 'found') return `#${p.pull.number} by ${md(p.pull.author ?? '(deleted user)')}`;
  if (p.kind === 'none') return 'no PR';
  return p.claimedNumber !== undefined ? `#${p.claimedNumber} (from the commit message)` : fallback;
}

function approvalMd(e: GrantEvent): string {
  const a = e.approval;
  const status =
    a.status === 'approved'
      ? '✅ approved'
      : a.status === 'unapproved'
        ? `❌ ${md(approvalStatusText(a))}`
        : a.status === 'not verifiable'
          ? `⚠️ ${md(approvalStatusText(a))}`
          : 'not looked up';
  const who = a.reviews.map(
    (r) =>
      `${md(r.user)} ${r.submittedAt ? md(r.submittedAt.replace('T', ' ').replace(/:\d\dZ$/, ' UTC')) : ''} on ${md(short(r.commitId ?? '?'))}` +
      (r.counts ? '' : ` (not counted: ${md(r.notCounted ?? '')})`),
  );
  return who.length ? `${status}<br>${who.join('<br>')}` : status;
}

function ended(e: GrantEvent): string {
  const parts: string[] = [];
  if (e.expiredAt) parts.push(`expired ${humanUtc(e.expiredAt)}`);
  if (e.supersededAt) parts.push(`replaced ${humanUtc(e.supersededAt)} (${short(e.supersededBy!)})`);
  if (e.removal)
    parts.push(`file removed ${humanUtc(e.removal.commit.at)} by ${pullMd(e.removal.pr, short(e.removal.commit.sha))}`);
  return parts.length ? parts.join('<br>') : dash;
}

/** The summary table: the job summary shows it, and the report starts with it. */
export function renderSummaryMarkdown(report: AuditReport): string {
  const s = report.summary;
  const period = `${report.since ? humanUtc(report.since) : 'the beginning'} → ${report.until ? humanUtc(report.until) : humanUtc(report.now)}`;
  const rows: Array<[string, string]> = [
    ['Period', period],
    [
      'Grants in the period',
      `${s.grants} (${s.events} event${s.events === 1 ? '' : 's'}: additions, extensions, changes)`,
    ],
    ['Median duration', s.medianDurationMs === undefined ? dash : formatDuration(s.medianDurationMs)],
    [
      'Longest duration',
      s.longestDurationMs === undefined ? dash : `${formatDuration(s.longestDurationMs)} (${code(s.longestGrantId!)})`,
    ],
    [
      'Without a qualifying approval',
      s.unapproved === undefined
        ? 'not looked up (no GitHub token)'
        : s.unapproved === 0
          ? '0 ✅'
          : `**${s.unapproved}** ❌`,
    ],
    ...(s.notVerifiable
      ? [['On-call approval not verifiable (no PagerDuty answer)', `**${s.notVerifiable}** ⚠️`] as [string, string]]
      : []),
    ['Still active', String(s.stillActive)],
    ['Expired, file not yet removed', String(s.expiredPresent)],
  ];
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n') + '\n';
}

function accessTableMarkdown(records: readonly AccessRecord[]): string {
  if (records.length === 0) return 'Nobody had access through a grant.\n';
  const lines = ['| Grantees | Access | Window | Grant file | Approval |', '| --- | --- | --- | --- | --- |'];
  for (const r of records) {
    const e = r.event;
    const g = e.grant!;
    const window = `${g.starts ? humanUtc(g.starts) : 'on merge'} → ${humanUtc(g.expires)}${r.state === 'expired' ? ' (expired; file still present)' : ''}`;
    lines.push(`| ${md(g.grantees.join(', '))} | ${access(e)} | ${window} | ${code(e.path)} | ${approvalMd(e)} |`);
  }
  return lines.join('\n') + '\n';
}

export function renderMarkdown(report: AuditReport, meta: AuditMeta = {}): string {
  const out: string[] = [];
  out.push('# Access grants: audit evidence', '');
  const where = [meta.repository ? md(meta.repository) : undefined, meta.head ? `commit ${code(meta.head)}` : undefined]
    .filter(Boolean)
    .join(', ');
  out.push(
    `Generated by tailpolicy at ${humanUtc(report.now)}${where ? ` from ${where}` : ''}, from the first-parent history of ` +
      `${code(meta.grantsDir ?? 'grants')} on the default branch` +
      (report.lookedUp
        ? ' and the pull requests and reviews recorded on GitHub.'
        : '. Pull requests and approvals were not looked up (no GitHub token); PR numbers are as the commit messages claim them.'),
    '',
  );
  out.push('## Summary', '', renderSummaryMarkdown(report));
  if (report.at) {
    out.push(`## Access at ${humanUtc(report.at.time)}`, '', accessTableMarkdown(report.at.access));
  }
  out.push('## Grant events', '');
  if (report.events.length === 0) {
    out.push('No grant file was on the default branch in the period.', '');
    return out.join('\n');
  }
  out.push(
    '| Grant file | Event | Grantees | Access | Window | Reason | Ticket | Merged | PR | Approval | Became active | Ended |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const e of report.events) {
    const g = e.grant;
    const path = e.previousPath ? `${code(e.path)}<br>(was ${code(e.previousPath)})` : code(e.path);
    const window = g
      ? `${g.starts ? humanUtc(g.starts) : 'on merge'} → ${humanUtc(g.expires)}`
      : `invalid: ${md(e.problem ?? '', 200)}`;
    out.push(
      `| ${path} | ${e.event} | ${g ? md(g.grantees.join(', ')) : dash} | ${access(e)} | ${window} | ${g ? md(g.reason) : dash} | ` +
        `${g?.ticket ? md(g.ticket) : dash} | ${humanUtc(e.commit.at)} (${code(short(e.commit.sha))}) | ${pullMd(e.pr, 'no PR number')} | ` +
        `${approvalMd(e)} | ${e.becameActiveAt ? humanUtc(e.becameActiveAt) : dash} | ${ended(e)} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Text

export function renderText(report: AuditReport, files?: { csv: string; json: string; markdown: string }): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(
    `tailpolicy audit: ${s.grants} grant(s), ${s.events} event(s)` +
      `${report.since || report.until ? ` from ${report.since ? isoUtc(report.since) : 'the beginning'} until ${report.until ? isoUtc(report.until) : 'now'}` : ''}`,
  );
  lines.push(
    `  median duration ${s.medianDurationMs === undefined ? '-' : formatDuration(s.medianDurationMs)}, longest ${s.longestDurationMs === undefined ? '-' : `${formatDuration(s.longestDurationMs)} (${oneLine(s.longestGrantId!)})`}`,
  );
  lines.push(
    `  without a qualifying approval: ${s.unapproved === undefined ? 'not looked up (set GITHUB_TOKEN and GITHUB_REPOSITORY)' : s.unapproved}`,
  );
  if (s.notVerifiable) lines.push(`  on-call approval not verifiable (no PagerDuty answer): ${s.notVerifiable}`);
  lines.push(`  still active: ${s.stillActive}; expired, file not yet removed: ${s.expiredPresent}`);
  for (const e of report.events) {
    const g = e.grant;
    const what = g
      ? `${oneLine(g.grantees.join(', '), 200)} → ${g.resource !== undefined ? oneLine(g.resource, 100) : 'inline rules'} until ${isoUtc(g.expires)}`
      : `invalid: ${oneLine(e.problem ?? '', 200)}`;
    lines.push(
      `${isoUtc(e.commit.at)} ${e.event.padEnd(9)} ${oneLine(e.path, 200)}: ${what} [${oneLine(approvalStatusText(e.approval), 100)}]`,
    );
  }
  if (report.at) {
    lines.push(`access at ${isoUtc(report.at.time)}:`);
    if (report.at.access.length === 0) lines.push('  nobody had access through a grant');
    for (const r of report.at.access) {
      const g = r.event.grant!;
      lines.push(
        `  ${r.state === 'active' ? 'active ' : 'expired'} ${oneLine(g.grantees.join(', '), 200)} → ${g.resource !== undefined ? oneLine(g.resource, 100) : 'inline rules'} ` +
          `(${oneLine(r.event.path, 200)}, ${g.starts ? isoUtc(g.starts) : 'on merge'} → ${isoUtc(g.expires)}` +
          `${r.state === 'expired' ? ', file still present' : ''}; ${oneLine(approvalStatusText(r.event.approval), 100)})`,
      );
    }
  }
  if (files) lines.push(`wrote ${files.csv}, ${files.json}, ${files.markdown}`);
  return lines.join('\n') + '\n';
}
