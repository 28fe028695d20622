/**
 * `tailpolicy audit [--since T] [--until T] [--at T] [--out DIR] [--format text|json]`.
 *
 * Offline by default (approvals "not looked up"); with GITHUB_TOKEN and GITHUB_REPOSITORY
 * (and GITHUB_API_URL on GHES) in the environment it looks up PRs and reviews. Exit codes:
 * 0 ok, 1 grants without a qualifying approval (when looked up), 2 usage, 3 GitHub failed.
 */
import { resolve } from 'node:path';
import { UserError } from '../shared/errors.js';
import { createGitHubClient } from '../github/github-client.js';
import { parseTimestamp } from '../shared/time.js';
import { runAudit, writeAuditFiles, writeEvidencePack, type AuditFiles } from '../audit/index.js';
import { parseInputs } from '../inputs.js';
import { tailscaleClient } from '../modes/clients.js';
import { parseDuration } from '../shared/time.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { renderJson, renderText } from '../audit/formats.js';

export interface AuditCommandOptions {
  root: string;
  cwd: string;
  policyDir: string;
  grantsDir: string;
  now: Date;
  since?: string;
  until?: string;
  at?: string;
  out?: string;
  format: string;
  env: NodeJS.ProcessEnv;
  /** Tailscale's API base (with TS_API_KEY or TS_OAUTH_CLIENT_*), for the evidence from its logs. */
  apiUrl?: string;
  /** How often the scheduled revocation runs (`15m`, `1h`); a revocation later than this is late. */
  schedulePeriod?: string;
}

/** The Tailscale client when TS_API_KEY or TS_OAUTH_CLIENT_ID is set; the audit is Git-only otherwise. */
function tailscaleFromEnv(opts: AuditCommandOptions, stderr: (s: string) => void): TailscaleClient | undefined {
  const env = opts.env;
  if (!env.TS_API_KEY && !env.TS_OAUTH_CLIENT_ID) return undefined;
  const values: Record<string, string | undefined> = {
    mode: 'audit',
    tailnet: env.TS_TAILNET,
    'api-key': env.TS_API_KEY,
    'oauth-client-id': env.TS_OAUTH_CLIENT_ID,
    'oauth-client-secret': env.TS_OAUTH_CLIENT_SECRET,
    'api-url': opts.apiUrl,
  };
  const inputs = parseInputs((name) => values[name]?.trim() || undefined, env);
  return tailscaleClient(inputs, 'audit', { log: (line) => stderr(`${line}\n`) });
}

function time(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = parseTimestamp(value);
  if (!parsed)
    throw new UserError(
      `--${name} ${JSON.stringify(value)} is not an RFC 3339 time with a zone, e.g. 2026-11-21T23:00:00Z`,
    );
  return parsed;
}

export async function auditCommand(
  opts: AuditCommandOptions,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  if (!['text', 'json', 'pack'].includes(opts.format)) throw new UserError('--format must be text, json or pack');
  if (opts.format === 'pack' && !opts.since)
    throw new UserError('--format pack needs the period: --since TIME (and --until TIME, default now)');
  let schedulePeriodMs: number | undefined;
  if (opts.schedulePeriod !== undefined) {
    schedulePeriodMs = parseDuration(opts.schedulePeriod);
    if (!schedulePeriodMs)
      throw new UserError(`--schedule-period ${JSON.stringify(opts.schedulePeriod)} is not a duration like 15m or 1h`);
  }
  const since = time('since', opts.since);
  const until = time('until', opts.until);
  const at = time('at', opts.at);
  if (since && until && since.getTime() >= until.getTime()) throw new UserError('--since must be before --until');

  const token = opts.env.GITHUB_TOKEN || undefined;
  const repository = opts.env.GITHUB_REPOSITORY || undefined;
  let github;
  if (token && repository) {
    const [owner, repo, ...extra] = repository.split('/');
    if (!owner || !repo || extra.length)
      throw new UserError(`GITHUB_REPOSITORY is "${repository}"; expected owner/name.`);
    const apiUrl = (opts.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    github = createGitHubClient({ token, apiUrl, owner, repo });
  } else if (token || repository) {
    io.stderr(`tailpolicy: ${token ? 'GITHUB_REPOSITORY' : 'GITHUB_TOKEN'} is not set; approvals are not looked up.\n`);
  }

  const run = await runAudit({
    root: opts.root,
    policyDir: opts.policyDir,
    grantsDir: opts.grantsDir,
    now: opts.now,
    since,
    until,
    at,
    github,
    repository,
    env: opts.env,
    // Tailscale's logs go into the pack only; text and JSON stay the Git-side report.
    tailscale: opts.format === 'pack' ? tailscaleFromEnv(opts, io.stderr) : undefined,
    evidence: opts.format === 'pack',
    ...(schedulePeriodMs ? { schedulePeriodMs } : {}),
  });
  if (opts.format === 'pack') {
    const pack = await writeEvidencePack(resolve(opts.cwd, opts.out ?? '.'), run);
    io.stdout(`tailpolicy audit: wrote ${pack.markdown} and ${pack.html}\n`);
    const failed = run.evidence?.reconciliation && packFailed(run);
    return (run.report.summary.unapproved ?? 0) > 0 || failed ? 1 : 0;
  }
  let files: AuditFiles | undefined;
  if (opts.out !== undefined) files = await writeAuditFiles(resolve(opts.cwd, opts.out), run);
  io.stdout(opts.format === 'json' ? renderJson(run.report, run.meta) : renderText(run.report, files));
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
