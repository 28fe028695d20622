/**
 * What a mode needs to know about the run, read once from the runner's environment at the edge
 * and passed down explicitly (no module reads process.env or the Actions toolkit's import-time
 * context).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Inputs } from '../inputs.js';
import type { Log } from '../shared/log.js';
import { readLayout } from '../repo.js';
import { selectTargets, singleTarget, type Target } from '../policy/targets.js';

/**
 * Where the run happens: the Actions runner or a terminal. Modes print only through `log` and
 * name a setting only through `setting`, so a terminal user reads GITHUB_TOKEN where the
 * workflow's author reads github-token.
 */
export interface Edge {
  log: Log;
  /** How the user sets an input here: `github-token` (runner) or `GITHUB_TOKEN` (terminal). */
  setting: (input: string) => string;
  /** The runner's OIDC token, for workload identity federation; absent outside the runner. */
  getIdToken?: (audience: string) => Promise<string>;
}

/** The runner's names: the action's inputs. */
export const inputNames = (input: string): string => input;

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

export interface RunContext extends Edge {
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
  /**
   * The tailnet this run acts on: its fragment folders and grants folder. Without tailpolicy.yaml
   * the one tailnet of the policy-dir and grants-dir inputs; with it, set by `forTargets`.
   */
  target: Target;
}

export function runContext(inputs: Inputs, env: NodeJS.ProcessEnv, now: Date, edge: Edge): RunContext {
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
    ...edge,
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
    target: singleTarget(inputs.policyDir, inputs.grantsDir).targets[0]!,
  };
}

/**
 * The run's tailnets (SPEC 1.5): reads tailpolicy.yaml in the workspace and picks the `target`
 * input's entry, or every entry when `all` (check without a target). Each comes back as the run
 * context of that tailnet: its folders, and its tailnet name from the file. Without the file,
 * the context as it is (and `target` is a usage error).
 */
export function forTargets(ctx: RunContext, opts: { all: boolean }): RunContext[] {
  const layout = readLayout(ctx.workspace, ctx.inputs.policyDir, ctx.inputs.grantsDir);
  const setting = ctx.setting('target') === 'target' ? 'Input "target"' : ctx.setting('target');
  const chosen = selectTargets(layout, ctx.inputs.target, { all: opts.all, setting, what: ctx.inputs.mode });
  return chosen.map((target) => {
    if (target.name === undefined) return { ...ctx, target };
    const given = ctx.inputs.tailnet;
    if (given !== '-' && given !== target.tailnet) {
      const name = ctx.setting('tailnet') === 'tailnet' ? 'Input "tailnet"' : ctx.setting('tailnet');
      throw new UserError(
        `${name} is "${given}", but tailpolicy.yaml gives target "${target.name}" the tailnet "${target.tailnet}". ` +
          `Remove ${ctx.setting('tailnet')}: the file names each target's tailnet.`,
      );
    }
    return { ...ctx, inputs: { ...ctx.inputs, tailnet: target.tailnet! }, target };
  });
}

/** The one tailnet a mode that writes acts on (apply, expire, audit, request). */
export function forTarget(ctx: RunContext): RunContext {
  return forTargets(ctx, { all: false })[0]!;
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
