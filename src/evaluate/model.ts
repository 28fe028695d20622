/**
 * The compiled, indexed form of a policy that offline evaluation runs on (reference section 7).
 * Built once: groups expanded, hosts and ipsets resolved to address sets, every selector and port
 * range parsed, network rules split into units (one per destination) and indexed by what kind of
 * destination they select. Pure: a policy value in, a model out.
 *
 * Devices are symbolic unless an inventory is given: a user stands for one untagged device of that
 * user, a tag for one device carrying it. Answers are three-valued (true / false / unknown), so
 * that what cannot be known offline (roles, SCIM groups, which device holds an address) is said to
 * be unknown rather than guessed.
 */
import {
  CGNAT_RANGE,
  IPSet,
  TAILSCALE_ULA_RANGE,
  inTailnetRange,
  isPublic,
  parseAddressSpec,
  parseIP,
  type IPAddr,
  type IPRange,
} from '../grammar/ip.js';
import {
  ACL_FIELDS,
  GRANT_FIELDS,
  SSH_FIELDS,
  isObject,
  readObject,
  sectionsOf,
  stringsOf,
  type Field,
  type JsonObject,
} from '../grammar/keys.js';
import {
  DEFAULT_PROTOS,
  allowsProtoPort,
  parseGrantIp,
  parsePortList,
  parseProto,
  splitHostPorts,
  type ProtoPorts,
} from '../grammar/ports.js';
import { evalCondition, parsePostureCondition, type PostureAttrs, type PostureCondition } from '../grammar/posture.js';
import { ROLE_AUTOGROUPS, isMemberAutogroup, parseSelector, type Selector } from '../grammar/selectors.js';

// ---------------------------------------------------------------------------------------------
// Three-valued logic

export type Tri = 0 | 1 | 2;
export const F: Tri = 0;
export const T: Tri = 1;
export const U: Tri = 2;

export function or(a: Tri, b: Tri): Tri {
  if (a === T || b === T) return T;
  if (a === U || b === U) return U;
  return F;
}

export function and(a: Tri, b: Tri): Tri {
  if (a === F || b === F) return F;
  if (a === U || b === U) return U;
  return T;
}

// ---------------------------------------------------------------------------------------------
// Inputs

export interface Device {
  id?: string;
  name?: string;
  /** Owner's login name; ignored for identity when the device is tagged. */
  user?: string;
  tags?: string[];
  addresses: string[];
  postureAttributes?: Record<string, string | number | boolean>;
}

export interface EvaluationOptions {
  /** Login names known to exist; undefined = unknown. */
  users?: readonly string[];
  /** A device inventory; when given, identities and addresses resolve to these devices. */
  devices?: readonly Device[];
}

// ---------------------------------------------------------------------------------------------
// Endpoints: a source or destination of a connection

export interface Endpoint {
  /** How to name it in messages. */
  label: string;
  /** The owning user's login, for untagged user devices. */
  user?: string;
  tags: readonly string[];
  /** Known addresses; undefined = a tailnet device whose addresses are not known offline. */
  addrs?: readonly IPAddr[];
  /** Whether user/tags are authoritative (false: an address whose device is not known). */
  known: boolean;
  /** A tailnet device (or service), as opposed to an address outside the tailnet. */
  tailnet: boolean;
  /** A public address: what autogroup:internet covers. */
  internet: boolean;
  svc?: string;
  /** Inventory device name. */
  device?: string;
  postureAttributes?: PostureAttrs;
}

// ---------------------------------------------------------------------------------------------
// Compiled matchers

/**
 * A rule's sources, merged into one structure. Never changed once compiled: the empty sets and
 * lists are shared by every matcher (NO_NAMES, NO_TEXTS), hence read-only.
 */
export interface SrcMatcher {
  any: boolean;
  users: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  member: boolean;
  tagged: boolean;
  /** Role autogroups, autogroup:shared, SCIM or undefined groups: membership unknown offline. */
  usersUnknown: readonly string[];
  domains: readonly string[];
  ips: IPSet | null;
  /** IP-based sources, for messages. */
  ipTexts: readonly string[];
}

export type DstMatcher =
  | { k: 'any' }
  | { k: 'users'; users: Set<string> }
  | { k: 'tag'; tag: string }
  | { k: 'member' }
  | { k: 'tagged' }
  | { k: 'self' }
  | { k: 'usersUnknown'; why: string }
  | { k: 'domain'; domain: string }
  | { k: 'ips'; set: IPSet; internet: boolean; text: string }
  | { k: 'internet' }
  | { k: 'svc'; name: string }
  | { k: 'none' };

export interface PostureGate {
  names: readonly string[];
}

/** One destination of one network rule. */
export interface NetUnit {
  section: 'acls' | 'grants';
  index: number;
  dstIndex: number;
  src: SrcMatcher;
  dst: DstMatcher;
  pp: readonly ProtoPorts[];
  posture: PostureGate | null;
}

export interface SshUnit {
  index: number;
  action: 'accept' | 'check';
  src: SrcMatcher;
  dst: DstMatcher[];
  logins: { literal: Set<string>; nonroot: boolean; localpart: string[] };
  posture: PostureGate | null;
}

interface DeviceRec {
  name: string;
  user?: string;
  tags: string[];
  addrs: IPAddr[];
  attrs?: PostureAttrs;
}

export interface CompiledPolicy {
  /** The policy value as given. */
  raw: unknown;
  /** Section name -> the key as written (for locating: `ACLs` vs `acls`). */
  sectionKeys: Map<string, string>;
  groups: Map<string, Set<string>>;
  tags: Set<string>;
  hosts: Map<string, IPRange>;
  ipsets: Map<string, { set: IPSet; internet: boolean }>;
  postures: Map<string, PostureCondition[] | null>;
  defaultSrcPosture: string[];
  units: NetUnit[];
  ssh: SshUnit[];
  users?: Set<string>;
  /** The devices of the inventory, when one was given. */
  devices?: DeviceRec[];
  index: RuleIndex;
}

interface RuleIndex {
  byTag: Map<string, NetUnit[]>;
  byUser: Map<string, NetUnit[]>;
  bySvc: Map<string, NetUnit[]>;
  any: NetUnit[];
  member: NetUnit[];
  tagged: NetUnit[];
  self: NetUnit[];
  userish: NetUnit[];
  ips: NetUnit[];
  internet: NetUnit[];
  byAddr: Map<string, DeviceRec>;
}

// ---------------------------------------------------------------------------------------------
// Compile

function addrKey(a: IPAddr): string {
  return `${a.v}:${a.n.toString(16)}`;
}

function isScimGroup(name: string): boolean {
  return name.includes('@');
}

/** Resolves every `ipset:` to an address set: adds and removes in order, nested sets recursively. */
function resolveIpsets(raw: unknown, hosts: Map<string, IPRange>): Map<string, { set: IPSet; internet: boolean }> {
  const out = new Map<string, { set: IPSet; internet: boolean }>();
  if (!isObject(raw)) return out;
  const visiting = new Set<string>();
  const resolve = (name: string): { set: IPSet; internet: boolean } => {
    const done = out.get(name);
    if (done) return done;
    if (visiting.has(name) || !Object.prototype.hasOwnProperty.call(raw, name)) {
      return { set: IPSet.empty, internet: false };
    }
    visiting.add(name);
    let set = IPSet.empty;
    let internet = false;
    for (const op of stringsOf(raw[name])) {
      const m = /^\s*(add|remove)\s+(.*)$/.exec(op);
      const remove = m?.[1] === 'remove';
      const target = (m ? m[2]! : op).trim();
      let part = IPSet.empty;
      let partInternet = false;
      if (target.startsWith('host:')) {
        const h = hosts.get(target.slice(5));
        if (h) part = IPSet.of([h]);
      } else if (target.startsWith('ipset:')) {
        const r = resolve(target);
        part = r.set;
        partInternet = r.internet;
      } else if (target === 'autogroup:internet') {
        partInternet = true;
      } else {
        const r = parseAddressSpec(target);
        if (r) part = IPSet.of([r]);
      }
      if (remove) {
        set = set.minus(part);
        if (partInternet) internet = false;
      } else {
        set = set.union(part);
        internet = internet || partInternet;
      }
    }
    visiting.delete(name);
    const result = { set, internet };
    out.set(name, result);
    return result;
  };
  for (const name of Object.keys(raw)) resolve(name);
  return out;
}

const exactNames = new Map<readonly string[], Set<string>>();

/**
 * `readObject(obj, canonical).fields` when every key is spelled exactly as a known field (as in
 * every rule tailpolicy generates): no key then has another spelling or is unknown, and the fields
 * are the keys themselves, read without readObject's bookkeeping. Undefined for any other object.
 */
export function exactFields(obj: JsonObject, canonical: readonly string[]): Map<string, Field> | undefined {
  let names = exactNames.get(canonical);
  if (names === undefined) exactNames.set(canonical, (names = new Set(canonical)));
  const fields = new Map<string, Field>();
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    if (!names.has(key)) return undefined;
    const value = obj[key];
    if (value !== null && value !== undefined) fields.set(key, { key, value });
  }
  return fields;
}

/**
 * `readObject(obj, canonical).fields`, the fast way when the keys allow (exactFields). A rule is
 * read per rule and per test, and readObject's maps were a tenth of a check's garbage.
 */
export function fieldsOf(obj: JsonObject, canonical: readonly string[]): Map<string, Field> {
  return exactFields(obj, canonical) ?? readObject(obj, canonical).fields;
}

/**
 * The empty set and list every source matcher without such sources shares: a grant's matcher has
 * its grantees and nothing else, and its own empty tag set and three empty lists were a quarter
 * of the rule index of a 10,000-grant check (garbage once the check is done, but held throughout).
 */
const NO_NAMES: ReadonlySet<string> = new Set<string>();
const NO_TEXTS: readonly string[] = Object.freeze([]);

/**
 * A set of one name: a grant's matcher holds its one grantee, and a Set with its hash table was
 * ten times the size of this, for each of 10,000 grants, held through validation and the tests.
 */
class OneName implements ReadonlySet<string> {
  readonly size = 1;
  constructor(private readonly name: string) {}
  has(value: string): boolean {
    return value === this.name;
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    fn.call(thisArg, this.name, this.name, this);
  }
  entries(): SetIterator<[string, string]> {
    return new Set([this.name]).entries();
  }
  keys(): SetIterator<string> {
    return new Set([this.name]).keys();
  }
  values(): SetIterator<string> {
    return new Set([this.name]).values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

interface Defs {
  groups: Map<string, Set<string>>;
  hosts: Map<string, IPRange>;
  ipsets: Map<string, { set: IPSet; internet: boolean }>;
}

function compileSrc(list: unknown, defs: Defs): SrcMatcher {
  // Each set and list is made when its first member comes (see NO_NAMES).
  let any = false;
  let member = false;
  let tagged = false;
  let user: string | undefined;
  let users: Set<string> | undefined;
  const addUser = (u: string) => {
    if (users !== undefined) users.add(u);
    else if (user === undefined) user = u;
    else if (u !== user) users = new Set([user, u]);
  };
  let tags: Set<string> | undefined;
  let usersUnknown: string[] | undefined;
  let domains: string[] | undefined;
  let ipTexts: string[] | undefined;
  const ranges: IPRange[] = [];
  let ipSet: IPSet | null = null;
  for (const s of stringsOf(list)) {
    const sel = parseSelector(s);
    switch (sel.kind) {
      case 'any':
        any = true;
        break;
      case 'user':
        addUser(sel.login);
        break;
      case 'group': {
        const g = defs.groups.get(sel.name);
        if (g) for (const u of g) addUser(u);
        else if (isScimGroup(sel.name)) (usersUnknown ??= []).push(sel.name);
        break;
      }
      case 'tag':
        (tags ??= new Set()).add(sel.name);
        break;
      case 'autogroup':
        if (isMemberAutogroup(sel.name)) member = true;
        else if (sel.name === 'autogroup:tagged') tagged = true;
        else if (sel.name === 'autogroup:danger-all') any = true;
        else if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === 'autogroup:shared') (usersUnknown ??= []).push(sel.name);
        break;
      case 'userDomain':
        (domains ??= []).push(sel.domain);
        break;
      case 'ip':
        ranges.push(sel.range);
        (ipTexts ??= []).push(sel.text);
        break;
      case 'host': {
        const h = defs.hosts.get(sel.name);
        if (h) {
          ranges.push(h);
          (ipTexts ??= []).push(sel.name);
        }
        break;
      }
      case 'ipset': {
        const r = defs.ipsets.get(sel.name);
        if (r) {
          ipSet = ipSet ? ipSet.union(r.set) : r.set;
          (ipTexts ??= []).push(sel.name);
        }
        break;
      }
      default:
        break;
    }
  }
  if (ranges.length > 0) ipSet = ipSet ? ipSet.union(IPSet.of(ranges)) : IPSet.of(ranges);
  return {
    any,
    users: users ?? (user !== undefined ? new OneName(user) : NO_NAMES),
    tags: tags ?? NO_NAMES,
    member,
    tagged,
    usersUnknown: usersUnknown ?? NO_TEXTS,
    domains: domains ?? NO_TEXTS,
    ips: ipSet,
    ipTexts: ipTexts ?? NO_TEXTS,
  };
}

function compileDst(sel: Selector, defs: Defs): DstMatcher {
  switch (sel.kind) {
    case 'any':
      return { k: 'any' };
    case 'user':
      return { k: 'users', users: new Set([sel.login]) };
    case 'group': {
      const g = defs.groups.get(sel.name);
      if (g) return { k: 'users', users: g };
      if (isScimGroup(sel.name))
        return { k: 'usersUnknown', why: `the members of ${sel.name} (synced from the identity provider)` };
      return { k: 'none' };
    }
    case 'tag':
      return { k: 'tag', tag: sel.name };
    case 'autogroup':
      if (isMemberAutogroup(sel.name)) return { k: 'member' };
      if (sel.name === 'autogroup:tagged') return { k: 'tagged' };
      if (sel.name === 'autogroup:self') return { k: 'self' };
      if (sel.name === 'autogroup:internet') return { k: 'internet' };
      if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === 'autogroup:shared') {
        return { k: 'usersUnknown', why: `who is in ${sel.name}` };
      }
      return { k: 'none' };
    case 'userDomain':
      return { k: 'domain', domain: sel.domain };
    case 'ip':
      return { k: 'ips', set: IPSet.of([sel.range]), internet: false, text: sel.text };
    case 'host': {
      const h = defs.hosts.get(sel.name);
      return h ? { k: 'ips', set: IPSet.of([h]), internet: false, text: sel.name } : { k: 'none' };
    }
    case 'ipset': {
      const r = defs.ipsets.get(sel.name);
      return r ? { k: 'ips', set: r.set, internet: r.internet, text: sel.name } : { k: 'none' };
    }
    case 'svc':
      return { k: 'svc', name: sel.name };
    default:
      return { k: 'none' };
  }
}

/** A destination selector as written (no ports), matched with the policy's own definitions. */
export function compileDstText(c: CompiledPolicy, text: string): DstMatcher {
  return compileDst(parseSelector(text.trim()), { groups: c.groups, hosts: c.hosts, ipsets: c.ipsets });
}

function postureGate(v: unknown): PostureGate | null {
  if (v === undefined) return null;
  return { names: stringsOf(v).map((s) => s.trim()) };
}

export function compilePolicy(policy: unknown, opts: EvaluationOptions = {}): CompiledPolicy {
  const sections = sectionsOf(policy);
  const sectionKeys = new Map<string, string>();
  for (const [name, f] of sections) sectionKeys.set(name, f.key);
  const sec = (name: string): unknown => sections.get(name)?.value;

  const groups = new Map<string, Set<string>>();
  const rawGroups = sec('groups');
  if (isObject(rawGroups)) {
    for (const [g, members] of Object.entries(rawGroups)) {
      groups.set(
        g,
        new Set(
          stringsOf(members)
            .map((m) => m.trim())
            .filter((m) => !m.startsWith('group:')),
        ),
      );
    }
  }
  const tags = new Set<string>();
  const rawTagOwners = sec('tagOwners');
  if (isObject(rawTagOwners)) for (const t of Object.keys(rawTagOwners)) tags.add(t);

  const hosts = new Map<string, IPRange>();
  const rawHosts = sec('hosts');
  if (isObject(rawHosts)) {
    for (const [h, v] of Object.entries(rawHosts)) {
      if (typeof v !== 'string') continue;
      const r = parseAddressSpec(v.trim());
      if (r) hosts.set(h, r);
    }
  }
  const ipsets = resolveIpsets(sec('ipsets'), hosts);

  const postures = new Map<string, PostureCondition[] | null>();
  const rawPostures = sec('postures');
  if (isObject(rawPostures)) {
    for (const [p, conds] of Object.entries(rawPostures)) {
      const parsed = stringsOf(conds).map(parsePostureCondition);
      postures.set(p, parsed.every((c) => c.ok) ? parsed.map((c) => (c as { value: PostureCondition }).value) : null);
    }
  }
  const defaultSrcPosture = stringsOf(sec('defaultSrcPosture')).map((s) => s.trim());

  const defs: Defs = { groups, hosts, ipsets };
  const units: NetUnit[] = [];

  const acls = sec('acls');
  if (Array.isArray(acls)) {
    acls.forEach((rule, index) => {
      if (!isObject(rule)) return;
      const f = fieldsOf(rule, ACL_FIELDS);
      const action = f.get('action')?.value;
      if (typeof action !== 'string' || action.trim().toLowerCase() !== 'accept') return;
      const src = compileSrc(f.get('src')?.value ?? f.get('users')?.value, defs);
      const protoText = f.get('proto')?.value;
      let protos: readonly number[] = DEFAULT_PROTOS;
      if (typeof protoText === 'string' && protoText.trim() !== '') {
        const p = parseProto(protoText);
        if (!p.ok) return;
        protos = [p.value];
      }
      const posture = postureGate(f.get('srcPosture')?.value);
      stringsOf(f.get('dst')?.value ?? f.get('ports')?.value).forEach((entry, dstIndex) => {
        const hp = splitHostPorts(entry.trim());
        if (!hp) return;
        const ports = parsePortList(hp.ports);
        if (!ports.ok) return;
        const sel = parseSelector(hp.host);
        units.push({
          section: 'acls',
          index,
          dstIndex,
          src,
          dst: compileDst(sel, defs),
          pp: [{ protos, ports: ports.value }],
          posture,
        });
      });
    });
  }

  const grants = sec('grants');
  if (Array.isArray(grants)) {
    // The rules a grant file brings share their values: every grant of a resource has the same
    // `ip` and `dst` lists, and one grant's rules the same `src` (its grantees). Each distinct value
    // is compiled once (the matchers are never changed after compiling); at 10,000 grants this was
    // a parse of every port list, selector and grantee list per rule.
    const ppOf = new Map<unknown, ProtoPorts[]>();
    const srcOf = new Map<unknown, SrcMatcher>();
    const dstOf = new Map<string, DstMatcher>();
    grants.forEach((rule, index) => {
      if (!isObject(rule)) return;
      const f = fieldsOf(rule, GRANT_FIELDS);
      const ip = f.get('ip')?.value;
      let pp = ppOf.get(ip);
      if (pp === undefined) {
        pp = [];
        for (const e of stringsOf(ip)) {
          const r = parseGrantIp(e);
          if (r.ok) pp.push(r.value);
        }
        ppOf.set(ip, pp);
      }
      if (pp.length === 0) return; // app-only grants give no network access
      const srcValue = f.get('src')?.value;
      let src = srcOf.get(srcValue);
      if (src === undefined) srcOf.set(srcValue, (src = compileSrc(srcValue, defs)));
      const posture = postureGate(f.get('srcPosture')?.value);
      stringsOf(f.get('dst')?.value).forEach((d, dstIndex) => {
        let dst = dstOf.get(d);
        if (dst === undefined) dstOf.set(d, (dst = compileDst(parseSelector(d), defs)));
        units.push({ section: 'grants', index, dstIndex, src, dst, pp, posture });
      });
    });
  }

  const ssh: SshUnit[] = [];
  const rawSsh = sec('ssh');
  if (Array.isArray(rawSsh)) {
    rawSsh.forEach((rule, index) => {
      if (!isObject(rule)) return;
      const f = fieldsOf(rule, SSH_FIELDS);
      const action = f.get('action')?.value;
      const a = typeof action === 'string' ? action.trim() : '';
      if (a !== 'accept' && a !== 'check') return;
      const logins = { literal: new Set<string>(), nonroot: false, localpart: [] as string[] };
      for (const u0 of stringsOf(f.get('users')?.value)) {
        const u = u0.trim();
        if (u === 'autogroup:nonroot') logins.nonroot = true;
        else if (u.startsWith('localpart:*@')) logins.localpart.push(u.slice('localpart:*@'.length));
        else if (u !== '' && u !== '*') logins.literal.add(u);
      }
      ssh.push({
        index,
        action: a,
        src: compileSrc(f.get('src')?.value, defs),
        dst: stringsOf(f.get('dst')?.value).map((d) => compileDst(parseSelector(d), defs)),
        logins,
        posture: postureGate(f.get('srcPosture')?.value),
      });
    });
  }

  const users = opts.users ? new Set(opts.users.filter((u) => u !== '')) : undefined;
  let devices: DeviceRec[] | undefined;
  const byAddr = new Map<string, DeviceRec>();
  if (opts.devices) {
    devices = opts.devices.map((d, i) => {
      const rec: DeviceRec = {
        name: d.name ?? d.id ?? `device ${i + 1}`,
        tags: d.tags ?? [],
        addrs: d.addresses.map((a) => parseIP(a.trim())).filter((a): a is IPAddr => a !== undefined),
        ...(d.user !== undefined ? { user: d.user } : {}),
        ...(d.postureAttributes ? { attrs: d.postureAttributes } : {}),
      };
      for (const a of rec.addrs) byAddr.set(addrKey(a), rec);
      return rec;
    });
  }

  const index = buildIndex(units, byAddr);
  return {
    raw: policy,
    sectionKeys,
    groups,
    tags,
    hosts,
    ipsets,
    postures,
    defaultSrcPosture,
    units,
    ssh,
    ...(users && users.size > 0 ? { users } : {}),
    ...(devices ? { devices } : {}),
    index,
  };
}

function buildIndex(units: NetUnit[], byAddr: Map<string, DeviceRec>): RuleIndex {
  const ix: RuleIndex = {
    byTag: new Map(),
    byUser: new Map(),
    bySvc: new Map(),
    any: [],
    member: [],
    tagged: [],
    self: [],
    userish: [],
    ips: [],
    internet: [],
    byAddr,
  };
  const push = (m: Map<string, NetUnit[]>, k: string, u: NetUnit): void => {
    const l = m.get(k);
    if (l) l.push(u);
    else m.set(k, [u]);
  };
  for (const u of units) {
    const d = u.dst;
    switch (d.k) {
      case 'any':
        ix.any.push(u);
        break;
      case 'users':
        for (const login of d.users) push(ix.byUser, login, u);
        break;
      case 'tag':
        push(ix.byTag, d.tag, u);
        break;
      case 'member':
        ix.member.push(u);
        break;
      case 'tagged':
        ix.tagged.push(u);
        break;
      case 'self':
        ix.self.push(u);
        break;
      case 'usersUnknown':
      case 'domain':
        ix.userish.push(u);
        break;
      case 'ips':
        ix.ips.push(u);
        if (d.internet) ix.internet.push(u);
        break;
      case 'internet':
        ix.internet.push(u);
        break;
      case 'svc':
        push(ix.bySvc, d.name, u);
        break;
      case 'none':
        break;
    }
  }
  return ix;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Whether an address set holds an endpoint; for a device whose addresses are unknown, decided
 * only when the set covers all or none of the tailnet's address ranges. */
export function ipMatch(set: IPSet, ep: Endpoint): Tri {
  if (ep.addrs) return ep.addrs.some((a) => set.contains(a)) ? T : F;
  if (!ep.tailnet) return F;
  if (set.covers(CGNAT_RANGE) || set.covers(TAILSCALE_ULA_RANGE)) return T;
  if (!set.overlaps(CGNAT_RANGE) && !set.overlaps(TAILSCALE_ULA_RANGE)) return F;
  return U;
}

function identity(ep: Endpoint, f: (ep: Endpoint) => boolean): Tri {
  if (!ep.known) return ep.tailnet ? U : F;
  return f(ep) ? T : F;
}

const isUserDevice = (ep: Endpoint): boolean => ep.tags.length === 0 && ep.user !== undefined;

export function matchSrc(m: SrcMatcher, ep: Endpoint): Tri {
  if (m.any) return T;
  let r: Tri = F;
  if (m.users.size > 0)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && m.users.has(e.user!)),
    );
  if (r === T) return T;
  if (m.tags.size > 0)
    r = or(
      r,
      identity(ep, (e) => e.tags.some((t) => m.tags.has(t))),
    );
  if (m.member) r = or(r, identity(ep, isUserDevice));
  if (m.tagged)
    r = or(
      r,
      identity(ep, (e) => e.tags.length > 0),
    );
  for (const d of m.domains)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && e.user!.endsWith('@' + d)),
    );
  if (r === T) return T;
  if (m.ips) r = or(r, ipMatch(m.ips, ep));
  if (r !== T && m.usersUnknown.length > 0) {
    r = or(r, ep.known ? (isUserDevice(ep) ? U : F) : ep.tailnet ? U : F);
  }
  return r;
}

export function matchDst(d: DstMatcher, dst: Endpoint, src: Endpoint): Tri {
  switch (d.k) {
    case 'any':
      return T;
    case 'users':
      return identity(dst, (e) => isUserDevice(e) && d.users.has(e.user!));
    case 'tag':
      return identity(dst, (e) => e.tags.includes(d.tag));
    case 'member':
      return identity(dst, isUserDevice);
    case 'tagged':
      return identity(dst, (e) => e.tags.length > 0);
    case 'self':
      if (!src.known || !dst.known) return src.tailnet && dst.tailnet ? U : F;
      return isUserDevice(src) && isUserDevice(dst) && src.user === dst.user ? T : F;
    case 'usersUnknown':
      return dst.known ? (isUserDevice(dst) ? U : F) : dst.tailnet ? U : F;
    case 'domain':
      return identity(dst, (e) => isUserDevice(e) && e.user!.endsWith('@' + d.domain));
    case 'ips': {
      const r = ipMatch(d.set, dst);
      return r === T || !d.internet ? r : or(r, dst.internet ? T : F);
    }
    case 'internet':
      return dst.internet ? T : F;
    case 'svc':
      return dst.svc === d.name ? T : F;
    case 'none':
      return F;
  }
}

export function postureAllows(c: CompiledPolicy, gate: PostureGate | null, attrs: PostureAttrs): boolean {
  const names = gate ? gate.names : c.defaultSrcPosture;
  if (names.length === 0) return true;
  return names.some((n) => {
    const conds = c.postures.get(n);
    return !!conds && conds.every((cond) => evalCondition(cond, attrs));
  });
}

/**
 * The lists of units that may match `dst`, in order: read in place, not copied into one list
 * (decide runs per test, address and protocol: 20,000 copies of the index's lists for 10,000 tests).
 */
function candidates(c: CompiledPolicy, dst: Endpoint): ReadonlyArray<readonly NetUnit[]> {
  const ix = c.index;
  if (!dst.known) return [c.units];
  const out: Array<readonly NetUnit[]> = [ix.any, ix.ips];
  if (dst.svc) out.push(ix.bySvc.get(dst.svc) ?? []);
  if (dst.tags.length > 0) {
    for (const t of dst.tags) out.push(ix.byTag.get(t) ?? []);
    out.push(ix.tagged);
  } else if (dst.user !== undefined) {
    out.push(ix.byUser.get(dst.user) ?? [], ix.member, ix.self, ix.userish);
  }
  if (dst.internet) out.push(ix.internet);
  return out;
}

/**
 * A list of units seen from a known source device, by what its sources can match. For a user's
 * own (untagged) device: the units whose sources may match any such device (`anyUser`), and those
 * that match only the users they name (`users`, by login). For a tagged device: the units that
 * may match any tagged device (`anyTagged`), and those that match only the tags they name
 * (`tags`). Positions in the list, ascending. A unit in neither never matches such a device.
 * Built once per list, when a list is first searched: each test of a resource scanned every rule
 * of it (10,000 grants' rules, or 10,000 rules over 300 tags).
 */
interface SourceSplit {
  users: Map<string, number[]>;
  anyUser: number[];
  tags: Map<string, number[]>;
  anyTagged: number[];
}

const SPLIT_MIN = 8;
const splits = new WeakMap<readonly NetUnit[], SourceSplit>();

export function bySource(list: readonly NetUnit[]): SourceSplit {
  const known = splits.get(list);
  if (known) return known;
  const split: SourceSplit = { users: new Map(), anyUser: [], tags: new Map(), anyTagged: [] };
  const add = (m: Map<string, number[]>, key: string, i: number): void => {
    const at = m.get(key);
    if (at) at.push(i);
    else m.set(key, [i]);
  };
  list.forEach((u, i) => {
    const m = u.src;
    // What matchSrc can answer other than F for a known device, besides the users or tags it names.
    if (m.any || m.ips) {
      split.anyUser.push(i);
      split.anyTagged.push(i);
      return;
    }
    if (m.member || m.domains.length > 0 || m.usersUnknown.length > 0) split.anyUser.push(i);
    else for (const login of m.users) add(split.users, login, i);
    if (m.tagged) split.anyTagged.push(i);
    else for (const tag of m.tags) add(split.tags, tag, i);
  });
  splits.set(list, split);
  return split;
}

/** The positions of `lists` (each ascending) in one ascending list, each once. */
function mergePositions(lists: readonly (readonly number[])[]): readonly number[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  if (nonEmpty.length === 2) {
    const [x, y] = nonEmpty as [readonly number[], readonly number[]];
    const out: number[] = [];
    let a = 0;
    let b = 0;
    while (a < x.length || b < y.length) {
      const v = b >= y.length || (a < x.length && x[a]! < y[b]!) ? x[a++]! : y[b++]!;
      if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
    }
    return out;
  }
  return [...new Set(nonEmpty.flat())].sort((p, q) => p - q);
}

/** Does one of the unit's protocol/port sets allow one of `protos` at `port`? */
function allowsAny(pps: readonly ProtoPorts[], protos: readonly number[], port: number): boolean {
  for (const pp of pps) for (const p of protos) if (allowsProtoPort(pp, p, port)) return true;
  return false;
}

export interface Decision {
  result: Tri;
  /** Units that certainly allow the connection. */
  allowedBy: NetUnit[];
  /** Units that may allow it (unknown). */
  maybe: NetUnit[];
}

/** Does any rule let `src` reach `dst` on one of `protos` at `port`? */
export function decide(
  c: CompiledPolicy,
  src: Endpoint,
  dst: Endpoint,
  protos: readonly number[],
  port: number,
  attrs: PostureAttrs,
): Decision {
  const allowedBy: NetUnit[] = [];
  const maybe: NetUnit[] = [];
  // Without postures (the common case) every unit passes the posture check; else each gate is
  // evaluated once per decision.
  let postureCache: Map<PostureGate | null, boolean> | undefined;
  const consider = (u: NetUnit): void => {
    if (!allowsAny(u.pp, protos, port)) return;
    if (u.posture !== null || c.defaultSrcPosture.length > 0) {
      postureCache ??= new Map();
      let ok = postureCache.get(u.posture);
      if (ok === undefined) {
        ok = postureAllows(c, u.posture, attrs);
        postureCache.set(u.posture, ok);
      }
      if (!ok) return;
    }
    const s = matchSrc(u.src, src);
    if (s === F) return;
    const r = and(s, matchDst(u.dst, dst, src));
    if (r === T) allowedBy.push(u);
    else if (r === U) maybe.push(u);
  };
  // A known device as the source (every test of a user or a tag): only the units whose sources
  // may match it, in their order in the list; the others cannot (bySource).
  const kind = !src.known ? undefined : isUserDevice(src) ? 'user' : src.tags.length > 0 ? 'tagged' : undefined;
  for (const list of candidates(c, dst)) {
    if (kind === undefined || list.length < SPLIT_MIN) {
      for (const u of list) consider(u);
      continue;
    }
    const split = bySource(list);
    const at =
      kind === 'user'
        ? mergePositions([split.users.get(src.user!) ?? [], split.anyUser])
        : mergePositions([split.anyTagged, ...src.tags.map((t) => split.tags.get(t) ?? [])]);
    for (const i of at) consider(list[i]!);
  }
  return { result: allowedBy.length > 0 ? T : maybe.length > 0 ? U : F, allowedBy, maybe };
}

// ---------------------------------------------------------------------------------------------
// SSH

export interface SshDecision {
  action: 'accept' | 'check' | 'deny' | 'undecidable';
  /** The rules deciding it: the check rules when `check`, the accept rules when `accept`. */
  by: SshUnit[];
  maybe: SshUnit[];
}

function loginMatch(u: SshUnit, login: string, src: Endpoint): Tri {
  if (u.logins.literal.has(login)) return T;
  if (u.logins.nonroot && login !== 'root') return T;
  let r: Tri = F;
  for (const d of u.logins.localpart) {
    if (!src.known) r = or(r, U);
    else if (isUserDevice(src) && src.user === `${login}@${d}`) return T;
  }
  return r;
}

export function decideSsh(
  c: CompiledPolicy,
  src: Endpoint,
  dst: Endpoint,
  login: string,
  attrs: PostureAttrs,
): SshDecision {
  const check: SshUnit[] = [];
  const accept: SshUnit[] = [];
  const maybeCheck: SshUnit[] = [];
  const maybeAccept: SshUnit[] = [];
  for (const u of c.ssh) {
    if (!postureAllows(c, u.posture, attrs)) continue;
    let r = matchSrc(u.src, src);
    if (r === F) continue;
    let d: Tri = F;
    for (const m of u.dst) d = or(d, matchDst(m, dst, src));
    r = and(r, and(d, loginMatch(u, login, src)));
    if (r === F) continue;
    const list = u.action === 'check' ? (r === T ? check : maybeCheck) : r === T ? accept : maybeAccept;
    list.push(u);
  }
  // "Tailscale evaluates SSH access rules using the most restrictive policies first: check, accept."
  if (check.length > 0) return { action: 'check', by: check, maybe: [] };
  if (maybeCheck.length > 0) return { action: 'undecidable', by: [], maybe: [...maybeCheck, ...maybeAccept] };
  if (accept.length > 0) return { action: 'accept', by: accept, maybe: [] };
  if (maybeAccept.length > 0) return { action: 'undecidable', by: [], maybe: maybeAccept };
  return { action: 'deny', by: [], maybe: [] };
}

// ---------------------------------------------------------------------------------------------
// Resolving a test's (or a query's) identities to endpoints

export interface Resolution {
  endpoints: Endpoint[];
  /** Set when the identity cannot be turned into devices offline. */
  undecidable?: string;
  /** Set when it can never be: the test fails. */
  fail?: string;
  notes: string[];
}

function deviceEndpoint(d: DeviceRec, label: string): Endpoint {
  return {
    label: `${label} (${d.name})`,
    ...(d.tags.length === 0 && d.user !== undefined ? { user: d.user } : {}),
    tags: d.tags,
    addrs: d.addrs,
    known: true,
    tailnet: true,
    internet: false,
    device: d.name,
    ...(d.attrs ? { postureAttributes: d.attrs } : {}),
  };
}

function resolveUser(c: CompiledPolicy, login: string, label = login): Resolution {
  if (c.devices) {
    const mine = c.devices.filter((d) => d.tags.length === 0 && d.user === login);
    if (mine.length > 0) return { endpoints: mine.map((d) => deviceEndpoint(d, label)), notes: [] };
  }
  return {
    endpoints: [{ label, user: login, tags: [], known: true, tailnet: true, internet: false }],
    notes: c.devices
      ? [`${login} has no device in the inventory; evaluated as a hypothetical device of that user`]
      : [],
  };
}

function resolveAddr(c: CompiledPolicy, a: IPAddr, label: string): Resolution {
  const d = c.index.byAddr.get(addrKey(a));
  if (d) return { endpoints: [deviceEndpoint(d, label)], notes: [] };
  const tailnet = inTailnetRange(a);
  return {
    endpoints: [
      {
        label,
        tags: [],
        addrs: [a],
        known: !!c.devices || !tailnet,
        tailnet,
        internet: isPublic(a),
      },
    ],
    notes:
      tailnet && !c.devices
        ? [`which device holds ${label} is not known offline; rules naming users or tags cannot be applied to it`]
        : [],
  };
}

/**
 * Turns a test's src or destination host into endpoints. `selfOf` is the source endpoint when
 * resolving a destination (for `autogroup:self`).
 */
export function resolveIdentity(c: CompiledPolicy, text: string, selfOf?: Endpoint): Resolution {
  const sel = parseSelector(text);
  switch (sel.kind) {
    case 'user':
      return resolveUser(c, sel.login);
    case 'group': {
      const g = c.groups.get(sel.name);
      if (!g) return { endpoints: [], undecidable: `the members of ${sel.name} are not known offline`, notes: [] };
      if (g.size === 0) return { endpoints: [], undecidable: `${sel.name} has no members`, notes: [] };
      const out: Resolution = { endpoints: [], notes: [] };
      for (const m of g) {
        const r = resolveUser(c, m, `${m} (in ${sel.name})`);
        out.endpoints.push(...r.endpoints);
        out.notes.push(...r.notes);
      }
      return out;
    }
    case 'tag': {
      if (c.devices) {
        const tagged = c.devices.filter((d) => d.tags.includes(sel.name));
        if (tagged.length > 0) return { endpoints: tagged.map((d) => deviceEndpoint(d, sel.name)), notes: [] };
      }
      return {
        endpoints: [{ label: sel.name, tags: [sel.name], known: true, tailnet: true, internet: false }],
        notes: c.devices ? [`no device in the inventory carries ${sel.name}; evaluated as a hypothetical one`] : [],
      };
    }
    case 'host': {
      const h = c.hosts.get(sel.name);
      if (!h) return { endpoints: [], fail: `host "${sel.name}" is not defined in "hosts"`, notes: [] };
      if (h.lo !== h.hi) return { endpoints: [], fail: `host "${sel.name}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: h.v, n: h.lo }, sel.name);
    }
    case 'ip':
      if (sel.range.lo !== sel.range.hi)
        return { endpoints: [], fail: `"${sel.text}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: sel.range.v, n: sel.range.lo }, sel.text);
    case 'ipset': {
      const r = c.ipsets.get(sel.name);
      const one = r?.set.single();
      if (!one) return { endpoints: [], fail: `${sel.name} is not one address`, notes: [] };
      return resolveAddr(c, one, sel.name);
    }
    case 'svc':
      return {
        endpoints: [{ label: sel.name, tags: [], known: true, tailnet: true, internet: false, svc: sel.name }],
        notes: [],
      };
    case 'autogroup':
      if (sel.name === 'autogroup:self' && selfOf) {
        if (!selfOf.known) {
          return {
            endpoints: [],
            undecidable: `whose devices autogroup:self means for ${selfOf.label} is not known offline`,
            notes: [],
          };
        }
        if (!isUserDevice(selfOf))
          return {
            endpoints: [],
            fail: `autogroup:self has no devices for ${selfOf.label}, which is not a user's device`,
            notes: [],
          };
        return resolveUser(c, selfOf.user!, `autogroup:self (${selfOf.user})`);
      }
      return { endpoints: [], undecidable: `which devices ${sel.name} stands for is not known offline`, notes: [] };
    default:
      return { endpoints: [], fail: `"${text}" does not name one device`, notes: [] };
  }
}
