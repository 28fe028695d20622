/**
 * A loopback emulator of PagerDuty's REST API `GET /oncalls` (v2): `schedule_ids[]`, `since`,
 * `until`, `include[]=users` (without it a user is a reference with no email, as in PagerDuty),
 * `limit`/`offset` pagination with `more`, and `Authorization: Token token=…`.
 *
 * Tests script `oncalls` (who is on call on which schedule, when), shrink `maxLimit` to prove
 * that clients follow `more`, and set `faults.failNext = { count, status, retryAfter? }`, where
 * status may be `'reset'` (the connection is dropped) or `'stall'` (no answer until `close()`).
 * Every request is logged in `requests` without headers, so the log never holds the token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, opened } from './lifecycle.js';

export interface EmulatedOnCall {
  schedule: string;
  email: string;
  name?: string;
  /** RFC 3339; null = since forever / until further notice. */
  start: string | null;
  end: string | null;
}

export interface PagerDutyFault {
  count: number;
  status: number | 'reset' | 'stall';
  retryAfter?: number;
}

export class PagerDutyEmulator {
  readonly token = `pd_emulator_${Math.random().toString(36).slice(2)}`;
  readonly oncalls: EmulatedOnCall[] = [];
  readonly requests: Array<{ url: string; status: number }> = [];
  faults: { failNext?: PagerDutyFault } = {};
  maxLimit = 100;
  private readonly server: Server;
  private baseUrl = '';

  constructor() {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  get url(): string {
    return this.baseUrl;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await closeServer(this, this.server);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ url: url.pathname + url.search, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const fault = this.faults.failNext;
    if (fault && fault.count > 0) {
      fault.count--;
      if (fault.status === 'reset' || fault.status === 'stall') {
        this.requests.push({ url: url.pathname + url.search, status: 0 });
        if (fault.status === 'reset') req.socket.destroy();
        return;
      }
      send(
        fault.status,
        { error: { message: `emulated failure ${fault.status}`, code: 2000 } },
        fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
      );
      return;
    }
    if (req.headers.authorization !== `Token token=${this.token}`)
      return send(401, { error: { message: 'Unauthorized', code: 2006 } });
    if (req.method !== 'GET' || url.pathname !== '/oncalls') return send(404, { error: { message: 'Not Found' } });
    const q = url.searchParams;
    const schedules = q.getAll('schedule_ids[]');
    const since = q.get('since') ? Date.parse(q.get('since')!) : Date.now();
    const until = q.get('until') ? Date.parse(q.get('until')!) : since;
    if (Number.isNaN(since) || Number.isNaN(until) || until < since)
      return send(400, { error: { message: 'Invalid Input Provided', code: 2001 } });
    const users = q.getAll('include[]').includes('users');
    const limit = Math.min(Math.max(Number(q.get('limit')) || 25, 1), this.maxLimit);
    const offset = Math.max(Number(q.get('offset')) || 0, 0);
    const matching = this.oncalls.filter(
      (o) =>
        (schedules.length === 0 || schedules.includes(o.schedule)) &&
        (o.start === null || Date.parse(o.start) < until) &&
        (o.end === null || Date.parse(o.end) > since),
    );
    const page = matching.slice(offset, offset + limit).map((o, i) => {
      const id = `PUSER${String(this.oncalls.indexOf(o)).padStart(3, '0')}`;
      return {
        escalation_policy: { id: 'PESC001', type: 'escalation_policy_reference' },
        escalation_level: 1,
        schedule: { id: o.schedule, type: 'schedule_reference' },
        user: users
          ? { id, type: 'user', name: o.name ?? o.email, email: o.email, summary: o.name ?? o.email }
          : { id, type: 'user_reference', summary: o.name ?? o.email },
        start: o.start,
        end: o.end,
        _index: offset + i,
      };
    });
    send(200, { oncalls: page, limit, offset, more: offset + limit < matching.length, total: null });
  }
}

export async function startPagerDutyEmulator(): Promise<PagerDutyEmulator> {
  const emulator = new PagerDutyEmulator();
  await emulator.listen();
  return opened(emulator);
}
