/**
 * Measures how often tailpolicy's offline verdicts agree with Tailscale's own, on real captured
 * verdicts (test/fixtures/conformance/tailscale-verdicts.json).
 *
 *   node --import tsx scripts/conformance.ts [--verbose]
 *
 * Prints a table per category and overall: cases, agreement, false rejections (Tailscale
 * accepted, we rejected: must be zero), false acceptances, and the agreeing rejections whose
 * first error gives a different reason than Tailscale's message. Exits 1 on any false rejection.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreConformance, type CaseResult, type ConformanceCase, type Score } from '../src/validate/conformance.js';

const fixture = fileURLToPath(new URL('../test/fixtures/conformance/tailscale-verdicts.json', import.meta.url));
const verbose = process.argv.includes('--verbose');
const cases = JSON.parse(readFileSync(fixture, 'utf8')) as ConformanceCase[];
const report = scoreConformance(cases);

const row = (s: Score): string[] => [
  s.category,
  String(s.cases),
  `${s.agreement.toFixed(1)}%`,
  String(s.falseRejections.length),
  String(s.falseAcceptances.length),
  String(s.differentReason.length),
];
const header = ['category', 'cases', 'agreement', 'false rejections', 'false acceptances', 'different reason'];
const rows = [header, ...report.categories.map(row), row(report.overall)];
const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]): string =>
  r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1, -1)) console.log(line(r));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(rows[rows.length - 1]!));
console.log(
  `\n${report.results.length} cases scored, ${report.skipped} skipped (status 500: a server fault, not a verdict).`,
);

const show = (title: string, list: CaseResult[]): void => {
  if (list.length === 0) return;
  console.log(`\n${title} (${list.length}):`);
  for (const r of list) {
    console.log(`  ${r.id}`);
    if (verbose || r.expected !== r.got) {
      console.log(`    tailscale: ${r.expected}${r.tailscaleMessage ? `: ${r.tailscaleMessage}` : ''}`);
      console.log(`    offline:   ${r.got}${r.ourMessage ? `: [${r.ourRule}] ${r.ourMessage}` : ''}`);
    }
  }
};
show('False rejections (Tailscale accepted, we rejected)', report.overall.falseRejections);
show('False acceptances (Tailscale rejected, we accepted)', report.overall.falseAcceptances);
if (verbose) show('Same verdict, different reason', report.overall.differentReason);
else if (report.overall.differentReason.length > 0) {
  console.log(
    `\nSame verdict, different reason (${report.overall.differentReason.length}): ${report.overall.differentReason.map((r) => r.id).join(', ')}`,
  );
  console.log('  (--verbose shows both messages)');
}
process.exitCode = report.overall.falseRejections.length > 0 ? 1 : 0;
