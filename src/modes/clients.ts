/**
 * Builds the API clients a mode needs from the parsed inputs, in one place for the action and
 * the command line. In the action every secret the clients learn (tokens minted during the run
 * included) is masked in the log as soon as it is known; a terminal gets no `::add-mask::` lines
 * (they would print the token) and no workload identity (there is no runner to ask).
 */
import { UserError } from '../shared/errors.js';
import { createGitHubClient, type GitHubClient } from '../github/github-client.js';
import type { Inputs } from '../inputs.js';
import { createTailscaleClient, type TailscaleClient } from '../tailscale/tailscale-client.js';
import type { RetryInfo } from '../tailscale/transport.js';
import type { Edge, RunContext } from './context.js';

export interface ClientHooks {
  log: (line: string) => void;
  /** Masks a secret in the log; absent outside the runner. */
  onSecret?: (secret: string) => void;
  /** Fetches the runner's OIDC token; absent outside the runner. */
  getIdToken?: (audience: string) => Promise<string>;
}

/** The hooks of a run's edge: its log, its masking, and (under the runner) its OIDC token. */
export function hooksOf(edge: Edge): ClientHooks {
  return {
    log: (line) => edge.log.info(line),
    onSecret: (secret) => edge.log.secret(secret),
    ...(edge.getIdToken ? { getIdToken: edge.getIdToken } : {}),
  };
}

/** The Tailscale client of a run, its secrets masked and its retries logged at the run's edge. */
export function tailscaleFor(ctx: RunContext): TailscaleClient {
  return tailscaleClient(ctx.inputs, ctx.inputs.mode, hooksOf(ctx), ctx.setting);
}

export function tailscaleClient(
  inputs: Inputs,
  mode: string,
  hooks: ClientHooks,
  setting: (input: string) => string = (input) => input,
): TailscaleClient {
  const c = inputs.credentials;
  if (c.kind === 'none') {
    const [id, secret, audience, key] = ['oauth-client-id', 'oauth-client-secret', 'audience', 'api-key'].map(setting);
    throw new UserError(
      `Mode "${mode}" talks to Tailscale and needs a credential: set "${id}" with "${secret}" ` +
        `(an OAuth client), or with "${audience}" (workload identity federation), or "${key}".`,
    );
  }
  if (c.kind === 'wif' && !hooks.getIdToken) {
    throw new UserError(
      'Workload identity federation needs the GitHub Actions runner; use an OAuth client or an API key here.',
    );
  }
  return createTailscaleClient({
    apiUrl: inputs.apiUrl,
    tailnet: inputs.tailnet,
    credentials: c.kind === 'wif' ? { ...c, getIdToken: hooks.getIdToken! } : c,
    timeoutMs: inputs.requestTimeoutMs,
    ...(hooks.onSecret ? { onSecret: hooks.onSecret } : {}),
    onRetry: (r: RetryInfo) =>
      hooks.log(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})`),
  });
}

/** Where a GitHub client points, and with what. */
export interface GitHubTarget {
  token?: string;
  owner?: string;
  repo?: string;
  /** The REST API's base (GITHUB_API_URL: another host on GitHub Enterprise Server). */
  apiUrl: string;
  dryRun?: boolean;
}

/**
 * The one builder of GitHub clients, for the action and every command: undefined without a
 * token or a repository (the caller says what that means for its run).
 */
export function githubClientFor(t: GitHubTarget): GitHubClient | undefined {
  if (!t.token || !t.owner || !t.repo) return undefined;
  return createGitHubClient({
    token: t.token,
    apiUrl: t.apiUrl.replace(/\/+$/, ''),
    owner: t.owner,
    repo: t.repo,
    ...(t.dryRun ? { dryRun: true } : {}),
  });
}

/** GITHUB_API_URL, or github.com's API. */
export function githubApiUrlOf(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** `owner/name` split, or a usage error naming the variable that holds it. */
export function parseRepository(value: string, setting = 'GITHUB_REPOSITORY'): { owner: string; repo: string } {
  const [owner, repo, ...extra] = value.split('/');
  if (!owner || !repo || extra.length) throw new UserError(`${setting} is "${value}"; expected owner/name.`);
  return { owner, repo };
}

/** The GitHub client for comments, reviews and the cleanup PR; undefined without a token. */
export function githubClient(ctx: RunContext): GitHubClient | undefined {
  return githubClientFor({
    token: ctx.inputs.githubToken,
    owner: ctx.owner,
    repo: ctx.repo,
    apiUrl: ctx.githubApiUrl,
    dryRun: ctx.inputs.dryRun,
  });
}

/**
 * How long one phase of a run may spend on GitHub (the lookups before the push, the cleanup PR
 * after it): TAILPOLICY_GITHUB_BUDGET_MS, else 3 minutes, well inside a job's timeout.
 */
export function githubBudgetMs(env: NodeJS.ProcessEnv): number {
  const ms = Number(env.TAILPOLICY_GITHUB_BUDGET_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : 180_000;
}
