import { describe, expect, it } from 'vitest';
import { makePlan } from '../src/review/plan.js';
import { BASE, compileFiles, grantYaml } from './helpers.js';

const NOW = '2026-11-21T23:00:00Z';
const g = { grantees: '[alice@example.com]', resource: 'prod-db', reason: 'debug', expires: '2026-11-22T02:00:00Z' };
const plan = (before: Record<string, string>, after: Record<string, string>) =>
  makePlan(compileFiles({ ...BASE, ...before }, NOW), compileFiles({ ...BASE, ...after }, NOW));

describe('the plan (SPEC 2.3)', () => {
  it('says who gets what, for how long, until when', () => {
    const p = plan({}, { 'grants/a.yaml': grantYaml(g) });
    expect(p.grants).toMatchObject([{ kind: 'added', path: 'grants/a.yaml' }]);
    expect(p.grants[0]!.words).toBe(
      'alice@example.com gets tcp:5432 on tag:prod-db and SSH as ubuntu (check) to tag:bastion ("prod-db") for 3h, until 2026-11-22 02:00 UTC.',
    );
    expect(p.policy.map((c) => `${c.kind} ${c.section}`)).toEqual(['added grants', 'added ssh']);
  });

  it('sees an extension, a shortening and a new start time (times are not lost in comparison)', () => {
    const before = { 'grants/a.yaml': grantYaml(g) };
    expect(
      plan(before, { 'grants/a.yaml': grantYaml({ ...g, expires: '2026-11-22T04:00:00Z' }) }).grants[0],
    ).toMatchObject({
      kind: 'extended',
      words: expect.stringContaining('by 2h: now until 2026-11-22 04:00 UTC (was 2026-11-22 02:00 UTC)'),
    });
    expect(
      plan(before, { 'grants/a.yaml': grantYaml({ ...g, expires: '2026-11-22T01:00:00Z' }) }).grants[0]!.kind,
    ).toBe('shortened');
    expect(plan(before, { 'grants/a.yaml': grantYaml({ ...g, starts: '2026-11-22T00:00:00Z' }) }).grants[0]!.kind).toBe(
      'changed',
    );
  });

  it('lists a removal, and nothing for an unchanged grant', () => {
    const before = { 'grants/a.yaml': grantYaml(g), 'grants/b.yaml': grantYaml({ ...g, grantees: 'bob@example.com' }) };
    const p = plan(before, { 'grants/b.yaml': grantYaml({ ...g, grantees: 'bob@example.com' }) });
    expect(p.grants.map((c) => [c.kind, c.path])).toEqual([['removed', 'grants/a.yaml']]);
  });
});
