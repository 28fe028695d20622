import { readFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standingAccess } from '../src/evaluate/standing.js';
import { readRepository } from '../src/repo.js';
import { checkRepository } from '../src/validate/offline.js';
import { tempDir, writeTree } from './helpers.js';

const NOW = new Date('2026-11-21T23:00:00Z');

const policy = (rules: string) => ({
  groups: {
    'group:eng': ['alice@example.com', 'bob@example.com'],
    'group:empty': [],
  },
  tagOwners: { 'tag:prod-db': [], 'tag:dev': [], 'tag:mon': [] },
  hosts: { 'lan-range': '10.30.0.0/16', 'tailnet-host': '100.64.0.9', 'db-ip': '10.30.0.5' },
  ...JSON.parse(rules),
});

const TARGET = [{ resource: 'prod-db', destinations: ['tag:prod-db'] }];

describe('standing access by the evaluator (SPEC 1.3 standing: none)', () => {
  const cases: Array<[string, string, 'certain' | 'unknown' | 'none', string[]?]> = [
    ['a grant to "*"', '{"grants":[{"src":["group:eng"],"dst":["*"],"ip":["*"]}]}', 'certain', ['group:eng']],
    [
      'the tag itself',
      '{"grants":[{"src":["tag:mon"],"dst":["tag:prod-db"],"ip":["tcp:9100"]}]}',
      'certain',
      ['tag:mon'],
    ],
    ['autogroup:tagged', '{"grants":[{"src":["autogroup:admin"],"dst":["autogroup:tagged"],"ip":["*"]}]}', 'certain'],
    ['an ACL with ports', '{"acls":[{"action":"accept","src":["*"],"dst":["tag:prod-db:22"]}]}', 'certain', ['*']],
    [
      'an SSH rule',
      '{"ssh":[{"action":"check","src":["group:eng"],"dst":["tag:prod-db"],"users":["root"]}]}',
      'certain',
    ],
    ['another tag', '{"grants":[{"src":["group:eng"],"dst":["tag:dev"],"ip":["*"]}]}', 'none'],
    ['a subnet range', '{"grants":[{"src":["group:eng"],"dst":["lan-range"],"ip":["*"]}]}', 'none'],
    ['users\u2019 devices', '{"grants":[{"src":["group:eng"],"dst":["autogroup:member"],"ip":["*"]}]}', 'none'],
    ['a tailnet address', '{"grants":[{"src":["group:eng"],"dst":["tailnet-host"],"ip":["*"]}]}', 'unknown'],
    ['an empty group', '{"grants":[{"src":["group:empty"],"dst":["*"],"ip":["*"]}]}', 'none'],
  ];
  it.each(cases)('%s', (_name, rules, verdict, principals) => {
    const reaches = standingAccess(policy(rules), TARGET);
    if (verdict === 'none') return expect(reaches).toEqual([]);
    expect(reaches).toHaveLength(1);
    expect(reaches[0]!.certain).toBe(verdict === 'certain');
    if (verdict === 'unknown') expect(reaches[0]!.why).toContain('tailnet addresses');
    if (principals) expect(reaches[0]!.principals).toEqual(principals);
  });

  it('matches addresses against addresses, and users against users', () => {
    const ips = [{ resource: 'db', destinations: ['db-ip'] }];
    expect(standingAccess(policy('{"grants":[{"src":["*"],"dst":["lan-range"],"ip":["*"]}]}'), ips)).toHaveLength(1);
    expect(standingAccess(policy('{"grants":[{"src":["*"],"dst":["tag:dev"],"ip":["*"]}]}'), ips)).toEqual([]);
    const laptops = [{ resource: 'laptops', destinations: ['alice@example.com'] }];
    const self = '{"grants":[{"src":["group:eng"],"dst":["autogroup:self"],"ip":["*"]}]}';
    expect(standingAccess(policy(self), laptops)[0]?.certain).toBe(true);
    const other = '{"grants":[{"src":["tag:mon"],"dst":["autogroup:self"],"ip":["*"]}]}';
    expect(standingAccess(policy(other), laptops)).toEqual([]);
  });
});

/** The example repository with extra or replaced files, read as `check` reads it. */
async function checkExample(files: Record<string, string> = {}) {
  const dir = tempDir('tailpolicy-standing-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  cpSync('grants', join(dir, 'grants'), { recursive: true });
  writeTree(dir, files);
  const repo = await readRepository(dir, 'policy', 'grants');
  return checkRepository({ policyDir: 'policy', ...repo, readFindings: repo.findings, now: NOW });
}

const ENGINEERING_RULE = '{"action": "accept", "src": ["group:engineering"], "dst": ["tag:prod-db:*"]}';

describe('standing: none in check (property 11)', () => {
  it('the example, with prod-db standing: none, passes with an active grant to prod-db', async () => {
    expect(readFileSync('policy/access.yaml', 'utf8')).toMatch(/prod-db:\n(.*\n)*? {4}standing: none/);
    const result = await checkExample();
    expect(result.findings.filter((f) => f.rule.startsWith('standing/'))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.compiled.grants.some((g) => g.included && g.grant?.resource === 'prod-db')).toBe(true);
  });

  it('a base rule giving group:engineering tag:prod-db:* is an error at its line naming the group', async () => {
    const result = await checkExample({
      'policy/standing.hujson': `// A shortcut someone thought was harmless.\n{\n\t"acls": [\n\t\t${ENGINEERING_RULE},\n\t],\n}\n`,
    });
    const errors = result.findings.filter((f) => f.rule === 'standing/access');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toMatchObject({ file: 'policy/standing.hujson', line: 4 });
    expect(errors[0]!.message).toContain('lets group:engineering reach tag:prod-db');
    expect(errors[0]!.message).toContain('standing: none');
    expect(result.pushable).toBe(false);
  });

  it('a rule that may reach it, depending on device addresses, is a notice and not an error', async () => {
    const result = await checkExample({
      'policy/standing.hujson':
        '{\n\t"grants": [{"src": ["group:language"], "dst": ["100.64.0.0/24"], "ip": ["tcp:443"]}],\n}\n',
    });
    const standing = result.findings.filter((f) => f.rule.startsWith('standing/'));
    expect(standing.map((f) => [f.severity, f.rule])).toEqual([['notice', 'standing/unknown']]);
    expect(standing[0]!.message).toContain('cannot be known offline');
    expect(result.pushable).toBe(true);
  });
});
