/**
 * `duration: 4h` grants (SPEC 1.2): the window starts when the file reached the default branch.
 * The compiler takes the merge times as an input; `mergeTimes` reads them from a real Git
 * repository; the audit reads the same first-parent history. Boundaries at exactly T + duration.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessAt, grantEvents } from '../src/audit/index.js';
import { mergeTimes, SHALLOW_PROBLEM } from '../src/modes/merged-at.js';
import { makePlan } from '../src/review/plan.js';
import { BASE, compileFiles, gitTest, grantYaml, tempDir, writeTree } from './helpers.js';

const T = '2026-11-21T20:00:00Z';
const at = (offsetMs: number) => new Date(new Date(T).getTime() + offsetMs).toISOString();
const H = 3_600_000;

const durationGrant = (fields: Record<string, string> = {}) =>
  grantYaml({
    grantees: '[alice@example.com]',
    resource: 'prod-db',
    reason: '"INC-1: slow queries"',
    duration: '4h',
    ...fields,
  });

/** `merged: null`: the file has not reached the default branch. */
function compileAt(now: string, text = durationGrant(), merged: Date | null = new Date(T)) {
  return compileFiles({ ...BASE, 'grants/g.yaml': text }, now, {
    merges: merged ? new Map([['grants/g.yaml', { at: merged }]]) : new Map(),
  });
}

describe('duration grants in the compiler', () => {
  it('are active from the merge until exactly merge + duration', () => {
    expect(compileAt(T).grants[0]!.state).toBe('active');
    const last = compileAt(at(4 * H - 1000));
    expect(last.grants[0]).toMatchObject({ state: 'active', included: true });
    expect(last.grants[0]!.grant!.expires.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(last.nextChange?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    const end = compileAt(at(4 * H));
    expect(end.grants[0]).toMatchObject({ state: 'expired', included: false });
    expect(end.text).not.toContain('grants/g.yaml');
  });

  it('name the merge in the generated comment', () => {
    expect(compileAt(at(H)).text).toContain('2026-11-21 20:00 UTC until 2026-11-22 00:00 UTC (4h from merge)');
  });

  it('before the merge count from now, and the plan says "for 4h from merge"', () => {
    const base = compileFiles(BASE, T);
    const head = compileAt(T, durationGrant(), null);
    expect(head.grants[0]).toMatchObject({ state: 'active', included: true });
    expect(head.grants[0]!.grant!.expires.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    const plan = makePlan(base, head);
    expect(plan.grants[0]!.words).toBe(
      'alice@example.com gets tcp:5432 on tag:prod-db and SSH as ubuntu (check) to tag:bastion ("prod-db") for 4h from merge.',
    );
  });

  it('a longer duration of a merged grant is an extension, said from merge', () => {
    const base = compileAt(at(H));
    const head = compileAt(at(H), durationGrant({ duration: '6h' }), null);
    const [change] = makePlan(base, head).grants;
    expect(change!.kind).toBe('extended');
    expect(change!.words).toContain('now for 6h from merge (was until 2026-11-22 00:00 UTC)');
  });

  it('maxDuration applies to the duration, at its line', () => {
    const c = compileAt(T, durationGrant({ duration: '9h' }));
    const f = c.grants[0]!.findings.find((x) => x.rule === 'grant/too-long')!;
    expect(f.message).toContain(
      'lasts 9h from its merge, longer than the 8h allowed for "prod-db". Shorten "duration".',
    );
    expect(f.location).toMatchObject({ file: 'grants/g.yaml', line: 4 });
    expect(c.grants[0]!.included).toBe(false);
    expect(compileAt(T, durationGrant({ duration: '8h' })).grants[0]!.included).toBe(true);
  });

  it('refuses expires with duration, starts with duration, and neither', () => {
    const both = compileAt(T, durationGrant({ expires: '2026-11-22T02:00:00Z' }));
    expect(both.grants[0]!.findings.map((f) => f.rule)).toEqual(['grant/expires-and-duration']);
    expect(both.grants[0]!.findings[0]!.location).toMatchObject({ line: 4, column: 1 });
    const starts = compileAt(T, durationGrant({ starts: '2026-11-21T22:00:00Z' }));
    expect(starts.grants[0]!.findings.map((f) => f.rule)).toEqual(['grant/starts-and-duration']);
    expect(starts.grants[0]!.findings[0]!.location).toMatchObject({ line: 5, column: 1 });
    const neither = compileAt(T, grantYaml({ grantees: 'a@example.com', resource: 'prod-db', reason: 'x' }));
    expect(neither.grants[0]!.findings.map((f) => f.rule)).toEqual(['schema/missing-field']);
    expect(neither.grants[0]!.findings[0]!.message).toContain('duration: 4h');
    for (const c of [both, starts, neither]) expect(c.grants[0]!.included).toBe(false);
  });

  it('a bad duration is a format error; an unknown merge time is an error that leaves the grant out', () => {
    const bad = compileAt(T, durationGrant({ duration: '4 hours' }));
    expect(bad.grants[0]!.findings[0]).toMatchObject({ rule: 'schema/format', location: { line: 4 } });
    const shallow = compileFiles({ ...BASE, 'grants/g.yaml': durationGrant() }, T, {
      merges: new Map([['grants/g.yaml', { problem: SHALLOW_PROBLEM }]]),
    });
    expect(shallow.grants[0]!.findings[0]).toMatchObject({
      rule: 'grant/merge-time-unknown',
      location: { file: 'grants/g.yaml', line: 4 },
    });
    expect(shallow.grants[0]!.findings[0]!.message).toContain('fetch-depth: 0');
    expect(shallow.grants[0]!.included).toBe(false);
  });
});

function gitIn(dir: string, date: string, ...args: string[]): string {
  return gitTest(dir, args, { name: 'T', email: 't@example.com', date });
}

describe('mergeTimes reads the first-parent history', () => {
  /** main: base policy; a branch adds the grant at 10:00 (authored earlier), merged with --no-ff at T. */
  function repo() {
    const dir = tempDir('tailpolicy-duration-');
    writeTree(dir, BASE);
    gitIn(dir, '2026-11-21T08:00:00Z', 'init', '-q', '-b', 'main');
    gitIn(dir, '2026-11-21T08:00:00Z', 'add', '-A');
    gitIn(dir, '2026-11-21T08:00:00Z', 'commit', '-q', '-m', 'base');
    gitIn(dir, '2026-11-21T10:00:00Z', 'checkout', '-q', '-b', 'request');
    writeTree(dir, { 'grants/g.yaml': durationGrant(), 'grants/fixed.yaml': 'x: 1\n' });
    gitIn(dir, '2026-11-21T10:00:00Z', 'add', '-A');
    gitIn(dir, '2026-11-21T10:00:00Z', 'commit', '-q', '-m', 'request');
    gitIn(dir, T, 'checkout', '-q', 'main');
    gitIn(dir, T, 'merge', '-q', '--no-ff', 'request', '-m', 'Merge pull request #1');
    return dir;
  }
  const files = (text = durationGrant()) => [
    { path: 'grants/g.yaml', text },
    { path: 'grants/fixed.yaml', text: 'x: 1\n' },
  ];

  it('the merge commit, not the branch commit, is when the grant reached the default branch', async () => {
    const dir = repo();
    const merges = await mergeTimes(dir, 'HEAD', files());
    expect([...merges.keys()]).toEqual(['grants/g.yaml']);
    expect(merges.get('grants/g.yaml')).toEqual({ at: new Date(T) });
  });

  it('a later change restarts it; a file that differs from the ref has not merged', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'grants/g.yaml'), durationGrant({ duration: '6h' }));
    expect((await mergeTimes(dir, 'HEAD', files(durationGrant({ duration: '6h' })))).size).toBe(0);
    gitIn(dir, at(2 * H), 'commit', '-q', '-am', 'extend');
    const merges = await mergeTimes(dir, 'HEAD', files(durationGrant({ duration: '6h' })));
    expect(merges.get('grants/g.yaml')).toEqual({ at: new Date(at(2 * H)) });
    // Judged by an older ref (a pull request's base), the new text has not merged.
    expect((await mergeTimes(dir, 'HEAD~1', files(durationGrant({ duration: '6h' })))).size).toBe(0);
    expect((await mergeTimes(dir, 'HEAD~1', files())).get('grants/g.yaml')).toEqual({ at: new Date(T) });
  });

  it('outside a repository nothing has merged; in a shallow clone the answer is an error, never a guess', async () => {
    expect((await mergeTimes(tempDir(), 'HEAD', files())).size).toBe(0);
    const dir = repo();
    const clone = tempDir('tailpolicy-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
    const merges = await mergeTimes(clone, 'HEAD', files());
    expect(merges.get('grants/g.yaml')).toEqual({ problem: SHALLOW_PROBLEM });
  });
});

describe('the audit counts the same window', () => {
  it('active until exactly merge + duration', () => {
    const events = grantEvents(
      [
        {
          sha: 'a'.repeat(40),
          parents: ['b'.repeat(40)],
          authorName: 'T',
          authorEmail: 't@example.com',
          committedAt: new Date(T),
          subject: 'Merge pull request #1',
          changes: [{ status: 'added', path: 'grants/g.yaml', text: durationGrant() }],
        },
      ],
      { now: new Date(at(10 * H)) },
    );
    expect(events[0]!.grant!.expires.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(events[0]!.becameActiveAt?.toISOString()).toBe('2026-11-21T20:00:00.000Z');
    expect(accessAt(events, new Date(at(4 * H - 1000))).map((r) => r.state)).toEqual(['active']);
    expect(accessAt(events, new Date(at(4 * H))).map((r) => r.state)).toEqual(['expired']);
  });
});
