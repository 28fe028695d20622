/**
 * The job summary of an apply (and the Tailscale half of expire's): what happened to the
 * policy, the rule-level changes, DNS, device posture attributes, and in a dry run the requests
 * a real run would send. Every piece of user text goes through `md()`.
 */
import { formatChanges } from '../policy/diff.js';
import { code, md } from './escape.js';
import { findingsTable, grantsTable, pre } from './markdown.js';
import { changesOf, type ApplyOutcome, type NarrowOutcome, type PostureOutcome } from './outcome.js';

export function applySummary(o: ApplyOutcome, title = 'tailpolicy apply'): string {
  const dry = o.dryRun;
  const verb = dry ? 'would push' : 'pushed';
  const status = o.failure
    ? `❌ ${md(o.failure, 600)}`
    : o.kind === 'pushed'
      ? `✅ policy ${verb}${o.decision.drift ? ' (replacing an edit made outside Git)' : ''}`
      : '✅ the live policy already matches';
  const out = [`## ${md(title)}${dry ? ' (dry run)' : ''}`, '', status, ''];
  const changes = changesOf(o);
  if (changes) {
    const heading =
      o.kind === 'drift' ? 'Difference between the live policy and the repository' : 'Changes to the tailnet policy';
    out.push(`### ${heading}`, '');
    out.push(changes.length ? pre(formatChanges(changes)) : '_Only comments or formatting differ._\n');
  }
  if (o.narrowed) out.push(...narrowSummary(o.narrowed, dry));
  if (o.dnsChanged.length) out.push('### DNS', '', ...o.dnsChanged.map((c) => `- ${md(c)}`), '');
  if (o.posture) out.push(...postureSummary(o.posture, dry));
  if (dry && o.writes.length) out.push('### Requests a real run would send', '', pre(o.writes.join('\n')));
  out.push('### Grants', '', grantsTable(o.result));
  if (o.result.findings.length) out.push('### Findings', '', findingsTable(o.result.findings));
  return out.join('\n');
}

/** What the narrowing push did: the rules it took out of the live policy, and what it could not. */
function narrowSummary(n: NarrowOutcome, dry: boolean): string[] {
  const out = ['### Rules of grants no longer active, taken out of the live policy', ''];
  if (n.removed.length) {
    const verb = n.failure ? 'Could not take out (the push failed)' : dry && !n.pushed ? 'Would take out' : 'Taken out';
    out.push(`${verb}:`, '', ...n.removed.map((p) => `- ${code(p)}`), '');
  } else if (!n.refused.length && !n.failure) out.push('_None of them is in the live policy._', '');
  if (n.failure && !n.removed.length) out.push(`Failed: ${md(n.failure, 600)}`, '');
  if (n.refused.length)
    out.push(
      '**Access NOT removed** (their generated rules were changed outside Git):',
      '',
      ...n.refused.map((r) => `- ${code(r.grant)}: ${md(r.why)}`),
      '',
    );
  out.push('Everything else in the live policy, including any edit made outside Git, was kept.', '');
  return out;
}

function postureSummary(p: PostureOutcome, dry: boolean): string[] {
  const out = ['### Device posture attributes (enforce: posture)', ''];
  if (p.narrowOnly) out.push('The policy was not pushed, so only attributes that take access away were changed.', '');
  out.push(`${p.grants} active enforced grant(s).`, '');
  const list = (items: string[]) => [
    ...items.slice(0, 50).map((c) => `- ${md(c, 300)}`),
    ...(items.length > 50 ? [`- … and ${items.length - 50} more`] : []),
    '',
  ];
  if (p.changes.length) out.push(dry ? 'Would change:' : 'Changed:', '', ...list(p.changes));
  else if (!p.failures.length) out.push('Every grantee device already carries the right attributes.', '');
  if (p.noDevices.length)
    out.push(
      'No device of the grantees (their access starts on the run after they add one):',
      '',
      ...list(p.noDevices),
    );
  if (p.failures.length) out.push('Failed:', '', ...list(p.failures));
  return out;
}
