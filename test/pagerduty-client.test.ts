/**
 * The PagerDuty client against the loopback emulator: the `/oncalls` query, pagination, the
 * moment's filter, retries on 429/5xx/resets, a stalled server that times out, a malformed
 * answer, and errors that never carry the token (SPEC 4, properties 5, 7, 12).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPagerDutyClient, PagerDutyError } from '../src/pagerduty/pagerduty-client.js';
import { startPagerDutyEmulator, type PagerDutyEmulator } from './emulators/pagerduty.js';

const AT = new Date('2026-11-21T23:00:00Z');

describe('PagerDuty client', () => {
  let pd: PagerDutyEmulator;
  const retries: string[] = [];
  const secrets: string[] = [];
  const client = (opts: { token?: string; timeoutMs?: number } = {}) =>
    createPagerDutyClient({
      token: opts.token ?? pd.token,
      apiUrl: pd.url,
      timeoutMs: opts.timeoutMs ?? 5000,
      sleep: async () => {},
      onRetry: (line) => retries.push(line),
      onSecret: (s) => secrets.push(s),
    });

  beforeEach(async () => {
    pd = await startPagerDutyEmulator();
    retries.length = 0;
    secrets.length = 0;
    pd.oncalls.push(
      { schedule: 'PA', email: 'a@example.com', start: '2026-11-21T20:00:00Z', end: '2026-11-21T22:00:00Z' },
      { schedule: 'PA', email: 'b@example.com', start: '2026-11-21T22:00:00Z', end: '2026-11-22T06:00:00Z' },
      { schedule: 'PB', email: 'c@example.com', start: null, end: null },
      { schedule: 'PC', email: 'd@example.com', start: null, end: null },
    );
  });
  afterEach(async () => pd.close());

  it('asks for the schedules at the moment, with users, and keeps only who is on call then', async () => {
    const found = await client().onCallAt(['PA', 'PB'], AT);
    expect(found.map((o) => [o.schedule, o.email])).toEqual([
      ['PA', 'b@example.com'],
      ['PB', 'c@example.com'],
    ]);
    expect(found[0]!.end?.toISOString()).toBe('2026-11-22T06:00:00.000Z');
    expect(found[1]!.end).toBeNull();
    const url = decodeURIComponent(pd.requests[0]!.url);
    expect(url).toContain('schedule_ids[]=PA&schedule_ids[]=PB');
    expect(url).toContain('since=2026-11-21T23:00:00.000Z&until=2026-11-21T23:00:01.000Z');
    expect(url).toContain('include[]=users');
    expect(secrets).toEqual([pd.token]);
  });

  it('follows `more` across pages', async () => {
    pd.maxLimit = 1;
    const found = await client().onCallAt(['PA', 'PB', 'PC'], AT);
    expect(found.map((o) => o.email).sort()).toEqual(['b@example.com', 'c@example.com', 'd@example.com']);
    expect(pd.requests.length).toBe(3);
  });

  it.each([429, 500, 502, 503, 504, 'reset'] as const)('retries %s, then answers', async (status) => {
    pd.faults.failNext = { count: 2, status };
    const found = await client().onCallAt(['PB'], AT);
    expect(found.map((o) => o.email)).toEqual(['c@example.com']);
    expect(retries.length).toBe(2);
  });

  it('gives up after the retries with an error that names the call, never the token', async () => {
    pd.faults.failNext = { count: 99, status: 503 };
    const error = await client()
      .onCallAt(['PB'], AT)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PagerDutyError);
    expect((error as Error).message).toBe('PagerDuty GET /oncalls failed after 4 attempt(s): HTTP 503.');
    expect(pd.requests.length).toBe(4);
  });

  it('times out a stalled server, and the call still ends', async () => {
    pd.faults.failNext = { count: 99, status: 'stall' };
    const error = await client({ timeoutMs: 150 })
      .onCallAt(['PB'], AT)
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/failed after 4 attempt\(s\): no answer within 150 ms/);
  });

  it('a wrong token is a 401 that says what to give, without retrying or echoing it', async () => {
    const error = await client({ token: 'not-the-token-xyz' })
      .onCallAt(['PB'], AT)
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/failed with 401: the PagerDuty token is not valid/);
    expect((error as Error).message).not.toContain('not-the-token-xyz');
    expect(pd.requests.length).toBe(1);
  });

  it('a malformed answer is an error, not a guess', async () => {
    const bad = createPagerDutyClient({
      token: 't',
      apiUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      fetch: async () => new Response(JSON.stringify({ oncalls: [{ schedule: { id: 'PB' }, user: {} }] })),
    });
    await expect(bad.onCallAt(['PB'], AT)).rejects.toThrow(/without its user's email/);
    const notJson = createPagerDutyClient({
      token: 't',
      fetch: async () => new Response('<html>'),
    });
    await expect(notJson.onCallAt(['PB'], AT)).rejects.toThrow(/not JSON/);
  });
});
