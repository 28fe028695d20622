/**
 * GitHubApiError: a failed GitHub API call, said in terms a user can act on (which call, what
 * status, GitHub's own message) and never carrying the token.
 */
import { ExternalError } from '../shared/errors.js';

export class GitHubApiError extends ExternalError {
  override readonly name = 'GitHubApiError';

  constructor(
    /** The HTTP status, or 0 when no response came (network error, timeout). */
    readonly status: number,
    readonly method: string,
    /** The request path, e.g. `/repos/acme/policy/pulls/7`. */
    readonly route: string,
    /** What GitHub said (its `message`, plus any validation `errors`), or the network error. */
    readonly githubMessage: string,
  ) {
    super(`GitHub API ${method} ${route} failed${status ? ` with ${status}` : ''}: ${githubMessage}`);
  }
}

interface OctokitLikeError {
  status?: unknown;
  message?: unknown;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

/** GitHub's error body as one line: `Validation Failed: A pull request already exists for …`. */
function describeBody(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('message' in data)) return undefined;
  const { message, errors } = data as { message: unknown; errors?: unknown };
  const details = Array.isArray(errors)
    ? errors.map((e) => {
        if (typeof e === 'string') return e;
        const { message: m, resource, field, code } = (e ?? {}) as Record<string, unknown>;
        return typeof m === 'string' ? m : [resource, field, code].filter(Boolean).join(' ');
      })
    : [];
  return [String(message), ...details].join(': ');
}

/**
 * Wraps an error thrown by Octokit (a RequestError, or a raw abort/timeout error) into a
 * GitHubApiError. `secrets` are scrubbed from the message in case anything echoed them.
 */
export function toGitHubApiError(
  error: unknown,
  fallback: { method: string; route: string },
  secrets: string[],
): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as OctokitLikeError;
  const method = e.request?.method ?? fallback.method;
  let route = fallback.route;
  if (e.request?.url) {
    try {
      route = new URL(e.request.url).pathname;
    } catch {
      // Not absolute: keep the fallback.
    }
  }
  const hasResponse = e.response !== undefined;
  const status = hasResponse && typeof e.status === 'number' ? e.status : 0;
  let message = (hasResponse && describeBody(e.response?.data)) || String(e.message ?? 'unknown error');
  for (const secret of secrets) {
    if (secret) message = message.split(secret).join('***');
  }
  return new GitHubApiError(status, method, route, message);
}
