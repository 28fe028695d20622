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
import { runAudit, writeAuditFiles, type AuditFiles } from '../audit/index.js';
import { renderJson, renderText } from '../audit/formats.js';
import { noArguments, textOrJson, type Args } from './args.js';
import type { Io } from './terminal.js';

export async function run(args: Args, io: Io): Promise<number> {
  noArguments(args);
  const format = textOrJson(args);
  const { since, until, at } = args;
  if (since && until && since.getTime() >= until.getTime()) throw new UserError('--since must be before --until');

  const token = io.env.GITHUB_TOKEN || undefined;
  const repository = io.env.GITHUB_REPOSITORY || undefined;
  let github;
  if (token && repository) {
    const [owner, repo, ...extra] = repository.split('/');
    if (!owner || !repo || extra.length)
      throw new UserError(`GITHUB_REPOSITORY is "${repository}"; expected owner/name.`);
    const apiUrl = (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    github = createGitHubClient({ token, apiUrl, owner, repo });
  } else if (token || repository) {
    io.stderr(`tailpolicy: ${token ? 'GITHUB_REPOSITORY' : 'GITHUB_TOKEN'} is not set; approvals are not looked up.\n`);
  }

  const run = await runAudit({
    root: args.root,
    policyDir: args.policyDir,
    grantsDir: args.grantsDir,
    now: args.now,
    since,
    until,
    at,
    github,
    repository,
    env: io.env,
  });
  let files: AuditFiles | undefined;
  if (args.out !== undefined) files = await writeAuditFiles(resolve(args.cwd, args.out), run);
  io.stdout(format === 'json' ? renderJson(run.report, run.meta) : renderText(run.report, files));
  return (run.report.summary.unapproved ?? 0) > 0 ? 1 : 0;
}
