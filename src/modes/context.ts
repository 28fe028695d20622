/**
 * What a mode needs to know about the run, read once from the runner's environment at the edge
 * and passed down explicitly (no module reads process.env or @actions/github's import-time
 * context).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Inputs } from '../inputs.js';

/** Repository and commit for the policy header, when running in GitHub Actions. */
export function sourceFromEnv(env: NodeJS.ProcessEnv): {
  repository?: string;
  repositoryUrl?: string;
  commit?: string;
} {
  const repository = env.GITHUB_REPOSITORY || undefined;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    repository,
    repositoryUrl: repository ? `${server}/${repository}` : undefined,
    commit: env.GITHUB_SHA || undefined,
  };
}

export interface RunContext {
  inputs: Inputs;
  now: Date;
  /** The checked-out repository. */
  workspace: string;
  /** Where the compiled policy and reports are written. */
  outDir: string;
  eventName?: string;
  event: Record<string, unknown>;
  owner?: string;
  repo?: string;
  sha?: string;
  githubApiUrl: string;
  source: ReturnType<typeof sourceFromEnv>;
  env: NodeJS.ProcessEnv;
}

export function runContext(inputs: Inputs, env: NodeJS.ProcessEnv, now: Date): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH: ${(e as Error).message}`);
    }
  }
  return {
    inputs,
    now: inputs.now ?? now,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    outDir: join(env.RUNNER_TEMP || tmpdir(), 'tailpolicy'),
    eventName: env.GITHUB_EVENT_NAME || undefined,
    event,
    owner: owner || undefined,
    repo: repo || undefined,
    sha: env.GITHUB_SHA || undefined,
    githubApiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    source: sourceFromEnv(env),
    env,
  };
}

export type OutputName =
  | 'policy-file'
  | 'digest'
  | 'changed'
  | 'active-grants'
  | 'scheduled-grants'
  | 'expired-grants'
  | 'next-change'
  | 'pr-number'
  | 'pr-url';

export interface ModeResult {
  outputs: Partial<Record<OutputName, string>>;
  /** Markdown for the job summary (already escaped). */
  summary: string;
  /** Set when the run must fail; the message says why. */
  failure?: string;
  /** Exit code class for the failure: 1 policy errors, 3 Tailscale/GitHub. */
  exitCode?: number;
}
