/**
 * Two kinds of failure the user must tell apart (STYLE: user errors apart from internal ones).
 * - UserError: bad input or usage; exit code 2 (usage) unless stated. Shown without a stack.
 * - ExternalError: Tailscale or GitHub failed; exit code 3 (SPEC 3.2). The API clients' own
 *   errors (TailscaleError, GitHubApiError) are ExternalErrors, so callers need not wrap them.
 * Anything else is a bug in tailpolicy and is reported as one, with its stack.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class ExternalError extends Error {
  readonly exitCode = 3;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExternalError';
  }
}
