import { describe, expect, it } from 'vitest';
import { BASE, compileFiles, grantYaml } from './helpers.js';

const grant = (fields: Record<string, string>) => ({ ...BASE, 'grants/g.yaml': grantYaml(fields) });
const ok = {
  grantees: '[alice@example.com]',
  resource: 'prod-db',
  reason: 'debug',
  starts: '2026-11-21T22:00:00Z',
  expires: '2026-11-22T02:00:00Z',
};

describe('grant windows (SPEC 1.2)', () => {
  it.each([
    ['2026-11-21T21:59:59Z', 'scheduled', false],
    ['2026-11-21T22:00:00Z', 'active', true], // now == starts: active
    ['2026-11-22T01:59:59Z', 'active', true],
    ['2026-11-22T02:00:00Z', 'expired', false], // now == expires: expired
  ])('at %s the grant is %s', (now, state, included) => {
    const c = compileFiles(grant(ok), now);
    expect(c.grants[0]).toMatchObject({ state, included });
    const srcs = (c.policy.grants as { src: string[] }[]).map((g) => g.src.join());
    expect(srcs.includes('alice@example.com')).toBe(included);
  });

  it('compiles resource grants and SSH rules with the grantees as src', () => {
    const c = compileFiles(grant(ok), '2026-11-21T23:00:00Z');
    expect((c.policy.grants as unknown[]).at(-1)).toEqual({
      src: ['alice@example.com'],
      dst: ['tag:prod-db'],
      ip: ['tcp:5432'],
    });
    expect(c.policy.ssh).toEqual([
      { action: 'check', src: ['alice@example.com'], dst: ['tag:bastion'], users: ['ubuntu'] },
    ]);
    // An error in a generated rule points back at the files that produced it.
    expect(c.locate(['grants', 1, 'src'])).toMatchObject({ file: 'grants/g.yaml', line: 1 });
    expect(c.locate(['grants', 1, 'ip', 0])).toMatchObject({ file: 'policy/access.yaml', line: 9 });
  });

  it('takes a single grantee as a string', () => {
    const c = compileFiles(grant({ ...ok, grantees: 'alice@example.com' }), '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.grant!.grantees).toEqual(['alice@example.com']);
  });

  it('reports the next change', () => {
    expect(compileFiles(grant(ok), '2026-11-21T20:00:00Z').nextChange?.toISOString()).toBe('2026-11-21T22:00:00.000Z');
    expect(compileFiles(grant(ok), '2026-11-21T23:00:00Z').nextChange?.toISOString()).toBe('2026-11-22T02:00:00.000Z');
    expect(compileFiles(grant(ok), '2026-11-22T03:00:00Z').nextChange).toBeUndefined();
  });
});

describe('a grant without a valid end is never a grant without end', () => {
  it('a misspelt "expire:" is an error at its line, with the fix', () => {
    const { expires, ...rest } = ok;
    const c = compileFiles(grant({ ...rest, expire: expires }), '2026-11-21T23:00:00Z');
    const rules = c.grants[0]!.findings.map((f) => f.rule).sort();
    expect(rules).toEqual(['schema/missing-field', 'schema/unknown-field']);
    const unknown = c.grants[0]!.findings.find((f) => f.rule === 'schema/unknown-field')!;
    expect(unknown.message).toContain('Did you mean "expires"?');
    expect(unknown.location).toMatchObject({ file: 'grants/g.yaml', line: 5, column: 1 });
    expect(c.grants[0]!.included).toBe(false);
    expect(c.policy.grants).toHaveLength(1);
    expect(c.policy.ssh).toBeUndefined();
  });

  it('a bare date is refused with the fix', () => {
    const c = compileFiles(grant({ ...ok, expires: '2026-11-22' }), '2026-11-21T23:00:00Z');
    const f = c.grants[0]!.findings[0]!;
    expect(f).toMatchObject({ rule: 'schema/format', location: { line: 5, column: 10 } });
    expect(f.message).toContain('bare date');
    expect(c.grants[0]!.included).toBe(false);
  });

  it.each(['2026-11-22T02:00:00', '2026-02-30T02:00:00Z', 'tomorrow', '2026-11-22T25:00:00Z'])(
    '"%s" is refused',
    (expires) => {
      const c = compileFiles(grant({ ...ok, expires: `"${expires}"` }), '2026-11-21T23:00:00Z');
      expect(c.grants[0]!.findings[0]!.rule).toBe('schema/format');
    },
  );

  it('accepts an offset', () => {
    const c = compileFiles(grant({ ...ok, expires: '2026-11-22T03:00:00+01:00' }), '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.grant!.expires.toISOString()).toBe('2026-11-22T02:00:00.000Z');
  });

  it('an unknown resource is an error naming the known ones', () => {
    const c = compileFiles(grant({ ...ok, resource: 'prod-dbb' }), '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.findings[0]).toMatchObject({ rule: 'grant/unknown-resource', location: { line: 2 } });
    expect(c.grants[0]!.findings[0]!.message).toContain('prod-db');
    expect(c.grants[0]!.included).toBe(false);
  });

  it('expires before starts is an error', () => {
    const c = compileFiles(grant({ ...ok, starts: '2026-11-22T03:00:00Z' }), '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.findings[0]!.rule).toBe('grant/window');
  });
});

describe('rules of access.yaml', () => {
  it('refuses a grant longer than maxDuration, measured from now', () => {
    const c = compileFiles(grant({ ...ok, expires: '2026-11-22T07:00:01Z' }), '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.findings[0]).toMatchObject({ rule: 'grant/too-long', location: { line: 5 } });
    // The same grant is fine once less than 8h remain.
    expect(
      compileFiles(grant({ ...ok, expires: '2026-11-22T07:00:01Z' }), '2026-11-21T23:00:02Z').grants[0]!.findings,
    ).toEqual([]);
  });

  it('measures from starts for a scheduled grant', () => {
    const c = compileFiles(
      grant({ ...ok, starts: '2026-11-23T00:00:00Z', expires: '2026-11-23T08:00:00Z' }),
      '2026-11-21T23:00:00Z',
    );
    expect(c.grants[0]!.findings).toEqual([]);
  });

  it('refuses an ineligible grantee', () => {
    const c = compileFiles(grant({ ...ok, grantees: '[mallory@example.com]' }), '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.findings[0]).toMatchObject({ rule: 'grant/not-eligible', location: { line: 1, column: 12 } });
  });

  it('accepts a group whose members are all eligible, refuses an unknown group', () => {
    expect(compileFiles(grant({ ...ok, grantees: 'group:eng' }), '2026-11-21T23:00:00Z').grants[0]!.findings).toEqual(
      [],
    );
    expect(
      compileFiles(grant({ ...ok, grantees: 'group:nope' }), '2026-11-21T23:00:00Z').grants[0]!.findings[0]!.rule,
    ).toBe('ref/unknown-group');
  });

  it('requires a ticket matching the pattern when the resource says so', () => {
    const files = {
      ...BASE,
      'policy/access.yaml': BASE['policy/access.yaml'].replace(
        'maxDuration: 8h',
        'maxDuration: 8h\n    ticket: "^INC-[0-9]+$"',
      ),
    };
    const without = compileFiles({ ...files, 'grants/g.yaml': grantYaml(ok) }, '2026-11-21T23:00:00Z');
    expect(without.grants[0]!.findings[0]!.rule).toBe('grant/ticket-required');
    const wrong = compileFiles(
      { ...files, 'grants/g.yaml': grantYaml({ ...ok, ticket: 'JIRA-1' }) },
      '2026-11-21T23:00:00Z',
    );
    expect(wrong.grants[0]!.findings[0]).toMatchObject({ rule: 'grant/ticket-format', location: { line: 6 } });
    const right = compileFiles(
      { ...files, 'grants/g.yaml': grantYaml({ ...ok, ticket: 'INC-42' }) },
      '2026-11-21T23:00:00Z',
    );
    expect(right.grants[0]!.findings).toEqual([]);
  });

  it('accepts inline rules only when access.yaml has an inline section', () => {
    const inline = {
      grantees: 'alice@example.com',
      reason: 'x',
      expires: '2026-11-22T00:30:00Z',
      grants: '[{dst: [tag:prod-db], ip: ["tcp:22"]}]',
    };
    const refused = compileFiles(grant(inline), '2026-11-21T23:00:00Z');
    expect(refused.grants[0]!.findings[0]!.rule).toBe('grant/inline-not-allowed');
    const files = {
      ...BASE,
      'policy/access.yaml': BASE['policy/access.yaml'] + 'inline:\n  maxDuration: 2h\n  approvers: [group:sre]\n',
      'grants/g.yaml': grantYaml(inline),
    };
    const c = compileFiles(files, '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.findings).toEqual([]);
    expect((c.policy.grants as unknown[]).at(-1)).toEqual({
      src: ['alice@example.com'],
      dst: ['tag:prod-db'],
      ip: ['tcp:22'],
    });
  });

  it('refuses "src" in inline rules', () => {
    const files = {
      ...BASE,
      'policy/access.yaml': BASE['policy/access.yaml'] + 'inline:\n  maxDuration: 2h\n  approvers: [group:sre]\n',
      'grants/g.yaml': grantYaml({
        grantees: 'alice@example.com',
        reason: 'x',
        expires: '2026-11-22T00:30:00Z',
        grants: '[{src: ["*"], dst: [tag:prod-db], ip: ["*"]}]',
      }),
    };
    const c = compileFiles(files, '2026-11-21T23:00:00Z');
    expect(c.grants[0]!.findings[0]).toMatchObject({ rule: 'schema/src-in-inline-rule', location: { line: 4 } });
  });

  it('warns about overlapping duplicate grants', () => {
    const c = compileFiles({ ...grant(ok), 'grants/h.yaml': grantYaml(ok) }, '2026-11-21T23:00:00Z');
    expect(c.grants[1]!.findings[0]!.rule).toBe('grant/duplicate');
  });
});

describe('an invalid grant never blocks the others', () => {
  it('leaves out only the invalid grant and keeps the base valid', () => {
    const c = compileFiles(
      {
        ...grant(ok),
        'grants/bad.yaml': 'grantees: [bob@example.com]\nresource: prod-db\nreason: x\nexpire: 2030-01-01T00:00:00Z\n',
      },
      '2026-11-21T23:00:00Z',
    );
    expect(c.baseErrors).toBe(false);
    expect(c.grants.map((g) => [g.path, g.included])).toEqual([
      ['grants/bad.yaml', false],
      ['grants/g.yaml', true],
    ]);
    const srcs = (c.policy.grants as { src: string[] }[]).map((g) => g.src.join());
    expect(srcs).toEqual(['group:sre', 'alice@example.com']);
  });
});

describe('duplicate grants', () => {
  it('an expired grant is history, not a duplicate of a new one', () => {
    const c = compileFiles(
      {
        ...grant({ ...ok, starts: '2026-11-20T10:00:00Z', expires: '2026-11-20T12:00:00Z' }),
        'grants/h.yaml': grantYaml({ ...ok, starts: '' }).replace('starts: \n', ''),
      },
      '2026-11-21T23:00:00Z',
    );
    expect(c.findings.filter((f) => f.rule === 'grant/duplicate')).toEqual([]);
  });
});
