/**
 * `tailpolicy expire [--dry-run]`: the action's expire, from a terminal or another CI:
 * credentials from TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET, and
 * TS_TAILNET; the cleanup PR from GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL. Secrets
 * are never printed.
 */
import { expireMode } from '../modes/expire.js';
import { noArguments, type Args } from './args.js';
import { terminalContext, type Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const ctx = terminalContext('expire', args, io);
  const result = await expireMode(ctx);
  const out = result.outputs;
  const lines = [
    `expired-grants: ${out['expired-grants'] ?? ''}`,
    `active-grants: ${out['active-grants'] ?? ''}`,
    `scheduled-grants: ${out['scheduled-grants'] ?? ''}`,
    `next-change: ${out['next-change'] || 'none'}`,
    `changed: ${out.changed ?? 'false'}`,
    `cleanup-pr: ${out['pr-number'] ? `#${out['pr-number']} ${out['pr-url']}` : 'none open'}`,
  ];
  io.stdout(lines.join('\n') + '\n');
  if (result.failure) {
    io.stderr(`tailpolicy: ${result.failure}\n`);
    return result.exitCode ?? 1;
  }
  return 0;
}
