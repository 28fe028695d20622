/**
 * The audit report: the events of a period, the summary an auditor reads first, and the
 * answer to "who had which access at time T", all from the grant events alone. Pure.
 */
import { activeInterval, inForceUntil, type GrantEvent } from './history.js';

export interface AuditOptions {
  now: Date;
  /** The period, [since, until): events whose version was on the default branch at any time in it. */
  since?: Date;
  until?: Date;
  /** Answer who had which access at this moment. */
  at?: Date;
}

export interface AccessRecord {
  event: GrantEvent;
  /** `active`: the file was on the default branch and its window held T. `expired`: the file was
   *  still there but past `expires` (revocation then relies on the expire run). */
  state: 'active' | 'expired';
}

export interface AuditSummary {
  /** Grant events (one per version of a file) in the period. */
  events: number;
  /** Distinct grants (files, following renames) in the period. */
  grants: number;
  /** Median and longest time that grants in the period gave access (ms); undefined with no grant that did. */
  medianDurationMs?: number;
  longestDurationMs?: number;
  longestGrantId?: string;
  /** Valid grant events without a qualifying approval; undefined when approvals were not looked up. */
  unapproved?: number;
  /** Valid grant events only an on-call auto-approval could approve, which PagerDuty could not confirm. */
  notVerifiable?: number;
  /** Grants whose file is on the default branch and active at `now`. */
  stillActive: number;
  /** Files on the default branch whose grant has expired (the cleanup PR will delete them). */
  expiredPresent: number;
}

export interface AuditReport {
  now: Date;
  since?: Date;
  until?: Date;
  lookedUp: boolean;
  events: GrantEvent[];
  summary: AuditSummary;
  at?: { time: Date; access: AccessRecord[] };
}

/** Was this version of the file on the default branch during [since, until)? */
export function inPeriod(e: GrantEvent, since?: Date, until?: Date): boolean {
  return (
    (until === undefined || e.commit.at.getTime() < until.getTime()) &&
    (since === undefined || inForceUntil(e) > since.getTime())
  );
}

/** The versions in force on the default branch at `time`, with whether they gave access then. */
export function accessAt(events: readonly GrantEvent[], time: Date): AccessRecord[] {
  const t = time.getTime();
  const out: AccessRecord[] = [];
  for (const e of events) {
    if (!e.grant || e.commit.at.getTime() > t || t >= inForceUntil(e)) continue;
    if (e.grant.expires.getTime() <= t) out.push({ event: e, state: 'expired' });
    else if ((e.grant.starts?.getTime() ?? -Infinity) <= t) out.push({ event: e, state: 'active' });
  }
  return out;
}

/** How long each grant gave access, in total over its versions (ms), by grant id. */
export function grantDurations(events: readonly GrantEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    const interval = activeInterval(e);
    out.set(e.grantId, (out.get(e.grantId) ?? 0) + (interval ? interval.to - interval.from : 0));
  }
  return out;
}

export function isUnapproved(e: GrantEvent): boolean {
  return e.grant !== undefined && e.approval.status === 'unapproved';
}

function isNotVerifiable(e: GrantEvent): boolean {
  return e.grant !== undefined && e.approval.status === 'not verifiable';
}

export function auditReport(all: readonly GrantEvent[], opts: AuditOptions & { lookedUp: boolean }): AuditReport {
  const events = all.filter((e) => inPeriod(e, opts.since, opts.until));
  const grantIds = new Set(events.map((e) => e.grantId));
  // A grant's duration counts all of its versions, also those outside the period.
  const durations = [...grantDurations(all.filter((e) => grantIds.has(e.grantId)))].filter(([, ms]) => ms > 0);
  const sorted = durations.map(([, ms]) => ms).sort((a, b) => a - b);
  const longest = durations.reduce<[string, number] | undefined>(
    (best, d) => (!best || d[1] > best[1] ? d : best),
    undefined,
  );
  const now = accessAt(all, opts.now);
  const summary: AuditSummary = {
    events: events.length,
    grants: grantIds.size,
    ...(sorted.length
      ? { medianDurationMs: median(sorted), longestDurationMs: longest![1], longestGrantId: longest![0] }
      : {}),
    ...(opts.lookedUp ? { unapproved: events.filter(isUnapproved).length } : {}),
    ...(opts.lookedUp && events.some(isNotVerifiable) ? { notVerifiable: events.filter(isNotVerifiable).length } : {}),
    stillActive: new Set(now.filter((r) => r.state === 'active').map((r) => r.event.grantId)).size,
    expiredPresent: new Set(now.filter((r) => r.state === 'expired').map((r) => r.event.grantId)).size,
  };
  return {
    now: opts.now,
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
    lookedUp: opts.lookedUp,
    events,
    summary,
    ...(opts.at ? { at: { time: opts.at, access: accessAt(all, opts.at) } } : {}),
  };
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
