/**
 * What a change to a resource does to the grants of it (SPEC 1.3: "A change to a resource … is a
 * change to every grant of it that is active or scheduled"). A grant's access is broken into
 * atoms (one destination and one `ip` entry, app capability or SSH user each); an atom of the
 * new definition that no atom of the old one covers widens the grant. Conservative: when in
 * doubt (a selector it cannot compare, a restriction that changed), it says "widens", which only
 * ever asks for an approval too many. Pure.
 */
import type { AccessConfig, ApprovalRules } from '../policy/access.js';
import { checkGrant, type Grant, type GrantState } from '../policy/grants.js';
import type { Policy } from '../policy/merge.js';
import { canonicalJson } from '../policy/render.js';
import { hasPorts, parseGrantIp, type PortRange } from '../grammar/ports.js';

export interface AccessAtom {
  kind: 'ip' | 'app' | 'ssh';
  dst: string;
  /** The `ip` entry, the canonical app capability, or the SSH user. */
  what: string;
  /** SSH only: `accept` or `check`. */
  action?: string;
  /** Everything else that narrows the atom (via, srcPosture, checkPeriod, enforce: posture), canonical. */
  restrictions: string;
  words: string;
}

/** The access rules a grant gets under `access`: its resource's, or its inline ones; and whether expiry is enforced. */
export function rulesOfGrant(
  grant: Pick<Grant, 'resource' | 'inline'>,
  access: AccessConfig,
): { grants: Record<string, unknown>[]; ssh: Record<string, unknown>[]; rules?: ApprovalRules } {
  if (grant.resource !== undefined) {
    const r = access.resources.get(grant.resource);
    return r ? { grants: r.grants, ssh: r.ssh, rules: r } : { grants: [], ssh: [] };
  }
  return { grants: grant.inline?.grants ?? [], ssh: grant.inline?.ssh ?? [], rules: access.inline };
}

/**
 * The atoms a grant gives under these rules, or none when the grant is not valid under them (an
 * invalid grant is left out of the policy: making it valid, e.g. by raising `maxDuration`,
 * widens it). Expired grants give nothing.
 */
export function grantAtoms(grant: Grant, access: AccessConfig, policy: Policy, now: Date): AccessAtom[] {
  if (grant.expires.getTime() <= now.getTime()) return [];
  const { grants, ssh, rules } = rulesOfGrant(grant, access);
  if (!rules) return [];
  if (checkGrant(grant, access, policy, now).some((f) => f.severity === 'error')) return [];
  return atomsOf(grants, ssh, rules.enforce === 'posture');
}

export function atomsOf(
  grants: readonly Record<string, unknown>[],
  ssh: readonly Record<string, unknown>[],
  enforced = false,
): AccessAtom[] {
  const out: AccessAtom[] = [];
  const gate = enforced ? { enforce: 'posture' } : {};
  for (const rule of grants) {
    const { dst, ip, app, src: _src, ...rest } = rule;
    const restrictions = canonicalJson({ ...rest, ...gate });
    const suffix = restrictionWords(rest, enforced);
    for (const d of strings(dst)) {
      for (const p of strings(ip))
        out.push({ kind: 'ip', dst: d, what: p, restrictions, words: `${p} on ${d}${suffix}` });
      if (app !== undefined) {
        const caps = app && typeof app === 'object' ? Object.keys(app).join(', ') : String(app);
        out.push({
          kind: 'app',
          dst: d,
          what: canonicalJson(app),
          restrictions,
          words: `app ${caps} on ${d}${suffix}`,
        });
      }
    }
  }
  for (const rule of ssh) {
    const { dst, users, action, src: _src, ...rest } = rule;
    const restrictions = canonicalJson({ ...rest, ...gate });
    const suffix = restrictionWords(rest, enforced);
    const act = typeof action === 'string' ? action : 'accept';
    for (const d of strings(dst))
      for (const u of strings(users))
        out.push({
          kind: 'ssh',
          dst: d,
          what: u,
          action: act,
          restrictions,
          words: `SSH as ${u}${act === 'check' ? ' (check)' : ''} to ${d}${suffix}`,
        });
  }
  return out;
}

/** The atoms of `after` that the atoms of `before` do not cover: how `after` is wider. */
export function uncovered(after: readonly AccessAtom[], before: readonly AccessAtom[]): AccessAtom[] {
  return after.filter((a) => {
    const near = before.filter((b) => sameReach(b, a));
    if (a.kind === 'app') return !near.some((b) => b.what === a.what);
    if (a.kind === 'ssh')
      return !near.some((b) => b.what === a.what && (b.action === a.action || b.action === 'accept'));
    return !ipCovered(
      a.what,
      near.map((b) => b.what),
    );
  });
}

/** Same kind, a destination at least as wide, and no restriction `a` lacks. */
function sameReach(b: AccessAtom, a: AccessAtom): boolean {
  if (b.kind !== a.kind) return false;
  if (b.dst !== a.dst && b.dst !== '*') return false;
  // Fewer restrictions cover more; different restrictions are not compared.
  return b.restrictions === a.restrictions || b.restrictions === '{}';
}

/** Do the `ip` entries `outer`, together, allow everything `inner` allows? */
function ipCovered(inner: string, outer: readonly string[]): boolean {
  if (outer.includes(inner)) return true;
  const i = parseGrantIp(inner);
  if (!i.ok) return false;
  const parsed = outer.map(parseGrantIp).flatMap((o) => (o.ok ? [o.value] : []));
  for (const proto of i.value.protos) {
    const with_ = parsed.filter((o) => o.protos.includes(proto));
    if (with_.length === 0) return false;
    if (
      hasPorts(proto) &&
      !rangesCover(
        with_.flatMap((o) => o.ports),
        i.value.ports,
      )
    )
      return false;
  }
  return true;
}

function rangesCover(outer: readonly PortRange[], inner: readonly PortRange[]): boolean {
  const sorted = [...outer].sort((a, b) => a.lo - b.lo);
  return inner.every((r) => {
    let reach = r.lo;
    for (const o of sorted) {
      if (o.lo > reach) break;
      if (o.hi >= reach) reach = o.hi + 1;
      if (reach > r.hi) return true;
    }
    return reach > r.hi;
  });
}

function restrictionWords(rest: Record<string, unknown>, enforced: boolean): string {
  const parts = Object.entries(rest).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : canonicalJson(v)}`);
  if (enforced) parts.push('expiry enforced by posture');
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

/** A grant that a resource change widens or narrows, with what it gains or loses. */
export interface AffectedGrant {
  path: string;
  grantees: string[];
  state: Extract<GrantState, 'active' | 'scheduled'>;
  words: string[];
}

export interface ResourceChange {
  /** The resource's name; undefined for the `inline:` section. */
  resource?: string;
  widened: AffectedGrant[];
  narrowed: AffectedGrant[];
  /** "prod-db changes: widens 1 active grant (alice@example.com): + tcp:5432-5433 on tag:prod-db". */
  words: string;
}

/** Groups per-grant differences by resource, in words. */
export function describeResourceChange(
  resource: string | undefined,
  widened: AffectedGrant[],
  narrowed: AffectedGrant[],
): ResourceChange {
  const name = resource ?? 'inline rules';
  const part = (verb: string, list: AffectedGrant[], sign: string) => {
    if (!list.length) return '';
    const counts = (['active', 'scheduled'] as const)
      .map((s) => [s, list.filter((g) => g.state === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s} grant${n === 1 ? '' : 's'}`)
      .join(' and ');
    const who = [...new Set(list.map((g) => g.grantees.join(', ')))].join('; ');
    const what = [...new Set(list.flatMap((g) => g.words))].map((w) => `${sign} ${w}`).join(', ');
    return `${verb} ${counts} (${who}): ${what}`;
  };
  const parts = [part('widens', widened, '+'), part('narrows', narrowed, '−')].filter(Boolean);
  return { resource, widened, narrowed, words: `${name} changes: ${parts.join('; ')}` };
}
