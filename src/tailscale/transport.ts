/**
 * HTTP transport for the Tailscale API: one place for timeouts, retries and back-off.
 *
 * Every attempt carries its own `AbortSignal.timeout`, which also bounds reading the body, so a
 * hung server cannot hang the caller: the worst case is (maxRetries + 1) × timeout plus the
 * back-off sleeps. Transient failures (429, 500/502/503/504, connection errors, timeouts) are
 * retried with capped exponential back-off and full jitter, or after `Retry-After` when the
 * server sends one. Every other status is returned to the caller at once.
 *
 * Retrying is safe for every request this project sends: reads, `/acl/validate`, the token
 * endpoints and the DNS and attribute writes set absolute values (idempotent), and `POST /acl`
 * always carries `If-Match`, so a repeated write whose first attempt did land is refused with
 * 412 instead of applied twice (`mayHaveBeenApplied` lets the caller tell that case apart).
 */
import { TailscaleNetworkError } from './tailscale-errors.js';

const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;
const RETRY_AFTER_CAP_MS = 60_000;
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

export interface RetryInfo {
  method: string;
  path: string;
  /** The attempt that just failed, from 1. */
  attempt: number;
  delayMs: number;
  /** What went wrong, without any server text (which could echo a secret). */
  reason: string;
}

export interface TransportOptions {
  /** Base URL without `/api/v2`. */
  apiUrl: string;
  timeoutMs: number;
  maxRetries: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1): the jitter source. */
  random: () => number;
  /** Epoch milliseconds, for `Retry-After` dates. */
  now: () => number;
  userAgent: string;
  onRetry?: (info: RetryInfo) => void;
}

export interface TransportRequest {
  method: string;
  /** Path from the host, starting with `/api/v2/`, path elements already escaped. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  text: string;
  /** How many times the request was sent. */
  attempts: number;
  /**
   * True when an earlier attempt failed in a way that does not rule out that the server acted on
   * it (a timeout, a dropped connection, a 5xx): a later 412 may then be this request's own write.
   */
  mayHaveBeenApplied: boolean;
}

export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
}

type Outcome =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  | { kind: 'timeout' }
  | { kind: 'connection'; code: string | undefined };

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.apiUrl.replace(/\/+$/, '');

  async function attempt(request: TransportRequest): Promise<Outcome> {
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
    try {
      const response = await options.fetch(`${baseUrl}${request.path}${query}`, {
        method: request.method,
        headers: { 'User-Agent': options.userAgent, ...request.headers },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // Read inside the same try: the timeout signal also aborts a body that never ends.
      const text = await response.text();
      return { kind: 'response', status: response.status, headers: response.headers, text };
    } catch (err) {
      const name = (err as { name?: unknown } | null)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' };
      return { kind: 'connection', code: errorCode(err) };
    }
  }

  return {
    async send(request) {
      let mayHaveBeenApplied = false;
      for (let attempts = 1; ; attempts++) {
        const outcome = await attempt(request);
        const retryable = outcome.kind !== 'response' || RETRYABLE_STATUSES.has(outcome.status);
        if (!retryable || attempts > options.maxRetries) {
          if (outcome.kind === 'response') return { ...outcome, attempts, mayHaveBeenApplied };
          throw new TailscaleNetworkError(
            request.method,
            request.path,
            outcome.kind,
            outcome.kind === 'connection' ? outcome.code : undefined,
            attempts,
            options.timeoutMs,
          );
        }

        // A refused connection and a 429 reached no handler; anything else might have.
        const unhandled =
          outcome.kind === 'connection'
            ? outcome.code === 'ECONNREFUSED'
            : outcome.kind === 'response' && outcome.status === 429;
        if (!unhandled) mayHaveBeenApplied = true;

        const retryAfter =
          outcome.kind === 'response' ? parseRetryAfter(outcome.headers.get('retry-after'), options.now()) : undefined;
        const backoff = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
        const delayMs = retryAfter ?? Math.floor(options.random() * backoff);
        const reason = describe(outcome, options.timeoutMs);
        options.onRetry?.({ method: request.method, path: request.path, attempt: attempts, delayMs, reason });
        await options.sleep(delayMs);
      }
    },
  };
}

/**
 * `Retry-After` as milliseconds to wait: delta-seconds or an HTTP-date (RFC 9110 10.2.3),
 * capped so a hostile or confused server cannot park the run. Undefined when absent or invalid.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1000;
  } else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return undefined;
    ms = Math.max(0, date - nowMs);
  }
  return Math.min(ms, RETRY_AFTER_CAP_MS);
}

function describe(outcome: Outcome, timeoutMs: number): string {
  switch (outcome.kind) {
    case 'response':
      return `HTTP ${outcome.status}`;
    case 'timeout':
      return `no answer within ${timeoutMs} ms`;
    case 'connection':
      return `connection failed${outcome.code ? ` (${outcome.code})` : ''}`;
  }
}

/** The system error code of a failed fetch: undici puts it on `cause` (sometimes nested). */
function errorCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
