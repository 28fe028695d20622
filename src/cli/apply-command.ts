/**
 * `tailpolicy apply [--dry-run] [--format text|json]`: the action's apply, from a terminal or
 * another CI (credentials and GitHub from the environment, see ./terminal.ts). The requests and
 * the policy's fate on stdout; findings and problems on stderr. A dry run also prints the
 * rule-level difference it would push, as the action's job summary does; on a terminal the run
 * ends with a one-line tally ("Would push: 1 rule added.").
 */
import { formatChanges } from '../policy/diff.js';
import { applyPolicy } from '../modes/apply.js';
import { changesOf, type ApplyOutcome } from '../report/outcome.js';
import { noArguments, textOrJson, type Args } from './args.js';
import { paintReport, styler, tally } from './style.js';
import { terminalContext, type Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const format = textOrJson(args);
  // In JSON mode stdout carries the one JSON document; progress goes to stderr.
  const ctx = terminalContext('apply', args, format === 'json' ? { ...io, stdout: io.stderr } : io);
  const o = await applyPolicy(ctx);
  if (format === 'json') io.stdout(JSON.stringify(applyJson(o), null, 2) + '\n');
  else printText(o, io);
  if (o.failure) {
    io.stderr(`tailpolicy: ${o.failure}\n`);
    return o.exitCode ?? 1;
  }
  return 0;
}

function printText(o: ApplyOutcome, io: Io): void {
  const verb = o.dryRun ? 'would send' : 'sent';
  const lines = [
    ...o.writes.map((w) => `${verb} ${w}`),
    `policy: ${policyWords(o)} (${o.result.compiled.digest})`,
    `dns: ${o.dnsChanged.length ? o.dnsChanged.join('; ') : 'unchanged'}`,
  ];
  if (o.narrowed) {
    const n = o.narrowed;
    const verb2 = n.failure ? 'could not take out' : o.dryRun && !n.pushed ? 'would take out' : 'took out';
    if (n.removed.length) lines.push(`narrowing: ${verb2} the rules of ${n.removed.join(', ')}`);
    for (const r of n.refused) lines.push(`narrowing: access NOT removed: ${r.grant} (${r.why})`);
  }
  const changes = changesOf(o) ?? [];
  if (o.kind === 'drift')
    lines.push('difference between the live policy and the repository:', formatChanges(o.decision.changes));
  else if (o.kind === 'pushed' && o.dryRun && changes.length)
    lines.push('the rule-level difference it would push:', formatChanges(changes));
  const style = styler(io);
  io.stdout(paintReport(lines.join('\n'), style) + '\n');
  // The one-line tally, as terraform ends its apply: for a person at a terminal only.
  if (io.isTTY && o.kind === 'pushed') {
    const counts = (['added', 'changed', 'removed'] as const).map(
      (k) => [k, changes.filter((c) => c.kind === k).length] as [string, number],
    );
    io.stdout(style('bold', `${o.dryRun ? 'Would push' : 'Pushed'}: ${tally([['rule', counts]])}.`) + '\n');
  }
}

/**
 * apply for machines (documented in the README): the policy's fate (`policy`: pushed, current,
 * drift, conflict, …), whether it was written, its digest, the requests (would have been) sent,
 * the rule-level changes ({section, kind, key?, before?, after?}), the DNS changes, the narrowing
 * when the full push could not be made, and the failure with its exit code.
 */
function applyJson(o: ApplyOutcome) {
  return {
    dryRun: o.dryRun,
    policy: o.kind,
    pushed: o.pushed,
    digest: o.result.compiled.digest,
    writes: o.writes,
    changes: changesOf(o) ?? [],
    dnsChanged: o.dnsChanged,
    ...(o.narrowed
      ? {
          narrowed: {
            removed: o.narrowed.removed,
            refused: o.narrowed.refused,
            pushed: o.narrowed.pushed,
            ...(o.narrowed.failure ? { failure: o.narrowed.failure } : {}),
          },
        }
      : {}),
    ...(o.rejected ? { rejected: o.rejected } : {}),
    findings: o.result.findings,
    ...(o.failure ? { failure: o.failure, exitCode: o.exitCode ?? 1 } : {}),
  };
}

function policyWords(o: ApplyOutcome): string {
  switch (o.kind) {
    case 'pushed':
      return o.pushed ? 'pushed' : 'would be pushed';
    case 'current':
      return 'already current';
    case 'drift':
      return 'not pushed (edited outside Git)';
    case 'conflict':
      return 'not pushed (changed while writing it, HTTP 412)';
    case 'rejected':
      return 'not pushed (Tailscale rejected it)';
    case 'base-invalid':
      return 'not pushed (the base policy has errors)';
    case 'stale-checkout':
      return "not pushed (the checkout is not the default branch's latest commit)";
    case 'standing':
      return 'not pushed (it would give standing access to a standing: none resource)';
    case 'unreachable':
      return 'not pushed';
  }
}
