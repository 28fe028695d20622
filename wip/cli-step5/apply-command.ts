/**
 * `tailpolicy apply [--dry-run] [--format text|json]`: the action's apply, from a terminal or
 * another CI (credentials and GitHub from the environment, see ./terminal.ts). The requests and
 * the policy's fate on stdout; findings and problems on stderr. A dry run at a terminal also
 * shows the rule-level difference it would push, as the action's job summary does.
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
  const changes = changesOf(o) ?? [];
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          dryRun: o.dryRun,
          policy: o.kind,
          pushed: o.pushed,
          digest: o.result.compiled.digest,
          writes: o.writes,
          changes,
          dnsChanged: o.dnsChanged,
          ...(o.failure ? { failure: o.failure, exitCode: o.exitCode ?? 1 } : {}),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const verb = ctx.inputs.dryRun ? 'would send' : 'sent';
    const lines = [
      ...o.writes.map((w) => `${verb} ${w}`),
      `policy: ${policyWords(o)} (${o.result.compiled.digest})`,
      `dns: ${o.dnsChanged.length ? o.dnsChanged.join('; ') : 'unchanged'}`,
    ];
    if (o.kind === 'drift')
      lines.push('difference between the live policy and the repository:', formatChanges(o.decision.changes));
    else if (o.kind === 'pushed' && o.dryRun && io.isTTY && changes.length)
      lines.push('the rule-level difference it would push:', formatChanges(changes));
    io.stdout(paintReport(lines.join('\n'), styler(io)) + '\n');
    if (io.isTTY && o.kind === 'pushed') {
      const counts = (['added', 'changed', 'removed'] as const).map((k) => [k, changes.filter((c) => c.kind === k).length] as [string, number]);
      io.stdout(styler(io)('bold', `${o.dryRun ? 'Would push' : 'Pushed'}: ${tally([['rule', counts]])}.`) + '\n');
    }
  }
  if (o.failure) {
    io.stderr(`tailpolicy: ${o.failure}\n`);
    return o.exitCode ?? 1;
  }
  return 0;
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
    case 'unreachable':
      return 'not pushed';
  }
}
