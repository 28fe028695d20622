/**
 * `tailpolicy apply [--dry-run]`: the action's apply, from a terminal or another CI (credentials
 * and GitHub from the environment, see ./terminal.ts). The requests and the policy's fate on
 * stdout; findings and problems on stderr.
 */
import { formatChanges } from '../policy/diff.js';
import { applyPolicy } from '../modes/apply.js';
import type { ApplyOutcome } from '../report/outcome.js';
import { noArguments, type Args } from './args.js';
import { terminalContext, type Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const ctx = terminalContext('apply', args, io);
  const o = await applyPolicy(ctx);
  const verb = ctx.inputs.dryRun ? 'would send' : 'sent';
  const lines = [
    ...o.writes.map((w) => `${verb} ${w}`),
    `policy: ${policyWords(o)} (${o.result.compiled.digest})`,
    `dns: ${o.dnsChanged.length ? o.dnsChanged.join('; ') : 'unchanged'}`,
  ];
  if (o.narrowed) {
    const n = o.narrowed;
    const verb2 = n.failure ? 'could not take out' : ctx.inputs.dryRun && !n.pushed ? 'would take out' : 'took out';
    if (n.removed.length) lines.push(`narrowing: ${verb2} the rules of ${n.removed.join(', ')}`);
    for (const r of n.refused) lines.push(`narrowing: access NOT removed: ${r.grant} (${r.why})`);
  }
  if (o.kind === 'drift')
    lines.push('difference between the live policy and the repository:', formatChanges(o.decision.changes));
  io.stdout(lines.join('\n') + '\n');
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
    case 'stale-checkout':
      return "not pushed (the checkout is not the default branch's latest commit)";
    case 'standing':
      return 'not pushed (it would give standing access to a standing: none resource)';
    case 'unreachable':
      return 'not pushed';
  }
}
