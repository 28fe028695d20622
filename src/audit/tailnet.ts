/**
 * Evidence from both sides (SPEC 2.7), the pure core: Tailscale's configuration log reconciled
 * with the policy versions Git expects, revocation latency per grant, and use of access from
 * network flow logs. Values in, values out; no clock, no I/O.
 *
 * - Every policy-file change in the log is matched to the version tailpolicy pushed: by the
 *   `tailpolicy-digest` in the text's header, when the text is in the log and its content still
 *   has that digest; by origin (the API) and time, when the log does not carry the text. Any
 *   other change is out-of-band: who, when, and what changed when the log says.
 * - A version Git expects that stayed due for longer than one schedule period but never shows in
 *   the log is a missing push. One replaced sooner may have been skipped legitimately (the next
 *   run pushed its successor).
 * - A grant's revocation is the first change after which the live policy no longer carries its
 *   rules; its latency is that moment minus `expires`.
 */
import * as jsonc from 'jsonc-parser';
import { headerDigest, canonicalJson, policyDigest } from '../policy/render.js';
import { diffPolicies, formatChanges } from '../policy/diff.js';
import type { Policy } from '../policy/merge.js';
import type { ConfigurationLogEntry } from '../tailscale/types.js';
import type { PolicyVersion, VersionHistory } from './versions.js';
import { standingAccess } from '../evaluate/standing.js';
import { stringsOf } from '../grammar/keys.js';
import type { AccessConfig } from '../policy/access.js';

export interface LoggedChange {
  at: Date;
  /** Who, as the log names them: login or display name, and the actor type. */
  actor: string;
  origin: string;
  /** `push`: a version tailpolicy pushed; `out-of-band`: anything else. */
  kind: 'push' | 'out-of-band';
  /** How it was matched: by digest (text in the log) or by time only (no text). */
  matchedBy?: 'digest' | 'time';
  version?: PolicyVersion;
  /** The digest the text carries in its header, and whether its content still has it. */
  claimedDigest?: string;
  intact?: boolean;
  /** What changed (old -> new), when the log carries both texts. */
  what?: string;
  /** Why it counts as out-of-band. */
  why?: string;
  /** Grant files whose rules the new policy carries; undefined when the log does not say. */
  carries?: string[];
  /** For an out-of-band change whose text is in the log: standing access it gave to a
   *  `standing: none` resource (rules that are not a grant's). */
  standing?: Array<{ resource: string; rule: string; principals: string[] }>;
}

export interface ExpectedPush {
  version: PolicyVersion;
  status: 'pushed' | 'missing' | 'superseded' | 'not pushable' | 'in force at start';
  /** The log's push of it, when found. */
  pushedAt?: Date;
  /** pushedAt - version.at (ms). */
  delayMs?: number;
}

export interface Revocation {
  path: string;
  grantees: string[];
  resource: string;
  expires: Date;
  /** When the live policy stopped carrying it; undefined when it had not by the end of the log. */
  revokedAt?: Date;
  latencyMs?: number;
  /** `on time`: within one schedule period; `late`; `still live` at the end; `early`: removed
   *  before its expiry; `not seen`: the log never showed it live. */
  status: 'on time' | 'late' | 'still live' | 'early' | 'not seen';
  by?: string;
}

export interface Reconciliation {
  changes: LoggedChange[];
  expected: ExpectedPush[];
  revocations: Revocation[];
  /** Over revocations with a latency (≥ 0). */
  medianLatencyMs?: number;
  worstLatencyMs?: number;
  worstLatencyPath?: string;
  schedulePeriodMs: number;
}

export interface ExpiringGrant {
  path: string;
  grantees: string[];
  resource: string;
  expires: Date;
}

export interface ReconcileOptions {
  /** How often the scheduled run revokes: a revocation later than this after expiry is late. */
  schedulePeriodMs: number;
  /** The end of the period (for grants still live then). */
  end: Date;
  /** Allowed clock difference between Git's commit times and Tailscale's log. Default 5 min. */
  skewMs?: number;
}

/** Only changes of the policy file (target property ACL) count; failed changes changed nothing. */
export function isPolicyChange(e: ConfigurationLogEntry): boolean {
  return (e.target.property ?? '').toUpperCase() === 'ACL' && !e.error;
}

function actorName(e: ConfigurationLogEntry): string {
  const name = e.actor.loginName || e.actor.displayName || e.actor.id || 'unknown';
  return e.actor.type ? `${name} (${e.actor.type})` : name;
}

function parsePolicyText(value: unknown): Policy | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Policy;
  if (typeof value !== 'string') return undefined;
  if (value.trim() === '') return {};
  const errors: jsonc.ParseError[] = [];
  const parsed: unknown = jsonc.parse(value, errors, { allowTrailingComma: true });
  return errors.length === 0 && parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Policy)
    : undefined;
}

/** The grants whose every rule is in `policy` (their rules as `section` + canonical JSON). */
export function carriedGrants(policy: Policy, grantRules: ReadonlyMap<string, readonly string[]>): string[] {
  const present = new Set<string>();
  for (const [section, list] of Object.entries(policy)) {
    if (Array.isArray(list)) for (const rule of list) present.add(`${section}\0${canonicalJson(rule)}`);
  }
  return [...grantRules]
    .filter(([, rules]) => rules.length > 0 && rules.every((r) => present.has(r)))
    .map(([path]) => path);
}

export function reconcile(
  log: readonly ConfigurationLogEntry[],
  history: VersionHistory,
  expiring: readonly ExpiringGrant[],
  opts: ReconcileOptions,
): Reconciliation {
  const skew = opts.skewMs ?? 5 * 60_000;
  const period = opts.schedulePeriodMs;
  const versions = history.versions;
  const entries = log.filter(isPolicyChange).sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));

  const changes: LoggedChange[] = entries.map((e) => {
    const at = new Date(e.eventTime);
    const base = { at, actor: actorName(e), origin: e.origin };
    const after = parsePolicyText(e.new);
    const before = parsePolicyText(e.old);
    const what = after && before ? formatChanges(diffPolicies(before, after), 20) || '(no rule changed)' : undefined;
    const carries = after ? carriedGrants(after, history.grantRules) : undefined;
    const extra = { ...(what !== undefined ? { what } : {}), ...(carries ? { carries } : {}) };
    if (after) {
      const claimed = typeof e.new === 'string' ? headerDigest(e.new) : undefined;
      const actual = policyDigest(after);
      const intact = claimed !== undefined && claimed === actual;
      const candidates = versions.filter((v) => v.digest === actual && v.at.getTime() <= at.getTime() + skew);
      const version = candidates.at(-1);
      if (intact && version) {
        return { ...base, kind: 'push', matchedBy: 'digest', version, claimedDigest: claimed, intact, ...extra };
      }
      const why = !claimed
        ? 'the policy it set has no tailpolicy-digest header: it was not written by tailpolicy'
        : !intact
          ? 'the policy it set no longer matches its tailpolicy-digest: edited after tailpolicy wrote it'
          : 'it carries a tailpolicy-digest that no version of the repository had at that time';
      const standing = liveStanding(after, history, at);
      return {
        ...base,
        kind: 'out-of-band',
        why,
        ...(standing.length ? { standing } : {}),
        ...(claimed ? { claimedDigest: claimed } : {}),
        intact,
        ...extra,
      };
    }
    // The log does not carry the text: an API change close after a version became due is its push.
    if (e.origin === 'CONFIG_API') {
      const version = versions.filter((v) => v.at.getTime() <= at.getTime() + skew).at(-1);
      if (version) return { ...base, kind: 'push', matchedBy: 'time', version, carries: version.grants };
    }
    return {
      ...base,
      kind: 'out-of-band',
      why: `made through ${e.origin || 'an unknown origin'}, not by a tailpolicy push (the log carries no policy text to compare)`,
    };
  });

  const expected: ExpectedPush[] = versions.map((v, i) => {
    const push = changes.find((c) => c.kind === 'push' && c.version === v);
    const delay = push ? push.at.getTime() - v.at.getTime() : undefined;
    if (i === 0 && !push) return { version: v, status: 'in force at start' };
    if (!v.pushable) return { version: v, status: 'not pushable' };
    if (push) return { version: v, status: 'pushed', pushedAt: push.at, delayMs: delay };
    const lasted = (v.until ?? opts.end).getTime() - v.at.getTime();
    return { version: v, status: lasted > period ? 'missing' : 'superseded' };
  });
  for (const c of changes) if (c.kind === 'push' && !c.carries && c.version) c.carries = c.version.grants;

  const revocations = expiring.map((g) => revocationOf(g, changes, opts.end, period));
  const latencies = revocations
    .filter((r): r is Revocation & { latencyMs: number } => r.latencyMs !== undefined && r.latencyMs >= 0)
    .sort((a, b) => a.latencyMs - b.latencyMs);
  const worst = latencies.at(-1);
  return {
    changes,
    expected,
    revocations,
    ...(latencies.length ? { medianLatencyMs: median(latencies.map((r) => r.latencyMs)) } : {}),
    ...(worst ? { worstLatencyMs: worst.latencyMs, worstLatencyPath: worst.path } : {}),
    schedulePeriodMs: period,
  };
}

/**
 * Standing access in a live policy (e.g. after a console edit): the rules that are not a grant's
 * and reach a `standing: none` resource of the repository as it stood at `at`.
 */
function liveStanding(policy: Policy, history: VersionHistory, at: Date): NonNullable<LoggedChange['standing']> {
  const i = history.versions.findLastIndex((v) => v.at.getTime() <= at.getTime());
  const access: AccessConfig | undefined = history.states[Math.max(0, i)]?.access;
  if (!access) return [];
  const targets = [...access.resources.values()]
    .filter((r) => r.standing === 'none')
    .map((r) => ({
      resource: r.name,
      destinations: [...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule['dst']).map((d) => d.trim())),
    }));
  const grantRules = new Set([...history.grantRules.values()].flat());
  const list = (section: string): unknown[] => (Array.isArray(policy[section]) ? (policy[section] as unknown[]) : []);
  return standingAccess(policy, targets, {
    skip: (section, index) => grantRules.has(`${section}\0${canonicalJson(list(section)[index])}`),
  })
    .filter((r) => r.certain)
    .map((r) => ({ resource: r.resource, rule: `${r.sectionKey}[${r.index}]`, principals: r.principals }));
}

function revocationOf(g: ExpiringGrant, changes: readonly LoggedChange[], end: Date, period: number): Revocation {
  const base = { path: g.path, grantees: g.grantees, resource: g.resource, expires: g.expires };
  const known = changes.filter((c) => c.carries !== undefined);
  const lastCarrying = known.findLastIndex((c) => c.carries!.includes(g.path));
  if (lastCarrying < 0) return { ...base, status: 'not seen' };
  const removal = known.slice(lastCarrying + 1).find((c) => !c.carries!.includes(g.path));
  if (!removal) {
    const latencyMs = Math.max(0, end.getTime() - g.expires.getTime());
    return { ...base, status: 'still live', latencyMs };
  }
  const latencyMs = removal.at.getTime() - g.expires.getTime();
  const status = latencyMs < 0 ? 'early' : latencyMs > period ? 'late' : 'on time';
  return { ...base, revokedAt: removal.at, latencyMs, status, by: removal.actor };
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
