/**
 * `tailpolicy expire [--dry-run] [--format text|json]`: the action's expire, from a terminal or
 * another CI: credentials from TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET, and
 * TS_TAILNET; the cleanup PR from GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL. Secrets
 * are never printed.
 */
import { expireMode } from '../modes/expire.js';
import { noArguments, textOrJson, type Args } from './args.js';
import { terminalContext, type Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const format = textOrJson(args);
  // In JSON mode stdout carries the one JSON document (the action's outputs, typed; documented in
  // the README); progress ("would send …") goes to stderr.
  const ctx = terminalContext('expire', args, format === 'json' ? { ...io, stdout: io.stderr } : io);
  const result = await expireMode(ctx);
  const out = result.outputs;
  if (format === 'json') {
    const n = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
    io.stdout(
      JSON.stringify(
        {
          dryRun: args.dryRun,
          digest: out.digest ?? null,
          expiredGrants: n(out['expired-grants']),
          activeGrants: n(out['active-grants']),
          scheduledGrants: n(out['scheduled-grants']),
          nextChange: out['next-change'] || null,
          changed: out.changed === 'true',
          cleanupPr: out['pr-number'] ? { number: Number(out['pr-number']), url: out['pr-url'] ?? null } : null,
          ...(result.failure ? { failure: result.failure, exitCode: result.exitCode ?? 1 } : {}),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const lines = [
      `expired-grants: ${out['expired-grants'] ?? ''}`,
      `active-grants: ${out['active-grants'] ?? ''}`,
      `scheduled-grants: ${out['scheduled-grants'] ?? ''}`,
      `next-change: ${out['next-change'] || 'none'}`,
      `changed: ${out.changed ?? 'false'}`,
      `cleanup-pr: ${out['pr-number'] ? `#${out['pr-number']} ${out['pr-url']}` : 'none open'}`,
    ];
    io.stdout(lines.join('\n') + '\n');
  }
  if (result.failure) {
    io.stderr(`tailpolicy: ${result.failure}\n`);
    return result.exitCode ?? 1;
  }
  return 0;
}
