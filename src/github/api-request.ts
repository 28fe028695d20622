/**
 * A thin GitHub request: the few reads every apply makes (the approval facts, the pull
 * request's files, the default branch and its head) and the GraphQL query, without Octokit.
 *
 * Why not Octokit for these: apply would load Octokit's REST plugin (over 200 KiB of bundle,
 * with @octokit/core, its endpoint tables and hooks) to send at most a handful of GETs and one
 * POST. The rest of the GitHub client keeps Octokit, loaded on its first use.
 *
 * The same rules as Octokit's path: every attempt has a timeout and the run's deadline, reads
 * are retried by retry.ts's policy, errors have Octokit's RequestError shape (`status`,
 * `request`, `response.data`) so github-errors.ts reports them the same way, and a proxy named
 * by https_proxy/no_proxy is honoured as @actions/github honours it (through
 * @actions/http-client's dispatcher).
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { defaultFetch } from '../tailscale/http-fetch.js';
import { withRetries, type Deadline, type RetryOptions } from './retry.js';

export interface ApiRequestOptions {
  token: string;
  /** The REST API base: `https://api.github.com`, or `https://HOST/api/v3` on GHES. */
  apiUrl: string;
  fetch?: typeof globalThis.fetch;
  retry?: RetryOptions;
  deadline: Deadline;
}

export interface ApiAnswer<T> {
  status: number;
  data: T;
  headers: Headers;
}

/** Octokit's RequestError, as far as retry.ts and github-errors.ts read it. */
export class ApiRequestError extends Error {
  override readonly name = 'HttpError';

  constructor(
    message: string,
    readonly status: number,
    readonly request: { method: string; url: string },
    readonly response?: { status: number; headers: Record<string, string>; data: unknown },
  ) {
    super(message);
  }
}

/** GitHub's GraphQL endpoint beside a REST base: `/graphql`, or `/api/graphql` on GHES (`/api/v3`). */
export function graphqlUrl(apiUrl: string): string {
  return `${apiUrl.replace(/\/+$/, '').replace(/\/api\/v3$/, '/api')}/graphql`;
}

/**
 * Node's http (./tailscale/http-fetch.ts), or, when https_proxy/no_proxy send `url` through a proxy, what @actions/github
 * builds for it (undici's fetch with @actions/http-client's proxy dispatcher), loaded only then.
 */
async function proxyAwareFetch(url: string): Promise<typeof globalThis.fetch> {
  if (!getProxyUrl(new URL(url))?.hostname) return defaultFetch();
  const [{ HttpClient }, undici] = await Promise.all([import('@actions/http-client'), import('undici')]);
  const dispatcher = new HttpClient().getAgentDispatcher(url);
  return (input, init) =>
    undici.fetch(input as Parameters<typeof undici.fetch>[0], {
      ...(init as Parameters<typeof undici.fetch>[1]),
      dispatcher,
    }) as unknown as Promise<Response>;
}

/**
 * One request. `sent`, when given, is called once: when the request has been handed to the
 * operating system (Node's http, ../tailscale/http-fetch.ts), or else when its first answer is in
 * or it failed: the caller may then do other work while GitHub answers.
 */
export type Requester = <T>(method: string, url: string, body?: unknown, sent?: () => void) => Promise<ApiAnswer<T>>;

/**
 * One request with the run's retries and deadline. `url` is a path under `apiUrl` or an absolute
 * URL (a `Link` header's next page, the GraphQL endpoint). A POST is not resent after a 5xx.
 */
export function apiRequester(options: ApiRequestOptions): Requester {
  const base = options.apiUrl.replace(/\/+$/, '');
  let sender: Promise<typeof globalThis.fetch> | undefined;
  const retrying = withRetries(options.retry, options.deadline);
  return <T>(method: string, url: string, body?: unknown, sent?: () => void) => {
    const full = /^https?:\/\//.test(url) ? url : `${base}${url}`;
    let onSent = sent;
    const told = () => {
      const call = onSent;
      onSent = undefined;
      call?.();
    };
    const attempt = async (o: { method: string; request?: { signal?: AbortSignal } }): Promise<ApiAnswer<T>> => {
      let response: Response;
      try {
        sender ??= options.fetch ? Promise.resolve(options.fetch) : proxyAwareFetch(base);
        response = await (
          await sender
        )(full, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `token ${options.token}`,
            'user-agent': 'tailpolicy',
            'x-github-api-version': '2022-11-28',
            ...(body !== undefined && { 'content-type': 'application/json; charset=utf-8' }),
          },
          ...(body !== undefined && { body: JSON.stringify(body) }),
          ...(o.request?.signal && { signal: o.request.signal }),
          ...(onSent && { onSent: told }),
        } as RequestInit);
      } catch (error) {
        told();
        // As Octokit: no response; the cause says what happened (a reset, a refused connection).
        const e = error as Error & { cause?: unknown };
        const why = e.name === 'TypeError' && e.cause instanceof Error ? e.cause.message : e.message;
        throw new ApiRequestError(why, 500, { method, url: full });
      }
      told();
      const text = await response.text();
      let data: unknown = text;
      if (/json/i.test(response.headers.get('content-type') ?? '') && text) {
        try {
          data = JSON.parse(text);
        } catch {
          // Not JSON after all: keep the text, as Octokit does.
        }
      }
      if (response.status >= 400) {
        const headers = Object.fromEntries(response.headers);
        const message = typeof data === 'object' && data && 'message' in data ? String(data.message) : text;
        throw new ApiRequestError(
          message,
          response.status,
          { method, url: full },
          {
            status: response.status,
            headers,
            data,
          },
        );
      }
      return { status: response.status, data: (text === '' ? undefined : data) as T, headers: response.headers };
    };
    return retrying(attempt, { method, request: {} });
  };
}

/** The `rel="next"` URL of a `Link` header. */
export function nextPage(headers: Headers): string | undefined {
  return /<([^>]+)>;\s*rel="next"/.exec(headers.get('link') ?? '')?.[1];
}

/** Every page of a REST list (per_page 100), following `Link: rel="next"`. */
export async function listAll<T>(request: Requester, path: string): Promise<T[]> {
  const out: T[] = [];
  let url: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
  while (url) {
    const page: ApiAnswer<T[]> = await request<T[]>('GET', url);
    out.push(...page.data);
    url = nextPage(page.headers);
  }
  return out;
}
