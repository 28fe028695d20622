/**
 * `tailpolicy request <resource> --for 4h --reason "…" [--ticket T] [--grantee LOGIN] [--dry-run]`
 * and `tailpolicy extend <grant file> --by 2h --reason "…" [--dry-run]` (SPEC 2.8): a grant PR
 * without writing YAML. GitHub from GITHUB_TOKEN and GITHUB_REPOSITORY (else the `origin`
 * remote), GITHUB_API_URL for GitHub Enterprise.
 */
import { relative, resolve, sep } from 'node:path';
import type { GitHubClient } from '../github/github-client.js';
import { gitValue } from '../git.js';
import { githubApiUrlOf, githubClientFor } from '../modes/clients.js';
import { openExtension, openRequest, type RequestOutcome } from '../modes/request.js';
import { readRepository } from '../repo.js';
import { oneLine } from '../report/escape.js';
import { findGrantee, findRequester, requestFieldProblems, type Requester } from '../review/request-form.js';
import { UserError } from '../shared/errors.js';
import { checkRepository } from '../validate/offline.js';

export interface RequestCommandOptions {
  root: string;
  cwd: string;
  policyDir: string | readonly string[];
  grantsDir: string;
  now: Date;
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
  /** request: the resource; extend: the grant file. */
  target: string;
  for?: string;
  by?: string;
  reason?: string;
  ticket?: string;
  grantee?: string;
}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** owner/repo from GITHUB_REPOSITORY, else from the `origin` remote's URL. */
async function repository(o: RequestCommandOptions): Promise<{ owner: string; repo: string } | undefined> {
  const named = o.env.GITHUB_REPOSITORY;
  const fromUrl = (url: string | undefined) =>
    url ? /github[^/:]*[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)?.slice(1) : undefined;
  const [owner, repo] = named?.split('/') ?? fromUrl(await gitValue(o.root, ['remote', 'get-url', 'origin'])) ?? [];
  return owner && repo ? { owner, repo } : undefined;
}

async function client(o: RequestCommandOptions, command: string): Promise<GitHubClient | undefined> {
  const token = o.env.GITHUB_TOKEN;
  const repo = await repository(o);
  if (!token || !repo) {
    if (o.dryRun) return undefined;
    throw new UserError(
      `tailpolicy ${command} opens a pull request: set GITHUB_TOKEN (a token that may push branches and open pull requests) ` +
        `${repo ? '' : 'and GITHUB_REPOSITORY=owner/repo (or run it in a clone whose "origin" is on GitHub) '}or pass --dry-run.`,
    );
  }
  return githubClientFor({ token, apiUrl: githubApiUrlOf(o.env), ...repo });
}

export async function requestCommand(o: RequestCommandOptions, io: Io): Promise<number> {
  if (!o.for) throw new UserError('tailpolicy request needs --for, e.g. --for 4h (90m, 4h, 2d).');
  if (!o.reason) throw new UserError('tailpolicy request needs --reason "why you need the access".');
  const github = await client(o, 'request');
  const files = await readRepository(o.root, o.policyDir, o.grantsDir);
  const { access, policy } = checkRepository({ policyDir: o.policyDir, ...files, now: o.now }).compiled;
  const tokenUser = github ? await github.getAuthenticatedUser() : undefined;
  let grantee: Requester | undefined;
  if (o.grantee !== undefined) {
    grantee = findGrantee(access, policy, o.grantee);
    if (!grantee) {
      throw new UserError(
        `--grantee ${JSON.stringify(o.grantee)} is neither a login name (alice@example.com) nor a GitHub login under "people" in ${access.path ?? 'policy/access.yaml'}.`,
      );
    }
  } else {
    const email = await gitValue(o.root, ['config', 'user.email']);
    grantee = findRequester(access, policy, { github: tokenUser, email });
    if (!grantee) {
      const tried = [tokenUser ? `GitHub login ${tokenUser}` : '', email ? `git config user.email ${email}` : '']
        .filter(Boolean)
        .join(' or ');
      throw new UserError(
        `Cannot tell who you are${tried ? ` (neither ${tried} is under "people" in ${access.path ?? 'policy/access.yaml'})` : ''}; ` +
          'pass --grantee alice@example.com, or add yourself under "people".',
      );
    }
  }
  const request = {
    resource: o.target,
    duration: o.for,
    reason: o.reason,
    ...(o.ticket !== undefined ? { ticket: o.ticket } : {}),
    grantee: grantee.login,
  };
  const fieldProblems = requestFieldProblems(request, access);
  if (fieldProblems.length) return fail(fieldProblems, io);
  const outcome = await openRequest({
    root: o.root,
    policyDir: o.policyDir,
    grantsDir: o.grantsDir,
    now: o.now,
    request,
    requester: grantee,
    author: tokenUser ?? null,
    github,
    dryRun: o.dryRun,
  });
  return report(outcome, o.dryRun, io);
}

export async function extendCommand(o: RequestCommandOptions, io: Io): Promise<number> {
  if (!o.by) throw new UserError('tailpolicy extend needs --by, e.g. --by 2h (90m, 2h, 1d).');
  if (!o.reason) throw new UserError('tailpolicy extend needs --reason "why the access must last longer".');
  const github = await client(o, 'extend');
  const file = relative(o.root, resolve(o.cwd, o.target)).split(sep).join('/');
  const outcome = await openExtension({
    root: o.root,
    policyDir: o.policyDir,
    grantsDir: o.grantsDir,
    now: o.now,
    file,
    by: o.by,
    reason: o.reason,
    author: github ? ((await github.getAuthenticatedUser()) ?? null) : null,
    github,
    dryRun: o.dryRun,
  });
  return report(outcome, o.dryRun, io);
}

function fail(problems: readonly string[], io: Io): number {
  io.stderr(`tailpolicy: the request cannot be opened:\n${problems.map((p) => `  - ${oneLine(p, 600)}`).join('\n')}\n`);
  return 1;
}

function report(o: RequestOutcome, dryRun: boolean, io: Io): number {
  if (o.problems.length) return fail(o.problems, io);
  for (const w of o.warnings) io.stderr(`tailpolicy: ${oneLine(w, 600)}\n`);
  if (dryRun) {
    io.stdout(
      [
        `would write ${o.path}:`,
        ...o.text
          .trimEnd()
          .split('\n')
          .map((l) => `  ${l}`),
        `would push branch ${o.branch} and open the pull request "${oneLine(o.title)}"`,
        `would request review from: ${[...o.reviewers, ...o.teamReviewers.map((t) => `team ${t}`)].join(', ') || 'nobody (no approver has a GitHub login in "people")'}`,
        '',
        o.body,
        '',
      ].join('\n'),
    );
    return 0;
  }
  io.stdout(
    [
      `wrote ${o.path} on branch ${o.branch}`,
      `review requested from: ${[...o.reviewers, ...o.teamReviewers.map((t) => `team ${t}`)].join(', ') || 'nobody'}`,
      o.pull?.url ?? '',
      '',
    ].join('\n'),
  );
  return 0;
}
