/**
 * The command-line edge of the modes that talk to Tailscale (`tailpolicy apply`, `expire`): the
 * same run as the action's, with credentials from TS_API_KEY, or TS_OAUTH_CLIENT_ID with
 * TS_OAUTH_CLIENT_SECRET (and TS_TAILNET), and GitHub from GITHUB_TOKEN / GITHUB_REPOSITORY.
 * Its Tailscale client uses the terminal's hooks (./clients.ts): no `::add-mask::` line.
 */
import { UserError } from '../shared/errors.js';
import { parseInputs, type Mode } from '../inputs.js';
import type { TailscaleClient } from '../tailscale/tailscale-client.js';
import { tailscaleClient } from './clients.js';
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
  if (inputs.credentials.kind === 'none') {
    throw new UserError(
      `tailpolicy ${mode} talks to Tailscale: set TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET.`,
    );
  }
  const ctx: RunContext = { ...runContext(inputs, { ...env, GITHUB_EVENT_PATH: '' }, new Date()), workspace: o.root };
  const tailscale = tailscaleClient(inputs, mode, { log: (line) => io.stderr(`${line}\n`) });
  return { ctx, tailscale };
}
