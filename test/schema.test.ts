import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/policy/source.js';
import { validateShape, type FileKind } from '../src/policy/shape.js';

function shape(kind: FileKind, path: string, text: string) {
  const p = parseSource({ path, text });
  return validateShape(kind, p.value, p.locate);
}

describe('every schema error class points at the right place', () => {
  it.each([
    [
      'access',
      'policy/access.yaml',
      'resources:\n  db:\n    grants: [{dst: [tag:x], ip: ["*"]}]\n    maxDuration: 8 hours\n    approvers: [group:sre]\n',
      'schema/format',
      4,
      'not a duration',
    ],
    [
      'access',
      'policy/access.yaml',
      'resources:\n  db:\n    grants: [{dst: [tag:x], ip: ["*"]}]\n    maxDuration: 8h\n',
      'schema/missing-field',
      2,
      '"approvers"',
    ],
    [
      'access',
      'policy/access.yaml',
      'resources:\n  db:\n    grants: [{dst: [tag:x], ip: ["*"]}]\n    maxDuration: 8h\n    approvers: [group:sre]\n    approvals: two\n',
      'schema/type',
      6,
      'must be a integer',
    ],
    [
      'access',
      'policy/access.yaml',
      'resources:\n  db:\n    grants: [{dst: [tag:x], ip: ["*"]}]\n    maxDuration: 8h\n    approvers: [group:sre]\n    enforce: always\n',
      'schema/enum',
      6,
      '"posture"',
    ],
    [
      'access',
      'policy/access.yaml',
      'people:\n  alice@example.com: "not a login!"\n',
      'schema/pattern',
      2,
      'invalid form',
    ],
    ['access', 'policy/access.yaml', 'people:\n  alice: alice-gh\n', 'schema/format', 2, 'not a login name'],
    [
      'access',
      'policy/access.yaml',
      'resources:\n  db:\n    grants: [{dst: [tag:x], ip: ["*"]}]\n    maxDuration: 8h\n    approvers: [sre]\n',
      'schema/format',
      5,
      'neither a login name',
    ],
    [
      'access',
      'policy/access.yaml',
      'resources:\n  db:\n    grants: [{dst: [tag:x], ip: ["*"]}]\n    maxDuration: 8h\n    approvers: [group:sre]\n    ticket: "([a-z"\n',
      'schema/format',
      6,
      'not a valid regular expression',
    ],
    [
      'dns',
      'policy/dns.yaml',
      'splitDNS:\n  corp.example.com: [not-an-ip]\n',
      'schema/format',
      2,
      'not a resolver address',
    ],
    ['dns', 'policy/dns.yaml', 'splitDNS:\n  "bad domain": [10.0.0.1]\n', 'schema/format', 2, 'not a domain name'],
    ['dns', 'policy/dns.yaml', 'magicDNS: yes please\n', 'schema/type', 1, 'must be a boolean'],
    ['dns', 'policy/dns.yaml', 'nameserver: [1.1.1.1]\n', 'schema/unknown-field', 1, 'Did you mean "nameservers"?'],
    [
      'grant',
      'grants/a.yaml',
      'grantees: 5\nresource: db\nreason: x\nexpires: 2026-11-22T02:00:00Z\n',
      'schema/type',
      1,
      'a login name or group, or a list of them',
    ],
    [
      'grant',
      'grants/a.yaml',
      'grantees: [alice@example.com]\nresource: db\nreason: x\nexpires: 2026-11-22\n',
      'schema/format',
      4,
      '"expires": "2026-11-22" is a bare date; write a time with a zone, e.g. 2026-11-22T18:00:00Z',
    ],
    // The form is right but there is no such day: a pattern cannot tell, the check after it does.
    [
      'grant',
      'grants/a.yaml',
      'grantees: [alice@example.com]\nresource: db\nreason: x\nexpires: 2026-02-30T10:00:00Z\n',
      'schema/format',
      4,
      '"expires": "2026-02-30T10:00:00Z" is not an RFC 3339 time with a zone',
    ],
    [
      'grant',
      'grants/a.yaml',
      'grantees: [alice, group:sre]\nresource: db\nreason: x\nexpires: 2026-11-22T02:00:00Z\n',
      'schema/format',
      1,
      '"alice" is neither a login name (alice@example.com) nor a group of the policy (group:sre).',
    ],
    [
      'grant',
      'grants/a.yaml',
      'grantees: []\nresource: db\nreason: x\nexpires: 2026-11-22T02:00:00Z\n',
      'schema/empty',
      1,
      'must list at least 1 entry',
    ],
  ] as const)('%s: %s → %s at line %i', (kind, path, text, rule, line, message) => {
    const findings = shape(kind, path, text);
    expect(findings[0], JSON.stringify(findings)).toMatchObject({ rule, location: { file: path, line } });
    expect(findings[0]!.message).toContain(message);
  });
});
