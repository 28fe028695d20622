/**
 * Markdown for job summaries and PR comments. Every piece of user text goes through `md()`:
 * GitHub renders HTML and Markdown in both places, and grant files come from pull requests.
 */
import type { CheckResult } from '../validate/offline.js';
import { countFindings, type Finding } from '../shared/findings.js';
import { humanUtc } from '../shared/time.js';
import { code, md } from './escape.js';
import { countByState, grantRows } from './grant-table.js';

/** GitHub's limits: comment bodies 65,536 characters, step summaries about 1 MiB. */
export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_000_000;

const STATE_ICON: Record<string, string> = {
  active: '🟢 active',
  scheduled: '🕒 scheduled',
  expired: '⚪ expired',
  invalid: '❌ invalid',
  excluded: '⛔ left out',
};

export function grantsTable(result: CheckResult): string {
  const rows = grantRows(result.compiled);
  if (rows.length === 0) return '_No grant files._\n';
  const lines = ['| State | Grantees | Resource | Window | Reason | File |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    lines.push(
      `| ${STATE_ICON[r.state]} | ${md(r.grantees)} | ${md(r.resource)} | ${md(r.window)} | ${md(r.reason, 300)}${r.ticket ? ` (${md(r.ticket)})` : ''} | ${code(r.path)} |`,
    );
  }
  return lines.join('\n') + '\n';
}

export function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const lines = ['| | Where | Rule | Message |', '| --- | --- | --- | --- |'];
  for (const f of findings) {
    const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
    const where = f.location ? code(`${f.location.file}:${f.location.line}:${f.location.column}`) : '';
    lines.push(`| ${icon} | ${where} | ${code(f.rule)} | ${md(f.message, 1000)} |`);
  }
  return lines.join('\n') + '\n';
}

export function renderCheckMarkdown(result: CheckResult, title = 'tailpolicy check'): string {
  const c = result.compiled;
  const errors = countFindings(result.findings, 'error');
  const warnings = countFindings(result.findings, 'warning');
  const verdict = result.ok
    ? `✅ passed${warnings ? ` with ${warnings} warning(s)` : ''}`
    : `❌ ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}`;
  const counts = countByState(c);
  const out = [
    `## ${md(title)}: ${verdict}`,
    '',
    `Evaluated at ${md(humanUtc(c.now))}. Grants: ${counts.active} active, ${counts.scheduled} scheduled, ${counts.expired} expired` +
      (counts.invalid ? `, ${counts.invalid} invalid` : '') +
      (counts.excluded ? `, ${counts.excluded} left out` : '') +
      `. Next change: ${c.nextChange ? md(humanUtc(c.nextChange)) : 'none scheduled'}.`,
    '',
    `Compiled policy: ${c.textLength} bytes, digest ${code(c.digest)}${result.pushable ? '' : ' — **the base policy is invalid; nothing can be pushed**'}.`,
    '',
    '### Grants',
    '',
    grantsTable(result),
  ];
  if (result.tests.length) {
    const passed = result.tests.filter((t) => t.passed === true).length;
    out.push(`Policy tests: ${passed} of ${result.tests.length} passed offline.`, '');
  }
  if (result.findings.length) out.push('### Findings', '', findingsTable(result.findings));
  return truncate(out.join('\n'), SUMMARY_LIMIT);
}

/** Cuts Markdown to `limit` characters at a line boundary, with a note saying so. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = "\n\n_… cut to fit GitHub's size limit; the full report is in the workflow log._\n";
  const cut = text.lastIndexOf('\n', limit - note.length);
  return text.slice(0, cut > 0 ? cut : limit - note.length) + note;
}

/** A preformatted block whose every line is escaped (it cannot close itself or ping anyone). */
export function pre(text: string, maxLines = 300): string {
  const lines = text.split('\n');
  const shown = lines.slice(0, maxLines).map((l) => md(l, 2000));
  if (lines.length > maxLines) shown.push(`… ${lines.length - maxLines} more line(s)`);
  return `<pre>\n${shown.join('\n')}\n</pre>\n`;
}
