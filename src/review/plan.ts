/**
 * The plan a reviewer reads before approving (SPEC 2.3): each grant added, changed, extended,
 * shortened or removed, in words; each resource change with the active and scheduled grants it
 * widens or narrows (SPEC 1.3); the access.yaml change in words; then the rule-level difference
 * of the compiled policies and of the DNS settings. A PR is judged by its base's rules, so each
 * added or changed grant also carries the base's limits it breaks. Pure: two compilations at the
 * same `now` in, a plan out.
 */
import type { AccessConfig, TeamMembers } from '../policy/access.js';
import type { Compiled, GrantEntry } from '../policy/compile.js';
import { diffPolicies, type PolicyChange } from '../policy/diff.js';
import type { Grant } from '../policy/grants.js';
import { canonicalJson } from '../policy/render.js';
import { error, type Finding } from '../shared/findings.js';
import { formatDuration, humanUtc } from '../shared/time.js';
import { describeAccessChange } from './access-change.js';
import { baseLimitProblems } from './limits.js';
import {
  atomsOf,
  describeResourceChange,
  rulesOfGrant,
  uncovered,
  type AccessAtom,
  type AffectedGrant,
  type ResourceChange,
} from './resource-change.js';

export type GrantChangeKind = 'added' | 'removed' | 'extended' | 'shortened' | 'changed';

export interface GrantChange {
  path: string;
  kind: GrantChangeKind;
  before?: GrantEntry;
  after?: GrantEntry;
  /** One sentence: who gets what, for how long, until when. */
  words: string;
  /** The limits of the base's access.yaml (maxDuration, eligible, ticket) the grant breaks. */
  baseLimits?: string[];
}

export interface Plan {
  grants: GrantChange[];
  /** Resources whose change widens or narrows grants the PR does not touch. */
  resources: ResourceChange[];
  /** The access.yaml change, in words (one line per resource, `inline:`, `people`). */
  access: string[];
  policy: PolicyChange[];
  dns: PolicyChange[];
}

export function makePlan(base: Compiled, head: Compiled, teams?: TeamMembers): Plan {
  const before = new Map(base.grants.map((g) => [g.path, g]));
  const after = new Map(head.grants.map((g) => [g.path, g]));
  const grants: GrantChange[] = [];
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(path);
    const a = after.get(path);
    if (a && !b) grants.push({ path, kind: 'added', after: a, words: describe(a, head.access, head.now) });
    else if (b && !a) grants.push({ path, kind: 'removed', before: b, words: removal(b) });
    else if (a && b && grantKey(a) !== grantKey(b)) {
      const kind = changeKind(b.grant, a.grant);
      grants.push({ path, kind, before: b, after: a, words: describe(a, head.access, head.now, kind, b.grant) });
    }
  }
  for (const change of grants) {
    const g = change.after?.grant;
    if (!g) continue;
    const broken = baseLimitProblems(g, base.access, base.policy, head.now, teams);
    if (broken.length) change.baseLimits = broken;
  }
  return {
    grants,
    resources: resourceChanges(base, head, before, after),
    access: describeAccessChange(base.access, head.access),
    policy: diffPolicies(base.policy, head.policy),
    dns: diffPolicies({ ...base.dns }, { ...head.dns }),
  };
}

/** The key under which a resource change's approval verdict is filed (`path` of the verdict). */
export function resourceKey(resource: string | undefined): string {
  return resource === undefined ? 'inline:' : `resource:${resource}`;
}

/**
 * For every grant the PR leaves as it is, the access it gets at the base and at the head: a
 * resource change (rules, enforce, limits that make it valid or invalid) widens or narrows it.
 */
function resourceChanges(
  base: Compiled,
  head: Compiled,
  before: Map<string, GrantEntry>,
  after: Map<string, GrantEntry>,
): ResourceChange[] {
  const byResource = new Map<string, { resource?: string; widened: AffectedGrant[]; narrowed: AffectedGrant[] }>();
  for (const [path, a] of after) {
    const b = before.get(path);
    if (!b || !a.grant || !b.grant || grantKey(a) !== grantKey(b)) continue;
    const state = a.state === 'scheduled' || a.state === 'active' ? a.state : undefined;
    if (!state) continue;
    const was = effectiveAtoms(b, base);
    const now = effectiveAtoms(a, head);
    const gained = uncovered(now, was);
    const lost = uncovered(was, now);
    if (!gained.length && !lost.length) continue;
    const key = a.grant.resource ?? '';
    const slot = byResource.get(key) ?? { resource: a.grant.resource, widened: [], narrowed: [] };
    byResource.set(key, slot);
    const affected = (atoms: AccessAtom[]) => ({
      path,
      grantees: a.grant!.grantees,
      state,
      words: [...new Set(atoms.map((x) => x.words))],
    });
    if (gained.length) slot.widened.push(affected(gained));
    if (lost.length) slot.narrowed.push(affected(lost));
  }
  return [...byResource.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, c]) => describeResourceChange(c.resource, c.widened, c.narrowed));
}

/** What a grant entry gives: nothing when it is invalid or expired (it is left out then). */
function effectiveAtoms(entry: GrantEntry, compiled: Compiled): AccessAtom[] {
  const g = entry.grant;
  if (!g || entry.state === 'expired' || entry.findings.some((f) => f.severity === 'error')) return [];
  const { grants, ssh, rules } = rulesOfGrant(g, compiled.access);
  return rules ? atomsOf(grants, ssh, rules.enforce === 'posture') : [];
}

function grantKey(e: GrantEntry): string {
  if (!e.grant) return `invalid:${e.findings.map((f) => f.message).join('|')}`;
  return canonicalJson(grantData(e.grant));
}

/** What a grant says, as plain JSON: times as RFC 3339 (canonicalJson would see a Date as {}). */
function grantData(g: Grant): Record<string, unknown> {
  const { locate: _locate, starts, expires, duration, ...rest } = g;
  return {
    ...rest,
    starts: starts?.toISOString() ?? null,
    expires: expires.toISOString(),
    duration: duration ? { text: duration.text, mergedAt: duration.mergedAt?.toISOString() ?? null } : null,
  };
}

/** A change of only the end (`expires`, or `duration`) is an extension or a shortening. */
function changeKind(before: Grant | undefined, after: Grant | undefined): GrantChangeKind {
  if (!before || !after) return 'changed';
  const { expires: be, duration: _bd, ...b } = grantData(before);
  const { expires: ae, duration: _ad, ...a } = grantData(after);
  if (canonicalJson(a) !== canonicalJson(b)) return 'changed';
  return String(ae) > String(be) ? 'extended' : 'shortened';
}

/** "alice@example.com gets tcp:5432 on tag:prod-db for 8h, until 2026-11-22 02:00 UTC". */
export function describe(
  entry: GrantEntry,
  access: AccessConfig,
  now: Date,
  kind: GrantChangeKind = 'added',
  before?: Grant,
): string {
  const g = entry.grant;
  const problem = entry.findings.find((f) => f.severity === 'error');
  // A file with errors is never applied, whatever it says: the plan must not read as if it were.
  if (!g || problem)
    return `${entry.path} is invalid and will not be applied: ${problem?.message ?? 'see the findings'}`;
  const who = g.grantees.join(', ');
  const what = accessWords(g, access);
  const from = g.starts && g.starts.getTime() > now.getTime() ? g.starts : now;
  const length = formatDuration(Math.max(0, g.expires.getTime() - from.getTime()));
  const pending = g.duration !== undefined && g.duration.mergedAt === undefined;
  const window = pending
    ? `for ${g.duration!.text} from merge`
    : g.starts && g.starts.getTime() > now.getTime()
      ? `from ${humanUtc(g.starts)} for ${length}, until ${humanUtc(g.expires)}`
      : g.expires.getTime() <= now.getTime()
        ? `but the grant already expired at ${humanUtc(g.expires)}`
        : `for ${length}, until ${humanUtc(g.expires)}`;
  const verb = g.grantees.length > 1 ? 'get' : 'gets';
  if ((kind === 'extended' || kind === 'shortened') && before) {
    const delta = formatDuration(Math.abs(g.expires.getTime() - before.expires.getTime()));
    if (pending) {
      return `${kind === 'extended' ? 'Extends' : 'Shortens'} ${who}'s ${what}: now for ${g.duration!.text} from merge (was until ${humanUtc(before.expires)}).`;
    }
    return `${kind === 'extended' ? 'Extends' : 'Shortens'} ${who}'s ${what} by ${delta}: now until ${humanUtc(g.expires)} (was ${humanUtc(before.expires)}).`;
  }
  return `${who} ${verb} ${what} ${window}.`;
}

function removal(entry: GrantEntry): string {
  const g = entry.grant;
  if (!g) return `Removes the invalid grant file ${entry.path}.`;
  return `Removes ${g.grantees.join(', ')}'s grant of ${g.resource ?? 'inline rules'} (until ${humanUtc(g.expires)}).`;
}

/** "tcp:5432 on tag:prod-db and SSH as ubuntu (check) to tag:prod-bastion". */
export function accessWords(g: Grant, access: AccessConfig): string {
  const resource = g.resource !== undefined ? access.resources.get(g.resource) : undefined;
  const grants = resource?.grants ?? g.inline?.grants ?? [];
  const ssh = resource?.ssh ?? g.inline?.ssh ?? [];
  const parts = [
    ...grants.map((r) => {
      const ip = Array.isArray(r.ip) ? (r.ip as unknown[]).join(', ') : 'app capabilities';
      return `${ip} on ${list(r.dst)}`;
    }),
    ...ssh.map((r) => `SSH as ${list(r.users)}${r.action === 'check' ? ' (check)' : ''} to ${list(r.dst)}`),
  ];
  const label = g.resource !== undefined ? ` ("${g.resource}")` : ' (inline rules)';
  return (parts.length ? parts.join(' and ') : 'nothing') + label;
}

function list(v: unknown): string {
  return Array.isArray(v) ? v.join(', ') : String(v ?? '');
}

/** The change brings a grant file with errors: it will not be applied. */
export function isInvalidChange(change: GrantChange): boolean {
  const a = change.after;
  return a !== undefined && (!a.grant || a.findings.some((f) => f.severity === 'error'));
}

/**
 * A grant that a pull request adds or changes but that has already ended at the head's `now`
 * grants nothing and asks for a cleanup: an error at its `expires` (or `duration`), so the
 * mistake (a wrong year, a copied file) is caught in review. Ending access early is done by
 * deleting the file.
 */
export function expiredOnArrival(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const change of plan.grants) {
    const entry = change.after;
    const g = entry?.grant;
    if (change.kind === 'removed' || !entry || !g || entry.state !== 'expired' || isInvalidChange(change)) continue;
    const where = g.locate([g.duration ? 'duration' : 'expires']) ?? { file: entry.path, line: 1, column: 1 };
    out.push(
      error(
        'grant/expired-on-arrival',
        `This ${change.kind === 'added' ? 'new' : 'changed'} grant already ended at ${humanUtc(g.expires)}, so it would ` +
          'give no access. Set a future end; to end access early, delete the file instead.',
        where,
      ),
    );
  }
  return out;
}
