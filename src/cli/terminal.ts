/**
 * The terminal's run context: what the runner's environment gives the action, a terminal user
 * gives as flags and environment variables. Credentials from TS_API_KEY, or TS_OAUTH_CLIENT_ID
 * with TS_OAUTH_CLIENT_SECRET (and TS_TAILNET); GitHub from GITHUB_TOKEN, GITHUB_REPOSITORY and
 * GITHUB_API_URL. The log prints `path:line:col: severity[rule]: message` on stderr and no
 * workflow command (an `::add-mask::` line would print the token it hides).
 */
import { parseInputs, type Mode } from '../inputs.js';
import { forTarget, runContext, type RunContext } from '../modes/context.js';
import { UserError } from '../shared/errors.js';
import type { Args } from './args.js';
import { terminalLog } from './log-terminal.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdout is a terminal: colour (unless NO_COLOR) and the one-line tallies are for people only. */
  isTTY?: boolean;
  /**
   * Settles once stdout has taken what was written to it (undefined when it has): a long report
   * waits for a slower reader of a pipe instead of queueing in memory.
   */
  drained?: () => Promise<void> | undefined;
}

/** The variable or flag that sets each action input in a terminal. */
const TERMINAL_NAMES: Record<string, string> = {
  'api-key': 'TS_API_KEY',
  'oauth-client-id': 'TS_OAUTH_CLIENT_ID',
  'oauth-client-secret': 'TS_OAUTH_CLIENT_SECRET',
  tailnet: 'TS_TAILNET',
  'github-token': 'GITHUB_TOKEN',
  'pagerduty-token': 'PAGERDUTY_TOKEN',
  audience: 'an audience (workload identity federation needs the Actions runner)',
};

export const terminalNames = (input: string): string => TERMINAL_NAMES[input] ?? `--${input}`;

/** The action's Tailscale credential inputs, as a terminal sets them (TS_* variables). */
export function tailscaleSettings(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return {
    tailnet: env.TS_TAILNET,
    'api-key': env.TS_API_KEY,
    'oauth-client-id': env.TS_OAUTH_CLIENT_ID,
    'oauth-client-secret': env.TS_OAUTH_CLIENT_SECRET,
  };
}

/** The run context of `tailpolicy apply` and `expire`: the action's run, fed from the terminal. */
export function terminalContext(mode: Mode, args: Args, io: Io): RunContext {
  const env = io.env;
  const values: Record<string, string | undefined> = {
    mode,
    ...tailscaleSettings(env),
    'api-url': args.apiUrl,
    'github-token': env.GITHUB_TOKEN,
    'pagerduty-token': env.PAGERDUTY_TOKEN,
    target: args.target,
    'policy-dir': args.policyDir,
    'grants-dir': args.grantsDir,
    'on-drift': args.onDrift,
    'dry-run': String(args.dryRun),
  };
  const inputs = parseInputs((name) => values[name]?.trim() || undefined, env, terminalNames);
  if (args.nowGiven) inputs.now = args.now;
  if (inputs.credentials.kind === 'none') {
    throw new UserError(
      `tailpolicy ${mode} talks to Tailscale: set TS_API_KEY, or TS_OAUTH_CLIENT_ID with TS_OAUTH_CLIENT_SECRET.`,
    );
  }
  const edge = { log: terminalLog(io, { debug: !!env.TAILPOLICY_DEBUG }), setting: terminalNames };
  // With tailpolicy.yaml, the --target entry: its folders and its tailnet.
  return forTarget({ ...runContext(inputs, { ...env, GITHUB_EVENT_PATH: '' }, args.now, edge), workspace: args.root });
}
