/**
 * Which custom posture attributes to set and remove on which devices, so that every active
 * `enforce: posture` grant's grantees carry its attribute until exactly its expiry, and nothing
 * else carries an attribute of tailpolicy's (issue #8). Pure: grants, devices and their current
 * attributes in, a list of writes out.
 *
 * - A grant's devices are the untagged devices whose `user` is a grantee, or a member of a
 *   grantee group. (Tagged devices are not their owner's: rules naming users never match them.)
 * - An attribute is written when it is missing, not `true`, or expires at another second.
 * - An attribute of tailpolicy's (`custom:tp_` + 32 base32 characters) that no active enforced
 *   grant wants on that device is removed: the grant was deleted, expired early, left out, or
 *   the device's owner is no longer a grantee. Other attributes are never touched.
 * - `narrowOnly` keeps only the writes that take access away (removals, earlier expiries): what
 *   may still be done when the policy itself could not be pushed.
 */
import { groupMembers, type AccessConfig } from '../policy/access.js';
import type { Compiled } from '../policy/compile.js';
import { rulesFor } from '../policy/grants.js';
import { commentSafe } from '../policy/render.js';
import type { DeviceAttributes, PostureAttributeValue } from '../tailscale/types.js';
import { attributeKey, isTailpolicyAttributeKey } from '../policy/posture-keys.js';

export interface EnforcedGrant {
  path: string;
  key: string;
  grantees: string[];
  expires: Date;
  reason: string;
  ticket?: string;
  /** The pull request that brought the grant, when known. */
  pull?: number;
}

/** The subset of a Tailscale device the plan needs. */
export interface PlanDevice {
  /** The ID to address it by in the API (node ID, or legacy ID). */
  id: string;
  name: string;
  user: string;
  tags: string[];
}

export type WriteReason = 'new' | 'extended' | 'shortened' | 'corrected' | 'removed';

export type AttributeWrite =
  | {
      kind: 'set';
      device: PlanDevice;
      key: string;
      grant: string;
      expiry: Date;
      comment: string;
      reason: Exclude<WriteReason, 'removed'>;
    }
  | { kind: 'delete'; device: PlanDevice; key: string; grant?: string; reason: 'removed' };

export interface AttributePlan {
  writes: AttributeWrite[];
  /** Grant path -> the devices that carry (or will carry) its attribute. */
  devicesOf: Map<string, PlanDevice[]>;
}

/** True when any resource, or inline grants, use `enforce: posture`. */
export function usesPostureEnforcement(access: AccessConfig): boolean {
  return [...access.resources.values(), ...(access.inline ? [access.inline] : [])].some((r) => r.enforce === 'posture');
}

/** Every grant compiled into the policy (valid, active, approved) whose rules carry the posture gate. */
export function enforcedGrants(
  compiled: Pick<Compiled, 'grants' | 'access'>,
  pulls?: ReadonlyMap<string, number>,
): EnforcedGrant[] {
  const out: EnforcedGrant[] = [];
  for (const entry of compiled.grants) {
    const g = entry.grant;
    if (!entry.included || !g || rulesFor(g, compiled.access)?.enforce !== 'posture') continue;
    const pull = pulls?.get(entry.path);
    out.push({
      path: g.path,
      key: attributeKey(g.path),
      grantees: g.grantees,
      expires: g.expires,
      reason: g.reason,
      ...(g.ticket !== undefined ? { ticket: g.ticket } : {}),
      ...(pull !== undefined ? { pull } : {}),
    });
  }
  return out;
}

/**
 * One line, at most 200 characters (Tailscale's limit): which grant, its PR, why. Also at most
 * 200 bytes of UTF-8, in case the limit is counted in bytes.
 */
export function attributeComment(g: Pick<EnforcedGrant, 'path' | 'pull' | 'reason' | 'ticket'>): string {
  const pr = g.pull !== undefined ? ` (PR #${g.pull})` : '';
  const ticket = g.ticket !== undefined && !g.reason.includes(g.ticket) ? ` [${g.ticket}]` : '';
  const text = `tailpolicy grant ${g.path}${pr}${ticket}: ${g.reason}`;
  let max = 200;
  let out = commentSafe(text, max);
  while (Buffer.byteLength(out, 'utf8') > 200 && max > 10)
    out = commentSafe(text, (max -= Math.max(1, Math.ceil((Buffer.byteLength(out, 'utf8') - 200) / 3))));
  return out;
}

export function planAttributes(
  grants: readonly EnforcedGrant[],
  policy: Compiled['policy'],
  devices: readonly PlanDevice[],
  current: ReadonlyMap<string, DeviceAttributes>,
  opts: { narrowOnly?: boolean } = {},
): AttributePlan {
  const groups = groupMembers(policy);
  const users = (g: EnforcedGrant) =>
    new Set(g.grantees.flatMap((p) => (p.startsWith('group:') ? (groups.get(p) ?? []) : [p])));
  const writes: AttributeWrite[] = [];
  const devicesOf = new Map<string, PlanDevice[]>();
  const wanted = new Map<string, Map<string, EnforcedGrant>>(); // device id -> key -> grant
  for (const g of grants) {
    const who = users(g);
    const mine = devices.filter((d) => d.tags.length === 0 && d.user !== '' && who.has(d.user));
    devicesOf.set(g.path, mine);
    for (const d of mine) {
      const keys = wanted.get(d.id) ?? new Map<string, EnforcedGrant>();
      keys.set(g.key, g);
      wanted.set(d.id, keys);
    }
  }
  for (const device of devices) {
    const have = current.get(device.id) ?? { attributes: {}, expiries: {} };
    const want = wanted.get(device.id) ?? new Map<string, EnforcedGrant>();
    for (const [key, g] of want) {
      const reason = compare(have.attributes[key], have.expiries[key], g.expires);
      if (!reason) continue;
      if (opts.narrowOnly && !(reason === 'shortened' && have.attributes[key] === true)) continue;
      writes.push({ kind: 'set', device, key, grant: g.path, expiry: g.expires, comment: attributeComment(g), reason });
    }
    for (const key of Object.keys(have.attributes).sort()) {
      if (isTailpolicyAttributeKey(key) && !want.has(key))
        writes.push({ kind: 'delete', device, key, reason: 'removed' });
    }
  }
  // Removals first: they only take access away.
  writes.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'delete' ? -1 : 1));
  return { writes, devicesOf };
}

/** Why the attribute must be (re)written, or undefined when it is already right. */
function compare(
  value: PostureAttributeValue | undefined,
  expiry: string | undefined,
  wanted: Date,
): Exclude<WriteReason, 'removed'> | undefined {
  if (value === undefined) return 'new';
  const at = expiry === undefined ? NaN : Date.parse(expiry);
  const want = Math.floor(wanted.getTime() / 1000);
  // No expiry, or one that cannot be read, lasts longer than the grant: shorten it.
  if (Number.isNaN(at)) return 'shortened';
  const have = Math.floor(at / 1000);
  if (have > want) return 'shortened';
  if (have < want) return 'extended';
  return value === true ? undefined : 'corrected';
}
