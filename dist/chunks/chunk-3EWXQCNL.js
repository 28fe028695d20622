import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  builtin
} from "./chunk-BR4HKDMG.js";
import {
  dirList,
  scopeResources,
  validateShape,
  within
} from "./chunk-QV3YLETI.js";
import {
  closest,
  formatDuration,
  humanUtc,
  parseDuration,
  parseTimestamp
} from "./chunk-LHDYXOMR.js";
import {
  CONTROLS,
  INVISIBLE,
  error,
  formatOf,
  getNodeValue,
  hasErrors,
  listPerFile,
  own,
  parseSource,
  parseTree,
  readStrictJson,
  rootCausesFirst,
  runsOf,
  setOwn,
  sortFindings,
  warning
} from "./chunk-756YIVLH.js";

// src/policy/merge.ts
var POLICY_SECTIONS = {
  groups: "map",
  hosts: "map",
  tagOwners: "map",
  postures: "map",
  ipsets: "map",
  attrConfig: "map",
  acls: "list",
  grants: "list",
  ssh: "list",
  tests: "list",
  sshTests: "list",
  nodeAttrs: "list",
  autoApprovers: "autoApprovers",
  defaultSrcPosture: "scalar",
  derpMap: "scalar",
  disableIPv4: "scalar",
  randomizeClientPort: "scalar",
  OneCGNATRoute: "scalar"
};
var CANONICAL = new Map(Object.keys(POLICY_SECTIONS).map((k) => [k.toLowerCase(), k]));
function canonicalSection(name) {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}
var PolicyOrigins = class {
  map = /* @__PURE__ */ new Map();
  /** Merged lists, by the list's path: which run of entries came from which source list. */
  runs = /* @__PURE__ */ new Map();
  set(path, locate) {
    this.map.set(path.join("\0"), locate);
  }
  /**
   * Entries `start` to `start + count - 1` of the merged list at `path` are the entries of the
   * source list that `locate` answers for, in order: one record for a whole fragment's list,
   * however long (a closure per entry cost a second on a 29,000-entry list). `file`, when given,
   * is the file of every location `locate` gives.
   */
  setRun(path, start, count, locate, file) {
    if (count === 0) return;
    const key = path.join("\0");
    const runs = this.runs.get(key) ?? [];
    runs.push({ start, end: start + count, locate, ...file !== void 0 ? { file } : {} });
    this.runs.set(key, runs);
  }
  /**
   * `locate(path)?.file`, without locating when the run knows its file: the comment naming each
   * fragment above its entries asked for 10,000 positions, which built each file's position tree.
   */
  fileOf(path) {
    const origin = this.originOf(path);
    return origin?.file ?? origin?.locate(origin.rest)?.file;
  }
  /** The locator for the merged policy. */
  locate = (path, opts) => {
    const origin = this.originOf(path);
    return origin?.locate(origin.rest, opts);
  };
  /**
   * The source that answers for `path`, from the longest registered prefix down (a key's own
   * locator, or the run of a merged list its index falls in), with the rest of the path for it.
   */
  originOf(path) {
    for (let n = path.length; n >= 1; n--) {
      const origin = this.map.get(path.slice(0, n).join("\0"));
      if (origin) return { locate: origin, rest: path.slice(n) };
      const index = path[n - 1];
      if (typeof index === "number") {
        const run = this.runs.get(path.slice(0, n - 1).join("\0"))?.find((r) => index >= r.start && index < r.end);
        if (run) return { locate: run.locate, rest: [index - run.start, ...path.slice(n)], file: run.file };
      }
    }
    return void 0;
  }
};
function at(locate, base) {
  return (rest, opts) => locate([...base, ...rest], opts);
}
function mergeFragments(fragments) {
  const policy = {};
  const origins = new PolicyOrigins();
  const findings = [];
  const firstDefined = /* @__PURE__ */ new Map();
  const defineOnce = (key, label, where2) => {
    const earlier = firstDefined.get(key);
    if (earlier) {
      const first = earlier();
      findings.push(
        error(
          "merge/duplicate",
          `${label} is defined twice: here and at ${first ? `${first.file}:${first.line}` : "another fragment"}. Define it in one fragment only.`,
          where2(),
          first
        )
      );
      return false;
    }
    firstDefined.set(key, where2);
    return true;
  };
  const mergeMap = (target, path, value, frag, srcPath) => {
    if (!isPlainObject(value)) {
      findings.push(error("policy/type", `"${path.join(".")}" must be an object.`, frag.locate(srcPath)));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const where2 = () => frag.locate([...srcPath, k], { key: true });
      if (!defineOnce([...path, k].join("\0"), `"${[...path, k].join(".")}"`, where2)) continue;
      setOwn(target, k, v);
      origins.set([...path, k], at(frag.locate, [...srcPath, k]));
    }
  };
  const mergeList = (target, path, value, frag, srcPath) => {
    if (!Array.isArray(value)) {
      findings.push(error("policy/type", `"${path.join(".")}" must be a list.`, frag.locate(srcPath)));
      return;
    }
    origins.setRun(path, target.length, value.length, at(frag.locate, srcPath), frag.path);
    for (const item of value) target.push(item);
  };
  for (const frag of fragments) {
    if (frag.value === void 0) continue;
    if (!isPlainObject(frag.value)) {
      findings.push(error("policy/type", "A policy fragment must be an object of policy sections.", frag.locate([])));
      continue;
    }
    for (const [rawKey, value] of Object.entries(frag.value)) {
      const key = canonicalSection(rawKey);
      const kind = own(POLICY_SECTIONS, key) ?? "scalar";
      if (kind === "map") {
        origins.set([key], at(frag.locate, [rawKey]));
        mergeMap(section(policy, key, {}), [key], value, frag, [rawKey]);
      } else if (kind === "list") {
        mergeList(section(policy, key, []), [key], value, frag, [rawKey]);
        if (!origins.locate([key])) origins.set([key], at(frag.locate, [rawKey]));
      } else if (kind === "autoApprovers") {
        if (!isPlainObject(value)) {
          findings.push(error("policy/type", '"autoApprovers" must be an object.', frag.locate([rawKey])));
          continue;
        }
        const target = section(policy, "autoApprovers", {});
        origins.set([key], at(frag.locate, [rawKey]));
        for (const [sub, subValue] of Object.entries(value)) {
          if (sub === "exitNode" && Array.isArray(subValue)) {
            mergeList(section(target, sub, []), [key, sub], subValue, frag, [rawKey, sub]);
          } else if (isPlainObject(subValue)) {
            mergeMap(section(target, sub, {}), [key, sub], subValue, frag, [rawKey, sub]);
          } else if (defineOnce(`${key}\0${sub}`, `"${key}.${sub}"`, () => frag.locate([rawKey, sub], { key: true }))) {
            setOwn(target, sub, subValue);
            origins.set([key, sub], at(frag.locate, [rawKey, sub]));
          }
        }
      } else if (defineOnce(key, `"${key}"`, () => frag.locate([rawKey], { key: true }))) {
        setOwn(policy, key, value);
        origins.set([key], at(frag.locate, [rawKey]));
      }
    }
  }
  return { policy, origins, findings };
}
function section(obj, key, empty) {
  const existing = own(obj, key);
  if (existing !== void 0 && existing !== null) return existing;
  setOwn(obj, key, empty);
  return empty;
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/policy/access.ts
var EMPTY_ACCESS = { people: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map() };
function buildAccess(file) {
  if (!file || file.value === void 0) return { access: { ...EMPTY_ACCESS, path: file?.path }, findings: [] };
  const value = file.value ?? {};
  const findings = validateShape("access", value, file.locate);
  if (findings.length > 0 || !isPlainObject(value)) return { access: { ...EMPTY_ACCESS, path: file.path }, findings };
  const doc = value;
  const rules = (r, locate) => ({
    maxDuration: r.maxDuration,
    maxDurationMs: parseDuration(r.maxDuration),
    eligible: r.eligible,
    approvers: r.approvers,
    approvals: r.approvals ?? 1,
    ticketPattern: r.ticket,
    enforce: r.enforce ?? doc.enforce,
    locate
  });
  const resources = /* @__PURE__ */ new Map();
  for (const [name, r] of Object.entries(doc.resources ?? {})) {
    const locate = (path, opts) => file.locate(["resources", name, ...path], opts);
    const reminder = r.reminder ?? doc.reminder;
    resources.set(name, {
      ...rules(r, locate),
      name,
      description: r.description,
      ...reminder !== void 0 ? { reminderMs: parseDuration(reminder) } : {},
      grants: r.grants ?? [],
      ssh: r.ssh ?? [],
      ...r.standing ? { standing: r.standing } : {},
      ...r.autoApprove ? {
        onCall: {
          schedules: r.autoApprove.onCall.pagerduty.schedules,
          maxDuration: r.autoApprove.onCall.maxDuration,
          maxDurationMs: parseDuration(r.autoApprove.onCall.maxDuration)
        }
      } : {},
      ...r.breakGlass ? {
        breakGlass: {
          maxDuration: r.breakGlass.maxDuration,
          maxDurationMs: parseDuration(r.breakGlass.maxDuration),
          reviewWithin: r.breakGlass.reviewWithin,
          reviewWithinMs: parseDuration(r.breakGlass.reviewWithin)
        }
      } : {},
      ...r.tailnet !== void 0 ? { tailnet: r.tailnet } : {}
    });
  }
  const inline = doc.inline ? rules(doc.inline, (path, opts) => file.locate(["inline", ...path], opts)) : void 0;
  return {
    access: { path: file.path, people: new Map(Object.entries(doc.people ?? {})), resources, inline },
    findings
  };
}
function groupMembers(policy) {
  let members = membersCache.get(policy);
  if (!members) {
    const groups = isPlainObject(policy.groups) ? policy.groups : {};
    members = new Map(
      Object.entries(groups).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.filter((m) => typeof m === "string") : []
      ])
    );
    membersCache.set(policy, members);
  }
  return members;
}
var membersCache = /* @__PURE__ */ new WeakMap();
var memberSets = /* @__PURE__ */ new WeakMap();
var isTeam = (principal) => principal.startsWith("team:");
function teamParts(team) {
  const [org = "", slug = ""] = team.slice("team:".length).split("/");
  return { org, slug };
}
function teamsOf(access) {
  const all = [...access.resources.values(), ...access.inline ? [access.inline] : []];
  return [...new Set(all.flatMap((r) => [...r.approvers, ...r.eligible ?? []].filter(isTeam)))].sort();
}
function includesUser(principals, login, groups) {
  let sets = memberSets.get(groups);
  if (!sets) memberSets.set(groups, sets = /* @__PURE__ */ new Map());
  const setOf = (group) => {
    let set = sets.get(group);
    if (!set) sets.set(group, set = new Set(groups.get(group) ?? []));
    return set;
  };
  return principals.some((p) => p === login || p.startsWith("group:") && setOf(p).has(login));
}
function checkAccessReferences(access, policy) {
  const groups = groupMembers(policy);
  const findings = [];
  const check = (list2, field, locate) => {
    list2?.forEach((p, i) => {
      if (p.startsWith("group:") && !groups.has(p)) {
        findings.push(
          error(
            "ref/unknown-group",
            `${field} names ${p}, which is not defined in the policy's "groups". Define it in policy/ or fix the name.`,
            locate([field, i])
          )
        );
      }
    });
  };
  const all = [...access.resources.values()];
  if (access.inline) all.push(access.inline);
  for (const r of all) {
    check(r.eligible, "eligible", r.locate);
    check(r.approvers, "approvers", r.locate);
    const hasTeam = r.approvers.some(isTeam);
    const approverUsers = new Set(
      r.approvers.filter((p) => !isTeam(p)).flatMap((p) => p.startsWith("group:") ? groups.get(p) ?? [] : [p])
    );
    const unmapped = [...approverUsers].filter((u) => !access.people.has(u));
    if (!hasTeam && approverUsers.size > 0 && unmapped.length === approverUsers.size) {
      findings.push({
        severity: "warning",
        rule: "access/unmapped-approvers",
        message: `No approver of this resource has a GitHub login in "people" (${unmapped.slice(0, 3).join(", ")}${unmapped.length > 3 ? ", \u2026" : ""}), so no review can ever count. Map them under "people".`,
        location: r.locate(["approvers"])
      });
    }
    if (!hasTeam && r.approvals > approverUsers.size && approverUsers.size > 0) {
      findings.push(
        error(
          "access/too-few-approvers",
          `"approvals: ${r.approvals}" needs more distinct approvers than the ${approverUsers.size} listed; add approvers or lower "approvals".`,
          r.locate(["approvals"])
        )
      );
    }
  }
  return findings;
}

// src/grammar/keys.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var lowerCache = /* @__PURE__ */ new Map();
function lowerMap(canonical) {
  let m = lowerCache.get(canonical);
  if (!m) {
    m = new Map(canonical.map((c) => [c.toLowerCase(), c]));
    lowerCache.set(canonical, m);
  }
  return m;
}
function readObject(obj, canonical) {
  const lm = lowerMap(canonical);
  const fields = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const unknown = [];
  const duplicates = [];
  for (const key of Object.keys(obj)) {
    const c = lm.get(key.toLowerCase());
    if (c === void 0) {
      unknown.push(key);
      continue;
    }
    const prev = seen.get(c);
    if (prev !== void 0) duplicates.push({ first: prev, second: key, canonical: c });
    seen.set(c, key);
    const value = obj[key];
    if (value === null || value === void 0) fields.delete(c);
    else fields.set(c, { key, value });
  }
  return { fields, unknown, duplicates };
}
var TOP_LEVEL_FIELDS = [
  "acls",
  "grants",
  "ssh",
  "autoApprovers",
  "nodeAttrs",
  "postures",
  "defaultSrcPosture",
  "tagOwners",
  "groups",
  "hosts",
  "ipsets",
  "tests",
  "sshTests",
  "derpMap",
  "disableIPv4",
  "OneCGNATRoute",
  "randomizeClientPort",
  "attrConfig"
];
var ACL_FIELDS = ["action", "src", "dst", "proto", "srcPosture", "users", "ports"];
var GRANT_FIELDS = ["src", "dst", "ip", "app", "srcPosture", "via"];
var SSH_FIELDS = [
  "action",
  "src",
  "dst",
  "users",
  "checkPeriod",
  "acceptEnv",
  "srcPosture",
  "recorder",
  "enforceRecorder"
];
var NODEATTR_FIELDS = ["target", "attr", "app", "ipPool"];
var TEST_FIELDS = ["src", "user", "srcPostureAttrs", "proto", "accept", "allow", "deny"];
var SSHTEST_FIELDS = ["src", "dst", "accept", "check", "deny", "srcPostureAttrs"];
var AUTOAPPROVER_FIELDS = ["routes", "exitNode", "services"];
var DERPMAP_FIELDS = ["regions", "omitDefaultRegions"];
var DERPREGION_FIELDS = [
  "regionID",
  "regionCode",
  "regionName",
  "latitude",
  "longitude",
  "avoid",
  "noMeasureNoHome",
  "nodes"
];
var DERPNODE_FIELDS = [
  "name",
  "regionID",
  "hostName",
  "certName",
  "ipv4",
  "ipv6",
  "stunPort",
  "stunOnly",
  "derpPort",
  "insecureForTests",
  "stunTestIP",
  "canPort80"
];
var ATTRCONFIG_FIELDS = ["type", "allowSetByNode", "broadcastToPeers"];
function sectionsOf(policy) {
  if (!isObject(policy)) return /* @__PURE__ */ new Map();
  return readObject(policy, TOP_LEVEL_FIELDS).fields;
}
function stringsOf(v) {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) return [];
  return v.filter((x) => typeof x === "string");
}

// src/grammar/ip.ts
var MAX4 = (1n << 32n) - 1n;
var MAX6 = (1n << 128n) - 1n;
function maxOf(v) {
  return v === 4 ? MAX4 : MAX6;
}
function parseIPv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return void 0;
  let n = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return void 0;
    const b = Number(p);
    if (b > 255) return void 0;
    n = n << 8n | BigInt(b);
  }
  return n;
}
function parseIPv6(s) {
  if (s.includes("%")) return void 0;
  let head = s;
  let tail4;
  const lastColon = s.lastIndexOf(":");
  if (lastColon >= 0 && s.slice(lastColon + 1).includes(".")) {
    tail4 = parseIPv4(s.slice(lastColon + 1));
    if (tail4 === void 0) return void 0;
    head = s.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groupsWanted = tail4 === void 0 ? 8 : 6;
  const dbl = head.indexOf("::");
  if (dbl !== head.lastIndexOf("::")) return void 0;
  const parseGroups = (t) => {
    if (t === "") return [];
    const out = [];
    for (const g of t.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
      out.push(BigInt("0x" + g));
    }
    return out;
  };
  let groups;
  if (dbl >= 0) {
    const left = parseGroups(head.slice(0, dbl));
    const right = parseGroups(head.slice(dbl + 2));
    if (!left || !right) return void 0;
    const missing = groupsWanted - left.length - right.length;
    if (missing < 1) return void 0;
    groups = [...left, ...Array(missing).fill(0n), ...right];
  } else {
    const all = parseGroups(head);
    if (!all || all.length !== groupsWanted) return void 0;
    groups = all;
  }
  let n = 0n;
  for (const g of groups) n = n << 16n | g;
  if (tail4 !== void 0) n = n << 32n | tail4;
  return n;
}
function parseIP(s) {
  if (s.includes(":")) {
    const n2 = parseIPv6(s);
    return n2 === void 0 ? void 0 : { v: 6, n: n2 };
  }
  const n = parseIPv4(s);
  return n === void 0 ? void 0 : { v: 4, n };
}
function parsePrefix(s) {
  const slash = s.indexOf("/");
  if (slash < 0) return void 0;
  const addr = parseIP(s.slice(0, slash));
  const lenText = s.slice(slash + 1);
  if (!addr || !/^(0|[1-9][0-9]{0,2})$/.test(lenText)) return void 0;
  const bits = Number(lenText);
  const width = addr.v === 4 ? 32 : 128;
  if (bits > width) return void 0;
  const hostBits = BigInt(width - bits);
  const lo = addr.n >> hostBits << hostBits;
  const hi = lo | (1n << hostBits) - 1n;
  return { v: addr.v, lo, hi };
}
function parseIPRange(s) {
  const dash = s.indexOf("-");
  if (dash < 0) return void 0;
  const a = parseIP(s.slice(0, dash));
  const b = parseIP(s.slice(dash + 1));
  if (!a || !b || a.v !== b.v || a.n > b.n) return void 0;
  return { v: a.v, lo: a.n, hi: b.n };
}
function parseAddressSpec(s) {
  if (s.includes("/")) return parsePrefix(s);
  const ip = parseIP(s);
  if (ip) return { v: ip.v, lo: ip.n, hi: ip.n };
  if (s.includes("-")) return parseIPRange(s);
  return void 0;
}
function isWholeFamily(r) {
  return r.lo === 0n && r.hi === maxOf(r.v);
}
var IPSet = class _IPSet {
  v4;
  v6;
  constructor(v4, v6) {
    this.v4 = v4;
    this.v6 = v6;
  }
  static empty = new _IPSet([], []);
  static of(ranges) {
    const merge = (rs) => {
      rs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      const out = [];
      for (const r of rs) {
        const last = out[out.length - 1];
        if (last && r[0] <= last[1] + 1n) {
          if (r[1] > last[1]) last[1] = r[1];
        } else out.push([r[0], r[1]]);
      }
      return out;
    };
    return new _IPSet(
      merge(ranges.filter((r) => r.v === 4).map((r) => [r.lo, r.hi])),
      merge(ranges.filter((r) => r.v === 6).map((r) => [r.lo, r.hi]))
    );
  }
  /** Set difference, for ipsets' `remove`. */
  minus(other) {
    const sub = (a, b) => {
      let cur = a.map((r) => [r[0], r[1]]);
      for (const [blo, bhi] of b) {
        const next = [];
        for (const [lo, hi] of cur) {
          if (bhi < lo || blo > hi) next.push([lo, hi]);
          else {
            if (blo > lo) next.push([lo, blo - 1n]);
            if (bhi < hi) next.push([bhi + 1n, hi]);
          }
        }
        cur = next;
      }
      return cur;
    };
    return new _IPSet(sub(this.v4, other.v4), sub(this.v6, other.v6));
  }
  union(other) {
    return _IPSet.of([...this.ranges(), ...other.ranges()]);
  }
  ranges() {
    return [
      ...this.v4.map(([lo, hi]) => ({ v: 4, lo, hi })),
      ...this.v6.map(([lo, hi]) => ({ v: 6, lo, hi }))
    ];
  }
  isEmpty() {
    return this.v4.length === 0 && this.v6.length === 0;
  }
  /** The only address in the set, when it holds exactly one. */
  single() {
    const all = this.ranges();
    if (all.length !== 1 || all[0].lo !== all[0].hi) return void 0;
    return { v: all[0].v, n: all[0].lo };
  }
  contains(a) {
    const rs = a.v === 4 ? this.v4 : this.v6;
    let lo = 0;
    let hi = rs.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const r = rs[mid];
      if (a.n < r[0]) hi = mid - 1;
      else if (a.n > r[1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
  overlaps(r) {
    const rs = r.v === 4 ? this.v4 : this.v6;
    return rs.some(([lo, hi]) => !(hi < r.lo || lo > r.hi));
  }
  covers(r) {
    const rs = r.v === 4 ? this.v4 : this.v6;
    return rs.some(([lo, hi]) => lo <= r.lo && hi >= r.hi);
  }
};
var CGNAT_RANGE = parsePrefix("100.64.0.0/10");
var TAILSCALE_ULA_RANGE = parsePrefix("fd7a:115c:a1e0::/48");
var QUAD100_RANGE = parsePrefix("100.100.100.0/24");
var PRIVATE_RANGES = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "100.64.0.0/10",
  "0.0.0.0/8",
  "224.0.0.0/4",
  "240.0.0.0/4",
  "fc00::/7",
  "fe80::/10",
  "::1/128",
  "::/128",
  "ff00::/8"
].map((p) => parsePrefix(p));
function inTailnetRange(a) {
  const r = a.v === 4 ? CGNAT_RANGE : TAILSCALE_ULA_RANGE;
  return a.n >= r.lo && a.n <= r.hi;
}
function isPublic(a) {
  return !PRIVATE_RANGES.some((r) => r.v === a.v && a.n >= r.lo && a.n <= r.hi);
}
function rangesOverlap(a, b) {
  return a.v === b.v && !(a.hi < b.lo || a.lo > b.hi);
}

// src/grammar/ports.ts
var ALL_PORTS = [{ lo: 0, hi: 65535 }];
var PROTO_ICMP = 1;
var PROTO_TCP = 6;
var PROTO_UDP = 17;
var PROTO_ICMPV6 = 58;
var PROTO_SCTP = 132;
var DEFAULT_PROTOS = [PROTO_TCP, PROTO_UDP, PROTO_ICMP, PROTO_ICMPV6];
var PROTO_NAMES = {
  icmp: 1,
  icmpv4: 1,
  igmp: 2,
  ipv4: 4,
  "ip-in-ip": 4,
  tcp: 6,
  egp: 8,
  igp: 9,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  icmpv6: 58,
  "ipv6-icmp": 58,
  dccp: 33,
  tsmp: 99,
  sctp: 132
};
var PROTO_LABELS = { 1: "icmp", 6: "tcp", 17: "udp", 58: "icmpv6", 132: "sctp" };
function protoLabel(p) {
  return PROTO_LABELS[p] ?? `proto ${p}`;
}
function hasPorts(proto) {
  return proto === PROTO_TCP || proto === PROTO_UDP || proto === PROTO_SCTP;
}
function parseProto(s) {
  const t = s.trim().toLowerCase();
  if (/^[0-9]+$/.test(t)) {
    const n2 = Number(t);
    if (n2 >= 1 && n2 <= 255) return { ok: true, value: n2 };
    return { ok: false, error: `proto "${s}": protocol numbers go from 1 to 255` };
  }
  const n = PROTO_NAMES[t];
  if (n !== void 0) return { ok: true, value: n };
  return {
    ok: false,
    error: `proto name "${s}" not known; use a protocol number 1-255 or one of ${Object.keys(PROTO_NAMES).join(", ")}`
  };
}
function parseUint16(s) {
  if (!/^[0-9]+$/.test(s)) return void 0;
  const n = Number(s);
  return n <= 65535 ? n : void 0;
}
function parseOneRange(s) {
  const dash = s.indexOf("-");
  const loText = dash < 0 ? s : s.slice(0, dash);
  const lo = parseUint16(loText);
  if (lo === void 0) return { ok: false, error: `port range "${s}": invalid first integer` };
  let hi = lo;
  if (dash >= 0) {
    const h = parseUint16(s.slice(dash + 1));
    if (h === void 0) return { ok: false, error: `port range "${s}": invalid last integer` };
    hi = h;
  }
  if (lo === 0) return { ok: false, error: `port range "${s}": first port must be >0, or use '*' for wildcard` };
  if (lo > hi) return { ok: false, error: `port range "${s}": first port must not be greater than the last` };
  return { ok: true, value: { lo, hi } };
}
function parsePortList(text) {
  const s = text.toLowerCase();
  if (s === "*") return { ok: true, value: [...ALL_PORTS] };
  if (s === "") return { ok: false, error: "invalid port list: empty" };
  const out = [];
  for (const part of s.split(",")) {
    const r = parseOneRange(part);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
function portsContain(ranges, port) {
  for (const r of ranges) if (port >= r.lo && port <= r.hi) return true;
  return false;
}
function isAllPorts(ranges) {
  return ranges.some((r) => r.lo === 0 && r.hi === 65535);
}
function splitHostPorts(entry) {
  if (entry.startsWith("[")) {
    const close = entry.indexOf("]");
    if (close > 0 && entry[close + 1] === ":") {
      return { host: entry.slice(1, close), ports: entry.slice(close + 2), bracketed: true };
    }
  }
  const colon = entry.lastIndexOf(":");
  if (colon < 0) return void 0;
  return { host: entry.slice(0, colon), ports: entry.slice(colon + 1), bracketed: false };
}
function parseGrantIp(entry) {
  const s = entry.trim();
  if (s === "") return { ok: false, error: "empty ip entry" };
  if (s === "*") return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ALL_PORTS } };
  const withProto = s.includes(":") ? s : `*:${s}`;
  const colon = withProto.lastIndexOf(":");
  const protoText = withProto.slice(0, colon);
  const portText = withProto.slice(colon + 1);
  if (protoText === "") return { ok: false, error: `ip "${entry}": no protocol specified` };
  const ports = parsePortList(portText);
  if (!ports.ok) return ports;
  const commaList = portText.includes(",");
  if (protoText === "*") return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ports.value }, commaList };
  const proto = parseProto(protoText);
  if (!proto.ok) return proto;
  if (!hasPorts(proto.value) && !isAllPorts(ports.value)) {
    return {
      ok: false,
      error: `ip "${entry}": only TCP, UDP and SCTP traffic has ports; use "${protoText}:*"`
    };
  }
  return { ok: true, value: { protos: [proto.value], ports: ports.value }, commaList };
}
function allowsProtoPort(pp, proto, port) {
  if (!pp.protos.includes(proto)) return false;
  if (!hasPorts(proto)) return true;
  return portsContain(pp.ports, port);
}

// src/grammar/posture.ts
var OPS = [
  [/^NOT\s+IN\b/i, "NOT IN"],
  [/^IS\s+SET\b/i, "IS SET"],
  [/^NOT\s+SET\b/i, "NOT SET"],
  [/^IN\b/i, "IN"],
  [/^==/, "=="],
  [/^!=/, "!="],
  [/^<=/, "<="],
  [/^>=/, ">="],
  [/^</, "<"],
  [/^>/, ">"]
];
function parseScalar(t) {
  const s = t.trimStart();
  const q = s[0];
  if (q === "'" || q === '"') {
    const end = s.indexOf(q, 1);
    if (end < 0) return void 0;
    return { value: s.slice(1, end), rest: s.slice(end + 1) };
  }
  const m = /^(true|false)\b/i.exec(s);
  if (m) return { value: m[1].toLowerCase() === "true", rest: s.slice(m[0].length) };
  const n = /^-?[0-9]+(\.[0-9]+)?\b/.exec(s);
  if (n) return { value: Number(n[0]), rest: s.slice(n[0].length) };
  return void 0;
}
function parsePostureCondition(text) {
  const s = text.trim();
  const am = /^([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+)\s*/.exec(s);
  if (!am) {
    return {
      ok: false,
      error: `posture condition "${text}": expected "<namespace>:<attribute> <operator> <value>", e.g. "node:os == 'linux'"`
    };
  }
  const attr = am[1];
  let rest = s.slice(am[0].length);
  let op;
  for (const [re, o] of OPS) {
    const m = re.exec(rest);
    if (m) {
      op = o;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  if (!op) {
    return {
      ok: false,
      error: `posture condition "${text}": unknown operator; use ==, !=, <, <=, >, >=, IN or NOT IN`
    };
  }
  if (op === "IS SET" || op === "NOT SET") {
    if (rest.trim() !== "") return { ok: false, error: `posture condition "${text}": nothing may follow ${op}` };
    return { ok: true, value: { attr, op, text } };
  }
  if (op === "IN" || op === "NOT IN") {
    const r = rest.trim();
    if (!r.startsWith("[") || !r.endsWith("]")) {
      return { ok: false, error: `posture condition "${text}": ${op} takes a list, e.g. ['macos', 'windows']` };
    }
    const inner = r.slice(1, -1);
    const values = [];
    let cur = inner;
    while (cur.trim() !== "") {
      const v2 = parseScalar(cur);
      if (!v2) return { ok: false, error: `posture condition "${text}": invalid list element` };
      values.push(v2.value);
      cur = v2.rest.trimStart();
      if (cur.startsWith(",")) cur = cur.slice(1);
      else if (cur.trim() !== "") return { ok: false, error: `posture condition "${text}": list elements need commas` };
    }
    return { ok: true, value: { attr, op, value: values, text } };
  }
  const v = parseScalar(rest);
  if (!v || v.rest.trim() !== "") {
    return {
      ok: false,
      error: `posture condition "${text}": the value must be a quoted string ('linux'), a number or true/false`
    };
  }
  if ((op === "<" || op === "<=" || op === ">" || op === ">=") && typeof v.value === "boolean") {
    return { ok: false, error: `posture condition "${text}": ${op} compares numbers and versions, not booleans` };
  }
  return { ok: true, value: { attr, op, value: v.value, text } };
}
function compareVersions(a, b) {
  const split = (s) => (s.match(/[0-9]+|[^0-9]+/g) ?? []).map((p) => /^[0-9]+$/.test(p) ? Number(p) : p);
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return x < y ? -1 : 1;
    } else {
      const xs = String(x);
      const ys = String(y);
      if (xs !== ys) return xs < ys ? -1 : 1;
    }
  }
  return 0;
}
function same(a, b) {
  if (typeof a === typeof b) return a === b;
  return String(a).toLowerCase() === String(b).toLowerCase();
}
function evalCondition(c, attrs) {
  const has = Object.prototype.hasOwnProperty.call(attrs, c.attr);
  if (c.op === "IS SET") return has;
  if (c.op === "NOT SET") return !has;
  if (!has) return false;
  const v = attrs[c.attr];
  switch (c.op) {
    case "==":
      return same(v, c.value);
    case "!=":
      return !same(v, c.value);
    case "IN":
      return c.value.some((x) => same(v, x));
    case "NOT IN":
      return !c.value.some((x) => same(v, x));
    default: {
      const want = c.value;
      const cmp = typeof v === "number" && typeof want === "number" ? Math.sign(v - want) : compareVersions(String(v), String(want));
      if (c.op === "<") return cmp < 0;
      if (c.op === "<=") return cmp <= 0;
      if (c.op === ">") return cmp > 0;
      return cmp >= 0;
    }
  }
}

// src/grammar/selectors.ts
function parseSelector(raw) {
  const s = raw.trim();
  if (s === "") return { kind: "invalid", text: raw, reason: "empty selector" };
  if (s === "*") return { kind: "any" };
  if (s.startsWith("group:")) return { kind: "group", name: s };
  if (s.startsWith("tag:")) return { kind: "tag", name: s };
  if (s.startsWith("autogroup:")) return { kind: "autogroup", name: s };
  if (s.startsWith("ipset:")) return { kind: "ipset", name: s };
  if (s.startsWith("svc:")) return { kind: "svc", name: s };
  if (s.startsWith("user:")) {
    const m = /^user:\*@(.*)$/.exec(s);
    if (m) return { kind: "userDomain", domain: m[1] };
    return { kind: "invalid", text: s, reason: 'only "user:*@<domain>" is supported after "user:"' };
  }
  if (s.startsWith("posture:")) {
    return { kind: "invalid", text: s, reason: 'postures go in "srcPosture", not in src or dst' };
  }
  const range = parseAddressSpec(s);
  if (range) return { kind: "ip", range, text: s };
  if (s.includes("@")) return { kind: "user", login: s };
  if (s.includes(":") || s.includes("/") || /\s/.test(s)) {
    return { kind: "invalid", text: s, reason: "invalid address" };
  }
  return { kind: "host", name: s };
}
var AUTOGROUPS = /* @__PURE__ */ new Set([
  "autogroup:member",
  "autogroup:members",
  "autogroup:tagged",
  "autogroup:self",
  "autogroup:internet",
  "autogroup:shared",
  "autogroup:danger-all",
  "autogroup:admin",
  "autogroup:owner",
  "autogroup:network-admin",
  "autogroup:it-admin",
  "autogroup:billing-admin",
  "autogroup:auditor",
  "autogroup:nonroot"
]);
var ROLE_AUTOGROUPS = /* @__PURE__ */ new Set([
  "autogroup:admin",
  "autogroup:owner",
  "autogroup:network-admin",
  "autogroup:it-admin",
  "autogroup:billing-admin",
  "autogroup:auditor"
]);
function isMemberAutogroup(name) {
  return name === "autogroup:member" || name === "autogroup:members";
}
function checkTagName(tag) {
  if (!tag.startsWith("tag:")) return "tags must start with 'tag:'";
  const name = tag.slice(4);
  if (name === "") return "tag names must not be empty";
  if (!/^[A-Za-z]/.test(name)) return "tag names must start with a letter, after 'tag:'";
  if (!/^[A-Za-z0-9-]+$/.test(name)) return "tag names can only contain numbers, letters, or dashes";
  return void 0;
}
function checkServiceName(svc) {
  const name = svc.slice(4);
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    return `service names must be a DNS label after 'svc:' (lower-case letters, digits and dashes)`;
  }
  return void 0;
}

// src/evaluate/model.ts
var F = 0;
var T = 1;
var U = 2;
function or(a, b) {
  if (a === T || b === T) return T;
  if (a === U || b === U) return U;
  return F;
}
function and(a, b) {
  if (a === F || b === F) return F;
  if (a === U || b === U) return U;
  return T;
}
function addrKey(a) {
  return `${a.v}:${a.n.toString(16)}`;
}
function isScimGroup(name) {
  return name.includes("@");
}
function resolveIpsets(raw, hosts) {
  const out = /* @__PURE__ */ new Map();
  if (!isObject(raw)) return out;
  const visiting = /* @__PURE__ */ new Set();
  const resolve = (name) => {
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
      const remove = m?.[1] === "remove";
      const target = (m ? m[2] : op).trim();
      let part = IPSet.empty;
      let partInternet = false;
      if (target.startsWith("host:")) {
        const h = hosts.get(target.slice(5));
        if (h) part = IPSet.of([h]);
      } else if (target.startsWith("ipset:")) {
        const r = resolve(target);
        part = r.set;
        partInternet = r.internet;
      } else if (target === "autogroup:internet") {
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
function emptySrc() {
  return {
    any: false,
    users: /* @__PURE__ */ new Set(),
    tags: /* @__PURE__ */ new Set(),
    member: false,
    tagged: false,
    usersUnknown: [],
    domains: [],
    ips: null,
    ipTexts: []
  };
}
function compileSrc(list2, defs) {
  const m = emptySrc();
  const ranges = [];
  let ipSet = null;
  for (const s of stringsOf(list2)) {
    const sel = parseSelector(s);
    switch (sel.kind) {
      case "any":
        m.any = true;
        break;
      case "user":
        m.users.add(sel.login);
        break;
      case "group": {
        const g = defs.groups.get(sel.name);
        if (g) for (const u of g) m.users.add(u);
        else if (isScimGroup(sel.name)) m.usersUnknown.push(sel.name);
        break;
      }
      case "tag":
        m.tags.add(sel.name);
        break;
      case "autogroup":
        if (isMemberAutogroup(sel.name)) m.member = true;
        else if (sel.name === "autogroup:tagged") m.tagged = true;
        else if (sel.name === "autogroup:danger-all") m.any = true;
        else if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared") m.usersUnknown.push(sel.name);
        break;
      case "userDomain":
        m.domains.push(sel.domain);
        break;
      case "ip":
        ranges.push(sel.range);
        m.ipTexts.push(sel.text);
        break;
      case "host": {
        const h = defs.hosts.get(sel.name);
        if (h) {
          ranges.push(h);
          m.ipTexts.push(sel.name);
        }
        break;
      }
      case "ipset": {
        const r = defs.ipsets.get(sel.name);
        if (r) {
          ipSet = ipSet ? ipSet.union(r.set) : r.set;
          m.ipTexts.push(sel.name);
        }
        break;
      }
      default:
        break;
    }
  }
  if (ranges.length > 0) ipSet = ipSet ? ipSet.union(IPSet.of(ranges)) : IPSet.of(ranges);
  m.ips = ipSet;
  return m;
}
function compileDst(sel, defs) {
  switch (sel.kind) {
    case "any":
      return { k: "any" };
    case "user":
      return { k: "users", users: /* @__PURE__ */ new Set([sel.login]) };
    case "group": {
      const g = defs.groups.get(sel.name);
      if (g) return { k: "users", users: g };
      if (isScimGroup(sel.name))
        return { k: "usersUnknown", why: `the members of ${sel.name} (synced from the identity provider)` };
      return { k: "none" };
    }
    case "tag":
      return { k: "tag", tag: sel.name };
    case "autogroup":
      if (isMemberAutogroup(sel.name)) return { k: "member" };
      if (sel.name === "autogroup:tagged") return { k: "tagged" };
      if (sel.name === "autogroup:self") return { k: "self" };
      if (sel.name === "autogroup:internet") return { k: "internet" };
      if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared") {
        return { k: "usersUnknown", why: `who is in ${sel.name}` };
      }
      return { k: "none" };
    case "userDomain":
      return { k: "domain", domain: sel.domain };
    case "ip":
      return { k: "ips", set: IPSet.of([sel.range]), internet: false, text: sel.text };
    case "host": {
      const h = defs.hosts.get(sel.name);
      return h ? { k: "ips", set: IPSet.of([h]), internet: false, text: sel.name } : { k: "none" };
    }
    case "ipset": {
      const r = defs.ipsets.get(sel.name);
      return r ? { k: "ips", set: r.set, internet: r.internet, text: sel.name } : { k: "none" };
    }
    case "svc":
      return { k: "svc", name: sel.name };
    default:
      return { k: "none" };
  }
}
function compileDstText(c, text) {
  return compileDst(parseSelector(text.trim()), { groups: c.groups, hosts: c.hosts, ipsets: c.ipsets });
}
function postureGate(v) {
  if (v === void 0) return null;
  return { names: stringsOf(v).map((s) => s.trim()) };
}
function compilePolicy(policy, opts = {}) {
  const sections = sectionsOf(policy);
  const sectionKeys = /* @__PURE__ */ new Map();
  for (const [name, f] of sections) sectionKeys.set(name, f.key);
  const sec = (name) => sections.get(name)?.value;
  const groups = /* @__PURE__ */ new Map();
  const rawGroups = sec("groups");
  if (isObject(rawGroups)) {
    for (const [g, members] of Object.entries(rawGroups)) {
      groups.set(
        g,
        new Set(
          stringsOf(members).map((m) => m.trim()).filter((m) => !m.startsWith("group:"))
        )
      );
    }
  }
  const tags = /* @__PURE__ */ new Set();
  const rawTagOwners = sec("tagOwners");
  if (isObject(rawTagOwners)) for (const t of Object.keys(rawTagOwners)) tags.add(t);
  const hosts = /* @__PURE__ */ new Map();
  const rawHosts = sec("hosts");
  if (isObject(rawHosts)) {
    for (const [h, v] of Object.entries(rawHosts)) {
      if (typeof v !== "string") continue;
      const r = parseAddressSpec(v.trim());
      if (r) hosts.set(h, r);
    }
  }
  const ipsets = resolveIpsets(sec("ipsets"), hosts);
  const postures = /* @__PURE__ */ new Map();
  const rawPostures = sec("postures");
  if (isObject(rawPostures)) {
    for (const [p, conds] of Object.entries(rawPostures)) {
      const parsed = stringsOf(conds).map(parsePostureCondition);
      postures.set(p, parsed.every((c) => c.ok) ? parsed.map((c) => c.value) : null);
    }
  }
  const defaultSrcPosture = stringsOf(sec("defaultSrcPosture")).map((s) => s.trim());
  const defs = { groups, hosts, ipsets };
  const units = [];
  const acls = sec("acls");
  if (Array.isArray(acls)) {
    acls.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = readObject(rule, ACL_FIELDS).fields;
      const action = f.get("action")?.value;
      if (typeof action !== "string" || action.trim().toLowerCase() !== "accept") return;
      const src = compileSrc(f.get("src")?.value ?? f.get("users")?.value, defs);
      const protoText = f.get("proto")?.value;
      let protos = DEFAULT_PROTOS;
      if (typeof protoText === "string" && protoText.trim() !== "") {
        const p = parseProto(protoText);
        if (!p.ok) return;
        protos = [p.value];
      }
      const posture = postureGate(f.get("srcPosture")?.value);
      stringsOf(f.get("dst")?.value ?? f.get("ports")?.value).forEach((entry, dstIndex) => {
        const hp = splitHostPorts(entry.trim());
        if (!hp) return;
        const ports = parsePortList(hp.ports);
        if (!ports.ok) return;
        const sel = parseSelector(hp.host);
        units.push({
          section: "acls",
          index: index2,
          dstIndex,
          src,
          dst: compileDst(sel, defs),
          pp: [{ protos, ports: ports.value }],
          posture
        });
      });
    });
  }
  const grants = sec("grants");
  if (Array.isArray(grants)) {
    grants.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = readObject(rule, GRANT_FIELDS).fields;
      const pp = [];
      for (const e of stringsOf(f.get("ip")?.value)) {
        const r = parseGrantIp(e);
        if (r.ok) pp.push(r.value);
      }
      if (pp.length === 0) return;
      const src = compileSrc(f.get("src")?.value, defs);
      const posture = postureGate(f.get("srcPosture")?.value);
      stringsOf(f.get("dst")?.value).forEach((d, dstIndex) => {
        units.push({ section: "grants", index: index2, dstIndex, src, dst: compileDst(parseSelector(d), defs), pp, posture });
      });
    });
  }
  const ssh = [];
  const rawSsh = sec("ssh");
  if (Array.isArray(rawSsh)) {
    rawSsh.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = readObject(rule, SSH_FIELDS).fields;
      const action = f.get("action")?.value;
      const a = typeof action === "string" ? action.trim() : "";
      if (a !== "accept" && a !== "check") return;
      const logins = { literal: /* @__PURE__ */ new Set(), nonroot: false, localpart: [] };
      for (const u0 of stringsOf(f.get("users")?.value)) {
        const u = u0.trim();
        if (u === "autogroup:nonroot") logins.nonroot = true;
        else if (u.startsWith("localpart:*@")) logins.localpart.push(u.slice("localpart:*@".length));
        else if (u !== "" && u !== "*") logins.literal.add(u);
      }
      ssh.push({
        index: index2,
        action: a,
        src: compileSrc(f.get("src")?.value, defs),
        dst: stringsOf(f.get("dst")?.value).map((d) => compileDst(parseSelector(d), defs)),
        logins,
        posture: postureGate(f.get("srcPosture")?.value)
      });
    });
  }
  const users = opts.users ? new Set(opts.users.filter((u) => u !== "")) : void 0;
  let devices;
  const byAddr = /* @__PURE__ */ new Map();
  if (opts.devices) {
    devices = opts.devices.map((d, i) => {
      const rec = {
        name: d.name ?? d.id ?? `device ${i + 1}`,
        tags: d.tags ?? [],
        addrs: d.addresses.map((a) => parseIP(a.trim())).filter((a) => a !== void 0),
        ...d.user !== void 0 ? { user: d.user } : {},
        ...d.postureAttributes ? { attrs: d.postureAttributes } : {}
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
    ...users && users.size > 0 ? { users } : {},
    ...devices ? { devices } : {},
    index
  };
}
function buildIndex(units, byAddr) {
  const ix = {
    byTag: /* @__PURE__ */ new Map(),
    byUser: /* @__PURE__ */ new Map(),
    bySvc: /* @__PURE__ */ new Map(),
    any: [],
    member: [],
    tagged: [],
    self: [],
    userish: [],
    ips: [],
    internet: [],
    byAddr
  };
  const push = (m, k, u) => {
    const l = m.get(k);
    if (l) l.push(u);
    else m.set(k, [u]);
  };
  for (const u of units) {
    const d = u.dst;
    switch (d.k) {
      case "any":
        ix.any.push(u);
        break;
      case "users":
        for (const login of d.users) push(ix.byUser, login, u);
        break;
      case "tag":
        push(ix.byTag, d.tag, u);
        break;
      case "member":
        ix.member.push(u);
        break;
      case "tagged":
        ix.tagged.push(u);
        break;
      case "self":
        ix.self.push(u);
        break;
      case "usersUnknown":
      case "domain":
        ix.userish.push(u);
        break;
      case "ips":
        ix.ips.push(u);
        if (d.internet) ix.internet.push(u);
        break;
      case "internet":
        ix.internet.push(u);
        break;
      case "svc":
        push(ix.bySvc, d.name, u);
        break;
      case "none":
        break;
    }
  }
  return ix;
}
function ipMatch(set, ep) {
  if (ep.addrs) return ep.addrs.some((a) => set.contains(a)) ? T : F;
  if (!ep.tailnet) return F;
  if (set.covers(CGNAT_RANGE) || set.covers(TAILSCALE_ULA_RANGE)) return T;
  if (!set.overlaps(CGNAT_RANGE) && !set.overlaps(TAILSCALE_ULA_RANGE)) return F;
  return U;
}
function identity(ep, f) {
  if (!ep.known) return ep.tailnet ? U : F;
  return f(ep) ? T : F;
}
var isUserDevice = (ep) => ep.tags.length === 0 && ep.user !== void 0;
function matchSrc(m, ep) {
  if (m.any) return T;
  let r = F;
  if (m.users.size > 0)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && m.users.has(e.user))
    );
  if (r === T) return T;
  if (m.tags.size > 0)
    r = or(
      r,
      identity(ep, (e) => e.tags.some((t) => m.tags.has(t)))
    );
  if (m.member) r = or(r, identity(ep, isUserDevice));
  if (m.tagged)
    r = or(
      r,
      identity(ep, (e) => e.tags.length > 0)
    );
  for (const d of m.domains)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && e.user.endsWith("@" + d))
    );
  if (r === T) return T;
  if (m.ips) r = or(r, ipMatch(m.ips, ep));
  if (r !== T && m.usersUnknown.length > 0) {
    r = or(r, ep.known ? isUserDevice(ep) ? U : F : ep.tailnet ? U : F);
  }
  return r;
}
function matchDst(d, dst, src) {
  switch (d.k) {
    case "any":
      return T;
    case "users":
      return identity(dst, (e) => isUserDevice(e) && d.users.has(e.user));
    case "tag":
      return identity(dst, (e) => e.tags.includes(d.tag));
    case "member":
      return identity(dst, isUserDevice);
    case "tagged":
      return identity(dst, (e) => e.tags.length > 0);
    case "self":
      if (!src.known || !dst.known) return src.tailnet && dst.tailnet ? U : F;
      return isUserDevice(src) && isUserDevice(dst) && src.user === dst.user ? T : F;
    case "usersUnknown":
      return dst.known ? isUserDevice(dst) ? U : F : dst.tailnet ? U : F;
    case "domain":
      return identity(dst, (e) => isUserDevice(e) && e.user.endsWith("@" + d.domain));
    case "ips": {
      const r = ipMatch(d.set, dst);
      return r === T || !d.internet ? r : or(r, dst.internet ? T : F);
    }
    case "internet":
      return dst.internet ? T : F;
    case "svc":
      return dst.svc === d.name ? T : F;
    case "none":
      return F;
  }
}
function postureAllows(c, gate, attrs) {
  const names = gate ? gate.names : c.defaultSrcPosture;
  if (names.length === 0) return true;
  return names.some((n) => {
    const conds = c.postures.get(n);
    return !!conds && conds.every((cond) => evalCondition(cond, attrs));
  });
}
function candidates(c, dst) {
  const ix = c.index;
  if (!dst.known) return [c.units];
  const out = [ix.any, ix.ips];
  if (dst.svc) out.push(ix.bySvc.get(dst.svc) ?? []);
  if (dst.tags.length > 0) {
    for (const t of dst.tags) out.push(ix.byTag.get(t) ?? []);
    out.push(ix.tagged);
  } else if (dst.user !== void 0) {
    out.push(ix.byUser.get(dst.user) ?? [], ix.member, ix.self, ix.userish);
  }
  if (dst.internet) out.push(ix.internet);
  return out;
}
var SPLIT_MIN = 8;
var splits = /* @__PURE__ */ new WeakMap();
function bySource(list2) {
  const known = splits.get(list2);
  if (known) return known;
  const split = { users: /* @__PURE__ */ new Map(), anyUser: [], tags: /* @__PURE__ */ new Map(), anyTagged: [] };
  const add = (m, key, i) => {
    const at2 = m.get(key);
    if (at2) at2.push(i);
    else m.set(key, [i]);
  };
  list2.forEach((u, i) => {
    const m = u.src;
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
  splits.set(list2, split);
  return split;
}
function mergePositions(lists) {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  if (nonEmpty.length === 2) {
    const [x, y] = nonEmpty;
    const out = [];
    let a = 0;
    let b = 0;
    while (a < x.length || b < y.length) {
      const v = b >= y.length || a < x.length && x[a] < y[b] ? x[a++] : y[b++];
      if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
    }
    return out;
  }
  return [...new Set(nonEmpty.flat())].sort((p, q) => p - q);
}
function allowsAny(pps, protos, port) {
  for (const pp of pps) for (const p of protos) if (allowsProtoPort(pp, p, port)) return true;
  return false;
}
function decide(c, src, dst, protos, port, attrs) {
  const allowedBy = [];
  const maybe = [];
  let postureCache;
  const consider = (u) => {
    if (!allowsAny(u.pp, protos, port)) return;
    if (u.posture !== null || c.defaultSrcPosture.length > 0) {
      postureCache ??= /* @__PURE__ */ new Map();
      let ok = postureCache.get(u.posture);
      if (ok === void 0) {
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
  const kind = !src.known ? void 0 : isUserDevice(src) ? "user" : src.tags.length > 0 ? "tagged" : void 0;
  for (const list2 of candidates(c, dst)) {
    if (kind === void 0 || list2.length < SPLIT_MIN) {
      for (const u of list2) consider(u);
      continue;
    }
    const split = bySource(list2);
    const at2 = kind === "user" ? mergePositions([split.users.get(src.user) ?? [], split.anyUser]) : mergePositions([split.anyTagged, ...src.tags.map((t) => split.tags.get(t) ?? [])]);
    for (const i of at2) consider(list2[i]);
  }
  return { result: allowedBy.length > 0 ? T : maybe.length > 0 ? U : F, allowedBy, maybe };
}
function loginMatch(u, login, src) {
  if (u.logins.literal.has(login)) return T;
  if (u.logins.nonroot && login !== "root") return T;
  let r = F;
  for (const d of u.logins.localpart) {
    if (!src.known) r = or(r, U);
    else if (isUserDevice(src) && src.user === `${login}@${d}`) return T;
  }
  return r;
}
function decideSsh(c, src, dst, login, attrs) {
  const check = [];
  const accept = [];
  const maybeCheck = [];
  const maybeAccept = [];
  for (const u of c.ssh) {
    if (!postureAllows(c, u.posture, attrs)) continue;
    let r = matchSrc(u.src, src);
    if (r === F) continue;
    let d = F;
    for (const m of u.dst) d = or(d, matchDst(m, dst, src));
    r = and(r, and(d, loginMatch(u, login, src)));
    if (r === F) continue;
    const list2 = u.action === "check" ? r === T ? check : maybeCheck : r === T ? accept : maybeAccept;
    list2.push(u);
  }
  if (check.length > 0) return { action: "check", by: check, maybe: [] };
  if (maybeCheck.length > 0) return { action: "undecidable", by: [], maybe: [...maybeCheck, ...maybeAccept] };
  if (accept.length > 0) return { action: "accept", by: accept, maybe: [] };
  if (maybeAccept.length > 0) return { action: "undecidable", by: [], maybe: maybeAccept };
  return { action: "deny", by: [], maybe: [] };
}
function deviceEndpoint(d, label) {
  return {
    label: `${label} (${d.name})`,
    ...d.tags.length === 0 && d.user !== void 0 ? { user: d.user } : {},
    tags: d.tags,
    addrs: d.addrs,
    known: true,
    tailnet: true,
    internet: false,
    device: d.name,
    ...d.attrs ? { postureAttributes: d.attrs } : {}
  };
}
function resolveUser(c, login, label = login) {
  if (c.devices) {
    const mine = c.devices.filter((d) => d.tags.length === 0 && d.user === login);
    if (mine.length > 0) return { endpoints: mine.map((d) => deviceEndpoint(d, label)), notes: [] };
  }
  return {
    endpoints: [{ label, user: login, tags: [], known: true, tailnet: true, internet: false }],
    notes: c.devices ? [`${login} has no device in the inventory; evaluated as a hypothetical device of that user`] : []
  };
}
function resolveAddr(c, a, label) {
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
        internet: isPublic(a)
      }
    ],
    notes: tailnet && !c.devices ? [`which device holds ${label} is not known offline; rules naming users or tags cannot be applied to it`] : []
  };
}
function resolveIdentity(c, text, selfOf) {
  const sel = parseSelector(text);
  switch (sel.kind) {
    case "user":
      return resolveUser(c, sel.login);
    case "group": {
      const g = c.groups.get(sel.name);
      if (!g) return { endpoints: [], undecidable: `the members of ${sel.name} are not known offline`, notes: [] };
      if (g.size === 0) return { endpoints: [], undecidable: `${sel.name} has no members`, notes: [] };
      const out = { endpoints: [], notes: [] };
      for (const m of g) {
        const r = resolveUser(c, m, `${m} (in ${sel.name})`);
        out.endpoints.push(...r.endpoints);
        out.notes.push(...r.notes);
      }
      return out;
    }
    case "tag": {
      if (c.devices) {
        const tagged = c.devices.filter((d) => d.tags.includes(sel.name));
        if (tagged.length > 0) return { endpoints: tagged.map((d) => deviceEndpoint(d, sel.name)), notes: [] };
      }
      return {
        endpoints: [{ label: sel.name, tags: [sel.name], known: true, tailnet: true, internet: false }],
        notes: c.devices ? [`no device in the inventory carries ${sel.name}; evaluated as a hypothetical one`] : []
      };
    }
    case "host": {
      const h = c.hosts.get(sel.name);
      if (!h) return { endpoints: [], fail: `host "${sel.name}" is not defined in "hosts"`, notes: [] };
      if (h.lo !== h.hi) return { endpoints: [], fail: `host "${sel.name}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: h.v, n: h.lo }, sel.name);
    }
    case "ip":
      if (sel.range.lo !== sel.range.hi)
        return { endpoints: [], fail: `"${sel.text}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: sel.range.v, n: sel.range.lo }, sel.text);
    case "ipset": {
      const r = c.ipsets.get(sel.name);
      const one = r?.set.single();
      if (!one) return { endpoints: [], fail: `${sel.name} is not one address`, notes: [] };
      return resolveAddr(c, one, sel.name);
    }
    case "svc":
      return {
        endpoints: [{ label: sel.name, tags: [], known: true, tailnet: true, internet: false, svc: sel.name }],
        notes: []
      };
    case "autogroup":
      if (sel.name === "autogroup:self" && selfOf) {
        if (!selfOf.known) {
          return {
            endpoints: [],
            undecidable: `whose devices autogroup:self means for ${selfOf.label} is not known offline`,
            notes: []
          };
        }
        if (!isUserDevice(selfOf))
          return {
            endpoints: [],
            fail: `autogroup:self has no devices for ${selfOf.label}, which is not a user's device`,
            notes: []
          };
        return resolveUser(c, selfOf.user, `autogroup:self (${selfOf.user})`);
      }
      return { endpoints: [], undecidable: `which devices ${sel.name} stands for is not known offline`, notes: [] };
    default:
      return { endpoints: [], fail: `"${text}" does not name one device`, notes: [] };
  }
}

// src/evaluate/standing.ts
var NO = { tri: F };
var YES = { tri: T };
function standingAccess(policy, targets, opts = {}) {
  if (targets.length === 0) return [];
  const c = isCompiled(policy) ? policy : compilePolicy(policy, opts);
  const skip = opts.skip ?? (() => false);
  const compiledTargets = targets.map((t) => ({
    resource: t.resource,
    dsts: t.destinations.map((text) => ({ text, m: compileDstText(c, text) }))
  }));
  const out = [];
  const consider = (section2, index, src, dstIndex, dst) => {
    if (skip(section2, index) || srcIsEmpty(src, c)) return;
    for (const t of compiledTargets) {
      for (const d of t.dsts) {
        const o = overlap(dst, d.m, src, d.text);
        if (o.tri === F) continue;
        const key = `${t.resource}\0${section2}\0${index}`;
        const prior = out.find((r) => `${r.resource}\0${r.section}\0${r.index}` === key);
        if (prior) {
          if (!prior.certain && o.tri === T)
            Object.assign(prior, reach(c, t.resource, section2, index, dstIndex, d.text, o));
          continue;
        }
        out.push(reach(c, t.resource, section2, index, dstIndex, d.text, o));
      }
    }
  };
  for (const u of c.units) consider(u.section, u.index, u.src, u.dstIndex, u.dst);
  for (const u of c.ssh) u.dst.forEach((d, i) => consider("ssh", u.index, u.src, i, d));
  return out;
}
function reach(c, resource, section2, index, dstIndex, target, o) {
  const rule = ruleFields(c, section2, index);
  const srcs = section2 === "acls" ? rule.get("src") ?? rule.get("users") : rule.get("src");
  const dsts = section2 === "acls" ? rule.get("dst") ?? rule.get("ports") : rule.get("dst");
  const principals = stringsOf(srcs).map((s) => s.trim()).filter((s) => !(s.startsWith("group:") && c.groups.get(s)?.size === 0));
  return {
    resource,
    section: section2,
    sectionKey: c.sectionKeys.get(section2) ?? section2,
    index,
    via: stringsOf(dsts)[dstIndex]?.trim() ?? "",
    target,
    principals,
    certain: o.tri === T,
    ...o.why ? { why: o.why } : {}
  };
}
function ruleFields(c, section2, index) {
  const list2 = sectionsOf(c.raw).get(section2)?.value;
  const rule = Array.isArray(list2) ? list2[index] : void 0;
  if (!isObject(rule)) return /* @__PURE__ */ new Map();
  const fields = section2 === "acls" ? ACL_FIELDS : section2 === "grants" ? GRANT_FIELDS : SSH_FIELDS;
  return new Map([...readObject(rule, fields).fields].map(([k, f]) => [k, f.value]));
}
function isCompiled(p) {
  return isObject(p) && p["units"] instanceof Array && p["sectionKeys"] instanceof Map;
}
function srcIsEmpty(m, c) {
  void c;
  return !m.any && m.users.size === 0 && m.tags.size === 0 && !m.member && !m.tagged && m.usersUnknown.length === 0 && m.domains.length === 0 && (!m.ips || m.ips.isEmpty());
}
var TAILNET = IPSet.of([CGNAT_RANGE, TAILSCALE_ULA_RANGE]);
function inTailnet(set) {
  return set.ranges().some((r) => TAILNET.overlaps(r));
}
function setsOverlap(a, b) {
  return b.ranges().some((r) => a.overlaps(r));
}
function selfReaches(src, wants) {
  if (src.any || src.member) return YES;
  if ([...src.users].some(wants)) return YES;
  if (src.usersUnknown.length > 0 || src.domains.length > 0)
    return { tri: U, why: `who is in ${[...src.usersUnknown, ...src.domains.map((d) => `*@${d}`)].join(", ")}` };
  return NO;
}
function overlap(b, r, src, rText) {
  if (b.k === "none" || r.k === "none") return NO;
  const addressOf = (what) => ({ tri: U, why: `which tailnet addresses ${what} devices have` });
  switch (r.k) {
    case "any":
      return b.k === "internet" ? NO : YES;
    case "tag":
    case "tagged":
      if (b.k === "any" || b.k === "tagged") return YES;
      if (b.k === "tag") return r.k === "tagged" || b.tag === r.tag ? YES : NO;
      if (b.k === "ips") return inTailnet(b.set) ? addressOf(rText) : NO;
      return NO;
    case "users":
    case "member":
    case "self":
    case "domain":
    case "usersUnknown": {
      const wants = (login) => r.k === "users" ? r.users.has(login) : r.k === "domain" ? login.endsWith(`@${r.domain}`) : true;
      const unknownR = r.k === "usersUnknown";
      switch (b.k) {
        case "any":
          return YES;
        case "member":
          return unknownR ? { tri: U, why: r.why } : r.k === "users" && r.users.size === 0 ? NO : YES;
        case "users":
          if (unknownR) return b.users.size > 0 ? { tri: U, why: r.why } : NO;
          return [...b.users].some(wants) ? YES : NO;
        case "domain":
          if (unknownR) return { tri: U, why: r.why };
          if (r.k === "users") return [...r.users].some((u) => u.endsWith(`@${b.domain}`)) ? YES : NO;
          if (r.k === "domain") return r.domain === b.domain ? YES : NO;
          return YES;
        case "usersUnknown":
          return { tri: U, why: b.why };
        case "self":
          return unknownR ? { tri: U, why: r.why } : selfReaches(src, wants);
        case "ips":
          return inTailnet(b.set) ? addressOf(rText) : NO;
        default:
          return NO;
      }
    }
    case "ips":
      if (b.k === "any") return YES;
      if (b.k === "ips") return setsOverlap(b.set, r.set) || b.internet && r.internet ? YES : NO;
      if (b.k === "internet") return r.internet ? YES : NO;
      if (b.k === "svc") return NO;
      return inTailnet(r.set) ? { tri: U, why: `which devices hold the addresses of ${rText}` } : NO;
    case "internet":
      if (b.k === "internet" || b.k === "ips" && b.internet) return YES;
      if (b.k === "any") return { tri: U, why: 'whether "*" reaches the internet through exit nodes' };
      return NO;
    case "svc":
      return b.k === "any" || b.k === "svc" && b.name === r.name ? YES : NO;
  }
}

// src/validate/standing-check.ts
function standingTargets(access) {
  const targets = [];
  for (const r of access.resources.values()) {
    if (r.standing !== "none") continue;
    const destinations = [...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule["dst"]).map((d) => d.trim()));
    targets.push({ resource: r.name, destinations: [...new Set(destinations)] });
  }
  return targets;
}
function baseStandingAccess(policy, access, generatedBy) {
  return standingAccess(policy, standingTargets(access), {
    skip: (section2, index) => generatedBy.get(section2)?.has(index) ?? false
  });
}
function standingFindings(compiled) {
  const reaches = baseStandingAccess(compiled.policy, compiled.access, compiled.generatedBy);
  return reaches.map((r) => standingFinding(r, compiled.locate));
}
function standingFinding(r, locate) {
  const location = locate([r.sectionKey, r.index]);
  const who = r.principals.length > 0 ? r.principals.join(", ") : "its sources";
  const rule = `${r.sectionKey}[${r.index}]`;
  if (r.certain) {
    return error(
      "standing/access",
      `${rule} lets ${who} reach ${r.target} (through its destination "${r.via}") without a grant, but resource "${r.resource}" has standing: none. Leave ${r.target} out of this rule's destinations (or remove the rule); access to ${r.resource} is requested through grants/.`,
      location
    );
  }
  return {
    severity: "notice",
    rule: "standing/unknown",
    message: `Whether ${rule} (${who} -> "${r.via}") reaches ${r.target} of resource "${r.resource}" (standing: none) cannot be known offline: it depends on ${r.why ?? "what is not known offline"}. Narrow the rule's destinations if it might.`,
    ...location ? { location } : {}
  };
}

// src/shared/sha256.ts
var SMALL = 16 * 1024;
var budget = 64 * 1024;
function here(length) {
  if (length > SMALL || budget <= 0) return false;
  budget -= length;
  return true;
}
var crypto;
function nodeCrypto() {
  return crypto ??= builtin("node:crypto");
}
function sha256(text) {
  if (!here(text.length)) return new Uint8Array(nodeCrypto().createHash("sha256").update(text, "utf8").digest());
  return digest(Buffer.from(text, "utf8"));
}
function sha256Hex(text) {
  if (!here(text.length)) return nodeCrypto().createHash("sha256").update(text, "utf8").digest("hex");
  return Buffer.from(digest(Buffer.from(text, "utf8"))).toString("hex");
}
var Sha256 = class {
  pending = [];
  size = 0;
  hash;
  update(text) {
    if (this.hash) this.hash.update(text, "utf8");
    else {
      this.pending.push(text);
      this.size += text.length;
      if (this.size > SMALL || budget <= 0) {
        this.hash = nodeCrypto().createHash("sha256");
        for (const p of this.pending) this.hash.update(p, "utf8");
        this.pending = [];
      }
    }
    return this;
  }
  hex() {
    const text = this.hash ? "" : this.pending.join("");
    if (!this.hash && !here(text.length)) this.hash = nodeCrypto().createHash("sha256").update(text, "utf8");
    if (this.hash) return this.hash.digest("hex");
    return Buffer.from(digest(Buffer.from(text, "utf8"))).toString("hex");
  }
};
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
function digest(bytes) {
  const bitLength = bytes.length * 8;
  const total = Math.ceil((bytes.length + 9) / 64) * 64;
  const msg = new Uint8Array(total);
  msg.set(bytes);
  msg[bytes.length] = 128;
  const view = new DataView(msg.buffer);
  view.setUint32(total - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(total - 4, bitLength >>> 0);
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = (a2 >>> 7 | a2 << 25) ^ (a2 >>> 18 | a2 << 14) ^ a2 >>> 3;
      const s1 = (b2 >>> 17 | b2 << 15) ^ (b2 >>> 19 | b2 << 13) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 >>> 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const ch = e & f ^ ~e & g;
      const t1 = hh + S1 + ch + K[i] + w[i] >>> 0;
      const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const maj = a & b ^ a & c ^ b & c;
      const t2 = S0 + maj >>> 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 >>> 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 >>> 0;
    }
    h[0] = h[0] + a >>> 0;
    h[1] = h[1] + b >>> 0;
    h[2] = h[2] + c >>> 0;
    h[3] = h[3] + d >>> 0;
    h[4] = h[4] + e >>> 0;
    h[5] = h[5] + f >>> 0;
    h[6] = h[6] + g >>> 0;
    h[7] = h[7] + hh >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}

// src/policy/posture-keys.ts
var ATTRIBUTE_PREFIX = "custom:tp_";
var POSTURE_PREFIX = "posture:tp-";
var ID_LENGTH = 32;
var BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
function grantId(path) {
  const digest2 = sha256(`tailpolicy/posture/v1
${path}`);
  return base32(digest2.subarray(0, ID_LENGTH * 5 / 8));
}
function attributeKey(path) {
  return ATTRIBUTE_PREFIX + grantId(path);
}
function isTailpolicyAttributeKey(key) {
  return new RegExp(`^custom:tp_[a-z2-7]{${ID_LENGTH}}$`).test(key);
}
function isGeneratedPostureName(name) {
  return new RegExp(`^posture:tp-[a-z2-7]{${ID_LENGTH}}(-[0-9]+)?$`).test(name);
}
function attributeCondition(key) {
  return `${key} == true`;
}
function base32(bytes) {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = buffer << 8 | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[buffer >>> bits - 5 & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

// src/policy/posture-gate.ts
var GrantGate = class {
  constructor(path, base) {
    this.path = path;
    this.base = base;
    this.id = grantId(path);
    this.key = attributeKey(path);
  }
  path;
  base;
  id;
  key;
  generated = /* @__PURE__ */ new Map();
  attributeOnly;
  /**
   * The rule with its `srcPosture` replaced by the gated list. A malformed own `srcPosture` (not
   * a list of strings) is left as it is: validation rejects it, so the rule is never pushed.
   */
  gateRule(rule) {
    const ownKey = Object.keys(rule).find((k) => k.toLowerCase() === "srcposture");
    const own2 = ownKey === void 0 ? void 0 : rule[ownKey];
    if (own2 !== void 0 && !isStringList(own2)) return rule;
    const names = own2 !== void 0 && own2.length > 0 ? own2 : defaultList(this.base.defaultSrcPosture);
    const out = {};
    for (const [k, v] of Object.entries(rule)) if (k !== ownKey) out[k] = v;
    out["srcPosture"] = this.srcPosture(names);
    return out;
  }
  /** The postures the gated rules refer to, in the order they were first needed. */
  postures() {
    return [...this.attributeOnly ? [this.attributeOnly] : [], ...this.generated.values()];
  }
  srcPosture(names) {
    const condition = attributeCondition(this.key);
    if (names.length === 0) {
      this.attributeOnly ??= { name: `${POSTURE_PREFIX}${this.id}`, conditions: [condition] };
      return [this.attributeOnly.name];
    }
    const out = [];
    for (const raw of names) {
      const name = raw.trim();
      const conditions = postureConditions(this.base.postures, name);
      if (!conditions) {
        out.push(name);
        continue;
      }
      let g = this.generated.get(name);
      if (!g) {
        g = {
          name: `${POSTURE_PREFIX}${this.id}-${this.generated.size + 1}`,
          conditions: [...conditions, condition],
          base: name
        };
        this.generated.set(name, g);
      }
      if (!out.includes(g.name)) out.push(g.name);
    }
    return out;
  }
};
function isStringList(v) {
  return Array.isArray(v) && v.every((s) => typeof s === "string");
}
function defaultList(v) {
  return isStringList(v) ? v : [];
}
function postureConditions(postures, name) {
  if (postures === null || typeof postures !== "object" || Array.isArray(postures)) return void 0;
  const conds = postures[name];
  return isStringList(conds) ? conds : void 0;
}

// src/policy/dns.ts
function buildDns(file) {
  if (!file || file.value === void 0) return { findings: [] };
  const value = file.value ?? {};
  const findings = validateShape("dns", value, file.locate);
  if (findings.length > 0) return { findings };
  const doc = value;
  const dns = {};
  if (doc.splitDNS) {
    dns.splitDNS = Object.fromEntries(
      Object.entries(doc.splitDNS).map(([d, r]) => [d.replace(/\.$/, "").toLowerCase(), r]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    );
  }
  if (doc.nameservers) dns.nameservers = doc.nameservers;
  if (doc.searchPaths) dns.searchPaths = doc.searchPaths;
  if (doc.magicDNS !== void 0) dns.magicDNS = doc.magicDNS;
  return { dns, findings };
}
function planDns(desired, live) {
  const plan = {};
  if (!desired) return plan;
  const same2 = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const sortedMap = (m) => Object.fromEntries(
    Object.entries(m).map(([k, v]) => [k.replace(/\.$/, "").toLowerCase(), v]).sort(([a], [b]) => a < b ? -1 : 1)
  );
  if (desired.splitDNS && !same2(sortedMap(desired.splitDNS), sortedMap(live.splitDNS)))
    plan.splitDNS = desired.splitDNS;
  if (desired.nameservers && !same2(desired.nameservers, live.nameservers)) plan.nameservers = desired.nameservers;
  if (desired.searchPaths && !same2(desired.searchPaths, live.searchPaths)) plan.searchPaths = desired.searchPaths;
  const magicAfter = plan.nameservers?.length === 0 ? false : live.magicDNS;
  if (desired.magicDNS !== void 0 && desired.magicDNS !== magicAfter) plan.magicDNS = desired.magicDNS;
  return plan;
}

// src/policy/grants.ts
function grantState(g, now) {
  const t = now.getTime();
  if (g.expires.getTime() <= t) return "expired";
  if (g.starts && t < g.starts.getTime()) return "scheduled";
  return "active";
}
function buildGrant(file, opts = {}) {
  if (file.value === void 0) return { findings: file.findings };
  const findings = [...windowShape(file), ...validateShape("grant", file.value ?? {}, file.locate)];
  if (findings.length > 0) return { findings };
  const doc = file.value;
  let duration;
  if (doc.duration !== void 0) {
    if (opts.merged && "problem" in opts.merged) {
      return { findings: [error("grant/merge-time-unknown", opts.merged.problem, file.locate(["duration"]))] };
    }
    const mergedAt = opts.merged?.at;
    duration = { text: doc.duration, ms: parseDuration(doc.duration), ...mergedAt ? { mergedAt } : {} };
  }
  if (doc.resource !== void 0 && (doc.grants || doc.ssh)) {
    return {
      findings: [
        error(
          "grant/resource-and-inline",
          'A grant names either a "resource" or carries inline "grants"/"ssh" rules, not both. Remove one.',
          file.locate(["resource"], { key: true })
        )
      ]
    };
  }
  if (doc.resource === void 0 && !doc.grants && !doc.ssh) {
    return {
      findings: [
        error(
          "grant/no-access",
          'The grant gives no access: name a "resource" from policy/access.yaml (or inline "grants"/"ssh" rules).',
          file.locate([])
        )
      ]
    };
  }
  const grant = {
    path: file.path,
    grantees: typeof doc.grantees === "string" ? [doc.grantees] : doc.grantees,
    resource: doc.resource,
    reason: doc.reason,
    ticket: doc.ticket,
    starts: doc.starts !== void 0 ? parseTimestamp(doc.starts) : void 0,
    expires: duration ? new Date((duration.mergedAt ?? opts.now ?? /* @__PURE__ */ new Date(0)).getTime() + duration.ms) : parseTimestamp(doc.expires),
    ...duration ? { duration } : {},
    inline: doc.resource === void 0 ? { grants: doc.grants ?? [], ssh: doc.ssh ?? [] } : void 0,
    locate: file.locate
  };
  if (grant.starts && grant.starts.getTime() >= grant.expires.getTime()) {
    findings.push(
      error(
        "grant/window",
        '"expires" must be after "starts"; the grant would never be active.',
        file.locate(["expires"])
      )
    );
  }
  return findings.length ? { findings } : { grant, findings };
}
function windowShape(file) {
  const v = file.value;
  if (v === null || typeof v !== "object" || Array.isArray(v)) return [];
  const has = (k) => Object.prototype.hasOwnProperty.call(v, k);
  if (has("expires") && has("duration")) {
    return [
      error(
        "grant/expires-and-duration",
        'A grant ends either at "expires" or after a "duration" from its merge, not both. Remove one of them.',
        file.locate(["duration"], { key: true })
      )
    ];
  }
  if (has("starts") && has("duration")) {
    return [
      error(
        "grant/starts-and-duration",
        'A "duration" grant starts when it reaches the default branch, so it cannot also have "starts". Remove "starts", or replace "duration" with an "expires" time.',
        file.locate(["starts"], { key: true })
      )
    ];
  }
  if (!has("expires") && !has("duration")) {
    return [
      error(
        "schema/missing-field",
        'Missing required field "expires" in the grant file. Every grant must end: add e.g. expires: 2026-11-22T02:00:00Z, or duration: 4h (counted from the moment it merges).',
        file.locate([])
      )
    ];
  }
  return [];
}
function rulesFor(grant, access) {
  return grant.resource !== void 0 ? access.resources.get(grant.resource) : access.inline;
}
function checkGrant(grant, access, policy, now, teams) {
  const findings = [];
  const groups = groupMembers(policy);
  if (grant.resource !== void 0 && !access.resources.has(grant.resource)) {
    const known = [...access.resources.keys()];
    findings.push(
      error(
        "grant/unknown-resource",
        `Unknown resource "${grant.resource}". ` + (known.length ? `Resources in ${access.path ?? "policy/access.yaml"}: ${known.join(", ")}.` : "policy/access.yaml defines no resources."),
        grant.locate(["resource"])
      )
    );
    return findings;
  }
  if (grant.inline && !access.inline) {
    findings.push(
      error(
        "grant/inline-not-allowed",
        'This grant carries its own rules, but policy/access.yaml has no "inline:" section allowing that. Use a "resource", or add "inline:" with approvers and a maxDuration.',
        grant.locate([grant.inline.grants.length ? "grants" : "ssh"], { key: true })
      )
    );
    return findings;
  }
  const rules = rulesFor(grant, access);
  grant.grantees.forEach((g, i) => {
    const path = Array.isArray(grant.grantees) ? ["grantees", i] : ["grantees"];
    if (g.startsWith("group:") && !groups.has(g)) {
      findings.push(
        error(
          "ref/unknown-group",
          `Grantee ${g} is not a group of the policy. Define it in policy/ or fix the name.`,
          grant.locate(path)
        )
      );
    } else if (rules.eligible) {
      const eligible = isEligible(g, rules.eligible, groups, access.people, teams);
      const what = grant.resource ? `resource "${grant.resource}"` : "inline grants";
      if (eligible === false)
        findings.push(
          error(
            "grant/not-eligible",
            `${g} is not eligible for ${what}; eligible: ${rules.eligible.join(", ")}.` + (rules.eligible.some(isTeam) ? ' (A team counts a grantee whose GitHub login, through "people", is an active member.)' : ""),
            grant.locate(path)
          )
        );
      else if (eligible === void 0)
        findings.push(
          warning(
            "grant/eligible-team-unverified",
            `${g} is eligible for ${what} only through a GitHub team (${rules.eligible.filter(isTeam).join(", ")}); membership is read from GitHub in check and apply, not offline.`,
            grant.locate(path)
          )
        );
    }
  });
  if (rules.ticketPattern !== void 0) {
    const pattern = new RegExp(rules.ticketPattern, "u");
    if (grant.ticket === void 0) {
      findings.push(
        error(
          "grant/ticket-required",
          `${grant.resource ? `Resource "${grant.resource}"` : "An inline grant"} requires a "ticket" matching ${rules.ticketPattern}. Add e.g. ticket: INC-1234.`,
          grant.locate([])
        )
      );
    } else if (!pattern.test(grant.ticket)) {
      findings.push(
        error(
          "grant/ticket-format",
          `Ticket "${grant.ticket}" does not match ${rules.ticketPattern}.`,
          grant.locate(["ticket"])
        )
      );
    }
  }
  if (grant.duration && grantState(grant, now) !== "expired") {
    if (grant.duration.ms > rules.maxDurationMs) {
      findings.push(
        error(
          "grant/too-long",
          `The grant lasts ${formatDuration(grant.duration.ms)} from its merge, longer than the ${rules.maxDuration} allowed for ${grant.resource ? `"${grant.resource}"` : "inline grants"}. Shorten "duration".`,
          grant.locate(["duration"])
        )
      );
    }
  } else if (grantState(grant, now) !== "expired") {
    const from = Math.max(grant.starts?.getTime() ?? 0, now.getTime());
    const length = grant.expires.getTime() - from;
    if (length > rules.maxDurationMs) {
      findings.push(
        error(
          "grant/too-long",
          `The grant lasts ${formatDuration(length)} from ${grant.starts && grant.starts.getTime() > now.getTime() ? "its start" : "now"}, longer than the ${rules.maxDuration} allowed for ${grant.resource ? `"${grant.resource}"` : "inline grants"}. Move "expires" earlier.`,
          grant.locate(["expires"])
        )
      );
    }
  }
  return findings;
}
function isEligible(grantee, eligible, groups, people, teams) {
  if (eligible.includes(grantee)) return true;
  const teamList = eligible.filter(isTeam);
  const one = (login) => {
    if (includesUser(eligible, login, groups)) return true;
    if (teamList.length === 0) return false;
    const gh = people.get(login);
    if (!gh) return false;
    if (!teams) return void 0;
    return teamList.some((t) => teams.has(t, gh));
  };
  const members = grantee.startsWith("group:") ? groups.get(grantee) ?? [] : [grantee];
  if (members.length === 0) return false;
  const answers = members.map(one);
  if (answers.includes(false)) return false;
  return answers.includes(void 0) ? void 0 : true;
}
function duplicateGrants(grants, now) {
  const findings = [];
  const seen = /* @__PURE__ */ new Map();
  const start = (g) => Math.max(g.starts?.getTime() ?? -Infinity, now.getTime());
  for (const g of grants) {
    if (g.resource === void 0 || grantState(g, now) === "expired") continue;
    for (const who of g.grantees) {
      const key = `${who}\0${g.resource}`;
      for (const other of seen.get(key) ?? []) {
        const overlap2 = start(g) < other.expires.getTime() && start(other) < g.expires.getTime();
        if (overlap2) {
          findings.push(
            warning(
              "grant/duplicate",
              `${who} already has "${g.resource}" over an overlapping window in ${other.path}. Extend that grant instead of adding another.`,
              g.locate(["resource"])
            )
          );
        }
      }
      seen.set(key, [...seen.get(key) ?? [], g]);
    }
  }
  return findings;
}

// src/policy/render.ts
function canonicalJson(value) {
  const parts = [];
  writeCanonical(value, parts);
  return parts.join("");
}
var DIGEST_BATCH = 8192;
function writeCanonical(value, parts, flush) {
  if (flush && parts.length >= DIGEST_BATCH) flush();
  if (Array.isArray(value)) {
    parts.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(",");
      writeCanonical(value[i], parts, flush);
    }
    parts.push("]");
  } else if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    parts.push("{");
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) parts.push(",");
      parts.push(JSON.stringify(keys[i]), ":");
      writeCanonical(value[keys[i]], parts, flush);
    }
    parts.push("}");
  } else {
    parts.push(JSON.stringify(value) ?? "null");
  }
}
function policyDigest(policy) {
  const hash = new Sha256();
  const parts = [];
  const flush = () => {
    hash.update(parts.join(""));
    parts.length = 0;
  };
  writeCanonical(policy, parts, flush);
  flush();
  return `sha256:${hash.hex()}`;
}
var DIGEST_LINE = /^[ \t]*\/\/[ \t]*tailpolicy-digest:[ \t]*(sha256:[0-9a-f]{64})\s*$/;
function headerDigest(hujson) {
  const head = hujson.slice(0, Math.max(0, hujson.indexOf("{")));
  for (const line of head.split("\n")) {
    const m = DIGEST_LINE.exec(line);
    if (m) return m[1];
  }
  return void 0;
}
var RULE_MARKER = /^\s*\/\/\s*tailpolicy-rules:\s*(\d+)\s+(sha256:[0-9a-f]{64})\s+(.+?)\s*$/;
function rulesFingerprint(path, rules) {
  return `sha256:${sha256Hex(canonicalJson({ grant: path, rules }))}`;
}
function ruleMarker(path, rules) {
  return `tailpolicy-rules: ${rules.length} ${rulesFingerprint(path, rules)} ${commentSafe(path, 300)}`;
}
var UNSAFE_IN_COMMENT = runsOf([...CONTROLS, ...INVISIBLE]);
var PLAIN_LINE = /^[!-~]+(?: [!-~]+)*$/;
function commentSafe(text, max = 200) {
  const flat = PLAIN_LINE.test(text) ? text : text.replace(UNSAFE_IN_COMMENT, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
var SECTION_ORDER = Object.keys(POLICY_SECTIONS);
function renderPolicy(policy, digest2, opts = {}) {
  const header = [];
  if (opts.repositoryUrl)
    header.push(`// This tailnet's ACLs are maintained in ${commentSafe(opts.repositoryUrl, 300)}`);
  const from = opts.repository ? ` from ${commentSafe(opts.repository, 200)}${opts.commit ? ` at ${commentSafe(opts.commit, 100)}` : ""}` : "";
  header.push(`// Generated by tailpolicy${from}.`);
  header.push("// Do not edit this policy in the admin console: change the repository instead.");
  header.push("// Edits made here are detected as drift and stop the next apply.");
  header.push(`// tailpolicy-digest: ${digest2}`);
  const keys = Object.keys(policy).sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const body = keys.map((k) => {
    const comments = opts.comments?.get(k);
    return `	${JSON.stringify(k)}: ${renderValue(policy[k], 1, comments)},`;
  });
  return `${header.join("\n")}
{
${body.join("\n")}
}
`;
}
function order(section2) {
  const i = SECTION_ORDER.indexOf(section2);
  return i === -1 ? SECTION_ORDER.length : i;
}
var INLINE_LIMIT = 100;
function renderValue(value, depth, comments) {
  const parts = [];
  writeValue(value, depth, parts, comments);
  return parts.join("");
}
var TABS = [];
var tabs = (n) => TABS[n] ??= "	".repeat(n);
function writeValue(value, depth, parts, comments) {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      parts.push("[]");
      return;
    }
    const scalars = value.every((v) => v === null || typeof v !== "object");
    if (scalars && !comments) {
      const line = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      if (line.length + depth * 4 <= INLINE_LIMIT) {
        parts.push(line);
        return;
      }
    }
    const inner = tabs(depth + 1);
    parts.push("[\n");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push("\n");
      if (!(i in value)) continue;
      for (const c of comments?.get(i) ?? []) parts.push(inner, "// ", commentSafe(c, 400), "\n");
      parts.push(inner);
      writeValue(value[i], depth + 1, parts);
      parts.push(",");
    }
    parts.push("\n", tabs(depth), "]");
    return;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      parts.push("{}");
      return;
    }
    const inner = tabs(depth + 1);
    parts.push("{\n");
    for (let i = 0; i < entries.length; i++) {
      if (i > 0) parts.push("\n");
      parts.push(inner, JSON.stringify(entries[i][0]), ": ");
      writeValue(entries[i][1], depth + 1, parts);
      parts.push(",");
    }
    parts.push("\n", tabs(depth), "}");
    return;
  }
  parts.push(JSON.stringify(value) ?? "null");
}
function parsesBackTo(text, policy) {
  const fast = readStrictJson(text);
  let parsed;
  if (fast) parsed = fast.value;
  else {
    const errors = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || !root) return false;
    parsed = getNodeValue(root);
  }
  return sameJson(parsed, asJson(policy));
}
function asJson(policy) {
  return isJsonData(policy) ? policy : JSON.parse(JSON.stringify(policy));
}
function isJsonData(root) {
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return false;
      continue;
    }
    if (typeof v !== "object") return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null || typeof v.toJSON === "function")
      return false;
    for (const key of Object.keys(v)) stack.push(v[key]);
  }
  return true;
}
function sameJson(a, b) {
  const stack = [a, b];
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push(x[i], y[i]);
      continue;
    }
    if (Array.isArray(y)) return false;
    const xs = x;
    const ys = y;
    const keys = Object.keys(xs);
    if (keys.length !== Object.keys(ys).length) return false;
    for (const k of keys) {
      if (!Object.hasOwn(ys, k)) return false;
      stack.push(xs[k], ys[k]);
    }
  }
  return true;
}

// src/policy/compile.ts
var RESERVED = ["dns", "access"];
function compileGrants(input) {
  const dirs = dirList(input.policyDir);
  const rank = (path) => {
    const i = dirs.findIndex((d) => within(path, d));
    return i < 0 ? dirs.length : i;
  };
  const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  const byFolder = (a, b) => rank(a.path) - rank(b.path) || byPath(a, b);
  const baseFindings = [];
  const reserved = { dns: [], access: [] };
  const fragments = [];
  for (const file of [...input.policyFiles].sort(byFolder)) {
    if (!formatOf(file.path)) continue;
    const parsed = parseSource(file);
    baseFindings.push(...parsed.findings);
    const dir = dirs[rank(file.path)];
    const rel = dir !== void 0 && dir !== "." ? file.path.slice(dir.length + 1) : file.path;
    const name = RESERVED.find((r) => new RegExp(`^${r}\\.(ya?ml|json|hujson)$`, "i").test(rel));
    (name ? reserved[name] : fragments).push(parsed);
  }
  for (const name of RESERVED) {
    for (const extra of reserved[name].slice(1)) {
      baseFindings.push(
        error(
          "merge/duplicate",
          `${extra.path} duplicates ${reserved[name][0].path}; keep one ${name} file.`,
          extra.locate([])
        )
      );
    }
  }
  const merged = mergeFragments(fragments);
  baseFindings.push(...merged.findings);
  const built = buildAccess(reserved.access[0]);
  const scoped = scopeResources(built.access, input.scope);
  const access = scoped.access;
  const accessFindings = [...built.findings, ...scoped.findings];
  const elsewhere = (resource) => {
    const seen = scoped.elsewhere.get(resource);
    if (seen || access.resources.has(resource) || !input.scope?.owners) return seen;
    const owner = input.scope.owners.get(resource);
    const home = input.scope.targets.find((t) => t.name === owner && owner !== input.scope.name);
    return home ? { target: home.name, grantsDir: home.grantsDir } : void 0;
  };
  const { dns, findings: dnsFindings } = buildDns(reserved.dns[0]);
  baseFindings.push(...accessFindings, ...dnsFindings, ...checkAccessReferences(access, merged.policy));
  baseFindings.push(...reservedPostureNames(merged.policy, merged.origins));
  const grants = [...input.grantFiles].filter((f) => /\.ya?ml$/i.test(f.path)).sort(byPath).map((file) => {
    const parsed = parseSource(file, "grant");
    const built2 = buildGrant(parsed, { merged: input.merges?.get(file.path), now: input.now });
    const findings = [...parsed.findings.filter((f) => !built2.findings.includes(f)), ...built2.findings];
    if (!built2.grant) return { path: file.path, included: false, findings };
    const away = built2.grant.resource !== void 0 ? elsewhere(built2.grant.resource) : void 0;
    if (away) findings.push(wrongTarget(built2.grant, away, input.scope));
    else findings.push(...checkGrant(built2.grant, access, merged.policy, input.now));
    const state = grantState(built2.grant, input.now);
    const excludedReason = input.exclude?.get(file.path);
    const valid = !findings.some((f) => f.severity === "error");
    return {
      path: file.path,
      grant: built2.grant,
      state,
      included: valid && state === "active" && excludedReason === void 0,
      ...excludedReason !== void 0 ? { excludedReason } : {},
      findings
    };
  });
  const validGrants = grants.filter((g) => g.grant && !g.findings.some((f) => f.severity === "error")).map((g) => g.grant);
  const duplicates = duplicateGrants(validGrants, input.now);
  for (const d of duplicates) grants.find((g) => g.path === d.location?.file)?.findings.push(d);
  return { now: input.now, policy: merged.policy, access, ...dns ? { dns } : {}, grants, baseFindings, merged };
}
function compile(input) {
  const { merged, access, dns, grants, baseFindings } = compileGrants(input);
  const { policy, comments, generatedBy } = addGrantRules(merged.policy, merged.origins, grants, access);
  const digest2 = policyDigest(policy);
  const text = renderPolicy(policy, digest2, {
    repositoryUrl: input.source?.repositoryUrl,
    repository: input.source?.repository,
    commit: input.source?.commit,
    comments: withFragmentComments(policy, merged.origins, comments, generatedBy)
  });
  if (!parsesBackTo(text, policy)) {
    baseFindings.push(
      error(
        "render/mismatch",
        "The rendered policy text does not parse back to the policy that was validated (a file name or reason would change the pushed rules), so nothing will be pushed. Rename the file or folder with unusual characters, or report this to tailpolicy.",
        { file: dirList(input.policyDir)[0] ?? ".", line: 1, column: 1 }
      )
    );
  }
  const future = grants.filter((g) => g.grant && g.state !== "expired" && !g.findings.some((f) => f.severity === "error")).flatMap((g) => [g.grant.starts, g.grant.expires]).filter((d) => d !== void 0 && d.getTime() > input.now.getTime()).sort((a, b) => a.getTime() - b.getTime());
  return {
    now: input.now,
    policy,
    text,
    digest: digest2,
    dns,
    access,
    grants,
    nextChange: future[0],
    findings: sortFindings([...baseFindings, ...grants.flatMap((g) => g.findings)]),
    baseErrors: baseFindings.some((f) => f.severity === "error"),
    locate: merged.origins.locate,
    generatedBy
  };
}
function wrongTarget(grant, away, scope) {
  const here2 = scope.targets.find((t) => t.name === scope.name).grantsDir;
  const rest = grant.path.startsWith(`${here2}/`) ? grant.path.slice(here2.length + 1) : grant.path.split("/").pop();
  return error(
    "grant/wrong-target",
    `Resource "${grant.resource}" lives in the tailnet of target "${away.target}", so its grants go in ${away.grantsDir}/, not in ${here2}/ ("${scope.name}"): move this file to ${away.grantsDir}/${rest}.`,
    grant.locate(["resource"])
  );
}
function addGrantRules(base, origins, grants, access) {
  const policy = { ...base };
  const comments = /* @__PURE__ */ new Map();
  const generatedBy = /* @__PURE__ */ new Map();
  for (const entry of grants) {
    if (!entry.included || !entry.grant) continue;
    const g = entry.grant;
    const resource = g.resource !== void 0 ? access.resources.get(g.resource) : void 0;
    const sources = resource ? [
      { section: "grants", rules: resource.grants, locate: at(resource.locate, ["grants"]) },
      { section: "ssh", rules: resource.ssh, locate: at(resource.locate, ["ssh"]) }
    ] : [
      { section: "grants", rules: g.inline?.grants ?? [], locate: at(g.locate, ["grants"]) },
      { section: "ssh", rules: g.inline?.ssh ?? [], locate: at(g.locate, ["ssh"]) }
    ];
    const enforcing = rulesFor(g, access);
    const gate = enforcing?.enforce === "posture" ? new GrantGate(g.path, { postures: base.postures, defaultSrcPosture: base.defaultSrcPosture }) : void 0;
    const note = grantComment(g, gate?.key);
    for (const { section: section2, rules, locate } of sources) {
      if (rules.length === 0) continue;
      if (policy[section2] === base[section2]) policy[section2] = [...base[section2] ?? []];
      const list2 = policy[section2];
      const first = list2.length;
      rules.forEach((rule, j) => {
        const index = list2.length;
        const plain = section2 === "ssh" ? sshRule(rule, g.grantees) : { src: g.grantees, ...rule };
        const compiled = gate ? gate.gateRule(plain) : plain;
        list2.push(compiled);
        const gen = generatedBy.get(section2) ?? /* @__PURE__ */ new Map();
        gen.set(index, g.path);
        generatedBy.set(section2, gen);
        origins.set(
          [section2, index],
          (rest, opts) => rest[0] === "src" ? g.locate(["grantees"], opts) : gate && rest[0] === "srcPosture" ? locate([j, "srcPosture"], opts) ?? enforcing.locate(["enforce"], opts) : locate([j, ...rest], opts)
        );
      });
      const bySection = comments.get(section2) ?? /* @__PURE__ */ new Map();
      bySection.set(first, [note, ruleMarker(g.path, list2.slice(first))]);
      comments.set(section2, bySection);
    }
    if (gate) addGatePostures(policy, origins, gate, enforcing.locate);
  }
  return { policy, comments, generatedBy };
}
function addGatePostures(policy, origins, gate, rulesLocate) {
  const generated = gate.postures();
  if (generated.length === 0) return;
  const postures = isPlainObject(policy.postures) ? { ...policy.postures } : {};
  for (const p of generated) {
    postures[p.name] = p.conditions;
    const copied = p.conditions.length - 1;
    origins.set(
      ["postures", p.name],
      (rest, opts) => p.base !== void 0 && typeof rest[0] === "number" && rest[0] < copied ? origins.locate(["postures", p.base, ...rest], opts) : rulesLocate(["enforce"], opts)
    );
  }
  policy.postures = postures;
}
function reservedPostureNames(policy, origins) {
  if (!isPlainObject(policy.postures)) return [];
  return Object.keys(policy.postures).filter(isGeneratedPostureName).map(
    (name) => error(
      "posture/reserved-name",
      `"${name}" has the form of the postures tailpolicy generates for "enforce: posture" grants (posture:tp-<id>). Rename it.`,
      origins.locate(["postures", name], { key: true })
    )
  );
}
function sshRule(rule, grantees) {
  const { action, ...rest } = rule;
  return action === void 0 ? { src: grantees, ...rest } : { action, src: grantees, ...rest };
}
function grantComment(g, attribute) {
  const from = g.starts ?? g.duration?.mergedAt;
  const window = `${from ? humanUtc(from) : "now"} until ${humanUtc(g.expires)}${g.duration ? ` (${g.duration.text} from merge)` : ""}`;
  const what = g.resource ?? "inline rules";
  const ticket = g.ticket ? ` [${g.ticket}]` : "";
  const gate = attribute ? ` (expiry enforced by ${attribute})` : "";
  return commentSafe(
    `grant ${g.path}: ${g.grantees.join(", ")} -> ${what}, ${window}${ticket}${gate}: ${g.reason}`,
    300
  );
}
function withFragmentComments(policy, origins, comments, generatedBy) {
  const out = new Map(comments);
  for (const [section2, value] of Object.entries(policy)) {
    if (!Array.isArray(value)) continue;
    const generated = [...generatedBy.get(section2)?.keys() ?? []];
    const baseCount = generated.length ? Math.min(...generated) : value.length;
    const bySection = new Map(comments.get(section2) ?? []);
    let previous;
    for (let i = 0; i < baseCount; i++) {
      const file = origins.fileOf([section2, i]);
      if (file && file !== previous) bySection.set(i, [file]);
      previous = file;
    }
    if (bySection.size) out.set(section2, bySection);
  }
  return out;
}

// src/evaluate/tests.ts
var FAILS = 'Tailscale rejects the policy with "test(s) failed".';
function refProblem(c, text, what) {
  const sel = parseSelector(text);
  switch (sel.kind) {
    case "tag": {
      const bad = checkTagName(sel.name);
      if (!c.tags.has(sel.name)) {
        return {
          rule: "ref/unknown-tag",
          message: `${what} tag not found: "${sel.name}". ${bad && sel.name.includes(":", 4) ? "A port does not belong here. " : ""}Define it in "tagOwners" or fix the name.`
        };
      }
      return void 0;
    }
    case "group":
      if (!c.groups.has(sel.name) && !sel.name.includes("@")) {
        return {
          rule: "ref/unknown-group",
          message: `${what} group not found: "${sel.name}". Define it in "groups" or fix the name.`
        };
      }
      return void 0;
    case "host":
      if (!c.hosts.has(sel.name)) {
        return {
          rule: "ref/unknown-host",
          message: `${what} "${sel.name}": invalid address: it is not a host defined in "hosts", a user, a tag or an IP. Define it in "hosts" or fix the name.`
        };
      }
      return void 0;
    case "ipset":
      if (!c.ipsets.has(sel.name)) {
        return {
          rule: "ref/unknown-ipset",
          message: `${what} IP set not found: "${sel.name}". Define it in "ipsets".`
        };
      }
      return void 0;
    case "user":
      if (c.users && !c.users.has(sel.login)) {
        return {
          rule: "ref/unknown-user",
          message: `${what} user not found: "${sel.login}": no such user in the tailnet. Fix the login name.`
        };
      }
      return void 0;
    case "invalid":
      return { rule: "selector/invalid", message: `${what} "${text.trim()}": ${sel.reason}.` };
    case "autogroup":
      if (!AUTOGROUPS.has(sel.name)) {
        return { rule: "selector/invalid", message: `${what} "${sel.name}" is not an autogroup Tailscale knows.` };
      }
      return void 0;
    default:
      return void 0;
  }
}
function str(f, name) {
  const v = f.get(name);
  return v && typeof v.value === "string" ? { key: v.key, value: v.value } : void 0;
}
function list(f, name) {
  const v = f.get(name);
  return v && Array.isArray(v.value) ? { key: v.key, values: v.value } : void 0;
}
function testProblems(c, test, base) {
  if (!isObject(test))
    return [
      { path: base, rule: "policy/type", message: 'A test must be an object with "src" and "accept" and/or "deny".' }
    ];
  const out = [];
  const f = readObject(test, TEST_FIELDS).fields;
  const src = str(f, "src") ?? str(f, "user");
  if (f.has("src") && f.has("user")) {
    out.push({
      path: [...base, f.get("user").key],
      rule: "test/invalid",
      message: 'Only one of "src" or "user" may be specified; "user" is the old name of "src".'
    });
  }
  if (!src || src.value.trim() === "") {
    out.push({
      path: base,
      rule: "test/invalid",
      message: `This test has no "src": say whose access it checks (a user, group, tag, host or IP). ${FAILS}`
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    const where2 = `test src`;
    if (sel.kind === "any" || sel.kind === "autogroup" || sel.kind === "svc" || sel.kind === "userDomain") {
      out.push({
        path: p,
        rule: "test/invalid",
        message: `test src "${src.value.trim()}" is not valid: a test runs from one identity (a user, group, tag, host or IP address), never "*", an autogroup or a service. ${FAILS}`
      });
    } else if (sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/"))) {
      out.push({
        path: p,
        rule: "test/invalid",
        message: `test src "${sel.text}" is a range or CIDR: use one IP address, without a prefix length. ${FAILS}`
      });
    } else {
      const r = refProblem(c, src.value, where2);
      if (r) out.push({ path: p, ...r, message: `${r.message} ${FAILS}` });
      else if (sel.kind === "host" && !isSingleHost(c, sel.name)) {
        out.push({
          path: p,
          rule: "test/invalid",
          message: `test src "${sel.name}" maps to a range in "hosts": a test runs from one address. ${FAILS}`
        });
      }
    }
  }
  const proto = f.get("proto");
  if (proto) {
    if (typeof proto.value !== "string") {
      out.push({
        path: [...base, proto.key],
        rule: "policy/type",
        message: 'json: cannot unmarshal into "proto" of type string: write the protocol as a string, e.g. "tcp" or "6".'
      });
    } else if (proto.value.trim() !== "") {
      const pr = parseProto(proto.value);
      if (!pr.ok) out.push({ path: [...base, proto.key], rule: "proto/invalid", message: `${pr.error}.` });
    }
  }
  let any = false;
  for (const kind of ["accept", "allow", "deny"]) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((entry, j) => {
      const p = [...base, l.key, j];
      if (typeof entry !== "string") {
        out.push({ path: p, rule: "policy/type", message: `"${l.key}" entries must be strings like "tag:server:22".` });
        return;
      }
      any = true;
      out.push(...testDstProblems(c, entry, p));
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: "test/invalid",
      message: `This test has neither "accept" nor "deny" destinations, so it checks nothing. ${FAILS}`
    });
  }
  return out;
}
function isSingleHost(c, name) {
  const h = c.hosts.get(name);
  return !h || h.lo === h.hi;
}
function testDstProblems(c, entry, path) {
  const e = entry.trim();
  const hp = splitHostPorts(e);
  if (!hp) {
    return [
      {
        path,
        rule: "test/invalid",
        message: `address "${e}": a test destination is "<host>:<port>", e.g. "tag:server:22". ${FAILS}`
      }
    ];
  }
  const out = [];
  if (!/^[0-9]+$/.test(hp.ports) || Number(hp.ports) > 65535) {
    out.push({
      path,
      rule: "test/invalid",
      message: `address "${e}": a test destination takes exactly one numeric port (0-65535), not "${hp.ports}"; "*", lists and ranges make the test fail. ${FAILS}`
    });
  }
  const sel = parseSelector(hp.host);
  const bad = (why) => {
    out.push({ path, rule: "test/invalid", message: `address "${e}": ${why} ${FAILS}` });
  };
  if (sel.kind === "any") bad('a test destination names one host, never "*".');
  else if (sel.kind === "autogroup" && sel.name === "autogroup:internet") bad("autogroup:internet cannot be tested.");
  else if (sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/"))) {
    bad("tests cannot use CIDR (subnet) notation or ranges, not even a /32: name one address.");
  } else if (sel.kind === "userDomain") bad("a test destination names one host, not every user of a domain.");
  else {
    const r = refProblem(c, hp.host, "test destination");
    if (r) out.push({ path, rule: r.rule, message: `address "${e}": ${r.message} ${FAILS}` });
    else if (sel.kind === "host" && !isSingleHost(c, sel.name))
      bad(`host "${sel.name}" maps to a range (CIDR); tests cannot use CIDR notation.`);
    else if (sel.kind === "ipset" && !c.ipsets.get(sel.name)?.set.single())
      bad(`${sel.name} is not one address; tests cannot use ranges.`);
  }
  return out;
}
function sshTestProblems(c, test, base) {
  if (!isObject(test))
    return [
      {
        path: base,
        rule: "policy/type",
        message: 'An SSH test must be an object with "src", "dst" and "accept", "check" and/or "deny".'
      }
    ];
  const out = [];
  const f = readObject(test, SSHTEST_FIELDS).fields;
  const src = str(f, "src");
  if (!src || src.value.trim() === "") {
    out.push({
      path: base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "src": say whose access it checks (a user, group, tag, host or IP).'
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    if (sel.kind === "autogroup" || sel.kind === "any" || sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/")) || sel.kind === "svc" || sel.kind === "userDomain") {
      out.push({
        path: p,
        rule: "ssh-test/invalid",
        message: `SSH tests src contains disallowed element "${src.value.trim()}": an SSH test runs from one user, group, tag, host or IP address.`
      });
    } else {
      const r = refProblem(c, src.value, "SSH tests src");
      if (r) out.push({ path: p, ...r });
    }
  }
  const dst = list(f, "dst");
  if (!dst || dst.values.length === 0) {
    out.push({
      path: dst ? [...base, dst.key] : base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "dst": list the devices it connects to (tags, users, hosts).'
    });
  } else {
    dst.values.forEach((d, j) => {
      const p = [...base, dst.key, j];
      if (typeof d !== "string") {
        out.push({ path: p, rule: "policy/type", message: '"dst" entries must be strings like "tag:server".' });
        return;
      }
      const sel = parseSelector(d);
      const t = d.trim();
      if (sel.kind === "tag" && !c.tags.has(sel.name)) {
        out.push({
          path: p,
          rule: "ref/unknown-tag",
          message: `SSH tests dst contains unknown tag "${sel.name}". ${/:[0-9*]/.test(sel.name.slice(4)) ? "SSH test destinations take no port (SSH is port 22)." : 'Define it in "tagOwners" or fix the name.'}`
        });
      } else if (sel.kind === "any" || sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/")) || sel.kind === "autogroup" && sel.name === "autogroup:internet" || sel.kind === "host" && !isSingleHost(c, sel.name) || sel.kind === "userDomain") {
        out.push({
          path: p,
          rule: "ssh-test/invalid",
          message: `SSH tests dst contains disallowed element "${t}": name devices (a tag, user, group or a host with one address), not ranges.`
        });
      } else {
        const r = refProblem(c, d, "SSH tests dst");
        if (r) out.push({ path: p, ...r });
      }
    });
  }
  let any = false;
  for (const kind of ["accept", "check", "deny"]) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((u, j) => {
      const p = [...base, l.key, j];
      if (typeof u !== "string") {
        out.push({ path: p, rule: "policy/type", message: `"${l.key}" entries must be login names like "root".` });
        return;
      }
      any = true;
      if (u.trim() === "")
        out.push({
          path: p,
          rule: "ssh-test/invalid",
          message: 'user "" is not valid: write the login name to test, e.g. "root".'
        });
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "accept", "check" or "deny" logins, so it checks nothing.'
    });
  }
  return out;
}
function postureAttrsOf(v) {
  if (!isObject(v)) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") out[k] = x;
  }
  return out;
}
function attrsFor(testAttrs, ep) {
  return testAttrs ?? ep.postureAttributes ?? {};
}
function ruleName(c, section2, index) {
  return `${c.sectionKeys.get(section2) ?? section2}[${index}]`;
}
function where(loc) {
  return loc ? ` (${loc.file}:${loc.line})` : "";
}
function unitWhy(c, u, src, dst) {
  const name = "section" in u ? ruleName(c, u.section, u.index) : ruleName(c, "ssh", u.index);
  const reasons = [];
  if (!src.known) reasons.push(`which device holds ${src.label} is not known offline`);
  if (!dst.known) reasons.push(`which device holds ${dst.label} is not known offline`);
  if (u.src.usersUnknown.length > 0) reasons.push(`who is in ${u.src.usersUnknown.join(", ")} is not known offline`);
  const dsts = "section" in u ? [u.dst] : u.dst;
  for (const d of dsts) {
    if (d.k === "usersUnknown") reasons.push(`${d.why} is not known offline`);
    if (d.k === "ips" && src.known && dst.known && !dst.addrs)
      reasons.push(`whether ${dst.label} has an address in ${d.text} is not known offline`);
  }
  if (u.src.ips && src.known && !src.addrs)
    reasons.push(`whether ${src.label} has an address in ${u.src.ipTexts.join(", ")} is not known offline`);
  return `${name} may apply: ${reasons.length > 0 ? [...new Set(reasons)].join("; ") : "it depends on devices not known offline"}`;
}
function srcDoubt(c, srcText) {
  const sel = parseSelector(srcText);
  if (sel.kind === "group" && c.groups.has(sel.name)) return { group: sel.name };
  if (sel.kind === "user" && !c.users && !c.devices?.some((d) => d.user === sel.login)) {
    if (!namedInPolicy(c).has(sel.login)) return { unnamed: sel.login };
  }
  return {};
}
var namedCache = /* @__PURE__ */ new WeakMap();
function namedInPolicy(c) {
  let out = namedCache.get(c);
  if (out) return out;
  out = /* @__PURE__ */ new Set();
  const raw = isObject(c.raw) ? c.raw : {};
  const stack = Object.entries(raw).filter(([k]) => !/^(tests|sshtests)$/i.test(k)).map(([, v]) => v);
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      out.add(v);
      const colon = v.lastIndexOf(":");
      if (colon > 0) out.add(v.slice(0, colon));
    } else if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) stack.push(k, x);
  }
  namedCache.set(c, out);
  return out;
}
function ruleSrc(c, section2, index) {
  const key = c.sectionKeys.get(section2) ?? section2;
  const list2 = isObject(c.raw) ? c.raw[key] : void 0;
  const rule = Array.isArray(list2) ? list2[index] : void 0;
  if (!isObject(rule)) return [];
  const fields = readObject(
    rule,
    section2 === "acls" ? ACL_FIELDS : section2 === "grants" ? GRANT_FIELDS : SSH_FIELDS
  ).fields;
  return stringsOf((fields.get("src") ?? fields.get("users"))?.value);
}
function certainFor(c, section2, index, doubt) {
  if (!doubt.group && !doubt.unnamed) return true;
  return ruleSrc(c, section2, index).some((s) => {
    const t = s.trim();
    if (t === "*" || t === "autogroup:danger-all") return true;
    if (doubt.group) return t === doubt.group || isMemberAutogroup(t);
    return t === doubt.unnamed;
  });
}
function doubtWhy(c, section2, index, doubt) {
  const name = ruleName(c, section2, index);
  return doubt.group ? `${name} reaches members of ${doubt.group} only through their other groups or by name, and Tailscale judges the group itself` : `${name} applies to ${doubt.unnamed} only if they are a member of the tailnet, which the policy does not say`;
}
function testOne(c, locate, srcEps, host, port, protos, want, testAttrs, doubt = {}) {
  const reasons = [];
  let sawU = false;
  for (const s of srcEps) {
    const dr = resolveIdentity(c, host, s);
    if (dr.fail) return { tri: F, detail: dr.fail, reasons };
    if (dr.undecidable) {
      reasons.push(dr.undecidable);
      sawU = true;
      continue;
    }
    for (const d of dr.endpoints) {
      let tri = F;
      const allowedBy = [];
      const maybe = [];
      for (const ps of protos) {
        const r = decide(c, s, d, ps, port, attrsFor(testAttrs, s));
        if (r.result === T) tri = T;
        else if (r.result === U && tri !== T) tri = U;
        allowedBy.push(...r.allowedBy);
        maybe.push(...r.maybe);
      }
      const pair = `from ${s.label} to ${d.label}`;
      if (tri === T && !allowedBy.some((u) => certainFor(c, u.section, u.index, doubt))) {
        for (const u of allowedBy) reasons.push(doubtWhy(c, u.section, u.index, doubt));
        sawU = true;
        continue;
      }
      if (want === "accept" && tri === F) {
        return { tri: F, detail: `no rule in acls or grants allows it ${pair}`, reasons };
      }
      if (want === "deny" && tri === T) {
        const u = allowedBy.find((x) => certainFor(c, x.section, x.index, doubt));
        const name = ruleName(c, u.section, u.index);
        return {
          tri: F,
          detail: `${name}${where(locate([c.sectionKeys.get(u.section) ?? u.section, u.index]))} allows it ${pair}`,
          reasons
        };
      }
      if (tri === U) {
        sawU = true;
        for (const u of maybe) reasons.push(unitWhy(c, u, s, d));
      }
    }
  }
  return { tri: sawU ? U : T, reasons };
}
function notice(rule, message, location) {
  return { severity: "notice", rule, message, ...location ? { location } : {} };
}
function evaluateNetTest(c, locate, test, i, key) {
  const f = readObject(test, TEST_FIELDS).fields;
  const srcText = ((f.get("src") ?? f.get("user"))?.value).trim();
  const outcome = { kind: "test", index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings = [];
  const testAttrs = postureAttrsOf(f.get("srcPostureAttrs")?.value);
  const protoText = f.get("proto")?.value;
  const protos = typeof protoText === "string" && protoText.trim() !== "" ? [[parseProto(protoText).value]] : [[PROTO_TCP], [PROTO_UDP]];
  const protoWords = protos.length === 1 ? protoLabel(protos[0][0]) : "tcp or udp";
  const testLoc = () => locate([key, i]);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = "undecidable";
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc()
      )
    );
    return { outcome, findings };
  }
  const undecided = [];
  for (const kind of ["accept", "allow", "deny"]) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    const want = kind === "deny" ? "deny" : "accept";
    fl.value.forEach((entry, j) => {
      const e = entry.trim();
      const hp = splitHostPorts(e);
      const v = testOne(c, locate, src.endpoints, hp.host, Number(hp.ports), protos, want, testAttrs, doubt);
      if (v.tri === F) {
        const text = `address "${e}": want: ${want === "accept" ? "Accept" : "Drop"}, got: ${want === "accept" ? "Drop" : "Accept"}`;
        outcome.failures.push(text);
        const fix = want === "accept" ? `Add a rule in acls or grants that lets ${srcText} reach ${hp.host} on ${protoWords} port ${hp.ports}, or fix the test.` : "Narrow that rule, or fix the test.";
        findings.push(
          error(
            "test/failed",
            `Test failed: ${text} (test src "${srcText}"): ${v.detail}. ${fix}`,
            locate([key, i, fl.key, j]) ?? testLoc()
          )
        );
      } else if (v.tri === U) {
        undecided.push(`"${e}" (${want}): ${[...new Set(v.reasons)].join("; ")}`);
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = "undecidable";
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(" | ")}. Tailscale runs it against the real devices when the policy is pushed${undecided.some((u) => /which device holds|has an address in/.test(u)) ? "; a device inventory lets tailpolicy decide it" : ""}.`,
        testLoc()
      )
    );
  }
  return { outcome, findings };
}
var ACTION_WORD = { accept: "Accept", check: "Check", deny: "Deny", undecidable: "?" };
function evaluateSshTest(c, locate, test, i, key) {
  const f = readObject(test, SSHTEST_FIELDS).fields;
  const srcText = f.get("src").value.trim();
  const outcome = { kind: "sshTest", index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings = [];
  const testLoc = () => locate([key, i]);
  const testAttrs = postureAttrsOf(f.get("srcPostureAttrs")?.value);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = "undecidable";
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc()
      )
    );
    return { outcome, findings };
  }
  const dsts = f.get("dst").value.map((d) => d.trim());
  const undecided = [];
  for (const kind of ["accept", "check", "deny"]) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    fl.value.forEach((login0, j) => {
      const login = login0.trim();
      for (const dstText of dsts) {
        let failed;
        const reasons = [];
        outer: for (const s of src.endpoints) {
          const dr = resolveIdentity(c, dstText, s);
          if (dr.fail) {
            failed = `${dr.fail}`;
            break;
          }
          if (dr.undecidable) {
            reasons.push(dr.undecidable);
            continue;
          }
          for (const d of dr.endpoints) {
            const r = decideSsh(c, s, d, login, attrsFor(testAttrs, s));
            if (r.action === "undecidable") {
              for (const u of r.maybe) reasons.push(unitWhy(c, u, s, d));
              if (r.maybe.length === 0) reasons.push("it depends on devices not known offline");
              continue;
            }
            if (r.by.length > 0 && !r.by.some((u) => certainFor(c, "ssh", u.index, doubt))) {
              for (const u of r.by) reasons.push(doubtWhy(c, "ssh", u.index, doubt));
              continue;
            }
            if (r.action !== kind) {
              const by = r.by[0];
              const because = by ? `${ruleName(c, "ssh", by.index)}${where(locate([c.sectionKeys.get("ssh") ?? "ssh", by.index]))} gives "${r.action}"` : "no ssh rule matches";
              failed = `got: ${ACTION_WORD[r.action]} from ${s.label} to ${d.label}: ${because}`;
              break outer;
            }
          }
        }
        if (failed !== void 0) {
          const text = `user "${login}" on "${dstText}": want: ${ACTION_WORD[kind]}, ${failed.startsWith("got:") ? failed : `got: Deny (${failed})`}`;
          outcome.failures.push(text);
          findings.push(
            error(
              "ssh-test/failed",
              `SSH test failed: ${text} (test src "${srcText}"). Change the ssh rules, or fix the test.`,
              locate([key, i, fl.key, j]) ?? testLoc()
            )
          );
        } else if (reasons.length > 0) {
          undecided.push(`"${login}" on "${dstText}" (${kind}): ${[...new Set(reasons)].join("; ")}`);
        }
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = "undecidable";
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(" | ")}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc()
      )
    );
  }
  return { outcome, findings };
}
function evaluateCompiledTests(c, locate) {
  const outcomes = [];
  const findings = [];
  const sections = c.raw !== null && typeof c.raw === "object" ? c.raw : {};
  const kinds = [
    { kind: "test", section: "tests", problems: testProblems, evaluate: evaluateNetTest, label: "invalid test" },
    {
      kind: "sshTest",
      section: "sshTests",
      problems: sshTestProblems,
      evaluate: evaluateSshTest,
      label: "invalid SSH test"
    }
  ];
  for (const k of kinds) {
    const key = c.sectionKeys.get(k.section);
    const entries = key !== void 0 ? sections[key] : void 0;
    if (key === void 0 || !Array.isArray(entries)) continue;
    entries.forEach((t, i) => {
      const problems = k.problems(c, t, [key, i]);
      if (problems.length > 0) {
        outcomes.push({
          kind: k.kind,
          index: i,
          src: isObject(t) && typeof t["src"] === "string" ? t["src"] : "",
          passed: false,
          failures: problems.map((p) => p.message),
          notes: [`${k.label}: reported by validation`]
        });
        return;
      }
      const r = k.evaluate(c, locate, t, i, key);
      outcomes.push(r.outcome);
      findings.push(...r.findings);
    });
  }
  return { outcomes, findings };
}

// src/grammar/duration.ts
var UNITS = {
  ns: 1n,
  us: 1000n,
  \u00B5s: 1000n,
  \u03BCs: 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
var SECOND = 1000000000n;
var MINUTE = 60n * SECOND;
var HOUR = 60n * MINUTE;
function parseGoDuration(orig) {
  const invalid = () => ({ ok: false, error: `time: invalid duration ${JSON.stringify(orig)}` });
  let s = orig;
  let neg = false;
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { ok: true, ns: 0n };
  if (s === "") return invalid();
  let total = 0n;
  while (s !== "") {
    const m = /^([0-9]*)(\.([0-9]*))?/.exec(s);
    const intPart = m[1];
    const fracPart = m[3];
    const pre = intPart !== "";
    const post = fracPart !== void 0 && fracPart !== "";
    if (!pre && !post) return invalid();
    s = s.slice(m[0].length);
    const um = /^[^0-9.]*/.exec(s);
    const u = um[0];
    if (u === "") return { ok: false, error: `time: missing unit in duration ${JSON.stringify(orig)}` };
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === void 0) {
      return { ok: false, error: `time: unknown unit ${JSON.stringify(u)} in duration ${JSON.stringify(orig)}` };
    }
    let v = (pre ? BigInt(intPart) : 0n) * unit;
    if (post) {
      const scale = 10n ** BigInt(fracPart.length);
      v += BigInt(fracPart) * unit / scale;
    }
    total += v;
    if (total > (1n << 63n) - 1n) return invalid();
  }
  return { ok: true, ns: neg ? -total : total };
}
function fmtFrac(v, prec) {
  let digits = "";
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) digits = String(digit) + digits;
    v /= 10n;
  }
  return { text: print ? "." + digits : "", rest: v };
}
function formatGoDuration(d) {
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out;
  if (u < SECOND) {
    if (u === 0n) return "0s";
    let prec;
    let unit;
    if (u < 1000n) {
      prec = 0;
      unit = "ns";
    } else if (u < 1000000n) {
      prec = 3;
      unit = "\xB5s";
    } else {
      prec = 6;
      unit = "ms";
    }
    const f = fmtFrac(u, prec);
    out = `${f.rest}${f.text}${unit}`;
  } else {
    const f = fmtFrac(u, 9);
    u = f.rest;
    out = `${u % 60n}${f.text}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m` + out;
      u /= 60n;
      if (u > 0n) out = `${u}h` + out;
    }
  }
  return neg ? "-" + out : out;
}

// src/validate/policy.ts
var KNOWN_TAILSCALE_CAPS = /* @__PURE__ */ new Set([
  "tailscale.com/cap/drive",
  "tailscale.com/cap/kubernetes",
  "tailscale.com/cap/relay",
  "tailscale.com/cap/webui",
  "tailscale.com/cap/tsidp",
  "tailscale.com/cap/golink",
  "tailscale.com/cap/secrets",
  "tailscale.com/cap/tailsql",
  "tailscale.com/cap/derp",
  "tailscale.com/cap/pam"
]);
var REFUSED_TAILSCALE_CAPS = /* @__PURE__ */ new Set([
  "tailscale.com/cap/funnel",
  "tailscale.com/cap/ingress",
  "tailscale.com/cap/relay-target"
]);
var ONE_CGNAT_VALUES = /* @__PURE__ */ new Set(["", "mac-always", "mac-never"]);
var FIELD_HINTS = {
  acl: {
    ip: '"ip" belongs to grants; an ACL rule puts its ports in dst ("tag:server:443").',
    via: '"via" belongs to grants.',
    app: '"app" belongs to grants.'
  },
  grant: {
    action: 'A grant has no "action": every grant allows.',
    proto: 'A grant names protocols in "ip", e.g. "tcp:443" or "udp:53".',
    ports: 'A grant names ports in "ip", e.g. "tcp:443".',
    users: 'A grant names its sources in "src".'
  },
  test: {
    dst: 'A test lists its destinations in "accept" and "deny" ("<host>:<port>").',
    users: 'A test has one "src".',
    check: '"check" belongs to sshTests.'
  },
  sshTest: {
    proto: "SSH tests have no protocol.",
    allow: 'SSH tests list logins in "accept", "check" and "deny".'
  }
};
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "boolean") return "bool";
  return typeof v;
}
function suggest(key, known) {
  const best = closest(key, known, 2);
  return best ? ` Did you mean "${best}"?` : "";
}
var Validator = class {
  constructor(policy, locate, opts) {
    this.policy = policy;
    this.locate = locate;
    const users = (opts.users ?? []).filter((u) => u !== "");
    if (users.length > 0) this.users = new Set(users);
    this.c = opts.compiled ?? compilePolicy(policy, this.users ? { users: [...this.users] } : {});
  }
  policy;
  locate;
  findings = [];
  c;
  users;
  memberSpellings = /* @__PURE__ */ new Map();
  err(rule, path, message, key = false) {
    this.findings.push(error(rule, message, this.locate(path, key ? { key: true } : void 0)));
  }
  warn(rule, path, message, key = false) {
    this.findings.push(warning(rule, message, this.locate(path, key ? { key: true } : void 0)));
  }
  /** Reads an object's known fields, reporting unknown keys like Go's decoder. */
  fields(path, value, known, what, unknownAs = "error", hints = {}) {
    if (!isObject(value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(value)} into ${what} of type object: write it as {...}.`
      );
      return void 0;
    }
    const r = readObject(value, known);
    for (const k of r.unknown) {
      const hint = Object.hasOwn(hints, k.toLowerCase()) ? hints[k.toLowerCase()] : void 0;
      const msg = `json: unknown field "${k}" in ${what}.${hint ? ` ${hint}` : `${suggest(k, known)} Known fields: ${known.join(", ")}.`}`;
      if (unknownAs === "error") this.err("policy/unknown-field", [...path, k], msg, true);
      else this.warn("policy/unknown-field", [...path, k], `${msg} Tailscale may reject it.`, true);
    }
    for (const d of r.duplicates) {
      this.warn(
        "policy/duplicate-key",
        [...path, d.second],
        `"${d.first}" and "${d.second}" are the same field (Tailscale matches field names case-insensitively); the later one wins. Keep one.`,
        true
      );
    }
    return r.fields;
  }
  array(path, f, what) {
    if (!f) return void 0;
    if (!Array.isArray(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" (${what}) of type array: write it as [...].`
      );
      return void 0;
    }
    return f.value;
  }
  /** The strings of an array field, each with its path; non-strings are reported. */
  strings(base, f, what) {
    const path = [...base, ...f ? [f.key] : []];
    const arr = this.array(path, f, what);
    if (!arr) return void 0;
    const out = [];
    arr.forEach((x, i) => {
      if (typeof x === "string") out.push({ s: x, path: [...path, i] });
      else if (x !== null)
        this.err(
          "policy/type",
          [...path, i],
          `json: cannot unmarshal ${jsonType(x)} into an element of "${f.key}" of type string.`
        );
    });
    return out;
  }
  string(base, f) {
    if (!f) return void 0;
    if (typeof f.value !== "string") {
      this.err(
        "policy/type",
        [...base, f.key],
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type string.`
      );
      return void 0;
    }
    return f.value;
  }
  bool(base, f) {
    if (f && typeof f.value !== "boolean") {
      this.err(
        "policy/type",
        [...base, f.key],
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type bool: write true or false.`
      );
    }
  }
  // -------------------------------------------------------------------------------------------
  run() {
    if (!isObject(this.policy)) {
      this.err("policy/type", [], `The policy must be a JSON object ({...}), not ${jsonType(this.policy)}.`);
      return;
    }
    const r = readObject(this.policy, TOP_LEVEL_FIELDS);
    for (const k of r.unknown) {
      if (k.toLowerCase() === "nodevisibility") {
        this.warn(
          "policy/unknown-field",
          [k],
          `"${k}" is only accepted on tailnets where Tailscale enabled it; elsewhere Tailscale rejects it with json: unknown field "${k}".`,
          true
        );
        continue;
      }
      this.err(
        "policy/unknown-field",
        [k],
        `json: unknown field "${k}": not a section of a Tailscale policy file.${suggest(k, TOP_LEVEL_FIELDS)}`,
        true
      );
    }
    for (const d of r.duplicates) {
      this.warn(
        "policy/duplicate-key",
        [d.second],
        `"${d.first}" and "${d.second}" are the same section (Tailscale matches names case-insensitively); the later one replaces the earlier. Keep one.`,
        true
      );
    }
    const f = r.fields;
    const at2 = (name) => [f.get(name)?.key ?? name];
    this.groups(at2("groups"), f.get("groups"));
    this.tagOwners(at2("tagOwners"), f.get("tagOwners"));
    this.hosts(at2("hosts"), f.get("hosts"));
    this.ipsets(at2("ipsets"), f.get("ipsets"));
    this.postures(at2("postures"), f.get("postures"));
    const dsp = this.strings([], f.get("defaultSrcPosture"), "posture names");
    for (const p of dsp ?? []) this.postureRef(p.s, p.path);
    this.acls(at2("acls"), f.get("acls"));
    this.grants(at2("grants"), f.get("grants"));
    this.ssh(at2("ssh"), f.get("ssh"));
    this.nodeAttrs(at2("nodeAttrs"), f.get("nodeAttrs"));
    this.autoApprovers(at2("autoApprovers"), f.get("autoApprovers"));
    this.tests(at2("tests"), f.get("tests"));
    this.sshTests(at2("sshTests"), f.get("sshTests"));
    this.derpMap(at2("derpMap"), f.get("derpMap"));
    this.attrConfig(at2("attrConfig"), f.get("attrConfig"));
    this.bool([], f.get("disableIPv4"));
    this.bool([], f.get("randomizeClientPort"));
    const cg = this.string([], f.get("OneCGNATRoute"));
    if (cg !== void 0 && !ONE_CGNAT_VALUES.has(cg)) {
      this.err(
        "policy/invalid-value",
        at2("OneCGNATRoute"),
        `OneCGNATRoute "${cg}" is not valid: use "", "mac-always" or "mac-never".`
      );
    }
    if (this.memberSpellings.size > 1) {
      const p = this.memberSpellings.get("autogroup:members");
      this.err(
        "selector/autogroup-members",
        p,
        "autogroup:member and autogroup:members cannot both be used in one policy file: use autogroup:member (autogroup:members is its old name)."
      );
    }
  }
  // ------------------------------------------------------------------------- definitions
  groups(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "groups" of type object: write {"group:name": ["user@example.com"]}.`
      );
      return;
    }
    for (const [g, members] of Object.entries(f.value)) {
      const p = [...path, g];
      if (!g.startsWith("group:") || g.length === "group:".length) {
        this.err(
          "group/invalid-name",
          p,
          `groups: "${g}" is not a valid group name: group names start with "group:", e.g. "group:eng".`,
          true
        );
      }
      if (members === null) continue;
      if (!Array.isArray(members)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(members)} into groups["${g}"] of type []string: list the members' login names.`
        );
        continue;
      }
      members.forEach((m, i) => {
        const mp = [...p, i];
        if (typeof m !== "string") {
          this.err(
            "policy/type",
            mp,
            `json: cannot unmarshal ${jsonType(m)} into an element of groups["${g}"] of type string.`
          );
          return;
        }
        const t = m.trim();
        if (t.startsWith("group:")) {
          this.err(
            "group/recursive",
            mp,
            `groups["${g}"]: "${t}": group members cannot be recursive. Groups cannot contain other groups: list the users of ${t} here instead.`
          );
        } else if (!t.includes("@")) {
          this.warn(
            "group/member",
            mp,
            `groups["${g}"]: "${t}" does not look like a login name (user@example.com); group members are users.`
          );
        } else if (this.users && !this.users.has(t)) {
          this.warn(
            "ref/unknown-user",
            mp,
            `"${g}": user not found: "${t}". Tailscale only warns; check the spelling of the login name.`
          );
        }
      });
    }
  }
  tagOwners(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "tagOwners" of type object: write {"tag:name": ["owner"]}.`
      );
      return;
    }
    for (const [t, owners] of Object.entries(f.value)) {
      const p = [...path, t];
      const bad = checkTagName(t);
      if (bad)
        this.err(
          "tag/invalid-name",
          p,
          `tagOwners["${t}"]: ${bad}. A tag is "tag:" + a letter, then letters, digits or dashes.`,
          true
        );
      if (owners === null) continue;
      if (!Array.isArray(owners)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(owners)} into tagOwners["${t}"] of type []string.`
        );
        continue;
      }
      owners.forEach((o, i) => {
        const op = [...p, i];
        if (typeof o !== "string") {
          this.err(
            "policy/type",
            op,
            `json: cannot unmarshal ${jsonType(o)} into an element of tagOwners["${t}"] of type string.`
          );
          return;
        }
        const sel = parseSelector(o);
        const prefix = `tagOwners["${t}"]: `;
        switch (sel.kind) {
          case "user":
            if (this.users && !this.users.has(sel.login))
              this.warn("ref/unknown-user", op, `${prefix}user not found: "${sel.login}".`);
            break;
          case "group":
          case "tag":
          case "autogroup":
            this.ref(sel, o, op, prefix);
            break;
          default:
            this.err(
              "tag/invalid-owner",
              op,
              `${prefix}"${o.trim()}" cannot own a tag: owners are users, groups, autogroups or other tags.`
            );
        }
      });
    }
  }
  hosts(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "hosts" of type object: write {"name": "100.64.0.1"}.`
      );
      return;
    }
    for (const [h, v] of Object.entries(f.value)) {
      const p = [...path, h];
      if (h.includes("@")) {
        this.err(
          "host/invalid-name",
          p,
          `hosts["${h}"]: host names cannot include "@" (that would read as a user).`,
          true
        );
      } else if (h === "" || h.includes(":") || /\s/.test(h) || h === "*" || parseAddressSpec(h)) {
        this.err(
          "host/invalid-name",
          p,
          `hosts["${h}"]: "${h}" cannot be a host name: use letters, digits, dots, dashes or underscores.`,
          true
        );
      }
      if (typeof v !== "string") {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(v)} into hosts["${h}"] of type string: write one IP address or CIDR.`
        );
        continue;
      }
      const t = v.trim();
      if (!parsePrefix(t) && !parseIP(t)) {
        this.err(
          "host/invalid-address",
          p,
          `hosts["${h}"]: "${v}": invalid IP address or CIDR. A host maps to one IP address or one CIDR prefix.`
        );
      }
    }
  }
  ipsets(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "ipsets" of type object.`);
      return;
    }
    const sets = f.value;
    for (const [name, ops] of Object.entries(sets)) {
      const p = [...path, name];
      if (!name.startsWith("ipset:") || name.length === "ipset:".length) {
        this.err(
          "ipset/invalid-name",
          p,
          `ipsets: "${name}" is not a valid IP set name: names start with "ipset:".`,
          true
        );
      }
      if (!Array.isArray(ops)) {
        this.err("policy/type", p, `json: cannot unmarshal ${jsonType(ops)} into ipsets["${name}"] of type []string.`);
        continue;
      }
      const hasRemove = ops.some((o) => typeof o === "string" && /^\s*remove\s/.test(o));
      ops.forEach((o, i) => {
        const op = [...p, i];
        if (typeof o !== "string") {
          this.err(
            "policy/type",
            op,
            `json: cannot unmarshal ${jsonType(o)} into an element of ipsets["${name}"] of type string.`
          );
          return;
        }
        const m = /^\s*(add|remove)\s+(.*)$/.exec(o);
        if (!m && hasRemove) {
          this.err(
            "ipset/invalid",
            op,
            `ipsets["${name}"]: "${o}": write "add ${o.trim()}"; the "add" prefix may only be left out when the set has no "remove".`
          );
        }
        const target = (m ? m[2] : o).trim();
        const bad = (why) => this.err("ipset/invalid", op, `ipsets["${name}"]: "${target}": ${why}`);
        if (target.startsWith("host:")) {
          if (!this.c.hosts.has(target.slice(5)))
            this.err(
              "ref/unknown-host",
              op,
              `ipsets["${name}"]: host not found: "${target.slice(5)}". Define it in "hosts".`
            );
        } else if (target.startsWith("ipset:")) {
          if (!Object.prototype.hasOwnProperty.call(sets, target))
            this.err("ref/unknown-ipset", op, `ipsets["${name}"]: IP set not found: "${target}".`);
          else if (this.ipsetReaches(sets, target, name)) bad("IP sets cannot refer to each other in a circle.");
        } else if (target === "autogroup:internet") {
        } else if (target.startsWith("autogroup:")) {
          bad("autogroup:internet is the only autogroup an IP set may hold.");
        } else if (target.startsWith("tag:") || target.startsWith("group:") || target.includes("@")) {
          bad("IP sets hold addresses (IPs, CIDRs, ranges, hosts, other IP sets), not tags, groups or users.");
        } else if (!parseAddressSpec(target)) {
          bad('not an IP, CIDR, range (a-b), "host:<name>", "ipset:<name>" or autogroup:internet.');
        }
      });
    }
  }
  ipsetReaches(sets, from, target, seen = /* @__PURE__ */ new Set()) {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    const ops = sets[from];
    if (!Array.isArray(ops)) return false;
    for (const o of ops) {
      if (typeof o !== "string") continue;
      const t = o.replace(/^\s*(add|remove)\s+/, "").trim();
      if (t.startsWith("ipset:") && this.ipsetReaches(sets, t, target, seen)) return true;
    }
    return false;
  }
  postures(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "postures" of type object.`);
      return;
    }
    for (const [name, conds] of Object.entries(f.value)) {
      const p = [...path, name];
      if (!name.startsWith("posture:") || name.length === "posture:".length) {
        this.err(
          "posture/invalid-name",
          p,
          `postures: "${name}" is not a valid posture name: names start with "posture:".`,
          true
        );
      }
      if (!Array.isArray(conds)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(conds)} into postures["${name}"] of type []string.`
        );
        continue;
      }
      conds.forEach((cond, i) => {
        if (typeof cond !== "string") {
          this.err(
            "policy/type",
            [...p, i],
            `json: cannot unmarshal ${jsonType(cond)} into an element of postures["${name}"] of type string.`
          );
          return;
        }
        const r = parsePostureCondition(cond);
        if (!r.ok) this.err("posture/invalid", [...p, i], `postures["${name}"]: ${r.error}.`);
      });
    }
  }
  postureRef(name, path) {
    const n = name.trim();
    if (!this.c.postures.has(n)) {
      this.err(
        "ref/unknown-posture",
        path,
        `posture not found: "${n}". Define it in "postures" (names start with "posture:").`
      );
    }
  }
  // ------------------------------------------------------------------------- references
  /**
   * Checks a group / tag / host / ipset / autogroup / user reference; `prefix` starts the
   * message the way Tailscale does (`src=`, `dst="tag:x:22": `, `tagOwners["tag:a"]: `).
   */
  ref(sel, text, path, prefix) {
    switch (sel.kind) {
      case "tag":
        if (!this.c.tags.has(sel.name)) {
          const hint = /:[0-9*,-]+$/.test(sel.name.slice(4)) ? " This selector takes no port." : ' Define the tag in "tagOwners" first, or fix its name.';
          this.err("ref/unknown-tag", path, `${prefix}tag not found: "${sel.name}".${hint}`);
        }
        break;
      case "group":
        if (!this.c.groups.has(sel.name) && !sel.name.includes("@")) {
          this.err(
            "ref/unknown-group",
            path,
            `${prefix}group not found: "${sel.name}". Define it in "groups", or fix its name.`
          );
        }
        break;
      case "host":
        if (!this.c.hosts.has(sel.name)) {
          this.err(
            "ref/unknown-host",
            path,
            `${prefix}"${sel.name}": invalid address: it is not a host defined in "hosts", an IP or CIDR, a user (user@domain) or a tag. Define the host in "hosts", or fix the name.`
          );
        }
        break;
      case "ipset":
        if (!this.c.ipsets.has(sel.name))
          this.err("ref/unknown-ipset", path, `${prefix}IP set not found: "${sel.name}". Define it in "ipsets".`);
        break;
      case "autogroup":
        if (!AUTOGROUPS.has(sel.name)) {
          this.err(
            "selector/invalid",
            path,
            `${prefix}"${sel.name}" is not a valid autogroup. Known autogroups: ${[...AUTOGROUPS].join(", ")}.`
          );
        } else if (sel.name === "autogroup:nonroot") {
          this.err("selector/invalid", path, `${prefix}autogroup:nonroot only belongs in the "users" of an ssh rule.`);
        }
        if (isMemberAutogroup(sel.name) && !this.memberSpellings.has(sel.name))
          this.memberSpellings.set(sel.name, path);
        break;
      case "user":
        if (this.users && !this.users.has(sel.login)) {
          this.warn(
            "ref/unknown-user",
            path,
            `${prefix}user not found: "${sel.login}": no such user in the tailnet. Check the login name.`
          );
        }
        break;
      case "userDomain":
        this.domainRef(sel.domain, path, text.trim(), "user:*@<domain>");
        break;
      case "svc": {
        const bad = checkServiceName(sel.name);
        if (bad) this.err("selector/invalid", path, `${prefix}"${sel.name}": ${bad}.`);
        break;
      }
      case "invalid":
        this.err("selector/invalid", path, `${prefix}"${sel.text.trim()}": ${sel.reason}.`);
        break;
      default:
        break;
    }
  }
  /** `user:*@d` and `localpart:*@d`: d must be a domain of the tailnet. */
  domainRef(domain, path, text, form) {
    const msg = `${domain} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
    if (domain.includes("*")) {
      this.err("selector/domain", path, `${msg}: "${text}" takes one literal domain of the tailnet, no wildcards.`);
    } else if (domain === "") {
      this.warn("selector/domain", path, `"${text}" has no domain: write ${form} with the tailnet's domain.`);
    } else if (this.users && ![...this.users].some((u) => u.endsWith("@" + domain))) {
      this.err(
        "selector/domain",
        path,
        `${msg}: no user of this tailnet has a login in "${domain}" (domains are case-sensitive here).`
      );
    }
  }
  /** A src/dst selector of an ACL, grant or SSH rule. */
  selector(text, path, side, ctx, prefix) {
    const sel = parseSelector(text);
    if (sel.kind === "autogroup") {
      if (side === "src" && sel.name === "autogroup:self") {
        this.err(
          "selector/autogroup-self-src",
          path,
          `"autogroup:self" not valid on the src side of a rule. Put the users or groups in src and autogroup:self in dst.`
        );
        return sel;
      }
      if (side === "src" && sel.name === "autogroup:internet") {
        this.err(
          "selector/invalid",
          path,
          `"autogroup:internet" not valid on the src side of a rule: it is a destination (the internet through exit nodes).`
        );
        return sel;
      }
      if (side === "dst" && sel.name === "autogroup:danger-all") {
        this.err("selector/invalid", path, 'cannot use autogroup:danger-all as a dst. Use "*" for every destination.');
        return sel;
      }
      if (side === "dst" && sel.name === "autogroup:shared") {
        this.err(
          "selector/invalid",
          path,
          `"autogroup:shared" not valid on the dst side of a rule: it stands for users who accepted a share, as a source.`
        );
        return sel;
      }
    }
    if (sel.kind === "svc" && (side === "src" || ctx === "ssh")) {
      this.err(
        "selector/invalid",
        path,
        `${prefix}"${sel.name}": Tailscale Services can only be destinations of grants.`
      );
      return sel;
    }
    if (sel.kind === "svc" && ctx === "acls") {
      this.warn(
        "selector/invalid",
        path,
        `${prefix}"${sel.name}": Tailscale Services are addressed from grants; acls may not accept them.`
      );
    }
    this.ref(sel, text, path, prefix);
    return sel;
  }
  /** autogroup:self in dst needs users, groups or supported autogroups in src (grants: not "*"). */
  selfCompat(ctx, srcs, selfPath) {
    for (const { s } of srcs) {
      const sel = parseSelector(s);
      let ok;
      switch (sel.kind) {
        case "user":
        case "group":
        case "userDomain":
          ok = true;
          break;
        case "any":
          ok = ctx === "acls";
          break;
        case "autogroup":
          ok = isMemberAutogroup(sel.name) || ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared";
          break;
        default:
          ok = false;
      }
      if (!ok) {
        this.err(
          "selector/autogroup-self",
          selfPath,
          `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.trim()}" is not one. Move "${s.trim()}" to a rule of its own without autogroup:self.`
        );
        return;
      }
    }
  }
  // ------------------------------------------------------------------------- rules
  acls(path, f) {
    const rules = this.array(path, f, "ACL rules");
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, ACL_FIELDS, `acls[${i}]`, "error", FIELD_HINTS["acl"]);
      if (!fl) return;
      if (fl.has("src") && fl.has("users") || fl.has("dst") && fl.has("ports")) {
        this.err(
          "policy/invalid",
          p,
          'Only one of Src/Dst or Users/Ports may be specified: "users" and "ports" are the old names of "src" and "dst".'
        );
      }
      const action = this.string(p, fl.get("action"));
      if (action === void 0 || action.trim() !== "accept") {
        const a = action ?? "";
        const ap = fl.get("action") ? [...p, fl.get("action").key] : p;
        if (a.trim().toLowerCase() === "accept") {
          this.warn(
            "acl/action",
            ap,
            `action="${a}": write "accept" in lower case; Tailscale may not accept other spellings.`
          );
        } else if (!fl.get("action") || typeof fl.get("action").value === "string") {
          this.err(
            "acl/action",
            ap,
            `action="${a}" is not supported: ACL rules only "accept" (access is denied by default, so there is no "deny"; remove what should not be allowed).`
          );
        }
      }
      const srcField = fl.get("src") ?? fl.get("users");
      const srcs = this.strings(p, srcField, "sources") ?? [];
      for (const s of srcs) this.selector(s.s, s.path, "src", "acls", "src=");
      let proto;
      const protoF = fl.get("proto");
      const protoText = this.string(p, protoF);
      if (protoText !== void 0 && protoText.trim() !== "") {
        const pr = parseProto(protoText);
        if (!pr.ok) this.err("proto/invalid", [...p, protoF.key], `${pr.error}.`);
        else proto = pr.value;
      }
      const dstField = fl.get("dst") ?? fl.get("ports");
      const dsts = this.strings(p, dstField, "destinations") ?? [];
      for (const d of dsts) {
        const e = d.s.trim();
        const hp = splitHostPorts(e);
        if (!hp) {
          this.err(
            "port/invalid",
            d.path,
            `dst="${e}": missing port: an ACL destination is "<host>:<ports>", e.g. "${e}:*" or "${e}:22".`
          );
          continue;
        }
        const ports = parsePortList(hp.ports);
        if (!ports.ok) {
          this.err(
            "port/invalid",
            d.path,
            `dst="${e}": ${ports.error}. Ports are "*", a number, a range "80-90" or a comma list "22,80,443".`
          );
          continue;
        }
        if (proto !== void 0 && !hasPorts(proto) && !isAllPorts(ports.value)) {
          this.err(
            "port/invalid",
            d.path,
            `dst="${e}": only TCP, UDP and SCTP traffic has ports; with proto "${protoText}" use "${hp.host}:*".`
          );
        }
        if (hp.bracketed && !parseIP(hp.host)?.v) {
          this.err("selector/invalid", d.path, `dst="${e}": only an IPv6 address goes in brackets.`);
          continue;
        }
        const sel = this.selector(hp.host, d.path, "dst", "acls", `dst="${e}": `);
        if (sel.kind === "autogroup" && sel.name === "autogroup:self") this.selfCompat("acls", srcs, d.path);
      }
      this.srcPosture(p, fl.get("srcPosture"));
    });
  }
  srcPosture(p, f) {
    for (const s of this.strings(p, f, "posture names") ?? []) this.postureRef(s.s, s.path);
  }
  grants(path, f) {
    const rules = this.array(path, f, "grants");
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, GRANT_FIELDS, `grants[${i}]`, "error", FIELD_HINTS["grant"]);
      if (!fl) return;
      const srcs = this.strings(p, fl.get("src"), "sources") ?? [];
      for (const s of srcs) this.selector(s.s, s.path, "src", "grants", "src=");
      const ips = this.strings(p, fl.get("ip"), "protocols and ports") ?? [];
      const appF = fl.get("app");
      let appCount = 0;
      if (appF) {
        const ap = [...p, appF.key];
        if (!isObject(appF.value)) {
          this.err(
            "policy/type",
            ap,
            `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object: write {"example.com/cap/name": [{...}]}.`
          );
        } else {
          for (const [cap, params] of Object.entries(appF.value)) {
            appCount++;
            this.capability(cap, [...ap, cap]);
            if (params !== null && !Array.isArray(params)) {
              this.err(
                "policy/type",
                [...ap, cap],
                `json: cannot unmarshal ${jsonType(params)} into app["${cap}"] of type array: write [{...}].`
              );
            }
          }
        }
      }
      if (ips.length === 0 && appCount === 0) {
        this.err(
          "grant/empty",
          p,
          'ip and app can not both be empty: say what the grant allows, e.g. "ip": ["tcp:443"] or "ip": ["*"].'
        );
      }
      for (const e of ips) {
        const r = parseGrantIp(e.s);
        if (!r.ok) {
          const rule2 = /proto/.test(r.error) ? "proto/invalid" : "port/invalid";
          this.err(
            rule2,
            e.path,
            `${r.error}. An ip entry is "*", a port or range ("443", "80-90"), or "<proto>:<ports>" ("tcp:443", "icmp:*").`
          );
        } else if (r.commaList) {
          this.warn(
            "port/comma-list",
            e.path,
            `"${e.s}": comma lists inside one ip entry are not documented; write one entry per port or range.`
          );
        }
      }
      const dsts = this.strings(p, fl.get("dst"), "destinations") ?? [];
      for (const d of dsts) {
        const e = d.s.trim();
        const sel = this.selector(d.s, d.path, "dst", "grants", `dst="${e}": `);
        if (sel.kind === "ip" && isWholeFamily(sel.range)) {
          this.err(
            "selector/invalid",
            d.path,
            `dst "${e}": to allow all IP addresses, use "*" or "autogroup:internet"`
          );
        }
        if (sel.kind === "autogroup" && sel.name === "autogroup:self") this.selfCompat("grants", srcs, d.path);
        if (sel.kind === "autogroup" && sel.name === "autogroup:internet" && appCount > 0) {
          this.err(
            "grant/app-internet",
            d.path,
            "cannot use app grants with autogroup:internet: application capabilities apply to tailnet devices; split the app part into its own grant."
          );
        }
      }
      for (const v of this.strings(p, fl.get("via"), "routers") ?? []) {
        const sel = parseSelector(v.s);
        if (sel.kind !== "tag")
          this.err(
            "grant/via",
            v.path,
            `via can only be a tag: "${v.s.trim()}" is not one. List the tags of the routers or exit nodes.`
          );
        else if (!this.c.tags.has(sel.name))
          this.err("ref/unknown-tag", v.path, `tag "${sel.name}" not found. Define it in "tagOwners".`);
      }
      this.srcPosture(p, fl.get("srcPosture"));
    });
  }
  capability(cap, path) {
    const m = /^([^/\s:]+)\/(\S+)$/.exec(cap);
    if (!m) {
      this.err(
        "grant/capability",
        path,
        `capability name must have the form {domain}/{path}: "${cap}" (e.g. "example.com/cap/admin", without a scheme).`,
        true
      );
      return;
    }
    const domain = m[1].toLowerCase();
    if (domain === "tailscale.com" || domain === "tailscale.io") {
      if (REFUSED_TAILSCALE_CAPS.has(cap)) {
        this.err(
          "grant/capability",
          path,
          `capability name must not be in the tailscale.com domain: "${cap}" is not a grant capability (Tailscale reserves that domain).`,
          true
        );
      } else if (!KNOWN_TAILSCALE_CAPS.has(cap)) {
        this.warn(
          "grant/capability",
          path,
          `"${cap}" is in a domain Tailscale reserves and is not a capability tailpolicy knows; Tailscale may reject it with "capability name must not be in the tailscale.com domain".`,
          true
        );
      }
    }
  }
  ssh(path, f) {
    const rules = this.array(path, f, "SSH rules");
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, SSH_FIELDS, `ssh[${i}]`);
      if (!fl) return;
      const actionF = fl.get("action");
      const action = this.string(p, actionF);
      const ap = actionF ? [...p, actionF.key] : p;
      if (action === void 0 || action.trim() === "") {
        if (!actionF || typeof actionF.value === "string") {
          this.err("ssh/invalid-action", ap, 'action must be specified: "accept" or "check".');
        }
      } else if (action.trim() !== "accept" && action.trim() !== "check") {
        this.err(
          "ssh/invalid-action",
          ap,
          `${JSON.stringify(action)} is not a valid action: use "accept" or "check" (lower case). There is no "deny": access is denied by default.`
        );
      }
      const srcs = this.strings(p, fl.get("src"), "sources") ?? [];
      for (const s of srcs) {
        const sel = parseSelector(s.s);
        const t = s.s.trim();
        if (sel.kind === "any" || sel.kind === "ip" || sel.kind === "host" || sel.kind === "ipset") {
          this.err(
            "ssh/invalid-src",
            s.path,
            `"${t}" is not allowed in src of an ssh rule: SSH sources are users, groups, tags or autogroups, not "*", IPs or hosts.`
          );
          continue;
        }
        this.selector(s.s, s.path, "src", "ssh", "src=");
      }
      const dsts = this.strings(p, fl.get("dst"), "destinations") ?? [];
      for (const d of dsts) {
        const t = d.s.trim();
        const sel = parseSelector(d.s);
        if (sel.kind === "any" || sel.kind === "ip" || sel.kind === "host" || sel.kind === "ipset" || sel.kind === "svc" || sel.kind === "userDomain") {
          this.err(
            "ssh/invalid-dst",
            d.path,
            `invalid dst "${t}": SSH destinations are tags, autogroup:self or a user's devices, not hosts, IPs or "*" (and take no port).`
          );
          continue;
        }
        this.selector(d.s, d.path, "dst", "ssh", `dst="${t}": `);
        if (sel.kind === "autogroup" && sel.name === "autogroup:self") {
          for (const s of srcs) {
            const ss = parseSelector(s.s);
            const ok = ss.kind === "user" || ss.kind === "group" || ss.kind === "userDomain" || ss.kind === "autogroup" && (isMemberAutogroup(ss.name) || ROLE_AUTOGROUPS.has(ss.name) || ss.name === "autogroup:shared");
            if (!ok) {
              this.err(
                "selector/autogroup-self",
                d.path,
                `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.s.trim()}" is not one. Use a separate ssh rule for it.`
              );
              break;
            }
          }
        } else if (sel.kind === "user") {
          if (srcs.length === 0 || srcs.some((s) => s.s.trim() !== sel.login)) {
            this.err(
              "ssh/invalid-dst",
              d.path,
              `invalid dst "${t}": a user's devices are an SSH destination only when src is that same user. Use a tag, or autogroup:self.`
            );
          }
        } else if (sel.kind === "group" || sel.kind === "autogroup" && sel.name !== "autogroup:self") {
          this.warn(
            "ssh/invalid-dst",
            d.path,
            `"${t}" as an SSH destination is not documented (tags, autogroup:self or the src user are); Tailscale may reject it.`
          );
        }
      }
      const usersF = fl.get("users");
      const users = this.strings(p, usersF, "login names");
      if (!users || users.length === 0) {
        if (!usersF || Array.isArray(usersF.value)) {
          this.err(
            "ssh/users",
            usersF ? [...p, usersF.key] : p,
            'users must be specified: list the login names allowed on the destination, e.g. ["root"], ["autogroup:nonroot"] or ["localpart:*@example.com"].'
          );
        }
      } else {
        for (const u of users) {
          const t = u.s.trim();
          if (t === "" || t === "*") {
            this.err(
              "ssh/users",
              u.path,
              `user ${JSON.stringify(t)} is not valid: name the login (e.g. "root"), or use "autogroup:nonroot" for every login but root.`
            );
          } else if (t.startsWith("localpart:*@")) {
            this.domainRef(t.slice("localpart:*@".length), u.path, t, "localpart:*@<domain>");
          }
        }
      }
      const cpF = fl.get("checkPeriod");
      const cp = this.string(p, cpF);
      if (cp !== void 0 && cp.trim() !== "always") {
        const cpp = [...p, cpF.key];
        const d = parseGoDuration(cp.trim());
        if (!d.ok) this.err("ssh/check-period", cpp, `${d.error}: write a duration like "12h" or "30m", or "always".`);
        else if (d.ns < 0n)
          this.err("ssh/check-period", cpp, `checkPeriod ${formatGoDuration(d.ns)} must be a positive duration.`);
        else if (d.ns > 168n * HOUR)
          this.err("ssh/check-period", cpp, `checkPeriod ${formatGoDuration(d.ns)} is above the max (168h).`);
      }
      for (const e of this.strings(p, fl.get("acceptEnv"), "environment variable names") ?? []) {
        if (e.s === "")
          this.err(
            "ssh/accept-env",
            e.path,
            "acceptEnv values cannot be empty: name a variable, or a pattern with * and ?."
          );
      }
      for (const r of this.strings(p, fl.get("recorder"), "recorders") ?? []) {
        const sel = parseSelector(r.s);
        if (sel.kind !== "tag")
          this.err("ssh/recorder", r.path, `recorder "${r.s.trim()}": session recorders are named by tag.`);
        else this.ref(sel, r.s, r.path, "recorder: ");
      }
      this.bool(p, fl.get("enforceRecorder"));
      this.srcPosture(p, fl.get("srcPosture"));
    });
  }
  nodeAttrs(path, f) {
    const entries = this.array(path, f, "node attributes");
    entries?.forEach((entry, i) => {
      const p = [...path, i];
      const fl = this.fields(p, entry, NODEATTR_FIELDS, `nodeAttrs[${i}]`);
      if (!fl) return;
      for (const t of this.strings(p, fl.get("target"), "targets") ?? []) {
        const sel = parseSelector(t.s);
        const text = t.s.trim();
        if (sel.kind === "host" && !this.c.hosts.has(sel.name)) {
          this.err(
            "ref/unknown-host",
            t.path,
            `"${text}": invalid address: not a host defined in "hosts", a user, group, tag, autogroup, IP or CIDR.`
          );
        } else if (sel.kind === "invalid") {
          this.err("selector/invalid", t.path, `"${text}": invalid address: ${sel.reason}.`);
        } else if (sel.kind === "autogroup" && sel.name === "autogroup:self") {
          this.warn(
            "selector/invalid",
            t.path,
            "autogroup:self is not a device set a node attribute can target (Tailscale failed on it); use autogroup:member."
          );
        } else if (sel.kind === "svc") {
          this.err("selector/invalid", t.path, `"${text}": node attributes target devices, not services.`);
        } else {
          this.ref(sel, t.s, t.path, "");
        }
      }
      this.strings(p, fl.get("attr"), "attributes");
      for (const ip of this.strings(p, fl.get("ipPool"), "IP pools") ?? []) {
        const r = parsePrefix(ip.s.trim());
        if (!r) this.err("nodeattrs/ip-pool", ip.path, `IPPool(${ip.s}): not a CIDR prefix, e.g. "100.81.0.0/16".`);
        else if (rangesOverlap(r, QUAD100_RANGE)) {
          this.err(
            "nodeattrs/ip-pool",
            ip.path,
            `IPPool(${ip.s.trim()}): network within reserved range (100.100.100.0/24 is Tailscale's own). Pick another part of 100.64.0.0/10.`
          );
        }
      }
      const appF = fl.get("app");
      if (appF && !isObject(appF.value)) {
        this.err(
          "policy/type",
          [...p, appF.key],
          `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object.`
        );
      }
    });
  }
  autoApprovers(path, f) {
    if (!f) return;
    const fl = this.fields(path, f.value, AUTOAPPROVER_FIELDS, "autoApprovers");
    if (!fl) return;
    const approvers = (v, p, what) => {
      if (!Array.isArray(v)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(v)} into ${what} of type []string: list the approvers.`
        );
        return;
      }
      v.forEach((a, i) => {
        const ap = [...p, i];
        if (typeof a !== "string") {
          this.err(
            "policy/type",
            ap,
            `json: cannot unmarshal ${jsonType(a)} into an element of ${what} of type string.`
          );
          return;
        }
        const sel = parseSelector(a);
        if (sel.kind === "user" || sel.kind === "group" || sel.kind === "tag" || sel.kind === "autogroup")
          this.ref(sel, a, ap, "autoApprovers: ");
        else
          this.err(
            "autoapprovers/approver",
            ap,
            `autoApprovers: "${a.trim()}" cannot approve routes: approvers are users, groups, tags or autogroups.`
          );
      });
    };
    const routes = fl.get("routes");
    if (routes) {
      const rp = [...path, routes.key];
      if (!isObject(routes.value)) {
        this.err(
          "policy/type",
          rp,
          `json: cannot unmarshal ${jsonType(routes.value)} into "routes" of type object: write {"10.0.0.0/8": ["tag:router"]}.`
        );
      } else {
        for (const [cidr, v] of Object.entries(routes.value)) {
          if (!parsePrefix(cidr.trim())) {
            this.err(
              "autoapprovers/route",
              [...rp, cidr],
              `autoApprovers.routes: "${cidr}" is not a CIDR prefix (e.g. "10.0.0.0/8", "0.0.0.0/0").`,
              true
            );
          }
          approvers(v, [...rp, cidr], `routes["${cidr}"]`);
        }
      }
    }
    const exit = fl.get("exitNode");
    if (exit) approvers(exit.value, [...path, exit.key], "exitNode");
    const services = fl.get("services");
    if (services) {
      const sp = [...path, services.key];
      if (!isObject(services.value))
        this.err(
          "policy/type",
          sp,
          `json: cannot unmarshal ${jsonType(services.value)} into "services" of type object.`
        );
      else for (const [svc, v] of Object.entries(services.value)) approvers(v, [...sp, svc], `services["${svc}"]`);
    }
  }
  // ------------------------------------------------------------------------- tests
  tests(path, f) {
    const tests = this.array(path, f, "tests");
    tests?.forEach((t, i) => {
      const p = [...path, i];
      const fl = this.fields(p, t, TEST_FIELDS, `tests[${i}]`, "error", FIELD_HINTS["test"]);
      if (!fl) return;
      this.postureAttrs(p, fl.get("srcPostureAttrs"));
      for (const pr of testProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
    });
  }
  sshTests(path, f) {
    const tests = this.array(path, f, "sshTests");
    tests?.forEach((t, i) => {
      const p = [...path, i];
      const fl = this.fields(p, t, SSHTEST_FIELDS, `sshTests[${i}]`, "error", FIELD_HINTS["sshTest"]);
      if (!fl) return;
      this.postureAttrs(p, fl.get("srcPostureAttrs"));
      for (const pr of sshTestProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
    });
  }
  postureAttrs(p, f) {
    if (!f) return;
    const ap = [...p, f.key];
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        ap,
        `json: cannot unmarshal ${jsonType(f.value)} into "srcPostureAttrs" of type object: write {"node:os": "macos"}.`
      );
      return;
    }
    for (const [k, v] of Object.entries(f.value)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
        this.warn(
          "policy/type",
          [...ap, k],
          `srcPostureAttrs["${k}"]: a posture attribute is a string, a number or a boolean, not ${jsonType(v)}; no posture can match it.`
        );
      } else if (!/^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+$/.test(k)) {
        this.warn(
          "posture/attribute",
          [...ap, k],
          `srcPostureAttrs["${k}"] does not look like a posture attribute ("node:os", "custom:name").`,
          true
        );
      }
    }
  }
  // ------------------------------------------------------------------------- the rest
  derpMap(path, f) {
    if (!f) return;
    const fl = this.fields(path, f.value, DERPMAP_FIELDS, "derpMap");
    if (!fl) return;
    this.bool(path, fl.get("omitDefaultRegions"));
    const regions = fl.get("regions");
    if (!regions) return;
    const rp = [...path, regions.key];
    if (!isObject(regions.value)) {
      this.err(
        "policy/type",
        rp,
        `json: cannot unmarshal ${jsonType(regions.value)} into "regions" of type object: map region IDs to regions.`
      );
      return;
    }
    for (const [id, region] of Object.entries(regions.value)) {
      const p = [...rp, id];
      if (!/^[0-9]+$/.test(id))
        this.err(
          "policy/type",
          p,
          `derpMap regions: "${id}" is not a region ID (a number written as a string, e.g. "900").`,
          true
        );
      const r = this.fields(p, region, DERPREGION_FIELDS, `derpMap region ${id}`, "warning");
      if (!r) continue;
      const nodes = r.get("nodes");
      if (nodes && Array.isArray(nodes.value)) {
        nodes.value.forEach(
          (n, j) => this.fields([...p, nodes.key, j], n, DERPNODE_FIELDS, `derpMap region ${id} node ${j}`, "warning")
        );
      }
    }
  }
  attrConfig(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "attrConfig" of type object.`);
      return;
    }
    for (const [name, cfg] of Object.entries(f.value)) {
      const fl = this.fields([...path, name], cfg, ATTRCONFIG_FIELDS, `attrConfig["${name}"]`, "warning");
      const type = fl?.get("type");
      if (type && !["string", "bool", "number"].includes(String(type.value))) {
        this.err(
          "policy/invalid-value",
          [...path, name, type.key],
          `attrConfig["${name}"].type ${JSON.stringify(type.value)} is not valid: use "string", "bool" or "number".`
        );
      }
    }
  }
};
function validatePolicy(policy, locate, opts = {}) {
  const v = new Validator(policy, locate, opts);
  v.run();
  return v.findings;
}

// src/evaluate/explain.ts
function isCompiled2(p) {
  return isObject(p) && p["index"] !== void 0 && p["units"] instanceof Array && p["sectionKeys"] instanceof Map;
}
function rawRule(c, section2, index) {
  const key = c.sectionKeys.get(section2);
  if (key === void 0 || !isObject(c.raw)) return void 0;
  const list2 = c.raw[key];
  return Array.isArray(list2) ? list2[index] : void 0;
}
function locateRule(c, locate, section2, index) {
  return locate([c.sectionKeys.get(section2) ?? section2, index]);
}
function explain(policy, query, locate, opts) {
  const c = isCompiled2(policy) ? policy : compilePolicy(policy, opts);
  const notes = [];
  let protos = [[PROTO_TCP], [PROTO_UDP]];
  if (query.proto !== void 0 && query.proto.trim() !== "") {
    const p = parseProto(query.proto);
    if (!p.ok) return { allowed: false, matches: [], notes: [p.error] };
    protos = [[p.value]];
  }
  const src = resolveIdentity(c, query.src);
  notes.push(...src.notes);
  if (src.fail) return { allowed: false, matches: [], notes: [...notes, src.fail] };
  if (src.undecidable) return { allowed: "undecidable", matches: [], notes: [...notes, src.undecidable] };
  let all = T;
  const allowedBy = /* @__PURE__ */ new Map();
  for (const s of src.endpoints) {
    const dr = resolveIdentity(c, query.dst, s);
    notes.push(...dr.notes);
    if (dr.fail) {
      notes.push(dr.fail);
      all = F;
      continue;
    }
    if (dr.undecidable) {
      notes.push(dr.undecidable);
      if (all === T) all = U;
      continue;
    }
    for (const d of dr.endpoints) {
      let tri = F;
      for (const ps of protos) {
        const r = decide(c, s, d, ps, query.port, query.srcPostureAttrs ?? s.postureAttributes ?? {});
        for (const u of r.allowedBy) allowedBy.set(`${u.section}:${u.index}`, u);
        if (r.result === T) tri = T;
        else if (r.result === U && tri === F) tri = U;
        if (r.result === U) {
          for (const u of r.maybe)
            notes.push(
              `${ruleName(c, u.section, u.index)} may allow ${s.label} to reach ${d.label}, depending on what is not known offline`
            );
        }
      }
      if (tri === F) {
        notes.push(
          `nothing allows ${s.label} to reach ${d.label} on ${protos.length === 1 ? protoLabel(protos[0][0]) : "tcp or udp"} port ${query.port}`
        );
        all = F;
      } else if (tri === U && all === T) all = U;
    }
  }
  const matches = [...allowedBy.values()].sort((a, b) => a.section === b.section ? a.index - b.index : a.section < b.section ? -1 : 1).map((u) => {
    const location = locateRule(c, locate, u.section, u.index);
    return {
      section: u.section,
      index: u.index,
      ...location ? { location } : {},
      rule: rawRule(c, u.section, u.index)
    };
  });
  return {
    allowed: all === T ? true : all === F ? false : "undecidable",
    matches: all === F ? [] : matches,
    notes: [...new Set(notes)]
  };
}

// src/evaluate/index.ts
function evaluatePolicyTests(policy, locate, opts) {
  return evaluateCompiledTests(compilePolicy(policy, opts), locate);
}

// src/shared/bisect.ts
async function bisectAsync(items, accepts, budget2 = 32) {
  let left = budget2;
  let exhausted = false;
  const search = async (set, knownBad) => {
    if (set.length === 0) return [];
    if (!knownBad) {
      if (left <= 0) {
        exhausted = true;
        return [...set];
      }
      left--;
      if (await accepts(set)) return [];
    }
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const a = await search(set.slice(0, half), false);
    const b = await search(set.slice(half), false);
    return a.length + b.length === 0 ? [...set] : [...a, ...b];
  };
  const culprits = await search(items, true);
  return { culprits, exhausted };
}
function bisect(items, accepts, budget2 = 64) {
  let left = budget2;
  let exhausted = false;
  const search = (set, knownBad) => {
    if (set.length === 0) return [];
    if (!knownBad) {
      if (left <= 0) {
        exhausted = true;
        return [...set];
      }
      left--;
      if (accepts(set)) return [];
    }
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const a = search(set.slice(0, half), false);
    const b = search(set.slice(half), false);
    return a.length + b.length === 0 ? [...set] : [...a, ...b];
  };
  return { culprits: search(items, true), exhausted };
}

// src/validate/offline.ts
var MAX_ROUNDS = 3;
function checkRepository(opts) {
  const exclude = new Map(opts.exclude ?? []);
  const extra = [];
  const blamed = /* @__PURE__ */ new Map();
  let compiled = compile({ ...opts, exclude });
  let layers = policyLayers(compiled, opts);
  for (let round = 0; round < MAX_ROUNDS && !compiled.baseErrors; round++) {
    const culprits = grantsToBlame(compiled, layers.findings, opts, exclude);
    if (culprits.size === 0) break;
    for (const [path, finding] of culprits) {
      exclude.set(path, "its rules made the policy invalid");
      extra.push(finding);
      blamed.set(path, finding);
    }
    compiled = compile({ ...opts, exclude });
    layers = policyLayers(compiled, opts);
  }
  for (const entry of compiled.grants) {
    const finding = blamed.get(entry.path);
    if (finding) entry.findings = [...entry.findings, finding];
  }
  const resources = compiled.baseErrors ? [] : resourceFindings(compiled, opts);
  const standing = compiled.baseErrors ? [] : standingFindings(compiled);
  const policyPrefixes = (typeof opts.policyDir === "string" ? [opts.policyDir] : opts.policyDir).map(
    (dir) => `${dir.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "")}/`
  );
  const findings = listPerFile(
    rootCausesFirst(
      (file) => policyPrefixes.some((prefix) => file.startsWith(prefix)),
      sortFindings([
        ...opts.readFindings ?? [],
        ...compiled.findings,
        ...layers.findings,
        ...extra,
        ...resources,
        ...standing
      ])
    )
  );
  const baseInvalid = compiled.baseErrors || hasErrors(layers.findings) || hasErrors(standing);
  return { compiled, findings, tests: layers.tests, ok: !hasErrors(findings), pushable: !baseInvalid };
}
function policyLayers(compiled, opts) {
  if (compiled.baseErrors) return { findings: [], tests: [] };
  const index = compilePolicy(compiled.policy, { users: opts.users });
  const structural = validatePolicy(compiled.policy, compiled.locate, { users: opts.users, compiled: index });
  if (hasErrors(structural)) return { findings: structural, tests: [] };
  const { outcomes, findings } = opts.devices ? evaluatePolicyTests(compiled.policy, compiled.locate, { users: opts.users, devices: opts.devices }) : evaluateCompiledTests(index, compiled.locate);
  return { findings: [...structural, ...findings], tests: outcomes };
}
function grantsToBlame(compiled, findings, opts, exclude) {
  const included = compiled.grants.filter((g) => g.included).map((g) => g.path);
  const blamed = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = f.location?.file;
    if (f.severity === "error" && file && included.includes(file) && !blamed.has(file)) {
      blamed.set(file, error("grant/invalid-rules", `Left out of the policy: ${f.message}`, f.location));
    }
  }
  if (blamed.size > 0) return blamed;
  if (!hasErrors(findings) || included.length === 0) return blamed;
  const only = (keep) => {
    const kept = new Set(keep);
    return new Map([
      ...exclude,
      ...included.filter((p) => !kept.has(p)).map((p) => [p, "isolating an error"])
    ]);
  };
  const errorsWith = (keep) => policyLayers(compile({ ...opts, exclude: only(keep) }), opts).findings.filter((f) => f.severity === "error");
  if (errorsWith([]).length > 0) return blamed;
  const { culprits } = bisect(included, (subset) => errorsWith(subset).length === 0);
  for (const path of culprits) {
    const failure = errorsWith([path])[0] ?? findings.find((f) => f.severity === "error");
    const entry = compiled.grants.find((g) => g.path === path);
    const where2 = entry.grant?.locate(["resource"]) ?? { file: path, line: 1, column: 1 };
    const at2 = failure.location ? ` (${failure.location.file}:${failure.location.line}:${failure.location.column})` : "";
    blamed.set(
      path,
      failure.rule.endsWith("test/failed") ? error(
        "grant/breaks-tests",
        `Left out of the policy: with this grant the policy's tests fail (${failure.message}). Narrow the grant or change the test.`,
        where2
      ) : error(
        "grant/invalid-rules",
        `Left out of the policy: with this grant active the policy is invalid: ${failure.message}${at2}. Fix the rules it brings in.`,
        where2
      )
    );
  }
  return blamed;
}
var PROBE_USER = "tailpolicy-probe@example.com";
function resourceFindings(compiled, opts) {
  const resources = [...compiled.access.resources.values()];
  if (resources.length === 0) return [];
  const probe = { ...compiled.policy };
  const owners = /* @__PURE__ */ new Map();
  for (const section2 of ["grants", "ssh"]) {
    const generated = compiled.generatedBy.get(section2);
    const base = (compiled.policy[section2] ?? []).filter((_, i) => !generated?.has(i));
    const list2 = [...base];
    for (const r of resources) {
      r[section2].forEach((rule, j) => {
        owners.set(`${section2}/${list2.length}`, (rest2) => r.locate([section2, j, ...rest2[0] === "src" ? [] : rest2]));
        const { action, ...rest } = rule;
        list2.push(
          section2 === "ssh" && action !== void 0 ? { action, src: [PROBE_USER], ...rest } : { src: [PROBE_USER], ...rule }
        );
      });
    }
    if (list2.length > 0 || probe[section2] !== void 0) probe[section2] = list2;
  }
  if (owners.size === 0) return [];
  const locate = (path, o) => {
    const owner = typeof path[1] === "number" ? owners.get(`${String(path[0])}/${path[1]}`) : void 0;
    return owner ? owner(path.slice(2)) : compiled.locate(path, o);
  };
  const accessFile = compiled.access.path;
  const seen = /* @__PURE__ */ new Set();
  return validatePolicy(probe, locate, { users: opts.users }).flatMap((f) => {
    if (f.severity !== "error" || !f.location || f.location.file !== accessFile) return [];
    const key = `${f.location.line}:${f.location.column}:${f.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...f, message: `${f.message} (in this resource's rules; its grants are left out while this stands)` }];
  });
}

export {
  isPlainObject,
  nodeCrypto,
  canonicalJson,
  policyDigest,
  headerDigest,
  RULE_MARKER,
  rulesFingerprint,
  commentSafe,
  groupMembers,
  isTeam,
  teamParts,
  teamsOf,
  includesUser,
  buildGrant,
  rulesFor,
  checkGrant,
  hasPorts,
  parseProto,
  parseGrantIp,
  allowsProtoPort,
  attributeKey,
  isTailpolicyAttributeKey,
  planDns,
  compileGrants,
  compile,
  parseIP,
  parseAddressSpec,
  IPSet,
  stringsOf,
  compileDstText,
  compilePolicy,
  explain,
  bisectAsync,
  standingAccess,
  standingFindings,
  checkRepository
};
