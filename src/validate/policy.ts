/**
 * Offline validation of a whole (merged) Tailscale policy: structure and meaning, the rules
 * Tailscale enforces (reference sections 5, 6 and 8), with Tailscale's own wording where known
 * and a hint how to fix it. Every finding is located through the caller's Locator. Pure.
 *
 * Verdicts are tuned to agree with Tailscale's: a rule Tailscale is known (or documented) to
 * enforce is an error; a rule that is only suspected, or whose answer depends on the tailnet, is
 * a warning. Wrongly rejecting a policy Tailscale accepts blocks a user with no way around it,
 * so when in doubt this module warns.
 */
import { closest } from '../shared/suggest.js';
import { error, warning, type Finding, type JsonPath, type Locator } from '../shared/findings.js';
import { compilePolicy, exactFields, type CompiledPolicy } from '../evaluate/model.js';
import {
  ACL_FIELDS,
  ATTRCONFIG_FIELDS,
  AUTOAPPROVER_FIELDS,
  DERPMAP_FIELDS,
  DERPNODE_FIELDS,
  DERPREGION_FIELDS,
  GRANT_FIELDS,
  NODEATTR_FIELDS,
  SSHTEST_FIELDS,
  SSH_FIELDS,
  TEST_FIELDS,
  TOP_LEVEL_FIELDS,
  isObject,
  readObject,
  type Field,
  type JsonObject,
} from '../grammar/keys.js';
import { QUAD100_RANGE, isWholeFamily, parseAddressSpec, parseIP, parsePrefix, rangesOverlap } from '../grammar/ip.js';
import { hasPorts, isAllPorts, parseGrantIp, parsePortList, parseProto, splitHostPorts } from '../grammar/ports.js';
import { parsePostureCondition } from '../grammar/posture.js';
import {
  AUTOGROUPS,
  ROLE_AUTOGROUPS,
  checkServiceName,
  checkTagName,
  isMemberAutogroup,
  parseSelector,
  type Selector,
} from '../grammar/selectors.js';
import { sshTestProblems, testProblems } from '../evaluate/tests.js';
import { HOUR, formatGoDuration, parseGoDuration } from '../grammar/duration.js';

export interface PolicyValidationOptions {
  /** Login names known to exist (from a device inventory or the conformance case); undefined = unknown, don't check. */
  users?: readonly string[];
  /**
   * The policy already compiled by compilePolicy with the same `users` and no devices, so the
   * offline check builds its rule index once for validation and the tests.
   */
  compiled?: CompiledPolicy;
}

/** Tailscale capabilities in its reserved domains that grants may carry (seen accepted or documented). */
const KNOWN_TAILSCALE_CAPS = new Set([
  'tailscale.com/cap/drive',
  'tailscale.com/cap/kubernetes',
  'tailscale.com/cap/relay',
  'tailscale.com/cap/webui',
  'tailscale.com/cap/tsidp',
  'tailscale.com/cap/golink',
  'tailscale.com/cap/secrets',
  'tailscale.com/cap/tailsql',
  'tailscale.com/cap/derp',
  'tailscale.com/cap/pam',
]);
/** Node capabilities (nodeAttrs) that Tailscale refuses as grant capabilities. */
const REFUSED_TAILSCALE_CAPS = new Set([
  'tailscale.com/cap/funnel',
  'tailscale.com/cap/ingress',
  'tailscale.com/cap/relay-target',
]);

const ONE_CGNAT_VALUES = new Set(['', 'mac-always', 'mac-never']);

/** What a misplaced field usually means, by where it was found. */
const FIELD_HINTS: Record<string, Record<string, string>> = {
  acl: {
    ip: '"ip" belongs to grants; an ACL rule puts its ports in dst ("tag:server:443").',
    via: '"via" belongs to grants.',
    app: '"app" belongs to grants.',
  },
  grant: {
    action: 'A grant has no "action": every grant allows.',
    proto: 'A grant names protocols in "ip", e.g. "tcp:443" or "udp:53".',
    ports: 'A grant names ports in "ip", e.g. "tcp:443".',
    users: 'A grant names its sources in "src".',
  },
  test: {
    dst: 'A test lists its destinations in "accept" and "deny" ("<host>:<port>").',
    users: 'A test has one "src".',
    check: '"check" belongs to sshTests.',
  },
  sshTest: {
    proto: 'SSH tests have no protocol.',
    allow: 'SSH tests list logins in "accept", "check" and "deny".',
  },
};

type Ctx = 'acls' | 'grants' | 'ssh';

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

function suggest(key: string, known: readonly string[]): string {
  const best = closest(key, known, 2);
  return best ? ` Did you mean "${best}"?` : '';
}

/**
 * A string of an array field and its place; the path is built when a finding asks for it (most
 * strings have none: a path per grantee, port and destination was a fifth of validation's garbage).
 */
class Item {
  constructor(
    readonly s: string,
    private readonly base: JsonPath,
    private readonly key: string,
    private readonly i: number,
  ) {}

  get path(): JsonPath {
    return [...this.base, this.key, this.i];
  }
}

class Validator {
  readonly findings: Finding[] = [];
  readonly c: CompiledPolicy;
  readonly users?: Set<string>;
  private memberSpellings = new Map<string, JsonPath>();

  constructor(
    readonly policy: unknown,
    readonly locate: Locator,
    opts: PolicyValidationOptions,
  ) {
    const users = (opts.users ?? []).filter((u) => u !== '');
    if (users.length > 0) this.users = new Set(users);
    this.c = opts.compiled ?? compilePolicy(policy, this.users ? { users: [...this.users] } : {});
  }

  err(rule: string, path: JsonPath, message: string, key = false): void {
    this.findings.push(error(rule, message, this.locate(path, key ? { key: true } : undefined)));
  }

  warn(rule: string, path: JsonPath, message: string, key = false): void {
    this.findings.push(warning(rule, message, this.locate(path, key ? { key: true } : undefined)));
  }

  /** Reads an object's known fields, reporting unknown keys like Go's decoder. */
  fields(
    path: JsonPath,
    value: unknown,
    known: readonly string[],
    what: string,
    unknownAs: 'error' | 'warning' = 'error',
    hints: Record<string, string> = {},
  ): Map<string, Field> | undefined {
    if (!isObject(value)) {
      this.err(
        'policy/type',
        path,
        `json: cannot unmarshal ${jsonType(value)} into ${what} of type object: write it as {...}.`,
      );
      return undefined;
    }
    const exact = exactFields(value, known);
    if (exact) return exact;
    const r = readObject(value, known);
    for (const k of r.unknown) {
      const hint = Object.hasOwn(hints, k.toLowerCase()) ? hints[k.toLowerCase()] : undefined;
      const msg = `json: unknown field "${k}" in ${what}.${hint ? ` ${hint}` : `${suggest(k, known)} Known fields: ${known.join(', ')}.`}`;
      if (unknownAs === 'error') this.err('policy/unknown-field', [...path, k], msg, true);
      else this.warn('policy/unknown-field', [...path, k], `${msg} Tailscale may reject it.`, true);
    }
    for (const d of r.duplicates) {
      this.warn(
        'policy/duplicate-key',
        [...path, d.second],
        `"${d.first}" and "${d.second}" are the same field (Tailscale matches field names case-insensitively); the later one wins. Keep one.`,
        true,
      );
    }
    return r.fields;
  }

  array(path: JsonPath, f: Field | undefined, what: string): unknown[] | undefined {
    if (!f) return undefined;
    if (!Array.isArray(f.value)) {
      this.err(
        'policy/type',
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" (${what}) of type array: write it as [...].`,
      );
      return undefined;
    }
    return f.value;
  }

  /** The strings of an array field, each with its path; non-strings are reported. */
  strings(base: JsonPath, f: Field | undefined, what: string): Array<{ s: string; path: JsonPath }> | undefined {
    if (!f) return undefined;
    if (!Array.isArray(f.value)) {
      this.array([...base, f.key], f, what);
      return undefined;
    }
    const arr: unknown[] = f.value;
    const out: Array<{ s: string; path: JsonPath }> = [];
    for (let i = 0; i < arr.length; i++) {
      const x = arr[i];
      if (typeof x === 'string') out.push(new Item(x, base, f.key, i));
      else if (x !== null && (x !== undefined || i in arr))
        this.err(
          'policy/type',
          [...base, f.key, i],
          `json: cannot unmarshal ${jsonType(x)} into an element of "${f.key}" of type string.`,
        );
    }
    return out;
  }

  string(base: JsonPath, f: Field | undefined): string | undefined {
    if (!f) return undefined;
    if (typeof f.value !== 'string') {
      this.err(
        'policy/type',
        [...base, f.key],
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type string.`,
      );
      return undefined;
    }
    return f.value;
  }

  bool(base: JsonPath, f: Field | undefined): void {
    if (f && typeof f.value !== 'boolean') {
      this.err(
        'policy/type',
        [...base, f.key],
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type bool: write true or false.`,
      );
    }
  }

  // -------------------------------------------------------------------------------------------

  run(): void {
    if (!isObject(this.policy)) {
      this.err('policy/type', [], `The policy must be a JSON object ({...}), not ${jsonType(this.policy)}.`);
      return;
    }
    const r = readObject(this.policy, TOP_LEVEL_FIELDS);
    for (const k of r.unknown) {
      if (k.toLowerCase() === 'nodevisibility') {
        this.warn(
          'policy/unknown-field',
          [k],
          `"${k}" is only accepted on tailnets where Tailscale enabled it; elsewhere Tailscale rejects it with json: unknown field "${k}".`,
          true,
        );
        continue;
      }
      this.err(
        'policy/unknown-field',
        [k],
        `json: unknown field "${k}": not a section of a Tailscale policy file.${suggest(k, TOP_LEVEL_FIELDS)}`,
        true,
      );
    }
    for (const d of r.duplicates) {
      this.warn(
        'policy/duplicate-key',
        [d.second],
        `"${d.first}" and "${d.second}" are the same section (Tailscale matches names case-insensitively); the later one replaces the earlier. Keep one.`,
        true,
      );
    }
    const f = r.fields;
    const at = (name: string): JsonPath => [f.get(name)?.key ?? name];
    this.groups(at('groups'), f.get('groups'));
    this.tagOwners(at('tagOwners'), f.get('tagOwners'));
    this.hosts(at('hosts'), f.get('hosts'));
    this.ipsets(at('ipsets'), f.get('ipsets'));
    this.postures(at('postures'), f.get('postures'));
    const dsp = this.strings([], f.get('defaultSrcPosture'), 'posture names');
    for (const p of dsp ?? []) this.postureRef(p.s, p.path);
    this.acls(at('acls'), f.get('acls'));
    this.grants(at('grants'), f.get('grants'));
    this.ssh(at('ssh'), f.get('ssh'));
    this.nodeAttrs(at('nodeAttrs'), f.get('nodeAttrs'));
    this.autoApprovers(at('autoApprovers'), f.get('autoApprovers'));
    this.tests(at('tests'), f.get('tests'));
    this.sshTests(at('sshTests'), f.get('sshTests'));
    this.derpMap(at('derpMap'), f.get('derpMap'));
    this.attrConfig(at('attrConfig'), f.get('attrConfig'));
    this.bool([], f.get('disableIPv4'));
    this.bool([], f.get('randomizeClientPort'));
    const cg = this.string([], f.get('OneCGNATRoute'));
    if (cg !== undefined && !ONE_CGNAT_VALUES.has(cg)) {
      this.err(
        'policy/invalid-value',
        at('OneCGNATRoute'),
        `OneCGNATRoute "${cg}" is not valid: use "", "mac-always" or "mac-never".`,
      );
    }
    if (this.memberSpellings.size > 1) {
      const p = this.memberSpellings.get('autogroup:members')!;
      this.err(
        'selector/autogroup-members',
        p,
        'autogroup:member and autogroup:members cannot both be used in one policy file: use autogroup:member (autogroup:members is its old name).',
      );
    }
  }

  // ------------------------------------------------------------------------- definitions

  groups(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        'policy/type',
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "groups" of type object: write {"group:name": ["user@example.com"]}.`,
      );
      return;
    }
    for (const [g, members] of Object.entries(f.value)) {
      const p = [...path, g];
      if (!g.startsWith('group:') || g.length === 'group:'.length) {
        this.err(
          'group/invalid-name',
          p,
          `groups: "${g}" is not a valid group name: group names start with "group:", e.g. "group:eng".`,
          true,
        );
      }
      if (members === null) continue;
      if (!Array.isArray(members)) {
        this.err(
          'policy/type',
          p,
          `json: cannot unmarshal ${jsonType(members)} into groups["${g}"] of type []string: list the members' login names.`,
        );
        continue;
      }
      members.forEach((m, i) => {
        const mp = [...p, i];
        if (typeof m !== 'string') {
          this.err(
            'policy/type',
            mp,
            `json: cannot unmarshal ${jsonType(m)} into an element of groups["${g}"] of type string.`,
          );
          return;
        }
        const t = m.trim();
        if (t.startsWith('group:')) {
          this.err(
            'group/recursive',
            mp,
            `groups["${g}"]: "${t}": group members cannot be recursive. Groups cannot contain other groups: list the users of ${t} here instead.`,
          );
        } else if (!t.includes('@')) {
          this.warn(
            'group/member',
            mp,
            `groups["${g}"]: "${t}" does not look like a login name (user@example.com); group members are users.`,
          );
        } else if (this.users && !this.users.has(t)) {
          this.warn(
            'ref/unknown-user',
            mp,
            `"${g}": user not found: "${t}". Tailscale only warns; check the spelling of the login name.`,
          );
        }
      });
    }
  }

  tagOwners(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        'policy/type',
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "tagOwners" of type object: write {"tag:name": ["owner"]}.`,
      );
      return;
    }
    for (const [t, owners] of Object.entries(f.value)) {
      const p = [...path, t];
      const bad = checkTagName(t);
      if (bad)
        this.err(
          'tag/invalid-name',
          p,
          `tagOwners["${t}"]: ${bad}. A tag is "tag:" + a letter, then letters, digits or dashes.`,
          true,
        );
      if (owners === null) continue;
      if (!Array.isArray(owners)) {
        this.err(
          'policy/type',
          p,
          `json: cannot unmarshal ${jsonType(owners)} into tagOwners["${t}"] of type []string.`,
        );
        continue;
      }
      owners.forEach((o, i) => {
        const op = [...p, i];
        if (typeof o !== 'string') {
          this.err(
            'policy/type',
            op,
            `json: cannot unmarshal ${jsonType(o)} into an element of tagOwners["${t}"] of type string.`,
          );
          return;
        }
        const sel = parseSelector(o);
        const prefix = `tagOwners["${t}"]: `;
        switch (sel.kind) {
          case 'user':
            if (this.users && !this.users.has(sel.login))
              this.warn('ref/unknown-user', op, `${prefix}user not found: "${sel.login}".`);
            break;
          case 'group':
          case 'tag':
          case 'autogroup':
            this.ref(sel, o, op, prefix);
            break;
          default:
            this.err(
              'tag/invalid-owner',
              op,
              `${prefix}"${o.trim()}" cannot own a tag: owners are users, groups, autogroups or other tags.`,
            );
        }
      });
    }
  }

  hosts(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        'policy/type',
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "hosts" of type object: write {"name": "100.64.0.1"}.`,
      );
      return;
    }
    for (const [h, v] of Object.entries(f.value)) {
      const p = [...path, h];
      if (h.includes('@')) {
        this.err(
          'host/invalid-name',
          p,
          `hosts["${h}"]: host names cannot include "@" (that would read as a user).`,
          true,
        );
      } else if (h === '' || h.includes(':') || /\s/.test(h) || h === '*' || parseAddressSpec(h)) {
        this.err(
          'host/invalid-name',
          p,
          `hosts["${h}"]: "${h}" cannot be a host name: use letters, digits, dots, dashes or underscores.`,
          true,
        );
      }
      if (typeof v !== 'string') {
        this.err(
          'policy/type',
          p,
          `json: cannot unmarshal ${jsonType(v)} into hosts["${h}"] of type string: write one IP address or CIDR.`,
        );
        continue;
      }
      const t = v.trim();
      if (!parsePrefix(t) && !parseIP(t)) {
        this.err(
          'host/invalid-address',
          p,
          `hosts["${h}"]: "${v}": invalid IP address or CIDR. A host maps to one IP address or one CIDR prefix.`,
        );
      }
    }
  }

  ipsets(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err('policy/type', path, `json: cannot unmarshal ${jsonType(f.value)} into "ipsets" of type object.`);
      return;
    }
    const sets = f.value;
    for (const [name, ops] of Object.entries(sets)) {
      const p = [...path, name];
      if (!name.startsWith('ipset:') || name.length === 'ipset:'.length) {
        this.err(
          'ipset/invalid-name',
          p,
          `ipsets: "${name}" is not a valid IP set name: names start with "ipset:".`,
          true,
        );
      }
      if (!Array.isArray(ops)) {
        this.err('policy/type', p, `json: cannot unmarshal ${jsonType(ops)} into ipsets["${name}"] of type []string.`);
        continue;
      }
      const hasRemove = ops.some((o) => typeof o === 'string' && /^\s*remove\s/.test(o));
      ops.forEach((o, i) => {
        const op = [...p, i];
        if (typeof o !== 'string') {
          this.err(
            'policy/type',
            op,
            `json: cannot unmarshal ${jsonType(o)} into an element of ipsets["${name}"] of type string.`,
          );
          return;
        }
        const m = /^\s*(add|remove)\s+(.*)$/.exec(o);
        if (!m && hasRemove) {
          this.err(
            'ipset/invalid',
            op,
            `ipsets["${name}"]: "${o}": write "add ${o.trim()}"; the "add" prefix may only be left out when the set has no "remove".`,
          );
        }
        const target = (m ? m[2]! : o).trim();
        const bad = (why: string): void => this.err('ipset/invalid', op, `ipsets["${name}"]: "${target}": ${why}`);
        if (target.startsWith('host:')) {
          if (!this.c.hosts.has(target.slice(5)))
            this.err(
              'ref/unknown-host',
              op,
              `ipsets["${name}"]: host not found: "${target.slice(5)}". Define it in "hosts".`,
            );
        } else if (target.startsWith('ipset:')) {
          if (!Object.prototype.hasOwnProperty.call(sets, target))
            this.err('ref/unknown-ipset', op, `ipsets["${name}"]: IP set not found: "${target}".`);
          else if (this.ipsetReaches(sets, target, name)) bad('IP sets cannot refer to each other in a circle.');
        } else if (target === 'autogroup:internet') {
          // allowed
        } else if (target.startsWith('autogroup:')) {
          bad('autogroup:internet is the only autogroup an IP set may hold.');
        } else if (target.startsWith('tag:') || target.startsWith('group:') || target.includes('@')) {
          bad('IP sets hold addresses (IPs, CIDRs, ranges, hosts, other IP sets), not tags, groups or users.');
        } else if (!parseAddressSpec(target)) {
          bad('not an IP, CIDR, range (a-b), "host:<name>", "ipset:<name>" or autogroup:internet.');
        }
      });
    }
  }

  private ipsetReaches(sets: JsonObject, from: string, target: string, seen = new Set<string>()): boolean {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    const ops = sets[from];
    if (!Array.isArray(ops)) return false;
    for (const o of ops) {
      if (typeof o !== 'string') continue;
      const t = o.replace(/^\s*(add|remove)\s+/, '').trim();
      if (t.startsWith('ipset:') && this.ipsetReaches(sets, t, target, seen)) return true;
    }
    return false;
  }

  postures(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err('policy/type', path, `json: cannot unmarshal ${jsonType(f.value)} into "postures" of type object.`);
      return;
    }
    for (const [name, conds] of Object.entries(f.value)) {
      const p = [...path, name];
      if (!name.startsWith('posture:') || name.length === 'posture:'.length) {
        this.err(
          'posture/invalid-name',
          p,
          `postures: "${name}" is not a valid posture name: names start with "posture:".`,
          true,
        );
      }
      if (!Array.isArray(conds)) {
        this.err(
          'policy/type',
          p,
          `json: cannot unmarshal ${jsonType(conds)} into postures["${name}"] of type []string.`,
        );
        continue;
      }
      conds.forEach((cond, i) => {
        if (typeof cond !== 'string') {
          this.err(
            'policy/type',
            [...p, i],
            `json: cannot unmarshal ${jsonType(cond)} into an element of postures["${name}"] of type string.`,
          );
          return;
        }
        const r = parsePostureCondition(cond);
        if (!r.ok) this.err('posture/invalid', [...p, i], `postures["${name}"]: ${r.error}.`);
      });
    }
  }

  postureRef(name: string, path: JsonPath): void {
    const n = name.trim();
    if (!this.c.postures.has(n)) {
      this.err(
        'ref/unknown-posture',
        path,
        `posture not found: "${n}". Define it in "postures" (names start with "posture:").`,
      );
    }
  }

  // ------------------------------------------------------------------------- references

  /**
   * Checks a group / tag / host / ipset / autogroup / user reference; `prefix` starts the
   * message the way Tailscale does (`src=`, `dst="tag:x:22": `, `tagOwners["tag:a"]: `).
   */
  ref(sel: Selector, text: string, path: JsonPath, prefix: string): void {
    switch (sel.kind) {
      case 'tag':
        if (!this.c.tags.has(sel.name)) {
          const hint = /:[0-9*,-]+$/.test(sel.name.slice(4))
            ? ' This selector takes no port.'
            : ' Define the tag in "tagOwners" first, or fix its name.';
          this.err('ref/unknown-tag', path, `${prefix}tag not found: "${sel.name}".${hint}`);
        }
        break;
      case 'group':
        if (!this.c.groups.has(sel.name) && !sel.name.includes('@')) {
          this.err(
            'ref/unknown-group',
            path,
            `${prefix}group not found: "${sel.name}". Define it in "groups", or fix its name.`,
          );
        }
        break;
      case 'host':
        if (!this.c.hosts.has(sel.name)) {
          this.err(
            'ref/unknown-host',
            path,
            `${prefix}"${sel.name}": invalid address: it is not a host defined in "hosts", an IP or CIDR, a user (user@domain) or a tag. Define the host in "hosts", or fix the name.`,
          );
        }
        break;
      case 'ipset':
        if (!this.c.ipsets.has(sel.name))
          this.err('ref/unknown-ipset', path, `${prefix}IP set not found: "${sel.name}". Define it in "ipsets".`);
        break;
      case 'autogroup':
        if (!AUTOGROUPS.has(sel.name)) {
          this.err(
            'selector/invalid',
            path,
            `${prefix}"${sel.name}" is not a valid autogroup. Known autogroups: ${[...AUTOGROUPS].join(', ')}.`,
          );
        } else if (sel.name === 'autogroup:nonroot') {
          this.err('selector/invalid', path, `${prefix}autogroup:nonroot only belongs in the "users" of an ssh rule.`);
        }
        if (isMemberAutogroup(sel.name) && !this.memberSpellings.has(sel.name))
          this.memberSpellings.set(sel.name, path);
        break;
      case 'user':
        if (this.users && !this.users.has(sel.login)) {
          this.warn(
            'ref/unknown-user',
            path,
            `${prefix}user not found: "${sel.login}": no such user in the tailnet. Check the login name.`,
          );
        }
        break;
      case 'userDomain':
        this.domainRef(sel.domain, path, text.trim(), 'user:*@<domain>');
        break;
      case 'svc': {
        const bad = checkServiceName(sel.name);
        if (bad) this.err('selector/invalid', path, `${prefix}"${sel.name}": ${bad}.`);
        break;
      }
      case 'invalid':
        this.err('selector/invalid', path, `${prefix}"${sel.text.trim()}": ${sel.reason}.`);
        break;
      default:
        break;
    }
  }

  /** `user:*@d` and `localpart:*@d`: d must be a domain of the tailnet. */
  domainRef(domain: string, path: JsonPath, text: string, form: string): void {
    const msg = `${domain} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
    if (domain.includes('*')) {
      this.err('selector/domain', path, `${msg}: "${text}" takes one literal domain of the tailnet, no wildcards.`);
    } else if (domain === '') {
      this.warn('selector/domain', path, `"${text}" has no domain: write ${form} with the tailnet's domain.`);
    } else if (this.users && ![...this.users].some((u) => u.endsWith('@' + domain))) {
      this.err(
        'selector/domain',
        path,
        `${msg}: no user of this tailnet has a login in "${domain}" (domains are case-sensitive here).`,
      );
    }
  }

  /**
   * Selectors that were checked without a finding, by side and context: the same text checks the
   * same way again (the checks read only the text and the policy's definitions), so it is parsed
   * and checked once. The rules of 10,000 grants repeat their resource's dst and their grantees.
   */
  private cleanSelectors = new Map<string, Map<string, Selector>>();

  /** Each grant `ip` entry parsed once: every grant of a resource repeats its entries. */
  private grantIps = new Map<string, ReturnType<typeof parseGrantIp>>();

  /** A src/dst selector of an ACL, grant or SSH rule. */
  selector(
    text: string,
    where: JsonPath | { readonly path: JsonPath },
    side: 'src' | 'dst',
    ctx: Ctx,
    prefix: string,
  ): Selector {
    const kind = side + ctx;
    let clean = this.cleanSelectors.get(kind);
    if (clean === undefined) this.cleanSelectors.set(kind, (clean = new Map()));
    const known = clean.get(text);
    if (known !== undefined) return known;
    const before = this.findings.length;
    const path = Array.isArray(where) ? where : (where as { readonly path: JsonPath }).path;
    const sel = this.checkSelector(text, path, side, ctx, prefix);
    if (this.findings.length === before) clean.set(text, sel);
    return sel;
  }

  private checkSelector(text: string, path: JsonPath, side: 'src' | 'dst', ctx: Ctx, prefix: string): Selector {
    const sel = parseSelector(text);
    if (sel.kind === 'autogroup') {
      if (side === 'src' && sel.name === 'autogroup:self') {
        this.err(
          'selector/autogroup-self-src',
          path,
          `"autogroup:self" not valid on the src side of a rule. Put the users or groups in src and autogroup:self in dst.`,
        );
        return sel;
      }
      if (side === 'src' && sel.name === 'autogroup:internet') {
        this.err(
          'selector/invalid',
          path,
          `"autogroup:internet" not valid on the src side of a rule: it is a destination (the internet through exit nodes).`,
        );
        return sel;
      }
      if (side === 'dst' && sel.name === 'autogroup:danger-all') {
        this.err('selector/invalid', path, 'cannot use autogroup:danger-all as a dst. Use "*" for every destination.');
        return sel;
      }
      if (side === 'dst' && sel.name === 'autogroup:shared') {
        this.err(
          'selector/invalid',
          path,
          `"autogroup:shared" not valid on the dst side of a rule: it stands for users who accepted a share, as a source.`,
        );
        return sel;
      }
    }
    if (sel.kind === 'svc' && (side === 'src' || ctx === 'ssh')) {
      this.err(
        'selector/invalid',
        path,
        `${prefix}"${sel.name}": Tailscale Services can only be destinations of grants.`,
      );
      return sel;
    }
    if (sel.kind === 'svc' && ctx === 'acls') {
      this.warn(
        'selector/invalid',
        path,
        `${prefix}"${sel.name}": Tailscale Services are addressed from grants; acls may not accept them.`,
      );
    }
    this.ref(sel, text, path, prefix);
    return sel;
  }

  /** autogroup:self in dst needs users, groups or supported autogroups in src (grants: not "*"). */
  selfCompat(ctx: Ctx, srcs: Array<{ s: string; path: JsonPath }>, selfPath: JsonPath): void {
    for (const { s } of srcs) {
      const sel = parseSelector(s);
      let ok: boolean;
      switch (sel.kind) {
        case 'user':
        case 'group':
        case 'userDomain':
          ok = true;
          break;
        case 'any':
          ok = ctx === 'acls';
          break;
        case 'autogroup':
          ok = isMemberAutogroup(sel.name) || ROLE_AUTOGROUPS.has(sel.name) || sel.name === 'autogroup:shared';
          break;
        default:
          ok = false;
      }
      if (!ok) {
        this.err(
          'selector/autogroup-self',
          selfPath,
          `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.trim()}" is not one. Move "${s.trim()}" to a rule of its own without autogroup:self.`,
        );
        return;
      }
    }
  }

  // ------------------------------------------------------------------------- rules

  acls(path: JsonPath, f: Field | undefined): void {
    const rules = this.array(path, f, 'ACL rules');
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, ACL_FIELDS, `acls[${i}]`, 'error', FIELD_HINTS['acl']);
      if (!fl) return;
      if ((fl.has('src') && fl.has('users')) || (fl.has('dst') && fl.has('ports'))) {
        this.err(
          'policy/invalid',
          p,
          'Only one of Src/Dst or Users/Ports may be specified: "users" and "ports" are the old names of "src" and "dst".',
        );
      }
      const action = this.string(p, fl.get('action'));
      if (action === undefined || action.trim() !== 'accept') {
        const a = action ?? '';
        const ap = fl.get('action') ? [...p, fl.get('action')!.key] : p;
        if (a.trim().toLowerCase() === 'accept') {
          this.warn(
            'acl/action',
            ap,
            `action="${a}": write "accept" in lower case; Tailscale may not accept other spellings.`,
          );
        } else if (!fl.get('action') || typeof fl.get('action')!.value === 'string') {
          this.err(
            'acl/action',
            ap,
            `action="${a}" is not supported: ACL rules only "accept" (access is denied by default, so there is no "deny"; remove what should not be allowed).`,
          );
        }
      }
      const srcField = fl.get('src') ?? fl.get('users');
      const srcs = this.strings(p, srcField, 'sources') ?? [];
      for (const s of srcs) this.selector(s.s, s, 'src', 'acls', 'src=');
      let proto: number | undefined;
      const protoF = fl.get('proto');
      const protoText = this.string(p, protoF);
      if (protoText !== undefined && protoText.trim() !== '') {
        const pr = parseProto(protoText);
        if (!pr.ok) this.err('proto/invalid', [...p, protoF!.key], `${pr.error}.`);
        else proto = pr.value;
      }
      const dstField = fl.get('dst') ?? fl.get('ports');
      const dsts = this.strings(p, dstField, 'destinations') ?? [];
      for (const d of dsts) {
        const e = d.s.trim();
        const hp = splitHostPorts(e);
        if (!hp) {
          this.err(
            'port/invalid',
            d.path,
            `dst="${e}": missing port: an ACL destination is "<host>:<ports>", e.g. "${e}:*" or "${e}:22".`,
          );
          continue;
        }
        const ports = parsePortList(hp.ports);
        if (!ports.ok) {
          this.err(
            'port/invalid',
            d.path,
            `dst="${e}": ${ports.error}. Ports are "*", a number, a range "80-90" or a comma list "22,80,443".`,
          );
          continue;
        }
        if (proto !== undefined && !hasPorts(proto) && !isAllPorts(ports.value)) {
          this.err(
            'port/invalid',
            d.path,
            `dst="${e}": only TCP, UDP and SCTP traffic has ports; with proto "${protoText}" use "${hp.host}:*".`,
          );
        }
        if (hp.bracketed && !parseIP(hp.host)?.v) {
          this.err('selector/invalid', d.path, `dst="${e}": only an IPv6 address goes in brackets.`);
          continue;
        }
        const sel = this.selector(hp.host, d, 'dst', 'acls', `dst="${e}": `);
        if (sel.kind === 'autogroup' && sel.name === 'autogroup:self') this.selfCompat('acls', srcs, d.path);
      }
      this.srcPosture(p, fl.get('srcPosture'));
    });
  }

  srcPosture(p: JsonPath, f: Field | undefined): void {
    for (const s of this.strings(p, f, 'posture names') ?? []) this.postureRef(s.s, s.path);
  }

  grants(path: JsonPath, f: Field | undefined): void {
    const rules = this.array(path, f, 'grants');
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, GRANT_FIELDS, `grants[${i}]`, 'error', FIELD_HINTS['grant']);
      if (!fl) return;
      const srcs = this.strings(p, fl.get('src'), 'sources') ?? [];
      for (const s of srcs) this.selector(s.s, s, 'src', 'grants', 'src=');
      const ips = this.strings(p, fl.get('ip'), 'protocols and ports') ?? [];
      const appF = fl.get('app');
      let appCount = 0;
      if (appF) {
        const ap = [...p, appF.key];
        if (!isObject(appF.value)) {
          this.err(
            'policy/type',
            ap,
            `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object: write {"example.com/cap/name": [{...}]}.`,
          );
        } else {
          for (const [cap, params] of Object.entries(appF.value)) {
            appCount++;
            this.capability(cap, [...ap, cap]);
            if (params !== null && !Array.isArray(params)) {
              this.err(
                'policy/type',
                [...ap, cap],
                `json: cannot unmarshal ${jsonType(params)} into app["${cap}"] of type array: write [{...}].`,
              );
            }
          }
        }
      }
      if (ips.length === 0 && appCount === 0) {
        this.err(
          'grant/empty',
          p,
          'ip and app can not both be empty: say what the grant allows, e.g. "ip": ["tcp:443"] or "ip": ["*"].',
        );
      }
      for (const e of ips) {
        let r = this.grantIps.get(e.s);
        if (r === undefined) this.grantIps.set(e.s, (r = parseGrantIp(e.s)));
        if (!r.ok) {
          const rule = /proto/.test(r.error) ? 'proto/invalid' : 'port/invalid';
          this.err(
            rule,
            e.path,
            `${r.error}. An ip entry is "*", a port or range ("443", "80-90"), or "<proto>:<ports>" ("tcp:443", "icmp:*").`,
          );
        } else if (r.commaList) {
          this.warn(
            'port/comma-list',
            e.path,
            `"${e.s}": comma lists inside one ip entry are not documented; write one entry per port or range.`,
          );
        }
      }
      const dsts = this.strings(p, fl.get('dst'), 'destinations') ?? [];
      for (const d of dsts) {
        const e = d.s.trim();
        const sel = this.selector(d.s, d, 'dst', 'grants', `dst="${e}": `);
        if (sel.kind === 'ip' && isWholeFamily(sel.range)) {
          this.err(
            'selector/invalid',
            d.path,
            `dst "${e}": to allow all IP addresses, use "*" or "autogroup:internet"`,
          );
        }
        if (sel.kind === 'autogroup' && sel.name === 'autogroup:self') this.selfCompat('grants', srcs, d.path);
        if (sel.kind === 'autogroup' && sel.name === 'autogroup:internet' && appCount > 0) {
          this.err(
            'grant/app-internet',
            d.path,
            'cannot use app grants with autogroup:internet: application capabilities apply to tailnet devices; split the app part into its own grant.',
          );
        }
      }
      for (const v of this.strings(p, fl.get('via'), 'routers') ?? []) {
        const sel = parseSelector(v.s);
        if (sel.kind !== 'tag')
          this.err(
            'grant/via',
            v.path,
            `via can only be a tag: "${v.s.trim()}" is not one. List the tags of the routers or exit nodes.`,
          );
        else if (!this.c.tags.has(sel.name))
          this.err('ref/unknown-tag', v.path, `tag "${sel.name}" not found. Define it in "tagOwners".`);
      }
      this.srcPosture(p, fl.get('srcPosture'));
    });
  }

  capability(cap: string, path: JsonPath): void {
    const m = /^([^/\s:]+)\/(\S+)$/.exec(cap);
    if (!m) {
      this.err(
        'grant/capability',
        path,
        `capability name must have the form {domain}/{path}: "${cap}" (e.g. "example.com/cap/admin", without a scheme).`,
        true,
      );
      return;
    }
    const domain = m[1]!.toLowerCase();
    if (domain === 'tailscale.com' || domain === 'tailscale.io') {
      if (REFUSED_TAILSCALE_CAPS.has(cap)) {
        this.err(
          'grant/capability',
          path,
          `capability name must not be in the tailscale.com domain: "${cap}" is not a grant capability (Tailscale reserves that domain).`,
          true,
        );
      } else if (!KNOWN_TAILSCALE_CAPS.has(cap)) {
        this.warn(
          'grant/capability',
          path,
          `"${cap}" is in a domain Tailscale reserves and is not a capability tailpolicy knows; Tailscale may reject it with "capability name must not be in the tailscale.com domain".`,
          true,
        );
      }
    }
  }

  ssh(path: JsonPath, f: Field | undefined): void {
    const rules = this.array(path, f, 'SSH rules');
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, SSH_FIELDS, `ssh[${i}]`);
      if (!fl) return;
      const actionF = fl.get('action');
      const action = this.string(p, actionF);
      const ap = actionF ? [...p, actionF.key] : p;
      if (action === undefined || action.trim() === '') {
        if (!actionF || typeof actionF.value === 'string') {
          this.err('ssh/invalid-action', ap, 'action must be specified: "accept" or "check".');
        }
      } else if (action.trim() !== 'accept' && action.trim() !== 'check') {
        this.err(
          'ssh/invalid-action',
          ap,
          `${JSON.stringify(action)} is not a valid action: use "accept" or "check" (lower case). There is no "deny": access is denied by default.`,
        );
      }
      const srcs = this.strings(p, fl.get('src'), 'sources') ?? [];
      for (const s of srcs) {
        const sel = parseSelector(s.s);
        const t = s.s.trim();
        if (sel.kind === 'any' || sel.kind === 'ip' || sel.kind === 'host' || sel.kind === 'ipset') {
          this.err(
            'ssh/invalid-src',
            s.path,
            `"${t}" is not allowed in src of an ssh rule: SSH sources are users, groups, tags or autogroups, not "*", IPs or hosts.`,
          );
          continue;
        }
        this.selector(s.s, s, 'src', 'ssh', 'src=');
      }
      const dsts = this.strings(p, fl.get('dst'), 'destinations') ?? [];
      for (const d of dsts) {
        const t = d.s.trim();
        const sel = parseSelector(d.s);
        if (
          sel.kind === 'any' ||
          sel.kind === 'ip' ||
          sel.kind === 'host' ||
          sel.kind === 'ipset' ||
          sel.kind === 'svc' ||
          sel.kind === 'userDomain'
        ) {
          this.err(
            'ssh/invalid-dst',
            d.path,
            `invalid dst "${t}": SSH destinations are tags, autogroup:self or a user's devices, not hosts, IPs or "*" (and take no port).`,
          );
          continue;
        }
        this.selector(d.s, d, 'dst', 'ssh', `dst="${t}": `);
        if (sel.kind === 'autogroup' && sel.name === 'autogroup:self') {
          for (const s of srcs) {
            const ss = parseSelector(s.s);
            const ok =
              ss.kind === 'user' ||
              ss.kind === 'group' ||
              ss.kind === 'userDomain' ||
              (ss.kind === 'autogroup' &&
                (isMemberAutogroup(ss.name) || ROLE_AUTOGROUPS.has(ss.name) || ss.name === 'autogroup:shared'));
            if (!ok) {
              this.err(
                'selector/autogroup-self',
                d.path,
                `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.s.trim()}" is not one. Use a separate ssh rule for it.`,
              );
              break;
            }
          }
        } else if (sel.kind === 'user') {
          if (srcs.length === 0 || srcs.some((s) => s.s.trim() !== sel.login)) {
            this.err(
              'ssh/invalid-dst',
              d.path,
              `invalid dst "${t}": a user's devices are an SSH destination only when src is that same user. Use a tag, or autogroup:self.`,
            );
          }
        } else if (sel.kind === 'group' || (sel.kind === 'autogroup' && sel.name !== 'autogroup:self')) {
          this.warn(
            'ssh/invalid-dst',
            d.path,
            `"${t}" as an SSH destination is not documented (tags, autogroup:self or the src user are); Tailscale may reject it.`,
          );
        }
      }
      const usersF = fl.get('users');
      const users = this.strings(p, usersF, 'login names');
      if (!users || users.length === 0) {
        if (!usersF || Array.isArray(usersF.value)) {
          this.err(
            'ssh/users',
            usersF ? [...p, usersF.key] : p,
            'users must be specified: list the login names allowed on the destination, e.g. ["root"], ["autogroup:nonroot"] or ["localpart:*@example.com"].',
          );
        }
      } else {
        for (const u of users) {
          const t = u.s.trim();
          if (t === '' || t === '*') {
            this.err(
              'ssh/users',
              u.path,
              `user ${JSON.stringify(t)} is not valid: name the login (e.g. "root"), or use "autogroup:nonroot" for every login but root.`,
            );
          } else if (t.startsWith('localpart:*@')) {
            this.domainRef(t.slice('localpart:*@'.length), u.path, t, 'localpart:*@<domain>');
          }
        }
      }
      const cpF = fl.get('checkPeriod');
      const cp = this.string(p, cpF);
      if (cp !== undefined && cp.trim() !== 'always') {
        const cpp = [...p, cpF!.key];
        const d = parseGoDuration(cp.trim());
        if (!d.ok) this.err('ssh/check-period', cpp, `${d.error}: write a duration like "12h" or "30m", or "always".`);
        else if (d.ns < 0n)
          this.err('ssh/check-period', cpp, `checkPeriod ${formatGoDuration(d.ns)} must be a positive duration.`);
        else if (d.ns > 168n * HOUR)
          this.err('ssh/check-period', cpp, `checkPeriod ${formatGoDuration(d.ns)} is above the max (168h).`);
      }
      for (const e of this.strings(p, fl.get('acceptEnv'), 'environment variable names') ?? []) {
        if (e.s === '')
          this.err(
            'ssh/accept-env',
            e.path,
            'acceptEnv values cannot be empty: name a variable, or a pattern with * and ?.',
          );
      }
      for (const r of this.strings(p, fl.get('recorder'), 'recorders') ?? []) {
        const sel = parseSelector(r.s);
        if (sel.kind !== 'tag')
          this.err('ssh/recorder', r.path, `recorder "${r.s.trim()}": session recorders are named by tag.`);
        else this.ref(sel, r.s, r.path, 'recorder: ');
      }
      this.bool(p, fl.get('enforceRecorder'));
      this.srcPosture(p, fl.get('srcPosture'));
    });
  }

  nodeAttrs(path: JsonPath, f: Field | undefined): void {
    const entries = this.array(path, f, 'node attributes');
    entries?.forEach((entry, i) => {
      const p = [...path, i];
      const fl = this.fields(p, entry, NODEATTR_FIELDS, `nodeAttrs[${i}]`);
      if (!fl) return;
      for (const t of this.strings(p, fl.get('target'), 'targets') ?? []) {
        const sel = parseSelector(t.s);
        const text = t.s.trim();
        if (sel.kind === 'host' && !this.c.hosts.has(sel.name)) {
          this.err(
            'ref/unknown-host',
            t.path,
            `"${text}": invalid address: not a host defined in "hosts", a user, group, tag, autogroup, IP or CIDR.`,
          );
        } else if (sel.kind === 'invalid') {
          this.err('selector/invalid', t.path, `"${text}": invalid address: ${sel.reason}.`);
        } else if (sel.kind === 'autogroup' && sel.name === 'autogroup:self') {
          this.warn(
            'selector/invalid',
            t.path,
            'autogroup:self is not a device set a node attribute can target (Tailscale failed on it); use autogroup:member.',
          );
        } else if (sel.kind === 'svc') {
          this.err('selector/invalid', t.path, `"${text}": node attributes target devices, not services.`);
        } else {
          this.ref(sel, t.s, t.path, '');
        }
      }
      this.strings(p, fl.get('attr'), 'attributes');
      for (const ip of this.strings(p, fl.get('ipPool'), 'IP pools') ?? []) {
        const r = parsePrefix(ip.s.trim());
        if (!r) this.err('nodeattrs/ip-pool', ip.path, `IPPool(${ip.s}): not a CIDR prefix, e.g. "100.81.0.0/16".`);
        else if (rangesOverlap(r, QUAD100_RANGE)) {
          this.err(
            'nodeattrs/ip-pool',
            ip.path,
            `IPPool(${ip.s.trim()}): network within reserved range (100.100.100.0/24 is Tailscale's own). Pick another part of 100.64.0.0/10.`,
          );
        }
      }
      const appF = fl.get('app');
      if (appF && !isObject(appF.value)) {
        this.err(
          'policy/type',
          [...p, appF.key],
          `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object.`,
        );
      }
    });
  }

  autoApprovers(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    const fl = this.fields(path, f.value, AUTOAPPROVER_FIELDS, 'autoApprovers');
    if (!fl) return;
    const approvers = (v: unknown, p: JsonPath, what: string): void => {
      if (!Array.isArray(v)) {
        this.err(
          'policy/type',
          p,
          `json: cannot unmarshal ${jsonType(v)} into ${what} of type []string: list the approvers.`,
        );
        return;
      }
      v.forEach((a, i) => {
        const ap = [...p, i];
        if (typeof a !== 'string') {
          this.err(
            'policy/type',
            ap,
            `json: cannot unmarshal ${jsonType(a)} into an element of ${what} of type string.`,
          );
          return;
        }
        const sel = parseSelector(a);
        if (sel.kind === 'user' || sel.kind === 'group' || sel.kind === 'tag' || sel.kind === 'autogroup')
          this.ref(sel, a, ap, 'autoApprovers: ');
        else
          this.err(
            'autoapprovers/approver',
            ap,
            `autoApprovers: "${a.trim()}" cannot approve routes: approvers are users, groups, tags or autogroups.`,
          );
      });
    };
    const routes = fl.get('routes');
    if (routes) {
      const rp = [...path, routes.key];
      if (!isObject(routes.value)) {
        this.err(
          'policy/type',
          rp,
          `json: cannot unmarshal ${jsonType(routes.value)} into "routes" of type object: write {"10.0.0.0/8": ["tag:router"]}.`,
        );
      } else {
        for (const [cidr, v] of Object.entries(routes.value)) {
          if (!parsePrefix(cidr.trim())) {
            this.err(
              'autoapprovers/route',
              [...rp, cidr],
              `autoApprovers.routes: "${cidr}" is not a CIDR prefix (e.g. "10.0.0.0/8", "0.0.0.0/0").`,
              true,
            );
          }
          approvers(v, [...rp, cidr], `routes["${cidr}"]`);
        }
      }
    }
    const exit = fl.get('exitNode');
    if (exit) approvers(exit.value, [...path, exit.key], 'exitNode');
    const services = fl.get('services');
    if (services) {
      const sp = [...path, services.key];
      if (!isObject(services.value))
        this.err(
          'policy/type',
          sp,
          `json: cannot unmarshal ${jsonType(services.value)} into "services" of type object.`,
        );
      else for (const [svc, v] of Object.entries(services.value)) approvers(v, [...sp, svc], `services["${svc}"]`);
    }
  }

  // ------------------------------------------------------------------------- tests

  tests(path: JsonPath, f: Field | undefined): void {
    const tests = this.array(path, f, 'tests');
    tests?.forEach((t, i) => {
      const p = [...path, i];
      const fl = this.fields(p, t, TEST_FIELDS, `tests[${i}]`, 'error', FIELD_HINTS['test']);
      if (!fl) return;
      this.postureAttrs(p, fl.get('srcPostureAttrs'));
      for (const pr of testProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
    });
  }

  sshTests(path: JsonPath, f: Field | undefined): void {
    const tests = this.array(path, f, 'sshTests');
    tests?.forEach((t, i) => {
      const p = [...path, i];
      const fl = this.fields(p, t, SSHTEST_FIELDS, `sshTests[${i}]`, 'error', FIELD_HINTS['sshTest']);
      if (!fl) return;
      this.postureAttrs(p, fl.get('srcPostureAttrs'));
      for (const pr of sshTestProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
    });
  }

  postureAttrs(p: JsonPath, f: Field | undefined): void {
    if (!f) return;
    const ap = [...p, f.key];
    if (!isObject(f.value)) {
      this.err(
        'policy/type',
        ap,
        `json: cannot unmarshal ${jsonType(f.value)} into "srcPostureAttrs" of type object: write {"node:os": "macos"}.`,
      );
      return;
    }
    for (const [k, v] of Object.entries(f.value)) {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
        this.warn(
          'policy/type',
          [...ap, k],
          `srcPostureAttrs["${k}"]: a posture attribute is a string, a number or a boolean, not ${jsonType(v)}; no posture can match it.`,
        );
      } else if (!/^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+$/.test(k)) {
        this.warn(
          'posture/attribute',
          [...ap, k],
          `srcPostureAttrs["${k}"] does not look like a posture attribute ("node:os", "custom:name").`,
          true,
        );
      }
    }
  }

  // ------------------------------------------------------------------------- the rest

  derpMap(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    const fl = this.fields(path, f.value, DERPMAP_FIELDS, 'derpMap');
    if (!fl) return;
    this.bool(path, fl.get('omitDefaultRegions'));
    const regions = fl.get('regions');
    if (!regions) return;
    const rp = [...path, regions.key];
    if (!isObject(regions.value)) {
      this.err(
        'policy/type',
        rp,
        `json: cannot unmarshal ${jsonType(regions.value)} into "regions" of type object: map region IDs to regions.`,
      );
      return;
    }
    for (const [id, region] of Object.entries(regions.value)) {
      const p = [...rp, id];
      if (!/^[0-9]+$/.test(id))
        this.err(
          'policy/type',
          p,
          `derpMap regions: "${id}" is not a region ID (a number written as a string, e.g. "900").`,
          true,
        );
      const r = this.fields(p, region, DERPREGION_FIELDS, `derpMap region ${id}`, 'warning');
      if (!r) continue;
      const nodes = r.get('nodes');
      if (nodes && Array.isArray(nodes.value)) {
        nodes.value.forEach((n, j) =>
          this.fields([...p, nodes.key, j], n, DERPNODE_FIELDS, `derpMap region ${id} node ${j}`, 'warning'),
        );
      }
    }
  }

  attrConfig(path: JsonPath, f: Field | undefined): void {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err('policy/type', path, `json: cannot unmarshal ${jsonType(f.value)} into "attrConfig" of type object.`);
      return;
    }
    for (const [name, cfg] of Object.entries(f.value)) {
      const fl = this.fields([...path, name], cfg, ATTRCONFIG_FIELDS, `attrConfig["${name}"]`, 'warning');
      const type = fl?.get('type');
      if (type && !['string', 'bool', 'number'].includes(String(type.value))) {
        this.err(
          'policy/invalid-value',
          [...path, name, type.key],
          `attrConfig["${name}"].type ${JSON.stringify(type.value)} is not valid: use "string", "bool" or "number".`,
        );
      }
    }
  }
}

/**
 * Structure + meaning checks of a whole (merged) Tailscale policy object, keys as the user wrote
 * them (Tailscale matches keys case-insensitively). Every finding located via `locate(path)`.
 */
export function validatePolicy(policy: unknown, locate: Locator, opts: PolicyValidationOptions = {}): Finding[] {
  const v = new Validator(policy, locate, opts);
  v.run();
  return v.findings;
}
