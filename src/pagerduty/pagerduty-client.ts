/**
 * The PagerDuty REST API client for `autoApprove.onCall` (SPEC 1.3): who is on call on some
 * schedules at one moment (`GET /oncalls` with `schedule_ids[]`, `since`, `until`,
 * `include[]=users`, paginated by `offset`/`more`).
 *
 * Every attempt has a timeout that also bounds reading the body; 429 and 5xx answers, dropped
 * connections and timeouts are retried with capped exponential back-off and full jitter (or
 * after a bounded `Retry-After`), so a call always ends. The token is handed to `onSecret`
 * (the run's masking) before the first request and never appears in an error: errors name the
 * call and the status, never PagerDuty's text, which could echo what was sent.
 */
import { ExternalError } from '../shared/errors.js';

export interface PagerDutyClientOptions {
  /** A PagerDuty REST API key (a read-only one is enough). */
  token: string;
  /** The REST API base, `https://api.pagerduty.com` unless a test says otherwise. */
  apiUrl?: string;
  timeoutMs?: number;
  maxRetries?: number;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Masks the token in the run's log. */
  onSecret?: (secret: string) => void;
  onRetry?: (line: string) => void;
}

/** One on-call entry: `email` was on call for `schedule` from `start` until `end` (null: open-ended). */
export interface OnCall {
  schedule: string;
  email: string;
  name?: string;
  start: Date | null;
  end: Date | null;
}

export interface PagerDutyClient {
  /** Everyone on call on any of `schedules` at the moment `at`. */
  onCallAt(schedules: readonly string[], at: Date): Promise<OnCall[]>;
}

/** PagerDuty could not be asked, or answered something unusable; `status` 0 when no answer came. */
export class PagerDutyError extends ExternalError {
  override readonly name = 'PagerDutyError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;
const RETRY_AFTER_CAP_MS = 30_000;
const PAGE = 100;
const MAX_PAGES = 50;

export function createPagerDutyClient(options: PagerDutyClientOptions): PagerDutyClient {
  const apiUrl = (options.apiUrl ?? 'https://api.pagerduty.com').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetries = options.maxRetries ?? 3;
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  options.onSecret?.(options.token);

  async function get(path: string, query: URLSearchParams): Promise<unknown> {
    const url = `${apiUrl}${path}?${query.toString()}`;
    for (let attempt = 1; ; attempt++) {
      let status = 0;
      let reason: string;
      let retryAfter: number | undefined;
      try {
        const response = await doFetch(url, {
          headers: {
            Authorization: `Token token=${options.token}`,
            Accept: 'application/vnd.pagerduty+json;version=2',
          },
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        status = response.status;
        if (status === 200) {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw new PagerDutyError(status, `PagerDuty GET ${path} answered 200 with a body that is not JSON.`);
          }
        }
        reason = `HTTP ${status}`;
        retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (!RETRYABLE.has(status))
          throw new PagerDutyError(status, `PagerDuty GET ${path} failed with ${status}${hint(status)}.`);
      } catch (error) {
        if (error instanceof PagerDutyError) throw error;
        const name = (error as { name?: unknown } | null)?.name;
        reason =
          name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${timeoutMs} ms` : 'connection failed';
      }
      if (attempt > maxRetries)
        throw new PagerDutyError(status, `PagerDuty GET ${path} failed after ${attempt} attempt(s): ${reason}.`);
      const delay = retryAfter ?? Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)));
      options.onRetry?.(`tailpolicy: retrying PagerDuty GET ${path} in ${delay} ms (${reason})`);
      await sleep(delay);
    }
  }

  return {
    async onCallAt(schedules, at) {
      if (schedules.length === 0) return [];
      const out: OnCall[] = [];
      // A window of one second around the moment: PagerDuty lists the on-calls overlapping it.
      const since = new Date(at.getTime()).toISOString();
      const until = new Date(at.getTime() + 1000).toISOString();
      for (let page = 0, offset = 0; ; page++) {
        if (page >= MAX_PAGES)
          throw new PagerDutyError(200, `PagerDuty GET /oncalls kept paginating past ${MAX_PAGES * PAGE} entries.`);
        const query = new URLSearchParams();
        for (const s of schedules) query.append('schedule_ids[]', s);
        query.set('since', since);
        query.set('until', until);
        query.append('include[]', 'users');
        query.set('limit', String(PAGE));
        query.set('offset', String(offset));
        const body = await get('/oncalls', query);
        const { entries, more } = parseOnCalls(body);
        out.push(...entries.filter((e) => schedules.includes(e.schedule) && covers(e, at)));
        if (!more || entries.length === 0) return out;
        offset += entries.length;
      }
    },
  };
}

function covers(entry: OnCall, at: Date): boolean {
  const t = at.getTime();
  return (entry.start === null || entry.start.getTime() <= t) && (entry.end === null || t < entry.end.getTime());
}

/** PagerDuty's `/oncalls` page, checked field by field: a malformed answer is an error, not a guess. */
function parseOnCalls(body: unknown): { entries: OnCall[]; more: boolean } {
  const bad = (what: string) => new PagerDutyError(200, `PagerDuty GET /oncalls answered an unexpected body: ${what}.`);
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { oncalls?: unknown }).oncalls))
    throw bad('no "oncalls" list');
  const { oncalls, more } = body as { oncalls: unknown[]; more?: unknown };
  const entries: OnCall[] = [];
  for (const raw of oncalls) {
    const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const schedule = (o.schedule as { id?: unknown } | null | undefined)?.id;
    // An escalation-policy level without a schedule is not on call "on a schedule".
    if (typeof schedule !== 'string') continue;
    const user = (o.user ?? {}) as { email?: unknown; name?: unknown; summary?: unknown };
    if (typeof user.email !== 'string') throw bad("an on-call entry without its user's email (include[]=users)");
    const time = (v: unknown): Date | null => {
      if (v === null || v === undefined) return null;
      const d = typeof v === 'string' ? new Date(v) : new Date(NaN);
      if (Number.isNaN(d.getTime())) throw bad(`a time that is not a time (${JSON.stringify(v).slice(0, 40)})`);
      return d;
    };
    entries.push({
      schedule,
      email: user.email,
      ...(typeof user.name === 'string' ? { name: user.name } : {}),
      start: time(o.start),
      end: time(o.end),
    });
  }
  return { entries, more: more === true };
}

function hint(status: number): string {
  if (status === 401) return ': the PagerDuty token is not valid (give a REST API key as pagerduty-token)';
  if (status === 403) return ': the PagerDuty token may not read on-calls (a read-only REST API key can)';
  if (status === 400) return ': PagerDuty refused the query (check the schedule ids in access.yaml)';
  return '';
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Math.min(Number(value.trim()) * 1000, RETRY_AFTER_CAP_MS);
}
