/**
 * Turns credentials into `Authorization` headers (reference section 4).
 *
 * - API key: sent as a bearer token as is.
 * - OAuth client: `POST /api/v2/oauth/token` (client-credentials grant) mints an access token.
 * - Workload identity federation: an OIDC ID token from `getIdToken(audience)` is exchanged at
 *   `POST /api/v2/oauth/token-exchange` for an access token.
 *
 * Minted tokens are cached until shortly before they expire; concurrent callers share one
 * in-flight request. `invalidate()` drops the cached token after the API answered 401, so the
 * client can mint a fresh one once.
 */
import { deeperThan } from '../shared/bounds.js';
import { redactSecrets, TailscaleApiError, TailscaleAuthError, TailscaleResponseError } from './tailscale-errors.js';
import type { Transport, TransportResponse } from './transport.js';
import type { CredentialKind, TailscaleCredentials } from './types.js';

export const TOKEN_PATH = '/api/v2/oauth/token';
export const TOKEN_EXCHANGE_PATH = '/api/v2/oauth/token-exchange';

/** Refresh this long before expiry (or at half-life for short-lived tokens). */
const REFRESH_MARGIN_SECONDS = 60;
/** Tailscale's tokens live one hour; assumed when the response omits `expires_in`. */
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

type MintingCredentials = Exclude<TailscaleCredentials, { kind: 'api-key' }>;

export interface Authenticator {
  readonly kind: CredentialKind;
  /** The `Authorization` header value for the next request; may mint a token. */
  authorization(): Promise<string>;
  /** Forgets the cached minted token. False when there is nothing to refresh (an API key). */
  invalidate(): boolean;
  /** Every secret known so far: API key, client secret, ID tokens and minted access tokens. */
  secrets(): string[];
}

export interface AuthenticatorDeps {
  transport: Transport;
  /** Epoch milliseconds. */
  now: () => number;
  /** Called with each secret as soon as it is known, e.g. to mask it in logs. */
  onSecret?: (secret: string) => void;
}

export function createAuthenticator(credentials: TailscaleCredentials, deps: AuthenticatorDeps): Authenticator {
  const known = new Set<string>();
  const remember = (secret: string): void => {
    if (!secret || known.has(secret)) return;
    known.add(secret);
    deps.onSecret?.(secret);
  };
  const secrets = (): string[] => [...known];

  if (credentials.kind === 'api-key') {
    remember(credentials.apiKey);
    return {
      kind: credentials.kind,
      authorization: async () => `Bearer ${credentials.apiKey}`,
      invalidate: () => false,
      secrets,
    };
  }
  const minting = credentials; // narrowed: oauth or wif
  if (minting.kind === 'oauth') remember(minting.clientSecret);

  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function mint(): Promise<string> {
    const { path, form } = await tokenRequest(minting, remember, secrets);
    const res = await deps.transport.send({
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
    });
    if (res.status !== 200) throw tokenError(minting, path, res, secrets());

    const body = parseObject(res.text);
    const token = body?.['access_token'];
    if (typeof token !== 'string' || token === '') {
      throw new TailscaleResponseError('POST', path, 'no access_token in the token response');
    }
    remember(token);
    const lifetime = Number(body?.['expires_in']); // some servers send a numeric string
    const expiresIn = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : DEFAULT_TOKEN_LIFETIME_SECONDS;
    const margin = Math.min(REFRESH_MARGIN_SECONDS, expiresIn / 2);
    cached = { token, refreshAt: deps.now() + (expiresIn - margin) * 1000 };
    return token;
  }

  return {
    kind: minting.kind,
    async authorization() {
      if (cached && deps.now() < cached.refreshAt) return `Bearer ${cached.token}`;
      pending ??= mint().finally(() => {
        pending = undefined;
      });
      return `Bearer ${await pending}`;
    },
    invalidate() {
      cached = undefined;
      return true;
    },
    secrets,
  };
}

/** The token endpoint and form for an OAuth or WIF credential; for WIF, fetches the ID token. */
async function tokenRequest(
  credentials: MintingCredentials,
  remember: (secret: string) => void,
  secrets: () => string[],
): Promise<{ path: string; form: URLSearchParams }> {
  if (credentials.kind === 'oauth') {
    const form = new URLSearchParams({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: 'client_credentials',
    });
    if (credentials.scopes?.length) form.set('scope', credentials.scopes.join(' '));
    return { path: TOKEN_PATH, form };
  }

  // A fresh ID token every time: GitHub's expire after minutes, long before ours need renewing.
  let idToken: string;
  try {
    idToken = await credentials.getIdToken(credentials.audience);
  } catch (err) {
    const reason = redactSecrets(err instanceof Error ? err.message : String(err), secrets());
    throw new TailscaleAuthError(
      `Could not get an OIDC ID token for audience ${credentials.audience}: ${reason}; ` +
        'in GitHub Actions the job needs "permissions: id-token: write"',
      'POST',
      TOKEN_EXCHANGE_PATH,
      'wif',
      undefined,
    );
  }
  remember(idToken);
  return { path: TOKEN_EXCHANGE_PATH, form: new URLSearchParams({ client_id: credentials.clientId, jwt: idToken }) };
}

/**
 * A refused token request names the credential form and what to check. Other failures
 * (5xx or 429 after the retries) are ordinary API errors.
 */
function tokenError(credentials: MintingCredentials, path: string, res: TransportResponse, secrets: string[]): Error {
  // The token endpoints speak OAuth (`error`, `error_description`); the rest of the API `message`.
  const body = parseObject(res.text);
  const raw = [body?.['message'], body?.['error_description'], body?.['error']].find(
    (v) => typeof v === 'string' && v !== '',
  );
  const serverMessage = redactSecrets(typeof raw === 'string' ? raw : '', secrets);
  if (![400, 401, 403].includes(res.status)) {
    return new TailscaleApiError({ method: 'POST', path, status: res.status, serverMessage, attempts: res.attempts });
  }

  const said = `(${res.status})${serverMessage ? `: ${serverMessage}` : ''}`;
  const message =
    credentials.kind === 'oauth'
      ? `OAuth client credentials were rejected by Tailscale ${said}; check oauth-client-id and oauth-client-secret ` +
        `(TS_OAUTH_CLIENT_ID / TS_OAUTH_CLIENT_SECRET)` +
        (credentials.scopes?.length ? ` and that the client has the scopes ${credentials.scopes.join(' ')}` : '')
      : `Workload identity token exchange was rejected by Tailscale ${said}; check oauth-client-id (the federated ` +
        `identity's client ID) and audience, and that the identity's issuer and subject match this workflow`;
  return new TailscaleAuthError(message, 'POST', path, credentials.kind, res.status, serverMessage);
}

/** The response body as a JSON object, or undefined when it is not one. */
export function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    // An answer nested beyond any real one is not read: every later walk of it would recurse.
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !deeperThan(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
