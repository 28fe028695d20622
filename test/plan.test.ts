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

describe('resource and access.yaml changes in the plan (SPEC 1.3)', () => {
  const alice = { 'grants/a.yaml': grantYaml(g) };
  const bobLater = {
    'grants/b.yaml': grantYaml({ ...g, grantees: '[bob@example.com]', starts: '2026-11-22T01:00:00Z' }),
  };
  const access = (change: (t: string) => string) => ({ 'policy/access.yaml': change(BASE['policy/access.yaml']) });

  it('lists the active and scheduled grants a resource change widens, in words', () => {
    const p = plan(
      { ...alice, ...bobLater },
      { ...alice, ...bobLater, ...access((t) => t.replace('ip: [tcp:5432]', 'ip: [tcp:5432-5433]')) },
    );
    expect(p.grants).toEqual([]);
    expect(p.resources.map((r) => r.words)).toEqual([
      'prod-db changes: widens 1 active grant and 1 scheduled grant (alice@example.com; bob@example.com): + tcp:5432-5433 on tag:prod-db',
    ]);
    expect(p.access).toEqual(['resource "prod-db": rules + tcp:5432-5433 on tag:prod-db.']);
  });

  it('says "narrows" for a change that only takes access away, and "widens" for any destination', () => {
    const narrowed = plan(alice, { ...alice, ...access((t) => t.replace(/ {4}ssh:\n(.*\n){3}/, '')) });
    expect(narrowed.resources.map((r) => [r.widened.length, r.words])).toEqual([
      [0, 'prod-db changes: narrows 1 active grant (alice@example.com): − SSH as ubuntu (check) to tag:bastion'],
    ]);
    const everything = plan(alice, {
      ...alice,
      ...access((t) => t.replace('- dst: [tag:prod-db]\n        ip: [tcp:5432]', '- dst: ["*"]\n        ip: ["*"]')),
    });
    expect(everything.resources[0]!.words).toMatch(
      /^prod-db changes: widens 1 active grant \(alice@example.com\): \+ \* on \*/,
    );
  });

  it('counts a grant that a limit change makes valid as widened by all its access', () => {
    const long = { 'grants/a.yaml': grantYaml({ ...g, expires: '2026-11-22T12:00:00Z' }) }; // 13h > 8h
    const p = plan(long, { ...long, ...access((t) => t.replace('maxDuration: 8h', 'maxDuration: 1d')) });
    expect(p.resources[0]!.widened.map((w) => w.words)).toEqual([
      ['tcp:5432 on tag:prod-db', 'SSH as ubuntu (check) to tag:bastion'],
    ]);
    expect(p.access).toEqual(['resource "prod-db": maxDuration 8h → 1d.']);
  });

  it('checks an added grant against the base limits, not the ones the same change sets', () => {
    const p = plan(
      {},
      {
        ...access((t) => t.replace('maxDuration: 8h', 'maxDuration: 1d')),
        'grants/a.yaml': grantYaml({ ...g, expires: '2026-11-22T12:00:00Z' }),
      },
    );
    expect(p.grants[0]!.baseLimits).toEqual([expect.stringContaining('longer than the 8h allowed for "prod-db"')]);
  });
});
