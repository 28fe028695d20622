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
import { runAudit, writeAuditFiles, type AuditFiles } from '../audit/index.js';
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
  if (!['text', 'json'].includes(opts.format)) throw new UserError('--format must be text or json');
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
  });
  let files: AuditFiles | undefined;
  if (opts.out !== undefined) files = await writeAuditFiles(resolve(opts.cwd, opts.out), run);
  io.stdout(opts.format === 'json' ? renderJson(run.report, run.meta) : renderText(run.report, files));
  return (run.report.summary.unapproved ?? 0) > 0 ? 1 : 0;
}
