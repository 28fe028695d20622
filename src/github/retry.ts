/**
 * Timeouts and bounded retries for every GitHub request (SPEC 4.7), as an Octokit request hook.
 *
 * - Every attempt has a timeout.
 * - Rate limits (429, or 403 with `Retry-After` or `x-ratelimit-remaining: 0`) are retried for
 *   any method, since GitHub did not act on the request, waiting as long as `Retry-After` says
 *   (up to `maxRetryAfterMs`; a longer wait gives up instead of stalling the run).
 * - 5xx answers, resets and timeouts are retried with exponential back-off, except for POST:
 *   a POST that may have been applied (a comment, a PR) is not sent twice.
 *
 * Why not @octokit/plugin-retry and @octokit/plugin-throttling (measured against a loopback
 * server with @octokit/core 7.0.8, plugin-retry 8.1.1, plugin-throttling 11.0.5): plugin-retry
 * sent a POST answered 502 a second time (the server saw 2 POSTs: a duplicate comment or PR);
 * plugin-throttling spaced writes 1 s apart (5 POSTs in a row took 4.07 s, which a cleanup
 * commit of many blobs would pay in full); and neither puts a timeout on a request (a GET to a
 * server that never answers was still waiting after 20 s). Each would need configuring around
 * its defaults, and the timeout kept here anyway.
 */

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First back-off delay; doubles each retry (default 1000 ms). */
  minDelayMs?: number;
  /** The longest `Retry-After` to wait for (default 60 s). */
  maxRetryAfterMs?: number;
  /** Per-attempt timeout (default 30 s). */
  timeoutMs?: number;
}

/**
 * An overall end for the requests of a run phase (epoch ms), set while the client lives: no
 * attempt or retry starts after it, and each attempt's timeout is cut to what is left. Expire
 * gives its GitHub work after the push one budget, so a partly hung GitHub cannot carry the run
 * into the job's timeout.
 */
export interface Deadline {
  at?: number;
  /** How the budget is named in the error, e.g. "the 300 s allowed for GitHub after the push". */
  what?: string;
}

/** The error a request meets when the deadline has passed: no response, so it reads as a network failure. */
export class DeadlineError extends Error {
  constructor(what: string) {
    super(`not sent: ${what} ran out`);
    this.name = 'DeadlineError';
  }
}

interface RequestErrorLike {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** How long to wait before retrying, or undefined when the error is final. */
export function retryDelay(
  error: unknown,
  method: string,
  attempt: number,
  options: Required<RetryOptions>,
): number | undefined {
  if (attempt >= options.retries) return undefined;
  const { status, response } = (error ?? {}) as RequestErrorLike;
  const headers = response?.headers ?? {};
  const retryAfter = headers['retry-after'];
  const rateLimited =
    response !== undefined &&
    (status === 429 ||
      (status === 403 && (retryAfter !== undefined || String(headers['x-ratelimit-remaining']) === '0')));
  const backoff = options.minDelayMs * 2 ** attempt;
  if (rateLimited) {
    // Retry-After is seconds or an HTTP date; x-ratelimit-reset is epoch seconds.
    const resetAt = Number(headers['x-ratelimit-reset']) * 1000;
    const wait =
      retryAfter === undefined
        ? Number.isFinite(resetAt)
          ? resetAt - Date.now()
          : backoff
        : /^\d+$/.test(String(retryAfter))
          ? Number(retryAfter) * 1000
          : Date.parse(String(retryAfter)) - Date.now();
    if (!Number.isFinite(wait) || wait > options.maxRetryAfterMs) return undefined;
    return Math.max(wait, 0);
  }
  const transient = response === undefined || (status !== undefined && status >= 500);
  return transient && method !== 'POST' ? backoff : undefined;
}

/** An Octokit `hook.wrap('request', …)` wrapper applying the policy above. */
export function withRetries(options: RetryOptions = {}, deadline: Deadline = {}) {
  const settings: Required<RetryOptions> = {
    retries: options.retries ?? 3,
    minDelayMs: options.minDelayMs ?? 1000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  return async <O extends { method: string; request?: object }, R>(
    request: (options: O) => R | Promise<R>,
    requestOptions: O,
  ): Promise<R> => {
    const left = () => (deadline.at === undefined ? Infinity : deadline.at - Date.now());
    const what = () => deadline.what ?? 'the time allowed for GitHub';
    for (let attempt = 0; ; attempt++) {
      if (left() <= 0) throw new DeadlineError(what());
      try {
        // Octokit's hook chain binds this options object into the inner hooks (auth), so the
        // signal must be set on it, not on a copy; `request` itself may be shared defaults.
        const timeout = Math.max(1, Math.min(settings.timeoutMs, left()));
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(timeout) };
        return await request(requestOptions);
      } catch (error) {
        const delay = retryDelay(error, requestOptions.method, attempt, settings);
        if (delay === undefined) throw left() <= 0 ? new DeadlineError(what()) : error;
        if (delay >= left()) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
