import { describe, expect, it } from 'vitest';
import { compileFiles } from './helpers.js';

describe('merging fragments (SPEC 1.1)', () => {
  it('merges maps by key and concatenates lists in path order', () => {
    const c = compileFiles(
      {
        'policy/b.hujson': '{"hosts": {"b": "10.0.0.2"}, "grants": [{"src": ["*"], "dst": ["b"], "ip": ["tcp:2"]}]}',
        'policy/a.yaml': 'hosts:\n  a: 10.0.0.1\ngrants:\n  - {src: ["*"], dst: [a], ip: ["tcp:1"]}\n',
        'policy/sub/c.json': '{"hosts": {"c": "10.0.0.3"}}',
      },
      '2026-01-01T00:00:00Z',
    );
    expect(c.findings).toEqual([]);
    expect(c.policy.hosts).toEqual({ a: '10.0.0.1', b: '10.0.0.2', c: '10.0.0.3' });
    expect((c.policy.grants as { ip: string[] }[]).map((g) => g.ip[0])).toEqual(['tcp:1', 'tcp:2']);
    // The merged policy remembers where each entry came from.
    expect(c.locate(['grants', 1, 'dst', 0])).toMatchObject({ file: 'policy/b.hujson', line: 1 });
    expect(c.locate(['hosts', 'c'])).toMatchObject({ file: 'policy/sub/c.json' });
  });

  it('reports a map key defined in two fragments at both places', () => {
    const c = compileFiles(
      {
        'policy/a.hujson': '{\n  "groups": {\n    "group:x": ["a@example.com"]\n  }\n}',
        'policy/b.hujson': '{\n  "groups": {\n    "group:y": [],\n    "group:x": ["b@example.com"]\n  }\n}',
      },
      '2026-01-01T00:00:00Z',
    );
    expect(c.baseErrors).toBe(true);
    expect(c.findings).toHaveLength(1);
    expect(c.findings[0]).toMatchObject({
      rule: 'merge/duplicate',
      location: { file: 'policy/b.hujson', line: 4 },
      related: { file: 'policy/a.hujson', line: 3 },
    });
    expect(c.findings[0]!.message).toContain('policy/a.hujson:3');
  });

  it('allows a scalar once only', () => {
    const c = compileFiles(
      { 'policy/a.hujson': '{"randomizeClientPort": true}', 'policy/b.hujson': '{"randomizeClientPort": false}' },
      '2026-01-01T00:00:00Z',
    );
    expect(c.findings[0]).toMatchObject({ rule: 'merge/duplicate', location: { file: 'policy/b.hujson' } });
  });

  it('matches section names case-insensitively, as Tailscale does', () => {
    const c = compileFiles(
      {
        'policy/a.hujson': '{"ACLs": [{"action": "accept", "src": ["*"], "dst": ["*:22"]}]}',
        'policy/b.hujson': '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:80"]}]}',
      },
      '2026-01-01T00:00:00Z',
    );
    expect(c.findings).toEqual([]);
    expect(c.policy.acls).toHaveLength(2);
  });

  it('merges autoApprovers.routes by key and reports a route defined twice', () => {
    const c = compileFiles(
      {
        'policy/a.hujson': '{"autoApprovers": {"routes": {"10.0.0.0/8": ["tag:r"]}, "exitNode": ["tag:e"]}}',
        'policy/b.hujson':
          '{"autoApprovers": {"routes": {"10.0.0.0/8": ["tag:s"], "10.1.0.0/16": ["tag:r"]}, "exitNode": ["tag:f"]}}',
      },
      '2026-01-01T00:00:00Z',
    );
    expect(c.findings.map((f) => f.rule)).toEqual(['merge/duplicate']);
    expect(c.policy.autoApprovers).toEqual({
      routes: { '10.0.0.0/8': ['tag:r'], '10.1.0.0/16': ['tag:r'] },
      exitNode: ['tag:e', 'tag:f'],
    });
  });

  it('accepts a single policy.hujson and nothing else', () => {
    const c = compileFiles(
      { 'policy/policy.hujson': '{"grants": [{"src": ["*"], "dst": ["*"], "ip": ["*"]}]}' },
      '2026-01-01T00:00:00Z',
    );
    expect(c.findings).toEqual([]);
    expect(c.grants).toEqual([]);
  });
});
