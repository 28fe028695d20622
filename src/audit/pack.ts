/**
 * The evidence pack (SPEC 2.7, `tailpolicy audit --format pack`): one self-contained report for
 * a period, a section per control, each with its verdict, the figures an auditor asks for and
 * its evidence table, readable without the repository. One document model, rendered twice:
 * Markdown and HTML (inline styles, no scripts, no external resources). Pure.
 *
 * All text from grant files, pull requests and Tailscale's logs is untrusted: Markdown cells go
 * through md(), HTML through escapeHtml().
 */
import { md } from '../report/escape.js';
import { formatDuration, isoUtc } from '../shared/time.js';
import { approvalStatusText } from './approval-evidence.js';
import type { GrantEvent } from './history.js';
import type { AuditReport } from './report.js';
import type { TailnetEvidence } from './index.js';

export type Verdict = 'pass' | 'fail' | 'not shown';

export interface PackSection {
  id: string;
  title: string;
  /** The control, in one sentence. */
  control: string;
  verdict: Verdict;
  /** Figures: label -> value. */
  figures: Array<[string, string]>;
  columns: string[];
  rows: string[][];
  notes: string[];
}

export interface EvidencePack {
  title: string;
  repository?: string;
  head?: string;
  from: Date;
  to: Date;
  generatedAt: Date;
  sections: PackSection[];
}

export interface PackInput {
  report: AuditReport;
  evidence: TailnetEvidence;
  meta: { repository?: string; head?: string };
  /** Grant path + commit -> the resource's maxDuration (ms) when the version merged. */
  limits: ReadonlyMap<GrantEvent, number | undefined>;
}

const when = (d: Date | undefined): string => (d ? isoUtc(d) : '—');
const dur = (ms: number | undefined): string => (ms === undefined ? '—' : formatDuration(Math.abs(ms)));

export function buildPack(input: PackInput): EvidencePack {
  const { report, evidence } = input;
  const events = report.events.filter((e) => e.grant);
  const sections: PackSection[] = [];

  // 1. Requests justified: every grant has a reason, and a ticket where its resource wants one.
  const unjustified = events.filter((e) => !e.grant!.reason.trim());
  sections.push({
    id: 'requests',
    title: 'Requests justified',
    control: 'Every access grant was requested through a pull request stating who, what, why and until when.',
    verdict: unjustified.length ? 'fail' : 'pass',
    figures: [
      ['Grant versions in the period', String(events.length)],
      ['Distinct grants', String(report.summary.grants)],
      ['Without a reason', String(unjustified.length)],
    ],
    columns: ['Grant file', 'Grantees', 'Resource', 'Reason', 'Ticket', 'Reached the default branch'],
    rows: events.map((e) => [
      e.path,
      e.grant!.grantees.join(', '),
      e.grant!.resource ?? 'inline rules',
      e.grant!.reason,
      e.grant!.ticket ?? '—',
      `${when(e.commit.at)} (${e.commit.sha.slice(0, 7)})`,
    ]),
    notes: [],
  });

  // 2. Approvals.
  const looked = report.lookedUp;
  const unapproved = report.summary.unapproved ?? 0;
  sections.push({
    id: 'approvals',
    title: 'Approvals',
    control: "Every grant was approved by the resource's approvers before it reached the default branch.",
    verdict: !looked ? 'not shown' : unapproved ? 'fail' : 'pass',
    figures: [['Without a qualifying approval', looked ? String(unapproved) : 'not looked up']],
    columns: ['Grant file', 'Pull request', 'Author', 'Approved by', 'Status'],
    rows: events.map((e) => [
      e.path,
      e.pr.kind === 'found'
        ? `#${e.pr.pull.number} ${e.pr.pull.url}`
        : e.pr.kind === 'none'
          ? 'none (direct push)'
          : 'not looked up',
      e.pr.kind === 'found' ? (e.pr.pull.author ?? '—') : '—',
      looked
        ? e.approval.reviews
            .filter((r) => r.counts)
            .map((r) => `${r.user} at ${r.submittedAt ?? '?'}`)
            .join('; ') || '—'
        : 'not looked up',
      approvalStatusText(e.approval),
    ]),
    notes: looked ? [] : ['Approvals were not looked up: run with GITHUB_TOKEN and GITHUB_REPOSITORY.'],
  });

  // 3. Durations within limits.
  const durationRows = events.map((e) => {
    const g = e.grant!;
    const from = Math.max(g.starts?.getTime() ?? 0, e.commit.at.getTime());
    const asked = g.expires.getTime() - from;
    const max = input.limits.get(e);
    const within = max === undefined ? undefined : asked <= max;
    return { e, asked, max, within };
  });
  const over = durationRows.filter((r) => r.within === false);
  sections.push({
    id: 'durations',
    title: 'Durations within limits',
    control: "Every grant lasts no longer than its resource's maxDuration.",
    verdict: over.length ? 'fail' : 'pass',
    figures: [
      ['Median access', dur(report.summary.medianDurationMs)],
      ['Longest access', dur(report.summary.longestDurationMs)],
      ['Over the limit', String(over.length)],
    ],
    columns: ['Grant file', 'Resource', 'Window', 'Length', 'Limit', 'Within'],
    rows: durationRows.map((r) => [
      r.e.path,
      r.e.grant!.resource ?? 'inline rules',
      `${when(new Date(Math.max(r.e.grant!.starts?.getTime() ?? 0, r.e.commit.at.getTime())))} → ${when(r.e.grant!.expires)}`,
      dur(r.asked),
      dur(r.max),
      r.within === undefined ? '—' : r.within ? 'yes' : 'NO',
    ]),
    notes: [],
  });

  // 4. Revocation on time.
  const rec = evidence.reconciliation;
  const late = rec?.revocations.filter((r) => r.status === 'late' || r.status === 'still live') ?? [];
  sections.push({
    id: 'revocation',
    title: 'Revocation on time',
    control: `Access ends at its expiry: the live policy stops carrying a grant within one schedule period (${dur(rec?.schedulePeriodMs)}).`,
    verdict: !rec ? 'not shown' : late.length ? 'fail' : 'pass',
    figures: rec
      ? [
          ['Expired in the period', String(rec.revocations.length)],
          ['Median latency', dur(rec.medianLatencyMs)],
          ['Worst latency', rec.worstLatencyPath ? `${dur(rec.worstLatencyMs)} (${rec.worstLatencyPath})` : '—'],
          ['Late or still live', String(late.length)],
        ]
      : [],
    columns: ['Grant file', 'Grantees', 'Resource', 'Expires', 'Out of the live policy', 'Latency', 'Status'],
    rows: (rec?.revocations ?? []).map((r) => [
      r.path,
      r.grantees.join(', '),
      r.resource,
      when(r.expires),
      r.revokedAt ? `${when(r.revokedAt)}${r.by ? ` by ${r.by}` : ''}` : '—',
      r.latencyMs === undefined ? '—' : `${r.latencyMs < 0 ? '-' : ''}${dur(r.latencyMs)}`,
      r.status === 'late' ? 'LATE' : r.status === 'still live' ? 'STILL LIVE' : r.status,
    ]),
    notes: rec ? [] : evidence.notes,
  });

  // 5. No standing access.
  const standingFails = evidence.versions.flatMap((v) =>
    v.standing.filter((s) => s.none && s.rules.some((r) => r.certain)).map((s) => ({ v, s })),
  );
  // The live policy too: an out-of-band change that gave standing access (from the log's text).
  const liveFails = (evidence.reconciliation?.changes ?? []).filter((c) => c.standing?.length);
  sections.push({
    id: 'standing',
    title: 'No standing access',
    control:
      'Resources marked standing: none are reachable by nobody without a grant, at every policy version of the period (offline evaluator).',
    verdict: standingFails.length || liveFails.length ? 'fail' : 'pass',
    figures: [
      ['Policy versions evaluated', String(evidence.versions.length)],
      [
        'Versions giving standing access to a standing: none resource',
        String(new Set(standingFails.map((f) => f.v)).size),
      ],
      ...(evidence.reconciliation
        ? [['Out-of-band changes giving standing access', String(liveFails.length)] as [string, string]]
        : []),
    ],
    columns: ['Version due', 'Cause', 'Digest', 'Resource', 'standing: none', 'Who reaches it without a grant'],
    rows: evidence.versions
      .flatMap((v) =>
        v.standing.map((s) => [
          when(v.at),
          v.cause,
          v.digest.slice(0, 19),
          s.resource,
          s.none ? 'yes' : 'no',
          s.rules.length
            ? s.rules.map((r) => `${r.principals.join(', ')} (${r.rule}${r.certain ? '' : ', may'})`).join('; ')
            : 'nobody',
        ]),
      )
      .concat(
        liveFails.flatMap((c) =>
          c.standing!.map((st) => [
            when(c.at),
            `OUT-OF-BAND change by ${c.actor} (live policy)`,
            '—',
            st.resource,
            'yes',
            `STANDING ACCESS: ${st.principals.join(', ')} (${st.rule})`,
          ]),
        ),
      ),
    notes: [],
  });

  // 6. No out-of-band change.
  const oob = rec?.changes.filter((c) => c.kind === 'out-of-band') ?? [];
  const missing = rec?.expected.filter((x) => x.status === 'missing') ?? [];
  sections.push({
    id: 'out-of-band',
    title: 'No out-of-band change',
    control:
      "Every change of the tailnet policy file in Tailscale's configuration log is a push of a version in Git, and every version Git expected was pushed.",
    verdict: !rec ? 'not shown' : oob.length || missing.length ? 'fail' : 'pass',
    figures: rec
      ? [
          ['Policy changes in the log', String(rec.changes.length)],
          ['Matched to a tailpolicy push', String(rec.changes.length - oob.length)],
          ['Out-of-band', String(oob.length)],
          ['Versions Git expected but the log lacks', String(missing.length)],
        ]
      : [],
    columns: ['When', 'Who', 'Origin', 'Verdict', 'Version (cause, commit)', 'What changed'],
    rows: [
      ...(rec?.changes ?? []).map((c) => [
        when(c.at),
        c.actor,
        c.origin,
        c.kind === 'push' ? `push (by ${c.matchedBy})` : `OUT-OF-BAND: ${c.why ?? ''}`,
        c.version ? `${when(c.version.at)} ${c.version.cause} (${c.version.commit.slice(0, 7)})` : '—',
        c.what ?? (c.kind === 'push' ? '' : 'not in the log'),
      ]),
      ...missing.map((x) => [
        when(x.version.at),
        '—',
        '—',
        'MISSING PUSH: Git expected this version; the log has no push of it',
        `${x.version.cause} (${x.version.commit.slice(0, 7)}, ${x.version.digest.slice(0, 19)})`,
        '',
      ]),
    ],
    notes: rec ? [] : evidence.notes,
  });

  // Use of access (figures an auditor and a security team both ask for).
  const usage = evidence.usage;
  sections.push({
    id: 'use',
    title: 'Use of access',
    control: "Whether each grant's grantees connected to its resource during the grant (network flow logs).",
    verdict: usage ? 'pass' : 'not shown',
    figures: usage
      ? [
          ['Grants', String(usage.length)],
          ['Used', String(usage.filter((u) => u.connected).length)],
          ['Unused', String(usage.filter((u) => !u.connected).length)],
        ]
      : [],
    columns: ['Grant file', 'Grantees', 'Resource', 'Window', 'Connected', 'Connections', 'First', 'Last'],
    rows: (usage ?? []).map((u) => [
      u.path,
      u.grantees.join(', '),
      u.resource,
      `${when(u.from)} → ${when(u.to)}`,
      u.connected ? 'yes' : u.devices ? 'no (unused)' : 'no device known',
      String(u.connections),
      when(u.first),
      when(u.last),
    ]),
    notes: usage ? [] : [evidence.usageNote ?? evidence.notes[0] ?? 'Network flow logs were not read.'],
  });

  return {
    title: 'Access evidence',
    ...(input.meta.repository ? { repository: input.meta.repository } : {}),
    ...(input.meta.head ? { head: input.meta.head } : {}),
    from: evidence.from,
    to: evidence.to,
    generatedAt: report.now,
    sections,
  };
}

const VERDICT_TEXT: Record<Verdict, string> = { pass: 'PASS', fail: 'FAIL', 'not shown': 'NOT SHOWN' };

export function renderPackMarkdown(pack: EvidencePack): string {
  const out: string[] = [];
  out.push(`# ${md(pack.title)}: ${isoUtc(pack.from)} to ${isoUtc(pack.to)}`, '');
  out.push(
    `Repository ${pack.repository ? md(pack.repository) : '(unnamed)'}${pack.head ? ` at ${md(pack.head)}` : ''}; ` +
      `generated by tailpolicy at ${isoUtc(pack.generatedAt)}.`,
    '',
  );
  out.push('| Control | Verdict |', '| --- | --- |');
  for (const s of pack.sections) out.push(`| [${md(s.title)}](#${s.id}) | ${VERDICT_TEXT[s.verdict]} |`);
  out.push('');
  for (const s of pack.sections) {
    out.push(`<a id="${s.id}"></a>`, `## ${md(s.title)}: ${VERDICT_TEXT[s.verdict]}`, '', md(s.control, 2000), '');
    for (const [k, v] of s.figures) out.push(`- ${md(k)}: **${md(v)}**`);
    if (s.figures.length) out.push('');
    for (const n of s.notes) out.push(`> ${md(n, 2000)}`, '');
    if (s.rows.length) {
      out.push(`| ${s.columns.map((c) => md(c)).join(' | ')} |`, `| ${s.columns.map(() => '---').join(' | ')} |`);
      for (const r of s.rows) out.push(`| ${r.map((c) => md(c, 2000) || ' ').join(' | ')} |`);
    } else out.push('_No entries in the period._');
    out.push('');
  }
  return out.join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.pass{color:#1a7f37}.fail{color:#cf222e}.not-shown{color:#9a6700}td.w{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px}
.fig{display:inline-block;margin:0 1.5rem .5rem 0}.fig b{font-size:1.1em}blockquote{border-left:3px solid #d0d7de;margin:0;padding-left:1rem;color:#57606a}`;

export function renderPackHtml(pack: EvidencePack): string {
  const e = escapeHtml;
  const cls = (v: Verdict) => (v === 'not shown' ? 'not-shown' : v);
  const parts: string[] = [];
  parts.push(
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${e(pack.title)}: ${e(isoUtc(pack.from))} to ${e(isoUtc(pack.to))}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${e(pack.title)}: ${e(isoUtc(pack.from))} to ${e(isoUtc(pack.to))}</h1>`,
    `<p>Repository ${e(pack.repository ?? '(unnamed)')}${pack.head ? ` at <code>${e(pack.head)}</code>` : ''}; generated by tailpolicy at ${e(isoUtc(pack.generatedAt))}.</p>`,
    '<table id="controls"><thead><tr><th>Control</th><th>Verdict</th></tr></thead><tbody>',
  );
  for (const s of pack.sections) {
    parts.push(
      `<tr><td><a href="#${s.id}">${e(s.title)}</a></td><td class="${cls(s.verdict)}">${VERDICT_TEXT[s.verdict]}</td></tr>`,
    );
  }
  parts.push('</tbody></table>');
  for (const s of pack.sections) {
    parts.push(
      `<section id="${s.id}"><h2>${e(s.title)}: <span class="${cls(s.verdict)}">${VERDICT_TEXT[s.verdict]}</span></h2>`,
      `<p>${e(s.control)}</p>`,
    );
    if (s.figures.length) {
      parts.push(`<p>${s.figures.map(([k, v]) => `<span class="fig">${e(k)}: <b>${e(v)}</b></span>`).join('')}</p>`);
    }
    for (const n of s.notes) parts.push(`<blockquote>${e(n)}</blockquote>`);
    if (s.rows.length) {
      parts.push(`<table><thead><tr>${s.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>`);
      for (const r of s.rows) {
        parts.push(`<tr>${r.map((c) => `<td${c.includes('\n') ? ' class="w"' : ''}>${e(c)}</td>`).join('')}</tr>`);
      }
      parts.push('</tbody></table>');
    } else parts.push('<p><em>No entries in the period.</em></p>');
    parts.push('</section>');
  }
  parts.push('</body></html>', '');
  return parts.join('\n');
}
