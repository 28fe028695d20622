/**
 * Errors raised by the Tailscale client.
 *
 * Every error extends `TailscaleError`, so a caller can map "Tailscale failed" to one exit code
 * with a single `instanceof`, and pick out the cases that need their own handling:
 * `PolicyConflictError` (412: the policy changed since it was read), `TailscaleAuthError` (the
 * credentials were refused), `TailscaleNetworkError` (no answer at all).
 *
 * Messages never contain secrets: the client passes every piece of server text through
 * `redactSecrets` with the secrets it knows before building an error, and the errors keep no
 * request headers or bodies.
 */
import { ExternalError } from '../shared/errors.js';
import type { CredentialKind, PolicyTestResult } from './types.js';

/** How many `data` entries an error message lists before summarising the rest. */
const MAX_DETAIL_LINES = 10;

export class TailscaleError extends ExternalError {
  constructor(
    message: string,
    /** HTTP method of the failed request. */
    readonly method: string,
    /** URL path of the failed request, without query string. */
    readonly path: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** True when trying again later may succeed (rate limits, server errors, no answer). */
  get isTransient(): boolean {
    return false;
  }
}

export interface ApiErrorDetails {
  method: string;
  path: string;
  status: number;
  /** The server's `message`, already redacted. */
  serverMessage: string;
  /** The server's `data`, already redacted. */
  data?: PolicyTestResult[];
  /** How many times the request was sent. */
  attempts?: number;
  /** A sentence telling the user what to check. */
  hint?: string;
}

/** The API answered with an error status. */
export class TailscaleApiError extends TailscaleError {
  readonly status: number;
  readonly serverMessage: string;
  readonly data: PolicyTestResult[];
  readonly attempts: number;

  constructor(details: ApiErrorDetails, message = apiErrorMessage(details)) {
    super(message, details.method, details.path);
    this.status = details.status;
    this.serverMessage = details.serverMessage;
    this.data = details.data ?? [];
    this.attempts = details.attempts ?? 1;
  }

  override get isTransient(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/**
 * `POST /acl` answered 412: the policy on the tailnet is no longer the one whose ETag was sent
 * (someone edited it meanwhile). Never retried: the caller must re-read and decide.
 */
export class PolicyConflictError extends TailscaleApiError {
  constructor(
    details: Omit<ApiErrorDetails, 'status' | 'hint'>,
    /** The `If-Match` value that was sent. */
    readonly ifMatch: string,
  ) {
    super({
      ...details,
      status: 412,
      hint:
        ifMatch === '"ts-default"'
          ? 'the tailnet policy is no longer the untouched default, so it was not overwritten'
          : `the tailnet policy changed after it was read (ETag ${ifMatch}), so it was not overwritten; run again to re-read it`,
    });
  }
}

/** Credentials were refused, or could not be obtained (WIF ID token). */
export class TailscaleAuthError extends TailscaleError {
  constructor(
    message: string,
    method: string,
    path: string,
    readonly credential: CredentialKind,
    /** The HTTP status, when the server answered. */
    readonly status: number | undefined,
    readonly serverMessage = '',
  ) {
    super(message, method, path);
  }
}

/** No usable answer: every attempt timed out or the connection failed. */
export class TailscaleNetworkError extends TailscaleError {
  constructor(
    method: string,
    path: string,
    readonly reason: 'timeout' | 'connection',
    /** For connection failures, the system error code (ECONNRESET, ECONNREFUSED …) when known. */
    readonly code: string | undefined,
    readonly attempts: number,
    timeoutMs: number,
  ) {
    const what =
      reason === 'timeout' ? `no answer within ${timeoutMs} ms` : `connection failed${code ? ` (${code})` : ''}`;
    super(`Tailscale API ${method} ${path} failed: ${what}${afterAttempts(attempts)}`, method, path);
  }

  override get isTransient(): boolean {
    return true;
  }
}

/** The server answered 2xx with something this client cannot use (bad JSON, no ETag). */
export class TailscaleResponseError extends TailscaleError {
  constructor(method: string, path: string, problem: string) {
    super(`Tailscale API ${method} ${path} returned an unusable response: ${problem}`, method, path);
  }
}

/** Replaces every occurrence of each secret in `text` with `***`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join('***');
  }
  return out;
}

function apiErrorMessage(d: ApiErrorDetails): string {
  const head =
    `Tailscale API ${d.method} ${d.path} failed: ${d.status}` +
    (d.serverMessage ? ` ${d.serverMessage}` : '') +
    afterAttempts(d.attempts ?? 1) +
    (d.hint ? `; ${d.hint}` : '');
  return [head, ...detailLines(d.data ?? [])].join('\n');
}

/** One indented line per error or warning in `data`, so test failures read in a log. */
function detailLines(data: PolicyTestResult[]): string[] {
  const lines = data.flatMap((entry) => {
    const who = entry.user ? `${entry.user}: ` : '';
    return [...entry.errors.map((e) => `  ${who}${e}`), ...entry.warnings.map((w) => `  ${who}warning: ${w}`)];
  });
  if (lines.length <= MAX_DETAIL_LINES) return lines;
  return [...lines.slice(0, MAX_DETAIL_LINES), `  … and ${lines.length - MAX_DETAIL_LINES} more`];
}

function afterAttempts(attempts: number): string {
  return attempts > 1 ? ` (after ${attempts} attempts)` : '';
}
