import { describe, expect, it } from 'vitest';
import { compilePolicy, explain, explainSsh } from '../src/evaluate/index.js';
import { locatorFromJsonText } from '../src/shared/locate-json.js';

const FILE = 'policy/policy.hujson';
const TEXT = `{
  "groups": {"group:eng": ["alice@example.com", "bob@example.com"]},
  "tagOwners": {"tag:prod": [], "tag:db": [], "tag:bastion": []},
  "hosts": {"web": "100.64.0.10"},
  "acls": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:prod:443"]},
    {"action": "accept", "src": ["alice@example.com"], "dst": ["tag:db:5432"], "proto": "tcp"},
  ],
  "grants": [
    {"src": ["tag:prod"], "dst": ["tag:db"], "ip": ["tcp:5432", "icmp:*"]},
    {"src": ["alice@example.com"], "dst": ["tag:prod"], "ip": ["443"]},
    {"src": ["autogroup:admin"], "dst": ["tag:bastion"], "ip": ["tcp:8443"]},
  ],
  "ssh": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:bastion"], "users": ["ubuntu", "root"]},
    {"action": "check", "src": ["alice@example.com"], "dst": ["tag:bastion"], "users": ["root"]},
  ],
}`;
const { value, locate } = locatorFromJsonText(FILE, TEXT);

function lineOf(needle: string): number {
  return TEXT.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('explain', () => {
  it('lists every rule that allows the connection, with its location', () => {
    const r = explain(value, { src: 'alice@example.com', dst: 'tag:prod', port: 443 }, locate);
    expect(r.allowed).toBe(true);
    expect(r.matches.map((m) => [m.section, m.index, m.location?.line])).toEqual([
      ['acls', 0, lineOf('"dst": ["tag:prod:443"]')],
      ['grants', 1, lineOf('"dst": ["tag:prod"], "ip": ["443"]')],
    ]);
    expect(r.matches[0]!.rule).toEqual({ action: 'accept', src: ['group:eng'], dst: ['tag:prod:443'] });
    expect(r.matches[0]!.location?.file).toBe(FILE);
  });

  it('answers no, with no matches, for a denied path', () => {
    const r = explain(value, { src: 'bob@example.com', dst: 'tag:db', port: 5432 }, locate);
    expect(r.allowed).toBe(false);
    expect(r.matches).toEqual([]);
    expect(r.notes.join('\n')).toContain('nothing allows bob@example.com to reach tag:db');
  });

  it('takes the protocol into account', () => {
    expect(explain(value, { src: 'alice@example.com', dst: 'tag:db', port: 5432, proto: 'tcp' }, locate).allowed).toBe(
      true,
    );
    expect(explain(value, { src: 'alice@example.com', dst: 'tag:db', port: 5432, proto: 'udp' }, locate).allowed).toBe(
      false,
    );
    const icmp = explain(value, { src: 'tag:prod', dst: 'tag:db', port: 0, proto: 'icmp' }, locate);
    expect(icmp.allowed).toBe(true);
    expect(icmp.matches.map((m) => `${m.section}[${m.index}]`)).toEqual(['grants[0]']);
  });

  it('a group is allowed only when all its members are', () => {
    const r = explain(value, { src: 'group:eng', dst: 'tag:db', port: 5432 }, locate);
    expect(r.allowed).toBe(false);
    expect(r.matches).toEqual([]);
  });

  it('says when the answer is not knowable offline', () => {
    const r = explain(value, { src: 'alice@example.com', dst: 'tag:bastion', port: 8443 }, locate);
    expect(r.allowed).toBe('undecidable');
    expect(r.notes.join('\n')).toContain('grants[2] may allow');
  });

  it('resolves host aliases and uses a device inventory when given', () => {
    expect(explain(value, { src: 'alice@example.com', dst: 'web', port: 443 }, locate).allowed).toBe('undecidable');
    const devices = [{ name: 'web-1', tags: ['tag:prod'], addresses: ['100.64.0.10'] }];
    const r = explain(value, { src: 'alice@example.com', dst: 'web', port: 443 }, locate, { devices });
    expect(r.allowed).toBe(true);
    expect(r.matches.map((m) => `${m.section}[${m.index}]`)).toEqual(['acls[0]', 'grants[1]']);
  });

  it('accepts a compiled policy, to answer many queries from one compilation', () => {
    const c = compilePolicy(value);
    expect(explain(c, { src: 'bob@example.com', dst: 'tag:prod', port: 443 }, locate).allowed).toBe(true);
  });
});

describe('explainSsh', () => {
  it('check beats accept, and names the deciding rule', () => {
    const r = explainSsh(value, { src: 'alice@example.com', dst: 'tag:bastion', user: 'root' }, locate);
    expect(r.action).toBe('check');
    expect(r.matches.map((m) => [m.index, m.location?.line])).toEqual([[1, lineOf('"action": "check"')]]);
  });

  it('accept, and deny with no matches', () => {
    const bob = explainSsh(value, { src: 'bob@example.com', dst: 'tag:bastion', user: 'root' }, locate);
    expect(bob.action).toBe('accept');
    expect(bob.matches.map((m) => m.index)).toEqual([0]);
    const deploy = explainSsh(value, { src: 'bob@example.com', dst: 'tag:bastion', user: 'deploy' }, locate);
    expect(deploy).toMatchObject({ action: 'deny', matches: [] });
  });
});
