/** The terminal report of a check (CLI). User text is flattened to one line without control characters. */
import type { CheckResult } from '../validate/offline.js';
import { countFindings, formatFinding } from '../shared/findings.js';
import { humanUtc } from '../shared/time.js';
import { oneLine } from './escape.js';
import { grantRow, rowState } from './grant-table.js';

export function renderCheckText(result: CheckResult): string {
  const lines: string[] = [];
  writeCheckText(result, (line) => lines.push(line));
  return lines.join('\n') + '\n';
}

/**
 * The report line by line (each without its "\n"), given to `line` as it is made: the CLI writes
 * them out in batches instead of holding a 10,000-grant report (1.7 MB) and its copies at once.
 */
export function writeCheckText(result: CheckResult, line: (text: string) => void): void {
  for (const text of checkTextLines(result)) line(text);
}

/** The report's lines (each without its "\n"), made as they are taken. */
export function* checkTextLines(result: CheckResult): Generator<string, void, undefined> {
  const { compiled } = result;
  for (const f of result.findings) yield oneLine(formatFinding(f), 2000);
  if (result.findings.length) yield '';

  // Each grant's row is made as its line is written: 10,000 rows held at once outlived the young
  // generation. The counts and the column width need only the states and the paths.
  const counts = { active: 0, scheduled: 0, expired: 0, invalid: 0, excluded: 0 };
  let width = 0;
  for (const g of compiled.grants) {
    counts[rowState(g)]++;
    if (g.path.length > width) width = g.path.length;
  }
  const rules = ['acls', 'grants', 'ssh'].map(
    (s) => `${(compiled.policy[s] as unknown[] | undefined)?.length ?? 0} ${s}`,
  );
  yield `tailpolicy check at ${humanUtc(compiled.now)}`;
  yield `  policy:  ${rules.join(', ')}; ${compiled.textLength} bytes; ${compiled.digest}`;
  yield (
    `  grants:  ${counts.active} active, ${counts.scheduled} scheduled, ${counts.expired} expired` +
    (counts.invalid ? `, ${counts.invalid} invalid` : '') +
    (counts.excluded ? `, ${counts.excluded} left out` : '')
  );
  const expired: string[] = [];
  for (const g of compiled.grants) {
    const r = grantRow(g);
    const what =
      r.state === 'invalid' ? 'see the errors above' : `${r.grantees} -> ${r.resource}, ${r.window}: ${r.reason}`;
    yield `    ${r.state.padEnd(9)} ${r.path.padEnd(width)}  ${oneLine(what, 200)}`;
    if (r.state === 'expired') expired.push(r.path);
  }
  yield `  next change: ${compiled.nextChange ? humanUtc(compiled.nextChange) : 'none scheduled'}`;
  if (expired.length) {
    const named = expired.length > 3 ? `${expired.slice(0, 3).join(', ')}, …` : expired.join(', ');
    yield (
      `  expired: ${expired.length} grant file(s) past their end (${oneLine(named, 300)}) give no access; ` +
      "delete them, or merge the scheduled expire run's cleanup pull request"
    );
  }
  if (compiled.dns) {
    const d = compiled.dns;
    const parts = [
      d.splitDNS ? `${Object.keys(d.splitDNS).length} split-DNS domains` : '',
      d.nameservers ? `${d.nameservers.length} nameservers` : '',
      d.searchPaths ? `${d.searchPaths.length} search paths` : '',
      d.magicDNS !== undefined ? `MagicDNS ${d.magicDNS ? 'on' : 'off'}` : '',
    ].filter(Boolean);
    yield `  dns:     ${parts.join(', ') || 'nothing managed'}`;
  }
  if (result.tests.length) {
    const passed = result.tests.filter((t) => t.passed === true).length;
    const undecided = result.tests.filter((t) => t.passed === 'undecidable').length;
    yield (
      `  tests:   ${passed} of ${result.tests.length} passed offline` +
      (undecided ? `, ${undecided} cannot be decided offline` : '')
    );
  }
  const errors = countFindings(result.findings, 'error');
  const warnings = countFindings(result.findings, 'warning');
  yield '';
  if (!result.pushable) {
    yield `FAILED: ${errors} error(s), ${warnings} warning(s). The base policy is invalid: nothing would be pushed.`;
  } else if (errors) {
    yield `FAILED: ${errors} error(s), ${warnings} warning(s). The policy without the failing grants would be pushed (${compiled.digest}).`;
  } else {
    yield `OK: ${warnings} warning(s). Would push ${compiled.textLength} bytes (${compiled.digest}); see them with \`tailpolicy compile\`.`;
  }
}
