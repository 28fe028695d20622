/**
 * The command-line edge of the modes that talk to Tailscale (`tailpolicy apply`, `expire`): the
 * same run as the action's, with credentials from TS_API_KEY, or TS_OAUTH_CLIENT_ID with
 * TS_OAUTH_CLIENT_SECRET (and TS_TAILNET), and GitHub from GITHUB_TOKEN / GITHUB_REPOSITORY.
 * Its Tailscale client registers no secrets with the runner, so a terminal never sees an
 * `::add-mask::` line carrying a token.
 */
import { UserError } from '../errors.js';
import { parseInputs, type Mode } from '../inputs.js';
import { createTailscaleClient, type TailscaleClient } from '../tailscale/client.js';
import { runContext, type RunContext } from './context.js';

export interface CommandOptions {
  /** The repository's working tree. */
  root: string;
  policyDir: string;
  grantsDir: string;
  /** The --now text, when given. */
  now?: string;
  dryRun: boolean;
  apiUrl?: string;
  onDrift?: string;
  env: NodeJS.ProcessEnv;
}

export function commandContext(
  mode: Mode,
  o: CommandOptions,
  io: { stderr: (s: string) => void },
): { ctx: RunContext; tailscale: TailscaleClient } {
  const env = o.env;
  const values: Record<string, string | undefined> = {
    mode,
    tailnet: env.TS_TAILNET,
    'api-key': env.TS_API_KEY,
    'oauth-client-id': env.TS_OAUTH_CLIENT_ID,
    'oauth-client-secret': env.TS_OAUTH_CLIENT_SECRET,
    'api-url': o.apiUrl,
    'github-token': env.GITHUB_TOKEN,
    'policy-dir': o.policyDir,
    'grants-dir': o.grantsDir,
    'on-drift': o.onDrift,
    'dry-run': String(o.dryRun),
    now: o.now,
  };
  const inputs = parseInputs((name) => values[name]?.trim() || undefined, env);
  const c = inputs.credentials;
  if (c.kind !== 'api-key' && c.kind !== 'oauth') {
    throw new UserError(`tailpolicy ${mode} talks to Tailscale: set TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET.`);
  }
  const ctx: RunContext = { ...runContext(inputs, { ...env, GITHUB_EVENT_PATH: '' }, new Date()), workspace: o.root };
  const tailscale = createTailscaleClient({
    apiUrl: inputs.apiUrl,
    tailnet: inputs.tailnet,
    credentials: c,
    timeoutMs: inputs.requestTimeoutMs,
    onRetry: (r) => io.stderr(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})\n`),
  });
  return { ctx, tailscale };
}
