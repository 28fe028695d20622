/**
 * The action's inputs (SPEC 3.1), parsed once into a typed object. An empty string means "not
 * set". Cross-field rules (exactly one credential form, or none) are checked here, with a
 * message naming the input to fix. Secrets are returned separately so the caller can mask them
 * before anything is printed.
 */
import { UserError } from './shared/errors.js';
import { parseTimestamp } from './shared/time.js';
import type { CredentialSetting } from './tailscale/types.js';

export type Mode = 'check' | 'apply' | 'expire' | 'audit' | 'request';
export type OnDrift = 'fail' | 'warn' | 'overwrite';

/** What the inputs configure: one of Tailscale's credential forms, or none (check and audit need none). */
export type Credentials = { kind: 'none' } | CredentialSetting;

export interface Inputs {
  mode: Mode;
  /** With tailpolicy.yaml: the tailnet entry to act on (SPEC 1.5). */
  target?: string;
  tailnet: string;
  credentials: Credentials;
  apiUrl: string;
  githubToken?: string;
  /** For `autoApprove.onCall`: a PagerDuty REST API key (SPEC 3.1). */
  pagerdutyToken?: string;
  /** PagerDuty's REST API base (env PAGERDUTY_API_URL; default https://api.pagerduty.com). */
  pagerdutyApiUrl: string;
  policyDir: string;
  grantsDir: string;
  onDrift: OnDrift;
  dryRun: boolean;
  /** Set when the `now` input was given (previews); otherwise the run's current time. */
  now?: Date;
  /** Per-request timeout for Tailscale's API (env TAILPOLICY_REQUEST_TIMEOUT_MS; default 30 s). */
  requestTimeoutMs?: number;
}

/** Reads one input: `get('api-key')` → trimmed value or undefined when empty. */
export type InputReader = (name: string) => string | undefined;

/**
 * How the user sets an input where the run happens: the input's own name under the runner,
 * an environment variable or a flag in a terminal (`api-key` → `TS_API_KEY`).
 */
export type SettingNames = (input: string) => string;

/** Messages quote an action input ("api-key") and name a variable or flag as it is (TS_API_KEY). */
function namer(setting: SettingNames) {
  const quoted = (input: string) => {
    const s = setting(input);
    return s === input ? `"${input}"` : s;
  };
  const subject = (input: string) => {
    const s = setting(input);
    return s === input ? `Input "${input}"` : s;
  };
  return { quoted, subject };
}

/** The runner passes inputs as INPUT_<NAME> with spaces as underscores, hyphens kept. */
export function envInputs(env: NodeJS.ProcessEnv): InputReader {
  return (name) => {
    const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
    return v ? v : undefined;
  };
}

const MODES: readonly Mode[] = ['check', 'apply', 'expire', 'audit', 'request'];
const DRIFT: readonly OnDrift[] = ['fail', 'warn', 'overwrite'];

export function parseInputs(
  get: InputReader,
  env: NodeJS.ProcessEnv = {},
  setting: SettingNames = (input) => input,
): Inputs {
  const { subject } = namer(setting);
  const mode = get('mode');
  if (!mode) throw new UserError(`Input "mode" is required: one of ${MODES.join(', ')}.`);
  if (!MODES.includes(mode as Mode)) throw new UserError(`Input "mode" is "${mode}"; use one of ${MODES.join(', ')}.`);
  const onDrift = get('on-drift') ?? 'fail';
  if (!DRIFT.includes(onDrift as OnDrift)) {
    throw new UserError(`${subject('on-drift')} is "${onDrift}"; use one of ${DRIFT.join(', ')}.`);
  }
  const nowText = get('now');
  const now = nowText === undefined ? undefined : parseTimestamp(nowText);
  if (nowText !== undefined && !now) {
    throw new UserError(
      `${subject('now')} is "${nowText}", not an RFC 3339 time with a zone (e.g. 2026-11-21T23:00:00Z).`,
    );
  }
  const apiUrl = (get('api-url') ?? 'https://api.tailscale.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl))
    throw new UserError(`${subject('api-url')} is "${apiUrl}", not an http(s) URL.`);
  return {
    mode: mode as Mode,
    ...(get('target') ? { target: get('target') } : {}),
    tailnet: get('tailnet') ?? '-',
    credentials: parseCredentials(get, setting),
    apiUrl,
    githubToken: get('github-token'),
    pagerdutyToken: get('pagerduty-token'),
    pagerdutyApiUrl: (env.PAGERDUTY_API_URL || 'https://api.pagerduty.com').replace(/\/+$/, ''),
    policyDir: get('policy-dir') ?? 'policy',
    grantsDir: get('grants-dir') ?? 'grants',
    onDrift: onDrift as OnDrift,
    dryRun: parseBoolean(get('dry-run'), subject('dry-run')),
    ...(now ? { now } : {}),
    ...requestTimeout(env.TAILPOLICY_REQUEST_TIMEOUT_MS),
  };
}

/** Exactly one credential form, or none; a partial or mixed set names what is missing. */
export function parseCredentials(get: InputReader, setting: SettingNames = (input) => input): Credentials {
  const { quoted: q } = namer(setting);
  const apiKey = get('api-key');
  const clientId = get('oauth-client-id');
  const secret = get('oauth-client-secret');
  const audience = get('audience');
  if (apiKey && (clientId || secret || audience)) {
    const other = clientId ? 'oauth-client-id' : secret ? 'oauth-client-secret' : 'audience';
    throw new UserError(
      `Both ${q('api-key')} and ${q(other)} are set; give one credential form only (remove one of them).`,
    );
  }
  if (apiKey) return { kind: 'api-key', apiKey };
  if (secret && audience) {
    throw new UserError(
      `Both ${q('oauth-client-secret')} and ${q('audience')} are set; use an OAuth client secret or workload identity federation, not both.`,
    );
  }
  if (secret || audience) {
    if (!clientId) {
      throw new UserError(
        `${q(secret ? 'oauth-client-secret' : 'audience')} is set but ${q('oauth-client-id')} is missing; add the ${secret ? 'OAuth client' : 'federated identity'}'s ID.`,
      );
    }
    return secret ? { kind: 'oauth', clientId, clientSecret: secret } : { kind: 'wif', clientId, audience: audience! };
  }
  if (clientId) {
    throw new UserError(
      `${q('oauth-client-id')} is set but neither ${q('oauth-client-secret')} (OAuth client) nor ${q('audience')} (workload identity federation) is; add one.`,
    );
  }
  return { kind: 'none' };
}

/** Inputs whose values are masked in the log before anything else happens. */
export const SECRET_INPUTS = ['api-key', 'oauth-client-secret', 'github-token', 'pagerduty-token'] as const;

function requestTimeout(value: string | undefined): { requestTimeoutMs?: number } {
  if (!value) return {};
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 600_000) {
    throw new UserError(`TAILPOLICY_REQUEST_TIMEOUT_MS is "${value}"; use milliseconds between 100 and 600000.`);
  }
  return { requestTimeoutMs: ms };
}

function parseBoolean(value: string | undefined, subject: string): boolean {
  if (value === undefined) return false;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UserError(`${subject} is "${value}"; use true or false.`);
}
