import { describe, expect, it } from 'vitest';
import {
  compilePolicy,
  evaluateCompiledTests,
  evaluatePolicyTests,
  type Device,
  type EvaluationOptions,
} from '../src/evaluate/index.js';
import { locatorFromJsonText } from '../src/shared/locate-json.js';
import { validatePolicy } from '../src/validate/policy.js';

const FILE = 'policy/policy.hujson';

const BASE = `
  "groups": {
    "group:eng": ["alice@example.com", "bob@example.com"],
    "group:ops": ["carol@example.com"],
  },
  "tagOwners": {"tag:prod": [], "tag:db": [], "tag:bastion": []},
  "hosts": {"web": "100.64.0.10", "printer": "192.168.1.5", "lan": "192.168.1.0/24"},
  "ipsets": {"ipset:lan": ["192.168.1.0/24"]},
  "postures": {"posture:mac": ["node:os == 'macos'"]},
  "acls": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:prod:443"]},
    {"action": "accept", "src": ["alice@example.com"], "dst": ["tag:db:5432"], "proto": "tcp"},
    {"action": "accept", "src": ["group:ops"], "dst": ["ipset:lan:*"]},
  ],
  "grants": [
    {"src": ["tag:prod"], "dst": ["tag:db"], "ip": ["tcp:5432", "icmp:*"]},
    {"src": ["autogroup:member"], "dst": ["autogroup:self"], "ip": ["22"]},
    {"src": ["group:eng"], "dst": ["printer"], "ip": ["udp:161"], "srcPosture": ["posture:mac"]},
    {"src": ["autogroup:admin"], "dst": ["tag:bastion"], "ip": ["tcp:8443"]},
    {"src": ["group:sre@example.com"], "dst": ["tag:bastion"], "ip": ["tcp:9443"]},
  ],
  "ssh": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:bastion"], "users": ["ubuntu", "root"]},
    {"action": "check", "src": ["alice@example.com"], "dst": ["tag:bastion"], "users": ["root"]},
    {"action": "accept", "src": ["autogroup:member"], "dst": ["autogroup:self"], "users": ["autogroup:nonroot"]},
    {"action": "accept", "src": ["group:ops"], "dst": ["tag:prod"], "users": ["localpart:*@example.com"]},
  ],`;

function run(tests: string, opts?: EvaluationOptions, section = 'tests') {
  const text = `{${BASE}\n  "${section}": [\n${tests}\n  ],\n}`;
  const { value, locate, errors } = locatorFromJsonText(FILE, text);
  expect(errors).toEqual([]);
  // The policy and its tests are valid: anything failing below is an evaluation verdict.
  expect(validatePolicy(value, locate).filter((f) => f.severity === 'error')).toEqual([]);
  return { text, ...evaluatePolicyTests(value, locate, opts) };
}

function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`needle not found: ${needle}`);
  return i + 1;
}

describe('evaluatePolicyTests: network tests', () => {
  it('passes tests that acls and grants satisfy, accept and deny', () => {
    const r = run(`
    {"src": "alice@example.com", "accept": ["tag:prod:443", "tag:db:5432"], "deny": ["tag:prod:22"]},
    {"src": "tag:prod", "accept": ["tag:db:5432"], "deny": ["tag:db:22"]},
    {"src": "bob@example.com", "deny": ["tag:db:5432"]},
    {"src": "carol@example.com", "accept": ["printer:9100", "192.168.1.77:80"]},`);
    expect(r.findings).toEqual([]);
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, true, true, true]);
  });

  it("reports a failing accept at its element, in Tailscale's words", () => {
    const r = run(`
    {"src": "bob@example.com",
      "accept": ["tag:db:5432"]},`);
    expect(r.outcomes[0]).toMatchObject({ kind: 'test', index: 0, src: 'bob@example.com', passed: false });
    expect(r.outcomes[0]!.failures).toEqual(['address "tag:db:5432": want: Accept, got: Drop']);
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.rule).toBe('test/failed');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('address "tag:db:5432": want: Accept, got: Drop');
    expect(f.location).toMatchObject({ file: FILE, line: lineOf(r.text, '"accept": ["tag:db:5432"]') });
  });

  it('reports a failing deny with the rule that allows it, and where that rule is', () => {
    const r = run(`
    {"src": "alice@example.com", "deny": ["tag:prod:443"]},`);
    const f = r.findings[0]!;
    expect(f.rule).toBe('test/failed');
    expect(f.message).toContain('want: Drop, got: Accept');
    expect(f.message).toContain(`acls[0] (${FILE}:${lineOf(r.text, '"dst": ["tag:prod:443"]')})`);
  });

  it("a group passes accept only when every member does; a deny that only a member's own rule breaks is left to Tailscale", () => {
    const r = run(`
    {"src": "group:eng", "accept": ["tag:prod:443"]},
    {"src": "group:eng", "accept": ["tag:db:5432"]},
    {"src": "group:eng", "deny": ["tag:db:5432"]},
    {"src": "group:ops", "deny": ["tag:db:5432"]},`);
    // The deny of group:eng: only alice's own rule reaches tag:db, and Tailscale judges a group src
    // as the group, not as each member with their other rules, so offline leaves it to Tailscale
    // (issue #13, fidelity (a)).
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, false, 'undecidable', true]);
    expect(r.findings.map((f) => f.message).join('\n')).toMatch(/bob@example\.com[^\n]*/);
  });

  it('checks the protocol: omitted means TCP or UDP, otherwise exactly that one', () => {
    const r = run(`
    {"src": "alice@example.com", "accept": ["tag:db:5432"], "proto": "tcp"},
    {"src": "alice@example.com", "accept": ["tag:db:5432"], "proto": "udp"},
    {"src": "tag:prod", "accept": ["tag:db:0"], "proto": "icmp"},
    {"src": "tag:prod", "deny": ["tag:db:5432"], "proto": "udp"},
    {"src": "alice@example.com", "accept": ["tag:prod:443"], "proto": "17"},`);
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, false, true, true, true]);
  });

  it("resolves autogroup:self to the source user's own devices", () => {
    const r = run(`
    {"src": "alice@example.com", "accept": ["autogroup:self:22"], "deny": ["bob@example.com:22"]},
    {"src": "tag:prod", "accept": ["autogroup:self:22"]},`);
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, false]);
    expect(r.outcomes[1]!.failures[0]).toContain('want: Accept, got: Drop');
  });

  it('applies postures with srcPostureAttrs (an unset attribute never matches)', () => {
    const r = run(`
    {"src": "alice@example.com", "srcPostureAttrs": {"node:os": "macos"}, "accept": ["printer:161"], "proto": "udp"},
    {"src": "alice@example.com", "srcPostureAttrs": {"node:os": "linux"}, "deny": ["printer:161"]},
    {"src": "alice@example.com", "accept": ["printer:161"]},`);
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, true, false]);
  });

  it('applies defaultSrcPosture to rules without their own srcPosture', () => {
    const text = `{"tagOwners": {"tag:prod": []}, "postures": {"posture:mac": ["node:os == 'macos'"]},
  "defaultSrcPosture": ["posture:mac"],
  "acls": [{"action": "accept", "src": ["*"], "dst": ["tag:prod:22"]}],
  "tests": [
    {"src": "alice@example.com", "srcPostureAttrs": {"node:os": "macos"}, "accept": ["tag:prod:22"]},
    {"src": "alice@example.com", "srcPostureAttrs": {"node:os": "windows"}, "deny": ["tag:prod:22"]},
  ]}`;
    const { value, locate } = locatorFromJsonText(FILE, text);
    expect(evaluatePolicyTests(value, locate).outcomes.map((o) => o.passed)).toEqual([true, true]);
  });

  it('says plainly when roles or SCIM groups decide the answer (a notice, not an error)', () => {
    const r = run(`
    {"src": "alice@example.com", "accept": ["tag:bastion:8443"]},
    {"src": "group:sre@example.com", "accept": ["tag:bastion:9443"]},
    {"src": "alice@example.com", "deny": ["tag:bastion:9443"]},`);
    expect(r.outcomes.map((o) => o.passed)).toEqual(['undecidable', 'undecidable', 'undecidable']);
    expect(r.findings.every((f) => f.severity === 'notice' && f.rule === 'test/undecidable')).toBe(true);
    expect(r.findings[0]!.message).toContain('who is in autogroup:admin is not known offline');
    expect(r.findings[0]!.location?.line).toBe(lineOf(r.text, '"accept": ["tag:bastion:8443"]'));
    expect(r.findings[1]!.message).toContain('group:sre@example.com');
  });

  it('still fails a test when a certain rule decides it, whatever the unknowns', () => {
    const r = run(`
    {"src": "alice@example.com", "deny": ["tag:prod:443", "tag:bastion:8443"]},`);
    expect(r.outcomes[0]!.passed).toBe(false);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['test/failed', 'test/undecidable']);
  });

  it('without an inventory, an address in the tailnet is an unknown device; with one, it is decided', () => {
    const tests = `
    {"src": "100.64.0.20", "accept": ["tag:prod:443"]},
    {"src": "alice@example.com", "accept": ["web:443"]},
    {"src": "alice@example.com", "deny": ["192.168.1.5:443"]},`;
    const offline = run(tests);
    expect(offline.outcomes.map((o) => o.passed)).toEqual(['undecidable', 'undecidable', true]);
    const devices: Device[] = [
      { name: 'laptop', user: 'alice@example.com', addresses: ['100.64.0.20', 'fd7a:115c:a1e0::20'] },
      { name: 'web-1', user: 'alice@example.com', tags: ['tag:prod'], addresses: ['100.64.0.10'] },
    ];
    const inventory = run(tests, { devices });
    expect(inventory.findings).toEqual([]);
    expect(inventory.outcomes.map((o) => o.passed)).toEqual([true, true, true]);
  });

  it('with an inventory, every device of a tag must pass', () => {
    const devices: Device[] = [
      { name: 'db-1', tags: ['tag:db'], addresses: ['100.64.0.31'] },
      { name: 'db-2', tags: ['tag:db', 'tag:prod'], addresses: ['100.64.0.32'] },
    ];
    const r = run(
      `
    {"src": "bob@example.com", "accept": ["tag:db:443"]},`,
      { devices },
    );
    expect(r.outcomes[0]!.passed).toBe(false);
    expect(r.findings[0]!.message).toContain('db-1');
  });

  it('leaves invalid tests to validation: a failed outcome without a finding', () => {
    const text = `{"tagOwners": {"tag:prod": []}, "tests": [{"src": "alice@example.com", "accept": ["tag:prod:*"]}]}`;
    const { value, locate } = locatorFromJsonText(FILE, text);
    const r = evaluatePolicyTests(value, locate);
    expect(r.findings).toEqual([]);
    expect(r.outcomes[0]!.passed).toBe(false);
    expect(validatePolicy(value, locate).map((f) => f.rule)).toEqual(['test/invalid']);
  });

  it('reuses one compilation for many evaluations', () => {
    const text = `{${BASE}\n "tests": [{"src": "alice@example.com", "accept": ["tag:prod:443"]}]}`;
    const { value, locate } = locatorFromJsonText(FILE, text);
    const c = compilePolicy(value);
    expect(evaluateCompiledTests(c, locate).outcomes[0]!.passed).toBe(true);
    expect(c.units.length).toBeGreaterThan(0);
  });
});

describe('evaluatePolicyTests: SSH tests', () => {
  const ssh = (tests: string, opts?: EvaluationOptions) => run(tests, opts, 'sshTests');

  it('check beats accept when both rules match', () => {
    const r = ssh(`
    {"src": "alice@example.com", "dst": ["tag:bastion"], "check": ["root"], "accept": ["ubuntu"]},
    {"src": "bob@example.com", "dst": ["tag:bastion"], "accept": ["root", "ubuntu"]},
    {"src": "alice@example.com", "dst": ["tag:bastion"],
      "accept": ["root"]},`);
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, true, false]);
    const f = r.findings[0]!;
    expect(f.rule).toBe('ssh-test/failed');
    expect(f.message).toContain('user "root" on "tag:bastion": want: Accept, got: Check');
    expect(f.location?.line).toBe(lineOf(r.text, '"accept": ["root"]},'));
  });

  it('autogroup:nonroot allows every login but root', () => {
    const r = ssh(`
    {"src": "alice@example.com", "dst": ["alice@example.com"], "accept": ["deploy", "alice"], "deny": ["root"]},
    {"src": "alice@example.com", "dst": ["bob@example.com"], "deny": ["deploy"]},
    {"src": "alice@example.com", "dst": ["alice@example.com"], "accept": ["root"]},`);
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, true, false]);
  });

  it("localpart:*@domain allows the local part of the source user's login", () => {
    const r = ssh(`
    {"src": "carol@example.com", "dst": ["tag:prod"], "accept": ["carol"], "deny": ["alice", "root"]},
    {"src": "carol@example.com", "dst": ["tag:prod"], "accept": ["alice"]},`);
    expect(r.outcomes.map((o) => o.passed)).toEqual([true, false]);
  });

  it('consults only the ssh section, not acls or grants', () => {
    const r = ssh(`
    {"src": "bob@example.com", "dst": ["tag:prod"], "deny": ["root"]},`);
    expect(r.outcomes[0]!.passed).toBe(true);
  });

  it('a host destination is undecidable offline, decided with an inventory', () => {
    const tests = `
    {"src": "bob@example.com", "dst": ["web"], "deny": ["root"]},`;
    // web might be the bastion, which bob may log in to as root: unknown either way.
    expect(ssh(tests).outcomes[0]!.passed).toBe('undecidable');
    const text = `{${BASE} "sshTests": [{"src": "bob@example.com", "dst": ["web"], "accept": ["root"]}]}`;
    const { value, locate } = locatorFromJsonText(FILE, text);
    expect(evaluatePolicyTests(value, locate).outcomes[0]!.passed).toBe('undecidable');
    const devices: Device[] = [{ name: 'jump', tags: ['tag:bastion'], addresses: ['100.64.0.10'] }];
    expect(evaluatePolicyTests(value, locate, { devices }).outcomes[0]!.passed).toBe(true);
  });
});
