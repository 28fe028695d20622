/**
 * `tailpolicy audit [--since T] [--until T] [--at T] [--out DIR] [--format text|json|pack]`.
 *
 * Offline by default (approvals "not looked up"); with GITHUB_TOKEN and GITHUB_REPOSITORY
 * (and GITHUB_API_URL on GHES) in the environment it looks up PRs and reviews, and with
 * PAGERDUTY_TOKEN it checks on-call auto-approvals at their merge. `--format pack`
 * writes the evidence pack for a period, and with TS_* credentials reconciles Git with
 * Tailscale's own configuration and network logs. Exit codes: 0 ok, 1 grants without a
 * qualifying approval (when looked up) or a control the logs fail, 2 usage, 3 an API failed.
 */
import { resolve } from 'node:path';
import { UserError } from '../shared/errors.js';
import { parseDuration } from '../shared/time.js';
import { runAudit, writeAuditFiles, writeEvidencePack, type AuditFiles } from '../audit/index.js';
import { renderJson, renderText } from '../audit/formats.js';
import { parseInputs } from '../inputs.js';
import { createPagerDutyClient } from '../pagerduty/pagerduty-client.js';
import { githubApiUrlOf, githubClientFor, parseRepository, tailscaleClient } from '../modes/clients.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { noArguments, type Args } from './args.js';
import { targetsOf } from './offline-read.js';
import type { Target } from '../policy/targets.js';
import { tailscaleSettings, terminalNames, type Io } from './terminal.js';

/** The Tailscale client when TS_API_KEY or TS_OAUTH_CLIENT_ID is set; the audit is Git-only otherwise. */
function tailscaleFromEnv(args: Args, io: Io, target: Target): TailscaleClient | undefined {
  const env = io.env;
  if (!env.TS_API_KEY && !env.TS_OAUTH_CLIENT_ID) return undefined;
  if (target.tailnet !== undefined && env.TS_TAILNET && env.TS_TAILNET !== '-' && env.TS_TAILNET !== target.tailnet) {
    throw new UserError(
      `TS_TAILNET is "${env.TS_TAILNET}", but tailpolicy.yaml gives target "${target.name}" the tailnet ` +
        `"${target.tailnet}". Unset TS_TAILNET: the file names each target's tailnet.`,
    );
  }
  const values: Record<string, string | undefined> = {
    mode: 'audit',
    ...tailscaleSettings(env),
    tailnet: target.tailnet ?? env.TS_TAILNET,
    'api-url': args.apiUrl,
  };
  const inputs = parseInputs((name) => values[name]?.trim() || undefined, env, terminalNames);
  return tailscaleClient(inputs, 'audit', { log: (line) => io.stderr(`${line}\n`) }, terminalNames);
}

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const format = args.format;
  if (format !== 'text' && format !== 'json' && format !== 'pack')
    throw new UserError('--format must be text, json or pack');
  const { since, until, at } = args;
  if (format === 'pack' && !since)
    throw new UserError('--format pack needs the period: --since TIME (and --until TIME, default now)');
  let schedulePeriodMs: number | undefined;
  if (args.schedulePeriod !== undefined) {
    schedulePeriodMs = parseDuration(args.schedulePeriod);
    if (!schedulePeriodMs)
      throw new UserError(`--schedule-period ${JSON.stringify(args.schedulePeriod)} is not a duration like 15m or 1h`);
  }
  if (since && until && since.getTime() >= until.getTime()) throw new UserError('--since must be before --until');

  const token = io.env.GITHUB_TOKEN || undefined;
  const repository = io.env.GITHUB_REPOSITORY || undefined;
  const github = githubClientFor({
    token,
    ...(repository ? parseRepository(repository) : {}),
    apiUrl: githubApiUrlOf(io.env),
  });
  if (!github && (token || repository))
    io.stderr(`tailpolicy: ${token ? 'GITHUB_REPOSITORY' : 'GITHUB_TOKEN'} is not set; approvals are not looked up.\n`);

  const target = targetsOf(args, false)[0]!;
  const run = await runAudit({
    root: args.root,
    policyDir: target.policyDirs,
    grantsDir: target.grantsDir,
    ...(target.name !== undefined ? { target: { name: target.name, tailnet: target.tailnet! } } : {}),
    now: args.now,
    since,
    until,
    at,
    github,
    repository,
    env: io.env,
    // Tailscale's logs go into the pack only; text and JSON stay the Git-side report.
    tailscale: format === 'pack' ? tailscaleFromEnv(args, io, target) : undefined,
    evidence: format === 'pack',
    // PAGERDUTY_TOKEN: grants auto-approved by on-call status are checked at their merge.
    ...(io.env.PAGERDUTY_TOKEN
      ? {
          pagerduty: createPagerDutyClient({
            token: io.env.PAGERDUTY_TOKEN,
            apiUrl: (io.env.PAGERDUTY_API_URL || 'https://api.pagerduty.com').replace(/\/+$/, ''),
            onRetry: (line) => io.stderr(`${line}\n`),
          }),
        }
      : {}),
    ...(schedulePeriodMs ? { schedulePeriodMs } : {}),
  });
  if (format === 'pack') {
    const pack = await writeEvidencePack(resolve(args.cwd, args.out ?? '.'), run);
    io.stdout(`tailpolicy audit: wrote ${pack.markdown} and ${pack.html}\n`);
    return (run.report.summary.unapproved ?? 0) > 0 || packFailed(run) ? 1 : 0;
  }
  let files: AuditFiles | undefined;
  if (args.out !== undefined) files = await writeAuditFiles(resolve(args.cwd, args.out), run);
  io.stdout(format === 'json' ? renderJson(run.report, run.meta) : renderText(run.report, files));
  return (run.report.summary.unapproved ?? 0) > 0 ? 1 : 0;
}

/** A control the logs can fail: an out-of-band change, a missing push, a late revocation. */
function packFailed(run: Awaited<ReturnType<typeof runAudit>>): boolean {
  const r = run.evidence?.reconciliation;
  if (!r) return false;
  return (
    r.changes.some((c) => c.kind === 'out-of-band') ||
    r.expected.some((x) => x.status === 'missing') ||
    r.revocations.some((x) => x.status === 'late' || x.status === 'still live')
  );
}
