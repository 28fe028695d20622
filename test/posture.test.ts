/**
 * enforce: posture (issue #8), the pure parts: attribute keys, the posture gate in the compiled
 * policy (with defaultSrcPosture and a rule's own srcPosture carried along), offline validation
 * and evaluation of the gated policy, and the attribute plan.
 */
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../src/validate/offline.js';
import { explain, explainSsh } from '../src/evaluate/index.js';
import { noLocation } from '../src/shared/findings.js';
import { postureInventory } from '../src/posture/inventory.js';
import {
  ATTRIBUTE_PREFIX,
  attributeKey,
  grantId,
  isGeneratedPostureName,
  isTailpolicyAttributeKey,
  isValidAttributeKey,
} from '../src/policy/posture-keys.js';
import {
  attributeComment,
  enforcedGrants,
  planAttributes,
  usesPostureEnforcement,
  type EnforcedGrant,
  type PlanDevice,
} from '../src/posture/attributes.js';
import type { Device, DeviceAttributes } from '../src/tailscale/types.js';
import { validatePolicy } from '../src/validate/policy.js';
import { BASE, compileFiles, grantYaml } from './helpers.js';

const NOW = '2026-11-21T23:00:00Z';
const ALICE = grantYaml({
  grantees: 'alice@example.com',
  resource: 'prod-db',
  reason: '"INC-1: slow queries"',
  expires: '2026-11-22T02:00:00Z',
});

/** BASE with `enforce: posture` on prod-db, and optional extra policy text. */
function enforced(extraPolicy = '', resourceExtra = ''): Record<string, string> {
  return {
    ...BASE,
    'policy/access.yaml': BASE['policy/access.yaml'].replace(
      '    maxDuration: 8h\n',
      `    maxDuration: 8h\n    enforce: posture\n${resourceExtra}`,
    ),
    ...(extraPolicy ? { 'policy/postures.hujson': extraPolicy } : {}),
    'grants/alice.yaml': ALICE,
  };
}

type Rule = { src: string[]; srcPosture?: string[]; dst: string[] };
const generated = (policy: Record<string, unknown>, section: 'grants' | 'ssh') =>
  (policy[section] as Rule[]).filter((r) => r.src.includes('alice@example.com'));

describe('attribute keys', () => {
  it('are stable, valid for Tailscale, recognisable and distinct', () => {
    const key = attributeKey('grants/alice.yaml');
    expect(key).toBe(attributeKey('grants/alice.yaml'));
    expect(key.startsWith(ATTRIBUTE_PREFIX)).toBe(true);
    expect(key).toHaveLength(42);
    expect(isValidAttributeKey(key)).toBe(true);
    expect(isTailpolicyAttributeKey(key)).toBe(true);
    expect(grantId('grants/alice.yaml')).toMatch(/^[a-z2-7]{32}$/);
    // Other tools' keys are never ours.
    for (const other of [
      'custom:tp_x',
      'custom:managed',
      'custom:tp_' + 'a'.repeat(33),
      'custom:TP_' + 'a'.repeat(32),
    ]) {
      expect(isTailpolicyAttributeKey(other)).toBe(false);
    }
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(attributeKey(`grants/team-${i % 7}/grant-${i}.yaml`));
    expect(keys.size).toBe(20_000);
    // Long and odd paths still give a valid key.
    expect(isValidAttributeKey(attributeKey(`grants/${'ü/'.repeat(200)}x y.yaml`))).toBe(true);
    expect(isValidAttributeKey('custom:' + 'a'.repeat(44))).toBe(false);
  });
});

describe('the posture gate in the compiled policy', () => {
  it('gates every rule of an enforced grant on its attribute, alone when there is no default posture', () => {
    const c = compileFiles(enforced(), NOW);
    const key = attributeKey('grants/alice.yaml');
    const posture = `posture:tp-${grantId('grants/alice.yaml')}`;
    for (const r of [...generated(c.policy, 'grants'), ...generated(c.policy, 'ssh')])
      expect(r.srcPosture).toEqual([posture]);
    expect((c.policy.postures as Record<string, string[]>)[posture]).toEqual([`${key} == true`]);
    // The base rules are untouched.
    expect((c.policy.grants as Rule[])[0]!.srcPosture).toBeUndefined();
    expect(c.text).toContain(`(expiry enforced by ${key})`);
    expect(c.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('carries each defaultSrcPosture posture into its own gated posture (any of them, each AND the attribute)', () => {
    const c = compileFiles(
      enforced(`{
        "postures": {
          "posture:linux": ["node:os == 'linux'"],
          "posture:mac": ["node:os == 'macos'", "node:tsVersion >= '1.60'"],
        },
        "defaultSrcPosture": ["posture:linux", "posture:mac"],
      }`),
      NOW,
    );
    const id = grantId('grants/alice.yaml');
    const key = attributeKey('grants/alice.yaml');
    for (const r of generated(c.policy, 'grants'))
      expect(r.srcPosture).toEqual([`posture:tp-${id}-1`, `posture:tp-${id}-2`]);
    const postures = c.policy.postures as Record<string, string[]>;
    expect(postures[`posture:tp-${id}-1`]).toEqual(["node:os == 'linux'", `${key} == true`]);
    expect(postures[`posture:tp-${id}-2`]).toEqual([
      "node:os == 'macos'",
      "node:tsVersion >= '1.60'",
      `${key} == true`,
    ]);
    expect(postures['posture:linux']).toEqual(["node:os == 'linux'"]);
  });

  it("combines a resource rule's own srcPosture likewise, instead of the default", () => {
    const files = enforced(`{
      "postures": {"posture:linux": ["node:os == 'linux'"], "posture:managed": ["custom:managed == true"]},
      "defaultSrcPosture": ["posture:linux"],
    }`);
    files['policy/access.yaml'] = files['policy/access.yaml']!.replace(
      '        ip: [tcp:5432]\n',
      '        ip: [tcp:5432]\n        srcPosture: [posture:managed]\n',
    );
    const c = compileFiles(files, NOW);
    const id = grantId('grants/alice.yaml');
    const [grant] = generated(c.policy, 'grants');
    const [ssh] = generated(c.policy, 'ssh');
    const postures = c.policy.postures as Record<string, string[]>;
    // grants rule: its own posture:managed; ssh rule: the default posture:linux.
    expect(postures[grant!.srcPosture![0]!]).toEqual([
      'custom:managed == true',
      `${attributeKey('grants/alice.yaml')} == true`,
    ]);
    expect(postures[ssh!.srcPosture![0]!]).toEqual([
      "node:os == 'linux'",
      `${attributeKey('grants/alice.yaml')} == true`,
    ]);
    expect(new Set([grant!.srcPosture![0], ssh!.srcPosture![0]])).toEqual(
      new Set([`posture:tp-${id}-1`, `posture:tp-${id}-2`]),
    );
  });

  it('applies to all resources and inline grants with a top-level enforce', () => {
    const files: Record<string, string> = {
      ...BASE,
      'policy/access.yaml':
        'enforce: posture\n' + BASE['policy/access.yaml'] + 'inline:\n  maxDuration: 2h\n  approvers: [group:sre]\n',
      'grants/alice.yaml': ALICE,
      'grants/bob-inline.yaml': grantYaml({
        grantees: 'bob@example.com',
        reason: 'debug',
        expires: '2026-11-22T00:30:00Z',
        grants: '[{dst: [tag:prod-db], ip: ["tcp:22"]}]',
      }),
    };
    const c = compileFiles(files, NOW);
    const bob = (c.policy.grants as Rule[]).find((r) => r.src.includes('bob@example.com'))!;
    expect(bob.srcPosture).toEqual([`posture:tp-${grantId('grants/bob-inline.yaml')}`]);
    expect(enforcedGrants(c).map((g) => g.path)).toEqual(['grants/alice.yaml', 'grants/bob-inline.yaml']);
    expect(usesPostureEnforcement(c.access)).toBe(true);
  });

  it('leaves grants alone without enforce, and scheduled or expired enforced grants out', () => {
    const plain = compileFiles({ ...BASE, 'grants/alice.yaml': ALICE }, NOW);
    expect(plain.policy.postures).toBeUndefined();
    expect(JSON.stringify(plain.policy)).not.toContain('srcPosture');
    expect(usesPostureEnforcement(plain.access)).toBe(false);
    expect(enforcedGrants(plain)).toEqual([]);
    const later = compileFiles(enforced(), '2026-11-22T02:00:00Z');
    expect(later.policy.postures).toBeUndefined();
    expect(enforcedGrants(later)).toEqual([]);
  });

  it('reserves the generated posture names', () => {
    const c = compileFiles(enforced(`{"postures": {"posture:tp-${grantId('x')}-1": ["node:os == 'linux'"]}}`), NOW);
    expect(c.findings.map((f) => f.rule)).toContain('posture/reserved-name');
    expect(c.baseErrors).toBe(true);
    expect(isGeneratedPostureName('posture:tp-laptops')).toBe(false);
  });

  it('keeps an undefined posture name so validation still rejects it (never drops a condition)', () => {
    const files = enforced();
    files['policy/access.yaml'] = files['policy/access.yaml']!.replace(
      '        ip: [tcp:5432]\n',
      '        ip: [tcp:5432]\n        srcPosture: [posture:nope]\n',
    );
    const result = checkRepository({ policyDir: 'policy', ...split(files), now: new Date(NOW) });
    expect(result.findings.map((f) => f.rule)).toContain('ref/unknown-posture');
    // Issue #11: the error exists only because the grant is active, so it is charged to the grant,
    // which is left out (its rule is never pushed without the condition); the rest stays pushable.
    expect(result.ok).toBe(false);
    expect(result.compiled.grants.filter((g) => g.included)).toEqual([]);
    expect(result.compiled.text).not.toContain('posture:nope');
    expect(result.pushable).toBe(true);
  });
});

describe('validation and evaluation of a gated policy', () => {
  const files = enforced(`{
    "postures": {"posture:linux": ["node:os == 'linux'"]},
    "defaultSrcPosture": ["posture:linux"],
    "grants": [{"src": ["group:sre"], "dst": ["tag:bastion"], "ip": ["tcp:22"]}],
  }`);

  it('passes validatePolicy and the whole offline check', () => {
    const c = compileFiles(files, NOW);
    expect(validatePolicy(c.policy, c.locate).filter((f) => f.severity === 'error')).toEqual([]);
    const result = checkRepository({ policyDir: 'policy', ...split(files), now: new Date(NOW) });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok && result.pushable).toBe(true);
    for (const name of Object.keys(c.policy.postures as object)) {
      for (const cond of (c.policy.postures as Record<string, string[]>)[name]!) {
        const attr = cond.split(' ')[0]!;
        if (attr.startsWith('custom:')) expect(isValidAttributeKey(attr)).toBe(true);
      }
    }
  });

  it('lets a device with the attribute and the default posture in, and nobody else', () => {
    const c = compileFiles(files, NOW);
    const key = attributeKey('grants/alice.yaml');
    const devices: Device[] = [
      device('n1', 'alice-linux', 'alice@example.com', '100.64.0.1', { os: 'linux' }),
      device('n2', 'alice-win', 'alice@example.com', '100.64.0.2', { os: 'windows' }),
      device('n3', 'alice-old', 'alice@example.com', '100.64.0.3', { os: 'linux' }),
      device('n9', 'db', '', '100.64.0.9', { tags: ['tag:prod-db'] }),
      device('n8', 'bastion', '', '100.64.0.8', { tags: ['tag:bastion'] }),
    ];
    const attrs = new Map([
      ['n1', { attributes: { [key]: true }, expiries: { [key]: '2026-11-22T02:00:00Z' } }],
      ['n2', { attributes: { [key]: true }, expiries: { [key]: '2026-11-22T02:00:00Z' } }],
    ]);
    const inventory = postureInventory(devices, attrs);
    const ask = (src: string) =>
      explain(c.policy, { src, dst: 'tag:prod-db', port: 5432, proto: 'tcp' }, noLocation, { devices: inventory })
        .allowed;
    expect(ask('100.64.0.1')).toBe(true); // attribute + linux
    expect(ask('100.64.0.2')).toBe(false); // attribute, but windows: the default posture still applies
    expect(ask('100.64.0.3')).toBe(false); // linux, no attribute (expired, or never set)
    expect(ask('alice@example.com')).toBe(false); // not every device of hers may
    const ssh = (src: string) =>
      explainSsh(c.policy, { src, dst: 'tag:bastion', user: 'ubuntu' }, noLocation, { devices: inventory }).action;
    expect(ssh('100.64.0.1')).toBe('check');
    expect(ssh('100.64.0.3')).toBe('deny');
    // Tests with srcPostureAttrs see the same gate.
    const q = { src: 'alice@example.com', dst: 'tag:prod-db', port: 5432, proto: 'tcp' };
    expect(explain(c.policy, { ...q, srcPostureAttrs: { 'node:os': 'linux', [key]: true } }, noLocation).allowed).toBe(
      true,
    );
    expect(explain(c.policy, { ...q, srcPostureAttrs: { 'node:os': 'linux' } }, noLocation).allowed).toBe(false);
  });
});

describe('the attribute plan', () => {
  const groups = { groups: { 'group:oncall': ['bob@example.com', 'carol@example.com'] } };
  const grant = (path: string, grantees: string[], expires: string, pull?: number): EnforcedGrant => ({
    path,
    key: attributeKey(path),
    grantees,
    expires: new Date(expires),
    reason: 'why',
    ...(pull ? { pull } : {}),
  });
  const dev = (id: string, user: string, tags: string[] = []): PlanDevice => ({ id, name: id, user, tags });
  const devices = [
    dev('a1', 'alice@example.com'),
    dev('a2', 'alice@example.com'),
    dev('b1', 'bob@example.com'),
    dev('t1', 'alice@example.com', ['tag:ci']),
    dev('z1', 'zed@example.com'),
  ];
  const A = grant('grants/alice.yaml', ['alice@example.com'], '2026-11-22T02:00:00Z', 7);
  const O = grant('grants/oncall.yaml', ['group:oncall'], '2026-11-22T01:00:00Z');
  const GONE = attributeKey('grants/deleted.yaml');

  it('sets missing attributes on the grantees’ untagged devices, group members included', () => {
    const plan = planAttributes([A, O], groups, devices, new Map());
    const sets = plan.writes.map((w) => `${w.kind} ${w.device.id} ${w.key === A.key ? 'A' : 'O'}`);
    expect(sets).toEqual(['set a1 A', 'set a2 A', 'set b1 O']);
    expect(plan.devicesOf.get(O.path)!.map((d) => d.id)).toEqual(['b1']);
    const first = plan.writes[0]!;
    expect(first.kind === 'set' && first.expiry.toISOString()).toBe('2026-11-22T02:00:00.000Z');
    expect(first.kind === 'set' && first.comment).toBe('tailpolicy grant grants/alice.yaml (PR #7): why');
  });

  it('does nothing when everything is right, and re-sets, extends, shortens or removes otherwise', () => {
    const ok = { attributes: { [A.key]: true, 'custom:managed': true }, expiries: { [A.key]: '2026-11-22T02:00:00Z' } };
    const right = new Map<string, DeviceAttributes>([
      ['a1', ok],
      ['a2', ok],
      ['b1', { attributes: { [O.key]: true }, expiries: { [O.key]: '2026-11-22T01:00:00.000Z' } }],
    ]);
    expect(planAttributes([A, O], groups, devices, right).writes).toEqual([]);

    const wrong = new Map<string, DeviceAttributes>([
      [
        'a1',
        {
          attributes: { [A.key]: true, [GONE]: true, 'custom:tp_other': 'x' },
          expiries: { [A.key]: '2026-11-22T05:00:00Z' },
        },
      ], // too long
      ['a2', { attributes: { [A.key]: true }, expiries: { [A.key]: '2026-11-22T00:00:00Z' } }], // too short
      ['b1', { attributes: { [O.key]: true, [A.key]: true }, expiries: {} }], // no expiry; not a grantee of A
      ['z1', { attributes: { [GONE]: true, 'custom:managed': false }, expiries: {} }],
    ]);
    const plan = planAttributes([A, O], groups, devices, wrong);
    const got = plan.writes.map(
      (w) =>
        `${w.kind} ${w.device.id} ${w.key === A.key ? 'A' : w.key === O.key ? 'O' : w.key === GONE ? 'GONE' : w.key} ${w.reason}`,
    );
    expect(got).toEqual([
      'delete a1 GONE removed',
      'delete b1 A removed',
      'delete z1 GONE removed',
      'set a1 A shortened',
      'set a2 A extended',
      'set b1 O shortened',
    ]);
    // narrowOnly: only what takes access away.
    const narrow = planAttributes([A, O], groups, devices, wrong, { narrowOnly: true }).writes.map(
      (w) => `${w.kind} ${w.device.id} ${w.reason}`,
    );
    expect(narrow).toEqual([
      'delete a1 removed',
      'delete b1 removed',
      'delete z1 removed',
      'set a1 shortened',
      'set b1 shortened',
    ]);
    expect(planAttributes([A], groups, devices, new Map(), { narrowOnly: true }).writes).toEqual([]);
  });

  it('writes one-line comments of at most 200 characters', () => {
    const c = attributeComment({
      path: 'grants/x.yaml',
      pull: 12,
      reason: 'line\none\u2028 ' + 'x'.repeat(400),
      ticket: 'INC-9',
    });
    expect(c.length).toBeLessThanOrEqual(200);
    expect(c).not.toMatch(/[\n\r\u2028]/);
    expect(c.startsWith('tailpolicy grant grants/x.yaml (PR #12) [INC-9]: line one')).toBe(true);
    const wide = attributeComment({ path: 'grants/ü.yaml', reason: '数据库'.repeat(100) });
    expect(Buffer.byteLength(wide, 'utf8')).toBeLessThanOrEqual(200);
    expect(wide.length).toBeGreaterThan(50);
    expect(attributeComment({ path: 'grants/a.yaml', reason: 'INC-4: fix', ticket: 'INC-4' })).toBe(
      'tailpolicy grant grants/a.yaml: INC-4: fix',
    );
  });
});

function device(
  nodeId: string,
  name: string,
  user: string,
  address: string,
  extra: { os?: string; tags?: string[] } = {},
): Device {
  return {
    id: nodeId.slice(1),
    nodeId,
    name,
    user,
    tags: extra.tags ?? [],
    addresses: [address],
    ...(extra.os ? { os: extra.os } : {}),
  };
}

function split(files: Record<string, string>) {
  const entries = Object.entries(files).map(([path, text]) => ({ path, text }));
  return {
    policyFiles: entries.filter((f) => f.path.startsWith('policy/')),
    grantFiles: entries.filter((f) => f.path.startsWith('grants/')),
  };
}
