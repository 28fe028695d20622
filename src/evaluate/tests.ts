/**
 * The policy's own `tests` and `sshTests`, checked and evaluated offline (reference 5.8, 5.9, 7).
 *
 * Two halves:
 *  - `testProblems` / `sshTestProblems`: what makes an entry invalid whatever the devices are
 *    (no src, a port list, an unknown tag, an autogroup as src...). Tailscale fails such entries
 *    ("test(s) failed") or rejects the file; validatePolicy reports them.
 *  - `evaluateTests`: runs the valid entries against the compiled policy. One error per failing
 *    assertion, worded like Tailscale (`address "tag:db:5432": want: Accept, got: Drop`); a notice
 *    when the answer depends on what is not known offline.
 * Pure.
 */
import { error, type Finding, type JsonPath, type Location, type Locator } from '../shared/findings.js';
import {
  ACL_FIELDS,
  GRANT_FIELDS,
  SSH_FIELDS,
  isObject,
  SSHTEST_FIELDS,
  stringsOf,
  TEST_FIELDS,
  type JsonObject,
} from '../grammar/keys.js';
import {
  F,
  T,
  U,
  decide,
  decideSsh,
  fieldsOf,
  resolveIdentity,
  type CompiledPolicy,
  type Endpoint,
  type NetUnit,
  type SshUnit,
  type Tri,
} from './model.js';
import { PROTO_TCP, PROTO_UDP, parseProto, protoLabel, splitHostPorts } from '../grammar/ports.js';
import type { PostureAttrs } from '../grammar/posture.js';
import { AUTOGROUPS, checkTagName, isMemberAutogroup, parseSelector } from '../grammar/selectors.js';

export interface TestOutcome {
  kind: 'test' | 'sshTest';
  index: number;
  src: string;
  passed: boolean | 'undecidable';
  /** Failing assertions, in Tailscale's wording. */
  failures: string[];
  notes: string[];
}

export interface Problem {
  path: JsonPath;
  rule: string;
  message: string;
}

const FAILS = 'Tailscale rejects the policy with "test(s) failed".';

// ---------------------------------------------------------------------------------------------
// Static checks

function refProblem(c: CompiledPolicy, text: string, what: string): { rule: string; message: string } | undefined {
  const sel = parseSelector(text);
  switch (sel.kind) {
    case 'tag': {
      const bad = checkTagName(sel.name);
      if (!c.tags.has(sel.name)) {
        return {
          rule: 'ref/unknown-tag',
          message: `${what} tag not found: "${sel.name}". ${bad && sel.name.includes(':', 4) ? 'A port does not belong here. ' : ''}Define it in "tagOwners" or fix the name.`,
        };
      }
      return undefined;
    }
    case 'group':
      if (!c.groups.has(sel.name) && !sel.name.includes('@')) {
        return {
          rule: 'ref/unknown-group',
          message: `${what} group not found: "${sel.name}". Define it in "groups" or fix the name.`,
        };
      }
      return undefined;
    case 'host':
      if (!c.hosts.has(sel.name)) {
        return {
          rule: 'ref/unknown-host',
          message: `${what} "${sel.name}": invalid address: it is not a host defined in "hosts", a user, a tag or an IP. Define it in "hosts" or fix the name.`,
        };
      }
      return undefined;
    case 'ipset':
      if (!c.ipsets.has(sel.name)) {
        return {
          rule: 'ref/unknown-ipset',
          message: `${what} IP set not found: "${sel.name}". Define it in "ipsets".`,
        };
      }
      return undefined;
    case 'user':
      if (c.users && !c.users.has(sel.login)) {
        return {
          rule: 'ref/unknown-user',
          message: `${what} user not found: "${sel.login}": no such user in the tailnet. Fix the login name.`,
        };
      }
      return undefined;
    case 'invalid':
      return { rule: 'selector/invalid', message: `${what} "${text.trim()}": ${sel.reason}.` };
    case 'autogroup':
      if (!AUTOGROUPS.has(sel.name)) {
        return { rule: 'selector/invalid', message: `${what} "${sel.name}" is not an autogroup Tailscale knows.` };
      }
      return undefined;
    default:
      return undefined;
  }
}

function str(
  f: Map<string, { key: string; value: unknown }>,
  name: string,
): { key: string; value: string } | undefined {
  const v = f.get(name);
  return v && typeof v.value === 'string' ? { key: v.key, value: v.value } : undefined;
}

function list(
  f: Map<string, { key: string; value: unknown }>,
  name: string,
): { key: string; values: unknown[] } | undefined {
  const v = f.get(name);
  return v && Array.isArray(v.value) ? { key: v.key, values: v.value } : undefined;
}

/** What makes `tests[i]` invalid whatever the devices are. */
export function testProblems(c: CompiledPolicy, test: unknown, base: JsonPath): Problem[] {
  return remembered(c, test, base, netTestProblems);
}

/**
 * The problems of each test entry, kept per compiled policy: validatePolicy asks for them, then
 * evaluateCompiledTests with the same compilation (one rule index for both), and each was worked
 * out twice (10,000 tests: 30 ms and 15 MB). An answer is reused only for the same entry object
 * at the same path; nothing changes a policy value once it is compiled.
 */
type ProblemWork = (c: CompiledPolicy, test: unknown, base: JsonPath) => Problem[];
const problemsOf = new WeakMap<
  CompiledPolicy,
  WeakMap<object, { work: ProblemWork; base: JsonPath; problems: Problem[] }>
>();

function remembered(c: CompiledPolicy, test: unknown, base: JsonPath, work: ProblemWork): Problem[] {
  if (!isObject(test)) return work(c, test, base);
  let known = problemsOf.get(c);
  if (!known) problemsOf.set(c, (known = new WeakMap()));
  const hit = known.get(test);
  if (hit && hit.work === work && hit.base.length === base.length && hit.base.every((seg, i) => seg === base[i]))
    return hit.problems;
  const problems = work(c, test, base);
  known.set(test, { work, base, problems });
  return problems;
}

function netTestProblems(c: CompiledPolicy, test: unknown, base: JsonPath): Problem[] {
  if (!isObject(test))
    return [
      { path: base, rule: 'policy/type', message: 'A test must be an object with "src" and "accept" and/or "deny".' },
    ];
  const out: Problem[] = [];
  const f = fieldsOf(test, TEST_FIELDS);
  const src = str(f, 'src') ?? str(f, 'user');
  if (f.has('src') && f.has('user')) {
    out.push({
      path: [...base, f.get('user')!.key],
      rule: 'test/invalid',
      message: 'Only one of "src" or "user" may be specified; "user" is the old name of "src".',
    });
  }
  if (!src || src.value.trim() === '') {
    out.push({
      path: base,
      rule: 'test/invalid',
      message: `This test has no "src": say whose access it checks (a user, group, tag, host or IP). ${FAILS}`,
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    const where = `test src`;
    if (sel.kind === 'any' || sel.kind === 'autogroup' || sel.kind === 'svc' || sel.kind === 'userDomain') {
      out.push({
        path: p,
        rule: 'test/invalid',
        message: `test src "${src.value.trim()}" is not valid: a test runs from one identity (a user, group, tag, host or IP address), never "*", an autogroup or a service. ${FAILS}`,
      });
    } else if (sel.kind === 'ip' && (sel.range.lo !== sel.range.hi || sel.text.includes('/'))) {
      out.push({
        path: p,
        rule: 'test/invalid',
        message: `test src "${sel.text}" is a range or CIDR: use one IP address, without a prefix length. ${FAILS}`,
      });
    } else {
      const r = refProblem(c, src.value, where);
      if (r) out.push({ path: p, ...r, message: `${r.message} ${FAILS}` });
      else if (sel.kind === 'host' && !isSingleHost(c, sel.name)) {
        out.push({
          path: p,
          rule: 'test/invalid',
          message: `test src "${sel.name}" maps to a range in "hosts": a test runs from one address. ${FAILS}`,
        });
      }
    }
  }
  const proto = f.get('proto');
  if (proto) {
    if (typeof proto.value !== 'string') {
      out.push({
        path: [...base, proto.key],
        rule: 'policy/type',
        message:
          'json: cannot unmarshal into "proto" of type string: write the protocol as a string, e.g. "tcp" or "6".',
      });
    } else if (proto.value.trim() !== '') {
      const pr = parseProto(proto.value);
      if (!pr.ok) out.push({ path: [...base, proto.key], rule: 'proto/invalid', message: `${pr.error}.` });
    }
  }
  let any = false;
  for (const kind of ['accept', 'allow', 'deny']) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((entry, j) => {
      const p = [...base, l.key, j];
      if (typeof entry !== 'string') {
        out.push({ path: p, rule: 'policy/type', message: `"${l.key}" entries must be strings like "tag:server:22".` });
        return;
      }
      any = true;
      out.push(...testDstProblems(c, entry, p));
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: 'test/invalid',
      message: `This test has neither "accept" nor "deny" destinations, so it checks nothing. ${FAILS}`,
    });
  }
  return out;
}

function isSingleHost(c: CompiledPolicy, name: string): boolean {
  const h = c.hosts.get(name);
  return !h || h.lo === h.hi;
}

function testDstProblems(c: CompiledPolicy, entry: string, path: JsonPath): Problem[] {
  const e = entry.trim();
  const hp = splitHostPorts(e);
  if (!hp) {
    return [
      {
        path,
        rule: 'test/invalid',
        message: `address "${e}": a test destination is "<host>:<port>", e.g. "tag:server:22". ${FAILS}`,
      },
    ];
  }
  const out: Problem[] = [];
  if (!/^[0-9]+$/.test(hp.ports) || Number(hp.ports) > 65535) {
    out.push({
      path,
      rule: 'test/invalid',
      message: `address "${e}": a test destination takes exactly one numeric port (0-65535), not "${hp.ports}"; "*", lists and ranges make the test fail. ${FAILS}`,
    });
  }
  const sel = parseSelector(hp.host);
  const bad = (why: string): void => {
    out.push({ path, rule: 'test/invalid', message: `address "${e}": ${why} ${FAILS}` });
  };
  if (sel.kind === 'any') bad('a test destination names one host, never "*".');
  else if (sel.kind === 'autogroup' && sel.name === 'autogroup:internet') bad('autogroup:internet cannot be tested.');
  else if (sel.kind === 'ip' && (sel.range.lo !== sel.range.hi || sel.text.includes('/'))) {
    bad('tests cannot use CIDR (subnet) notation or ranges, not even a /32: name one address.');
  } else if (sel.kind === 'userDomain') bad('a test destination names one host, not every user of a domain.');
  else {
    const r = refProblem(c, hp.host, 'test destination');
    if (r) out.push({ path, rule: r.rule, message: `address "${e}": ${r.message} ${FAILS}` });
    else if (sel.kind === 'host' && !isSingleHost(c, sel.name))
      bad(`host "${sel.name}" maps to a range (CIDR); tests cannot use CIDR notation.`);
    else if (sel.kind === 'ipset' && !c.ipsets.get(sel.name)?.set.single())
      bad(`${sel.name} is not one address; tests cannot use ranges.`);
  }
  return out;
}

/** What makes `sshTests[i]` invalid whatever the devices are. */
export function sshTestProblems(c: CompiledPolicy, test: unknown, base: JsonPath): Problem[] {
  return remembered(c, test, base, sshProblems);
}

function sshProblems(c: CompiledPolicy, test: unknown, base: JsonPath): Problem[] {
  if (!isObject(test))
    return [
      {
        path: base,
        rule: 'policy/type',
        message: 'An SSH test must be an object with "src", "dst" and "accept", "check" and/or "deny".',
      },
    ];
  const out: Problem[] = [];
  const f = fieldsOf(test, SSHTEST_FIELDS);
  const src = str(f, 'src');
  if (!src || src.value.trim() === '') {
    out.push({
      path: base,
      rule: 'ssh-test/invalid',
      message: 'This SSH test has no "src": say whose access it checks (a user, group, tag, host or IP).',
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    if (
      sel.kind === 'autogroup' ||
      sel.kind === 'any' ||
      (sel.kind === 'ip' && (sel.range.lo !== sel.range.hi || sel.text.includes('/'))) ||
      sel.kind === 'svc' ||
      sel.kind === 'userDomain'
    ) {
      out.push({
        path: p,
        rule: 'ssh-test/invalid',
        message: `SSH tests src contains disallowed element "${src.value.trim()}": an SSH test runs from one user, group, tag, host or IP address.`,
      });
    } else {
      const r = refProblem(c, src.value, 'SSH tests src');
      if (r) out.push({ path: p, ...r });
    }
  }
  const dst = list(f, 'dst');
  if (!dst || dst.values.length === 0) {
    out.push({
      path: dst ? [...base, dst.key] : base,
      rule: 'ssh-test/invalid',
      message: 'This SSH test has no "dst": list the devices it connects to (tags, users, hosts).',
    });
  } else {
    dst.values.forEach((d, j) => {
      const p = [...base, dst.key, j];
      if (typeof d !== 'string') {
        out.push({ path: p, rule: 'policy/type', message: '"dst" entries must be strings like "tag:server".' });
        return;
      }
      const sel = parseSelector(d);
      const t = d.trim();
      if (sel.kind === 'tag' && !c.tags.has(sel.name)) {
        out.push({
          path: p,
          rule: 'ref/unknown-tag',
          message: `SSH tests dst contains unknown tag "${sel.name}". ${/:[0-9*]/.test(sel.name.slice(4)) ? 'SSH test destinations take no port (SSH is port 22).' : 'Define it in "tagOwners" or fix the name.'}`,
        });
      } else if (
        sel.kind === 'any' ||
        (sel.kind === 'ip' && (sel.range.lo !== sel.range.hi || sel.text.includes('/'))) ||
        (sel.kind === 'autogroup' && sel.name === 'autogroup:internet') ||
        (sel.kind === 'host' && !isSingleHost(c, sel.name)) ||
        sel.kind === 'userDomain'
      ) {
        out.push({
          path: p,
          rule: 'ssh-test/invalid',
          message: `SSH tests dst contains disallowed element "${t}": name devices (a tag, user, group or a host with one address), not ranges.`,
        });
      } else {
        const r = refProblem(c, d, 'SSH tests dst');
        if (r) out.push({ path: p, ...r });
      }
    });
  }
  let any = false;
  for (const kind of ['accept', 'check', 'deny']) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((u, j) => {
      const p = [...base, l.key, j];
      if (typeof u !== 'string') {
        out.push({ path: p, rule: 'policy/type', message: `"${l.key}" entries must be login names like "root".` });
        return;
      }
      any = true;
      if (u.trim() === '')
        out.push({
          path: p,
          rule: 'ssh-test/invalid',
          message: 'user "" is not valid: write the login name to test, e.g. "root".',
        });
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: 'ssh-test/invalid',
      message: 'This SSH test has no "accept", "check" or "deny" logins, so it checks nothing.',
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

function postureAttrsOf(v: unknown): PostureAttrs | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[k] = x;
  }
  return out;
}

function attrsFor(testAttrs: PostureAttrs | undefined, ep: Endpoint): PostureAttrs {
  return testAttrs ?? ep.postureAttributes ?? {};
}

export function ruleName(c: CompiledPolicy, section: string, index: number): string {
  return `${c.sectionKeys.get(section) ?? section}[${index}]`;
}

function where(loc: Location | undefined): string {
  return loc ? ` (${loc.file}:${loc.line})` : '';
}

function unitWhy(c: CompiledPolicy, u: NetUnit | SshUnit, src: Endpoint, dst: Endpoint): string {
  const name = 'section' in u ? ruleName(c, u.section, u.index) : ruleName(c, 'ssh', u.index);
  const reasons: string[] = [];
  if (!src.known) reasons.push(`which device holds ${src.label} is not known offline`);
  if (!dst.known) reasons.push(`which device holds ${dst.label} is not known offline`);
  if (u.src.usersUnknown.length > 0) reasons.push(`who is in ${u.src.usersUnknown.join(', ')} is not known offline`);
  const dsts = 'section' in u ? [u.dst] : u.dst;
  for (const d of dsts) {
    if (d.k === 'usersUnknown') reasons.push(`${d.why} is not known offline`);
    if (d.k === 'ips' && src.known && dst.known && !dst.addrs)
      reasons.push(`whether ${dst.label} has an address in ${d.text} is not known offline`);
  }
  if (u.src.ips && src.known && !src.addrs)
    reasons.push(`whether ${src.label} has an address in ${u.src.ipTexts.join(', ')} is not known offline`);
  return `${name} may apply: ${reasons.length > 0 ? [...new Set(reasons)].join('; ') : 'it depends on devices not known offline'}`;
}

/**
 * What offline cannot know about a test's src, so that a verdict resting on it is a notice, not
 * an error (0 false rejections: /acl/validate decides).
 * - `group`: a group src. Offline expands it to each member with all their other memberships;
 *   Tailscale, by the evidence of policies it kept applying, judges the group itself. A rule
 *   that reaches a member only through another group or by name is not the group's access.
 * - `unnamed`: a user the policy names nowhere else, with no user list or device inventory:
 *   whether they are a tailnet member (so autogroup:member and domain rules apply) is unknown.
 */
interface SrcDoubt {
  group?: string;
  unnamed?: string;
}

function srcDoubt(c: CompiledPolicy, srcText: string): SrcDoubt {
  const sel = parseSelector(srcText);
  if (sel.kind === 'group' && c.groups.has(sel.name)) return { group: sel.name };
  if (sel.kind === 'user' && !c.users && !c.devices?.some((d) => d.user === sel.login)) {
    if (!namedInPolicy(c).has(sel.login)) return { unnamed: sel.login };
  }
  return {};
}

const namedCache = new WeakMap<CompiledPolicy, Set<string>>();

/**
 * Every string in the policy outside tests and sshTests (and each "name:port" without its port)
 * that can name a user: it is asked only about logins, which have an "@", so strings without one
 * are left out (the policy of 10,000 grants has some 100,000 others). Iterative.
 */
function namedInPolicy(c: CompiledPolicy): Set<string> {
  let out = namedCache.get(c);
  if (out) return out;
  out = new Set<string>();
  const raw = isObject(c.raw) ? c.raw : {};
  const stack: unknown[] = [];
  for (const k of Object.keys(raw)) if (!/^(tests|sshtests)$/i.test(k)) stack.push(raw[k]);
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (!v.includes('@')) continue;
      out.add(v);
      const colon = v.lastIndexOf(':');
      if (colon > 0) out.add(v.slice(0, colon));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      for (const k of Object.keys(v)) stack.push(k, v[k]);
    }
  }
  namedCache.set(c, out);
  return out;
}

/** The src strings of the rule a unit came from. */
function ruleSrc(c: CompiledPolicy, section: 'acls' | 'grants' | 'ssh', index: number): string[] {
  const key = c.sectionKeys.get(section) ?? section;
  const list = isObject(c.raw) ? c.raw[key] : undefined;
  const rule = Array.isArray(list) ? list[index] : undefined;
  if (!isObject(rule)) return [];
  const fields = fieldsOf(rule, section === 'acls' ? ACL_FIELDS : section === 'grants' ? GRANT_FIELDS : SSH_FIELDS);
  return stringsOf((fields.get('src') ?? fields.get('users'))?.value);
}

/** Whether a rule applies to the src for certain, not only through what offline cannot know. */
function certainFor(c: CompiledPolicy, section: 'acls' | 'grants' | 'ssh', index: number, doubt: SrcDoubt): boolean {
  if (!doubt.group && !doubt.unnamed) return true;
  return ruleSrc(c, section, index).some((s) => {
    const t = s.trim();
    if (t === '*' || t === 'autogroup:danger-all') return true;
    if (doubt.group) return t === doubt.group || isMemberAutogroup(t);
    return t === doubt.unnamed;
  });
}

function doubtWhy(c: CompiledPolicy, section: 'acls' | 'grants' | 'ssh', index: number, doubt: SrcDoubt): string {
  const name = ruleName(c, section, index);
  return doubt.group
    ? `${name} reaches members of ${doubt.group} only through their other groups or by name, and Tailscale judges the group itself`
    : `${name} applies to ${doubt.unnamed} only if they are a member of the tailnet, which the policy does not say`;
}

interface Verdict {
  tri: Tri;
  /** For failures: a detail of the first counter-example. */
  detail?: string;
  reasons: string[];
}

function testOne(
  c: CompiledPolicy,
  locate: Locator,
  srcEps: Endpoint[],
  host: string,
  port: number,
  protos: number[][],
  want: 'accept' | 'deny',
  testAttrs: PostureAttrs | undefined,
  doubt: SrcDoubt = {},
): Verdict {
  const reasons: string[] = [];
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
      // Proto omitted: "checks for either TCP or UDP access".
      let tri: Tri = F;
      const allowedBy: NetUnit[] = [];
      const maybe: NetUnit[] = [];
      for (const ps of protos) {
        const r = decide(c, s, d, ps, port, attrsFor(testAttrs, s));
        if (r.result === T) tri = T;
        else if (r.result === U && tri !== T) tri = U;
        allowedBy.push(...r.allowedBy);
        maybe.push(...r.maybe);
      }
      const pair = `from ${s.label} to ${d.label}`;
      // Allowed only by rules that may not apply to this src (see SrcDoubt): Tailscale decides.
      if (tri === T && !allowedBy.some((u) => certainFor(c, u.section, u.index, doubt))) {
        for (const u of allowedBy) reasons.push(doubtWhy(c, u.section, u.index, doubt));
        sawU = true;
        continue;
      }
      if (want === 'accept' && tri === F) {
        return { tri: F, detail: `no rule in acls or grants allows it ${pair}`, reasons };
      }
      if (want === 'deny' && tri === T) {
        const u = allowedBy.find((x) => certainFor(c, x.section, x.index, doubt))!;
        const name = ruleName(c, u.section, u.index);
        return {
          tri: F,
          detail: `${name}${where(locate([c.sectionKeys.get(u.section) ?? u.section, u.index]))} allows it ${pair}`,
          reasons,
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

function notice(rule: string, message: string, location?: Location): Finding {
  return { severity: 'notice', rule, message, ...(location ? { location } : {}) };
}

function evaluateNetTest(
  c: CompiledPolicy,
  locate: Locator,
  test: JsonObject,
  i: number,
  key: string,
): { outcome: TestOutcome; findings: Finding[] } {
  const f = fieldsOf(test, TEST_FIELDS);
  const srcText = ((f.get('src') ?? f.get('user'))?.value as string).trim();
  const outcome: TestOutcome = { kind: 'test', index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings: Finding[] = [];
  const testAttrs = postureAttrsOf(f.get('srcPostureAttrs')?.value);
  const protoText = f.get('proto')?.value;
  const protos: number[][] =
    typeof protoText === 'string' && protoText.trim() !== ''
      ? [[(parseProto(protoText) as { value: number }).value]]
      : [[PROTO_TCP], [PROTO_UDP]];
  const protoWords = protos.length === 1 ? protoLabel(protos[0]![0]!) : 'tcp or udp';
  // Looked up only for a finding: a test that passes needs no position.
  const testLoc = () => locate([key, i]);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = 'undecidable';
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        'test/undecidable',
        `${key}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc(),
      ),
    );
    return { outcome, findings };
  }
  const undecided: string[] = [];
  for (const kind of ['accept', 'allow', 'deny'] as const) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    const want = kind === 'deny' ? 'deny' : 'accept';
    fl.value.forEach((entry, j) => {
      const e = (entry as string).trim();
      const hp = splitHostPorts(e)!;
      const v = testOne(c, locate, src.endpoints, hp.host, Number(hp.ports), protos, want, testAttrs, doubt);
      if (v.tri === F) {
        const text = `address "${e}": want: ${want === 'accept' ? 'Accept' : 'Drop'}, got: ${want === 'accept' ? 'Drop' : 'Accept'}`;
        outcome.failures.push(text);
        const fix =
          want === 'accept'
            ? `Add a rule in acls or grants that lets ${srcText} reach ${hp.host} on ${protoWords} port ${hp.ports}, or fix the test.`
            : 'Narrow that rule, or fix the test.';
        findings.push(
          error(
            'test/failed',
            `Test failed: ${text} (test src "${srcText}"): ${v.detail}. ${fix}`,
            locate([key, i, fl.key, j]) ?? testLoc(),
          ),
        );
      } else if (v.tri === U) {
        undecided.push(`"${e}" (${want}): ${[...new Set(v.reasons)].join('; ')}`);
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = 'undecidable';
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        'test/undecidable',
        `${key}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(' | ')}. Tailscale runs it against the real devices when the policy is pushed${
          undecided.some((u) => /which device holds|has an address in/.test(u))
            ? '; a device inventory lets tailpolicy decide it'
            : ''
        }.`,
        testLoc(),
      ),
    );
  }
  return { outcome, findings };
}

const ACTION_WORD = { accept: 'Accept', check: 'Check', deny: 'Deny', undecidable: '?' } as const;

function evaluateSshTest(
  c: CompiledPolicy,
  locate: Locator,
  test: JsonObject,
  i: number,
  key: string,
): { outcome: TestOutcome; findings: Finding[] } {
  const f = fieldsOf(test, SSHTEST_FIELDS);
  const srcText = (f.get('src')!.value as string).trim();
  const outcome: TestOutcome = { kind: 'sshTest', index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings: Finding[] = [];
  // Looked up only for a finding: a test that passes needs no position.
  const testLoc = () => locate([key, i]);
  const testAttrs = postureAttrsOf(f.get('srcPostureAttrs')?.value);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = 'undecidable';
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        'test/undecidable',
        `${key}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc(),
      ),
    );
    return { outcome, findings };
  }
  const dsts = (f.get('dst')!.value as unknown[]).map((d) => (d as string).trim());
  const undecided: string[] = [];
  for (const kind of ['accept', 'check', 'deny'] as const) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    fl.value.forEach((login0, j) => {
      const login = (login0 as string).trim();
      for (const dstText of dsts) {
        let failed: string | undefined;
        const reasons: string[] = [];
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
            if (r.action === 'undecidable') {
              for (const u of r.maybe) reasons.push(unitWhy(c, u, s, d));
              if (r.maybe.length === 0) reasons.push('it depends on devices not known offline');
              continue;
            }
            // Decided only by rules that may not apply to this src (see SrcDoubt): Tailscale decides.
            if (r.by.length > 0 && !r.by.some((u) => certainFor(c, 'ssh', u.index, doubt))) {
              for (const u of r.by) reasons.push(doubtWhy(c, 'ssh', u.index, doubt));
              continue;
            }
            if (r.action !== kind) {
              const by = r.by[0];
              const because = by
                ? `${ruleName(c, 'ssh', by.index)}${where(locate([c.sectionKeys.get('ssh') ?? 'ssh', by.index]))} gives "${r.action}"`
                : 'no ssh rule matches';
              failed = `got: ${ACTION_WORD[r.action]} from ${s.label} to ${d.label}: ${because}`;
              break outer;
            }
          }
        }
        if (failed !== undefined) {
          const text = `user "${login}" on "${dstText}": want: ${ACTION_WORD[kind]}, ${failed.startsWith('got:') ? failed : `got: Deny (${failed})`}`;
          outcome.failures.push(text);
          findings.push(
            error(
              'ssh-test/failed',
              `SSH test failed: ${text} (test src "${srcText}"). Change the ssh rules, or fix the test.`,
              locate([key, i, fl.key, j]) ?? testLoc(),
            ),
          );
        } else if (reasons.length > 0) {
          undecided.push(`"${login}" on "${dstText}" (${kind}): ${[...new Set(reasons)].join('; ')}`);
        }
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = 'undecidable';
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        'test/undecidable',
        `${key}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(' | ')}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc(),
      ),
    );
  }
  return { outcome, findings };
}

/**
 * Evaluates every valid test and SSH test of a compiled policy. Entries with problems (see
 * `testProblems`) get a failed outcome and no finding: validatePolicy reports those.
 */
export function evaluateCompiledTests(
  c: CompiledPolicy,
  locate: Locator,
): { outcomes: TestOutcome[]; findings: Finding[] } {
  const outcomes: TestOutcome[] = [];
  const findings: Finding[] = [];
  const sections = c.raw !== null && typeof c.raw === 'object' ? (c.raw as JsonObject) : {};
  const kinds = [
    { kind: 'test', section: 'tests', problems: testProblems, evaluate: evaluateNetTest, label: 'invalid test' },
    {
      kind: 'sshTest',
      section: 'sshTests',
      problems: sshTestProblems,
      evaluate: evaluateSshTest,
      label: 'invalid SSH test',
    },
  ] as const;
  for (const k of kinds) {
    const key = c.sectionKeys.get(k.section);
    const entries = key !== undefined ? sections[key] : undefined;
    if (key === undefined || !Array.isArray(entries)) continue;
    entries.forEach((t, i) => {
      const problems = k.problems(c, t, [key, i]);
      if (problems.length > 0) {
        outcomes.push({
          kind: k.kind,
          index: i,
          src: isObject(t) && typeof t['src'] === 'string' ? t['src'] : '',
          passed: false,
          failures: problems.map((p) => p.message),
          notes: [`${k.label}: reported by validation`],
        });
        return;
      }
      const r = k.evaluate(c, locate, t as JsonObject, i, key);
      outcomes.push(r.outcome);
      findings.push(...r.findings);
    });
  }
  return { outcomes, findings };
}

export type { JsonPath };
