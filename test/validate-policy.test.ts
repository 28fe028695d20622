import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/shared/findings.js';
import { locatorFromJsonText } from '../src/shared/locate-json.js';
import { validatePolicy, type PolicyValidationOptions } from '../src/validate/policy.js';

const FILE = 'policy/policy.hujson';

function check(text: string, opts?: PolicyValidationOptions): Finding[] {
  const { value, locate, errors } = locatorFromJsonText(FILE, text);
  expect(errors).toEqual([]);
  return validatePolicy(value, locate, opts);
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`needle not found: ${needle}`);
  return i + 1;
}

const DEFS = `
  "groups": {"group:eng": ["alice@example.com", "bob@example.com"]},
  "tagOwners": {"tag:prod": ["group:eng"], "tag:db": ["tag:prod"], "tag:router": ["autogroup:admin"]},
  "hosts": {"web": "100.64.0.10", "corp": "10.0.0.0/8"},
  "ipsets": {"ipset:office": ["add 192.0.2.0/24", "add host:web", "remove 192.0.2.7"]},
  "postures": {"posture:mac": ["node:os == 'macos'", "node:tsVersion >= '1.60'"]},`;

function policy(body: string): string {
  return `{${DEFS}\n${body}\n}`;
}

const errorsOf = (fs: Finding[]): Finding[] => fs.filter((f) => f.severity === 'error');

describe('validatePolicy: a valid policy', () => {
  it('accepts a policy using every section, with comments and trailing commas', () => {
    const text = policy(`
  // Everyone reaches production web servers.
  "acls": [
    {"action": "accept", "src": ["group:eng", "tag:prod"], "dst": ["tag:prod:80,443", "web:22", "[fd7a:115c:a1e0::1]:443"]},
    {"action": "accept", "src": ["autogroup:member"], "dst": ["autogroup:self:*"], "proto": "tcp"},
    {"action": "accept", "src": ["ipset:office"], "dst": ["corp:*"], "proto": "icmp", "srcPosture": ["posture:mac"]},
  ],
  "grants": [
    {"src": ["group:eng"], "dst": ["tag:db"], "ip": ["tcp:5432", "icmp:*", "8000-8100", "*"]},
    {"src": ["autogroup:member"], "dst": ["10.33.0.0/16"], "ip": ["*"], "via": ["tag:router"]},
    {"src": ["*"], "dst": ["tag:prod"], "app": {"example.com/cap/admin": [{"role": "viewer"}]}},
    {"src": ["user:*@example.com"], "dst": ["autogroup:internet"], "ip": ["tcp:443"]},
  ],
  "ssh": [
    {"action": "check", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["root", "autogroup:nonroot"], "checkPeriod": "12h"},
    {"action": "accept", "src": ["autogroup:member"], "dst": ["autogroup:self"], "users": ["localpart:*@example.com"], "checkPeriod": "always", "acceptEnv": ["GIT_*"]},
  ],
  "nodeAttrs": [{"target": ["tag:prod", "*", "web", "100.64.0.0/24"], "attr": ["funnel"], "ipPool": ["100.81.0.0/16"]}],
  "autoApprovers": {"routes": {"10.33.0.0/16": ["tag:router"], "::/0": ["group:eng"]}, "exitNode": ["tag:router"]},
  "defaultSrcPosture": ["posture:mac"],
  "tests": [{"src": "alice@example.com", "srcPostureAttrs": {"node:os": "macos", "node:tsVersion": "1.62.0"}, "accept": ["tag:prod:443", "web:22"], "deny": ["tag:db:22"]}],
  "sshTests": [{"src": "alice@example.com", "dst": ["tag:prod"], "check": ["root"]}],
  "randomizeClientPort": true,
  "OneCGNATRoute": "mac-never",
  "derpMap": {"omitDefaultRegions": false, "regions": {"900": {"regionID": 900, "regionCode": "x", "regionName": "X", "nodes": [{"name": "1", "regionID": 900, "hostName": "derp.example.com"}]}}},`);
    expect(check(text, { users: ['alice@example.com', 'bob@example.com'] })).toEqual([]);
  });

  it('matches field names case-insensitively and takes the legacy users/ports and tests allow', () => {
    const text = `{
  "TagOwners": {"tag:prod": []},
  "ACLs": [{"Action": "accept", "Users": ["*"], "Ports": ["tag:prod:*"]}],
  "Tests": [{"User": "alice@example.com", "Allow": ["tag:prod:22"]}],
}`;
    expect(check(text)).toEqual([]);
  });

  it('trims whitespace around selectors and SSH actions, as Tailscale does', () => {
    const text = policy(
      `"ssh": [{"action": " accept", "src": [" alice@example.com"], "dst": ["tag:prod "], "users": [" root"]}],`,
    );
    expect(check(text)).toEqual([]);
  });

  it('accepts SSH check periods of 0s and below a minute, and null fields as absent', () => {
    const text = policy(`"ssh": [
    {"action": "check", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"], "checkPeriod": "30s", "acceptEnv": null},
    {"action": "check", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"], "checkPeriod": "0s"},
  ],`);
    expect(check(text)).toEqual([]);
  });
});

interface Case {
  name: string;
  body: string;
  rule: string;
  message: string;
  /** Text on the line the finding must point at. */
  at: string;
  opts?: PolicyValidationOptions;
  severity?: 'error' | 'warning';
}

const CASES: Case[] = [
  {
    name: 'unknown top-level section',
    body: `"acl": [],`,
    rule: 'policy/unknown-field',
    message: 'json: unknown field "acl": not a section of a Tailscale policy file. Did you mean "acls"?',
    at: '"acl": []',
  },
  {
    name: 'unknown field inside an ACL rule',
    body: `"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"],
    "dest": ["tag:prod:22"]}],`,
    rule: 'policy/unknown-field',
    message: 'json: unknown field "dest" in acls[0]. Did you mean "dst"?',
    at: '"dest"',
  },
  {
    name: 'unknown field inside a test (Tailscale: json: unknown field "dst")',
    body: `"tests": [{"src": "alice@example.com",
    "dst": ["tag:prod:22"], "accept": ["tag:prod:22"]}],`,
    rule: 'policy/unknown-field',
    message: 'json: unknown field "dst" in tests[0]. A test lists its destinations in "accept" and "deny"',
    at: '"dst": ["tag:prod:22"], "accept"',
  },
  {
    name: 'wrong type',
    body: `"acls": {"action": "accept"},`,
    rule: 'policy/type',
    message: 'json: cannot unmarshal object into "acls" (ACL rules) of type array',
    at: '"acls"',
  },
  {
    name: 'ACL action deny',
    body: `"acls": [{"src": ["*"], "dst": ["*:*"],
    "action": "deny"}],`,
    rule: 'acl/action',
    message: 'action="deny" is not supported',
    at: '"action": "deny"',
  },
  {
    name: 'both src and its legacy name users',
    body: `"acls": [
    {"action": "accept", "src": ["*"], "users": ["*"], "dst": ["*:*"]}],`,
    rule: 'policy/invalid',
    message: 'Only one of Src/Dst or Users/Ports may be specified',
    at: '"users": ["*"]',
  },
  {
    name: 'unknown tag in src',
    body: `"acls": [{"action": "accept", "dst": ["*:*"],
    "src": ["tag:nope"]}],`,
    rule: 'ref/unknown-tag',
    message: 'src=tag not found: "tag:nope". Define the tag in "tagOwners" first, or fix its name.',
    at: '"src": ["tag:nope"]',
  },
  {
    name: 'unknown tag in an ACL destination',
    body: `"acls": [{"action": "accept", "src": ["*"],
    "dst": ["tag:nope:22"]}],`,
    rule: 'ref/unknown-tag',
    message: 'dst="tag:nope:22": tag not found: "tag:nope"',
    at: '"dst": ["tag:nope:22"]',
  },
  {
    name: 'unknown group',
    body: `"grants": [{"dst": ["*"], "ip": ["*"],
    "src": ["group:ops"]}],`,
    rule: 'ref/unknown-group',
    message: 'src=group not found: "group:ops"',
    at: '"src": ["group:ops"]',
  },
  {
    name: 'unknown host',
    body: `"acls": [{"action": "accept", "src": ["*"],
    "dst": ["webz:80"]}],`,
    rule: 'ref/unknown-host',
    message: 'dst="webz:80": "webz": invalid address: it is not a host defined in "hosts"',
    at: '"dst": ["webz:80"]',
  },
  {
    name: 'unknown posture',
    body: `"grants": [{"src": ["*"], "dst": ["*"], "ip": ["*"],
    "srcPosture": ["posture:linux"]}],`,
    rule: 'ref/unknown-posture',
    message: 'posture not found: "posture:linux"',
    at: '"srcPosture"',
  },
  {
    name: 'unknown ipset',
    body: `"acls": [{"action": "accept", "dst": ["*:*"],
    "src": ["ipset:home"]}],`,
    rule: 'ref/unknown-ipset',
    message: 'src=IP set not found: "ipset:home"',
    at: '"src": ["ipset:home"]',
  },
  {
    name: 'unknown autogroup',
    body: `"acls": [{"action": "accept", "dst": ["*:*"],
    "src": ["autogroup:everyone"]}],`,
    rule: 'selector/invalid',
    message: 'src="autogroup:everyone" is not a valid autogroup',
    at: '"src": ["autogroup:everyone"]',
  },
  {
    name: 'autogroup:self as a source',
    body: `"acls": [{"action": "accept", "dst": ["*:*"],
    "src": ["autogroup:self"]}],`,
    rule: 'selector/autogroup-self-src',
    message: '"autogroup:self" not valid on the src side of a rule',
    at: '"src": ["autogroup:self"]',
  },
  {
    name: 'autogroup:self with a tag source',
    body: `"acls": [{"action": "accept", "src": ["tag:prod"],
    "dst": ["autogroup:self:*"]}],`,
    rule: 'selector/autogroup-self',
    message: 'autogroup:self can only be used with users, groups, or supported autogroups: src "tag:prod" is not one',
    at: '"dst": ["autogroup:self:*"]',
  },
  {
    name: 'autogroup:self with "*" in a grant',
    body: `"grants": [{"src": ["*"], "ip": ["*"],
    "dst": ["autogroup:self"]}],`,
    rule: 'selector/autogroup-self',
    message: 'autogroup:self can only be used with users, groups, or supported autogroups',
    at: '"dst": ["autogroup:self"]',
  },
  {
    name: 'named port in an ACL destination',
    body: `"acls": [{"action": "accept", "src": ["*"],
    "dst": ["tag:prod:ssh"]}],`,
    rule: 'port/invalid',
    message: 'dst="tag:prod:ssh": port range "ssh": invalid first integer',
    at: '"dst": ["tag:prod:ssh"]',
  },
  {
    name: 'autogroup:self without a port',
    body: `"acls": [{"action": "accept", "src": ["*"],
    "dst": ["autogroup:self"]}],`,
    rule: 'port/invalid',
    message: 'dst="autogroup:self": port range "self": invalid first integer',
    at: '"dst": ["autogroup:self"]',
  },
  {
    name: 'port 0',
    body: `"acls": [{"action": "accept", "src": ["*"],
    "dst": ["web:0"]}],`,
    rule: 'port/invalid',
    message: `port range "0": first port must be >0, or use '*' for wildcard`,
    at: '"dst": ["web:0"]',
  },
  {
    name: 'ports with a portless protocol',
    body: `"acls": [{"action": "accept", "src": ["*"], "proto": "icmp",
    "dst": ["web:22"]}],`,
    rule: 'port/invalid',
    message: 'only TCP, UDP and SCTP traffic has ports',
    at: '"dst": ["web:22"]',
  },
  {
    name: 'unknown protocol',
    body: `"acls": [{"action": "accept", "src": ["*"], "dst": ["web:*"],
    "proto": "tcpp"}],`,
    rule: 'proto/invalid',
    message: 'proto name "tcpp" not known',
    at: '"proto": "tcpp"',
  },
  {
    name: 'grant ip with a bare protocol',
    body: `"grants": [{"src": ["*"], "dst": ["*"],
    "ip": ["icmp"]}],`,
    rule: 'port/invalid',
    message: 'port range "icmp": invalid first integer',
    at: '"ip": ["icmp"]',
  },
  {
    name: 'grant without ip or app',
    body: `"grants": [
    {"src": ["*"], "dst": ["*"], "ip": []}],`,
    rule: 'grant/empty',
    message: 'ip and app can not both be empty',
    at: '{"src": ["*"], "dst": ["*"], "ip": []}',
  },
  {
    name: 'via with an autogroup',
    body: `"grants": [{"src": ["*"], "dst": ["10.33.0.0/16"], "ip": ["*"],
    "via": ["autogroup:tagged"]}],`,
    rule: 'grant/via',
    message: 'via can only be a tag',
    at: '"via"',
  },
  {
    name: 'via with an unknown tag',
    body: `"grants": [{"src": ["*"], "dst": ["10.33.0.0/16"], "ip": ["*"],
    "via": ["tag:nope"]}],`,
    rule: 'ref/unknown-tag',
    message: 'tag "tag:nope" not found',
    at: '"via"',
  },
  {
    name: 'capability name with a scheme',
    body: `"grants": [{"src": ["*"], "dst": ["*"], "app": {
    "https://example.com/cap/x": [{}]}}],`,
    rule: 'grant/capability',
    message: 'capability name must have the form {domain}/{path}',
    at: '"https://example.com/cap/x"',
  },
  {
    name: 'node capability used as a grant capability',
    body: `"grants": [{"src": ["*"], "dst": ["*"], "app": {
    "tailscale.com/cap/funnel": [{}]}}],`,
    rule: 'grant/capability',
    message: 'capability name must not be in the tailscale.com domain',
    at: '"tailscale.com/cap/funnel"',
  },
  {
    name: 'grant to every IPv4 address',
    body: `"grants": [{"src": ["*"], "ip": ["*"],
    "dst": ["0.0.0.0/0"]}],`,
    rule: 'selector/invalid',
    message: 'dst "0.0.0.0/0": to allow all IP addresses, use "*" or "autogroup:internet"',
    at: '"dst": ["0.0.0.0/0"]',
  },
  {
    name: 'autogroup:danger-all as destination',
    body: `"grants": [{"src": ["*"], "ip": ["*"],
    "dst": ["autogroup:danger-all"]}],`,
    rule: 'selector/invalid',
    message: 'cannot use autogroup:danger-all as a dst',
    at: '"dst": ["autogroup:danger-all"]',
  },
  {
    name: 'app grant to the internet',
    body: `"grants": [{"src": ["*"], "app": {"example.com/cap/x": [{}]},
    "dst": ["autogroup:internet"]}],`,
    rule: 'grant/app-internet',
    message: 'cannot use app grants with autogroup:internet',
    at: '"dst": ["autogroup:internet"]',
  },
  {
    name: 'SSH action in the wrong case',
    body: `"ssh": [{"src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"],
    "action": "Accept"}],`,
    rule: 'ssh/invalid-action',
    message: '"Accept" is not a valid action',
    at: '"action": "Accept"',
  },
  {
    name: 'SSH action missing',
    body: `"ssh": [
    {"src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"]}],`,
    rule: 'ssh/invalid-action',
    message: 'action must be specified',
    at: '{"src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"]}',
  },
  {
    name: 'SSH users missing',
    body: `"ssh": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:prod"]}],`,
    rule: 'ssh/users',
    message: 'users must be specified',
    at: '{"action": "accept", "src": ["group:eng"], "dst": ["tag:prod"]}',
  },
  {
    name: 'SSH user "*"',
    body: `"ssh": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:prod"],
    "users": ["*"]}],`,
    rule: 'ssh/users',
    message: 'user "*" is not valid',
    at: '"users": ["*"]',
  },
  {
    name: 'SSH check period too long',
    body: `"ssh": [{"action": "check", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"],
    "checkPeriod": "200h"}],`,
    rule: 'ssh/check-period',
    message: 'checkPeriod 200h0m0s is above the max (168h)',
    at: '"checkPeriod": "200h"',
  },
  {
    name: 'SSH check period negative',
    body: `"ssh": [{"action": "check", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"],
    "checkPeriod": "-1m"}],`,
    rule: 'ssh/check-period',
    message: 'checkPeriod -1m0s must be a positive duration',
    at: '"checkPeriod": "-1m"',
  },
  {
    name: 'SSH check period not a duration',
    body: `"ssh": [{"action": "check", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"],
    "checkPeriod": "7d"}],`,
    rule: 'ssh/check-period',
    message: 'time: unknown unit "d" in duration "7d"',
    at: '"checkPeriod": "7d"',
  },
  {
    name: 'SSH empty acceptEnv',
    body: `"ssh": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["root"],
    "acceptEnv": [""]}],`,
    rule: 'ssh/accept-env',
    message: 'acceptEnv values cannot be empty',
    at: '"acceptEnv"',
  },
  {
    name: 'SSH to a host alias',
    body: `"ssh": [{"action": "accept", "src": ["group:eng"], "users": ["root"],
    "dst": ["web"]}],`,
    rule: 'ssh/invalid-dst',
    message: 'invalid dst "web"',
    at: '"dst": ["web"]',
  },
  {
    name: 'SSH from "*"',
    body: `"ssh": [{"action": "accept", "dst": ["tag:prod"], "users": ["root"],
    "src": ["*"]}],`,
    rule: 'ssh/invalid-src',
    message: '"*" is not allowed in src of an ssh rule',
    at: '"src": ["*"]',
  },
  {
    name: 'localpart with a domain no user has',
    body: `"ssh": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:prod"],
    "users": ["localpart:*@EXAMPLE.COM"]}],`,
    rule: 'selector/domain',
    message: 'EXAMPLE.COM is not associated with this Tailnet and cannot be used in user:*@<domain> expressions',
    at: '"users": ["localpart:*@EXAMPLE.COM"]',
    opts: { users: ['alice@example.com', 'bob@example.com'] },
  },
  {
    name: 'nested groups',
    body: `"acls": [], "tests": [], "nodeAttrs": [], "sshTests": [], "ssh": [], "grants": [], "autoApprovers": {}, "OneCGNATRoute": "", "randomizeClientPort": false, "disableIPv4": false, "derpMap": {"regions": {}}, "defaultSrcPosture": [], "attrConfig": {},
  "Groups": {"group:all":
    ["group:eng"]},`,
    rule: 'group/recursive',
    message: 'groups["group:all"]: "group:eng": group members cannot be recursive',
    at: '["group:eng"]},',
  },
  {
    name: 'tag name with non-ASCII letters',
    body: `"TagOwners": {
    "tag:сервер": ["alice@example.com"]},`,
    rule: 'tag/invalid-name',
    message: `tagOwners["tag:сервер"]: tag names must start with a letter, after 'tag:'`,
    at: '"tag:сервер"',
  },
  {
    name: 'test with a port list',
    body: `"tests": [{"src": "alice@example.com",
    "accept": ["tag:prod:80,443"]}],`,
    rule: 'test/invalid',
    message: 'address "tag:prod:80,443": a test destination takes exactly one numeric port',
    at: '"accept": ["tag:prod:80,443"]',
  },
  {
    name: 'test with an autogroup as src',
    body: `"tests": [{"accept": ["tag:prod:80"],
    "src": "autogroup:member"}],`,
    rule: 'test/invalid',
    message: 'test src "autogroup:member" is not valid',
    at: '"src": "autogroup:member"',
  },
  {
    name: 'test to a CIDR',
    body: `"tests": [{"src": "alice@example.com",
    "deny": ["10.0.0.0/8:22"]}],`,
    rule: 'test/invalid',
    message: 'tests cannot use CIDR (subnet) notation',
    at: '"deny": ["10.0.0.0/8:22"]',
  },
  {
    name: 'test with nothing to check',
    body: `"tests": [
    {"src": "alice@example.com"}],`,
    rule: 'test/invalid',
    message: 'neither "accept" nor "deny"',
    at: '{"src": "alice@example.com"}',
  },
  {
    name: 'test from an unknown user',
    body: `"tests": [{"accept": ["tag:prod:80"],
    "src": "mallory@example.com"}],`,
    rule: 'ref/unknown-user',
    message: 'test src user not found: "mallory@example.com"',
    at: '"src": "mallory@example.com"',
    opts: { users: ['alice@example.com', 'bob@example.com'] },
  },
  {
    name: 'SSH test to a CIDR',
    body: `"sshTests": [{"src": "alice@example.com", "accept": ["root"],
    "dst": ["100.64.0.0/24"]}],`,
    rule: 'ssh-test/invalid',
    message: 'SSH tests dst contains disallowed element "100.64.0.0/24"',
    at: '"dst": ["100.64.0.0/24"]',
  },
  {
    name: 'SSH test with a port',
    body: `"sshTests": [{"src": "alice@example.com", "accept": ["root"],
    "dst": ["tag:prod:22"]}],`,
    rule: 'ref/unknown-tag',
    message: 'SSH tests dst contains unknown tag "tag:prod:22"',
    at: '"dst": ["tag:prod:22"]',
  },
  {
    name: 'SSH test from an autogroup',
    body: `"sshTests": [{"dst": ["tag:prod"], "accept": ["root"],
    "src": "autogroup:admin"}],`,
    rule: 'ssh-test/invalid',
    message: 'SSH tests src contains disallowed element "autogroup:admin"',
    at: '"src": "autogroup:admin"',
  },
  {
    name: 'autogroup:member and autogroup:members together',
    body: `"acls": [{"action": "accept", "src": ["autogroup:member"], "dst": ["tag:prod:22"]},
    {"action": "accept", "dst": ["tag:prod:80"], "src": ["autogroup:members"]}],`,
    rule: 'selector/autogroup-members',
    message: 'autogroup:member and autogroup:members cannot both be used',
    at: '"src": ["autogroup:members"]',
  },
  {
    name: 'IP pool in the reserved range',
    body: `"nodeAttrs": [{"target": ["autogroup:admin"],
    "ipPool": ["100.100.100.0/24"]}],`,
    rule: 'nodeattrs/ip-pool',
    message: 'IPPool(100.100.100.0/24): network within reserved range',
    at: '"ipPool"',
  },
  {
    name: 'node attribute target that is no address',
    body: `"nodeAttrs": [{"attr": ["funnel"],
    "target": ["%bogus%"]}],`,
    rule: 'ref/unknown-host',
    message: '"%bogus%": invalid address',
    at: '"target": ["%bogus%"]',
  },
  {
    name: 'node attribute target with an unknown tag',
    body: `"nodeAttrs": [{"attr": ["funnel"],
    "target": ["tag:nope"]}],`,
    rule: 'ref/unknown-tag',
    message: 'tag not found: "tag:nope"',
    at: '"target": ["tag:nope"]',
  },
  {
    name: 'posture condition with an unknown operator',
    body: `"Postures": {"posture:x": [
    "node:os ~= 'linux'"]},`,
    rule: 'posture/invalid',
    message: 'unknown operator',
    at: `"node:os ~= 'linux'"`,
  },
  {
    name: 'auto-approved route that is not a CIDR',
    body: `"autoApprovers": {"routes": {
    "10.0.0.0": ["tag:router"]}},`,
    rule: 'autoapprovers/route',
    message: 'autoApprovers.routes: "10.0.0.0" is not a CIDR prefix',
    at: '"10.0.0.0"',
  },
  {
    name: 'auto-approver with an unknown tag',
    body: `"autoApprovers": {"exitNode": [
    "tag:exit"]},`,
    rule: 'ref/unknown-tag',
    message: 'autoApprovers: tag not found: "tag:exit"',
    at: '"tag:exit"]',
  },
  {
    name: 'IP set holding a tag',
    body: `"IPSets": {"ipset:x": [
    "add tag:prod"]},`,
    rule: 'ipset/invalid',
    message: 'IP sets hold addresses',
    at: '"add tag:prod"',
  },
  {
    name: 'host mapped to something else than an address',
    body: `"Hosts": {
    "db": "db.example.com"},`,
    rule: 'host/invalid-address',
    message: 'hosts["db"]: "db.example.com": invalid IP address or CIDR',
    at: '"db": "db.example.com"',
  },
  {
    name: 'OneCGNATRoute with an unknown value',
    body: `
    "OneCGNATRoute": "mac-sometimes",`,
    rule: 'policy/invalid-value',
    message: 'OneCGNATRoute "mac-sometimes" is not valid',
    at: '"OneCGNATRoute"',
  },
  {
    name: 'one section spelt twice (a warning)',
    body: `"acls": [],
    "ACLS": [],`,
    rule: 'policy/duplicate-key',
    message: '"acls" and "ACLS" are the same section',
    at: '"ACLS"',
    severity: 'warning',
  },
  {
    name: 'group member that is no user of the tailnet (a warning, as on Tailscale)',
    body: `"Groups": {"group:ops": [
    "carol@example.com"]},`,
    rule: 'ref/unknown-user',
    message: '"group:ops": user not found: "carol@example.com"',
    at: '"carol@example.com"',
    opts: { users: ['alice@example.com', 'bob@example.com'] },
    severity: 'warning',
  },
];

describe('validatePolicy: rules', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.name}`, () => {
      // Sections given in the body override the defaults (the later spelling wins, with a warning
      // for the duplicate); cases that redefine one use a different case to keep both.
      const text = policy(c.body);
      const findings = check(text, c.opts);
      const f = findings.find((x) => x.rule === c.rule && x.message.includes(c.message));
      expect(f, `findings: ${JSON.stringify(findings, null, 1)}`).toBeDefined();
      expect(f!.severity).toBe(c.severity ?? 'error');
      expect(f!.location?.file).toBe(FILE);
      expect(f!.location?.line).toBe(lineOf(text, c.at));
    });
  }
});

describe('validatePolicy: passing counterparts', () => {
  const ok = (body: string, opts?: PolicyValidationOptions): void => {
    expect(errorsOf(check(policy(body), opts))).toEqual([]);
  };
  it('autogroup:self with "*" is fine in acls (not in grants)', () => {
    ok(`"acls": [{"action": "accept", "src": ["*"], "dst": ["autogroup:self:*"]}],`);
  });
  it('tailscale.com capabilities that are grant capabilities', () => {
    ok(
      `"grants": [{"src": ["*"], "dst": ["*"], "app": {"tailscale.com/cap/drive": [{"shares": ["*"], "access": "rw"}], "tailscale.com/cap/kubernetes": [{}]}}],`,
    );
  });
  it('an app-only grant, and an empty app parameter list', () => {
    ok(`"grants": [{"src": [], "dst": ["*"], "app": {"example.com/cap/x": []}}],`);
  });
  it('localpart with a domain of the tailnet', () => {
    ok(
      `"ssh": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:prod"], "users": ["localpart:*@example.com"]}],`,
      {
        users: ['alice@example.com'],
      },
    );
  });
  it('ssh to the same named user', () => {
    ok(`"ssh": [{"action": "accept", "src": ["alice@example.com"], "dst": ["alice@example.com"], "users": ["root"]}],`);
  });
  it('shapes seen in real GitOps repositories (role autogroups with autogroup:self in ssh, "*:*" ip, services approvers)', () => {
    ok(`"ssh": [{"action": "accept", "src": ["autogroup:admin"], "dst": ["autogroup:self", "tag:prod"], "users": ["autogroup:nonroot", "root"]},
      {"action": "check", "src": ["autogroup:members"], "dst": ["autogroup:self"], "users": ["root"], "checkPeriod": "1m"}],
    "grants": [{"src": ["tag:prod"], "dst": ["tag:prod"], "ip": ["*:*"]}, {"src": ["group:eng"], "dst": ["svc:db"], "ip": ["tcp:*"], "app": {"tailscale.com/cap/pam": [{"version": "v1"}]}}],
    "autoApprovers": {"services": {"tag:prod": ["tag:db"], "svc:db": ["tag:db"]}},
    "nodeAttrs": [{"target": ["*"], "app": {"tailscale.com/app-connectors": []}}, {"target": ["100.117.159.56"], "attr": ["mullvad"]}],`);
  });
  it('tag owners that own each other', () => {
    ok(`"TagOwners": {"tag:a": ["tag:b"], "tag:b": ["tag:a"]},`);
  });
  it('tests from a host, an IP and a group, to an IPv6 address, a user and autogroup:self', () => {
    ok(`"tests": [
      {"src": "web", "accept": ["[fd7a:115c:a1e0::1]:443"], "proto": "tcp"},
      {"src": "100.64.0.10", "deny": ["alice@example.com:22"], "proto": "6"},
      {"src": "group:eng", "deny": ["autogroup:self:22", "tag:prod:0"], "proto": "icmp"},
    ],`);
  });
  it('unknown users are only warnings outside tests', () => {
    const fs = check(policy(`"acls": [{"action": "accept", "src": ["carol@example.com"], "dst": ["tag:prod:22"]}],`), {
      users: ['alice@example.com'],
    });
    expect(errorsOf(fs)).toEqual([]);
    expect(fs.map((f) => f.rule)).toContain('ref/unknown-user');
  });
  it('a non-object policy is one error', () => {
    const fs = validatePolicy([], () => undefined);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.rule).toBe('policy/type');
  });
});
