import { describe, expect, it } from 'vitest';
import { atomsOf, uncovered } from '../src/review/resource-change.js';

const ip = (dst: string[], ports: string[], extra: Record<string, unknown> = {}) => ({ dst, ip: ports, ...extra });
const wider = (before: Record<string, unknown>[], after: Record<string, unknown>[], enforced = [false, false]) =>
  uncovered(atomsOf(after, [], enforced[1]), atomsOf(before, [], enforced[0])).map((a) => a.words);

describe('resource changes: what widens a grant (SPEC 1.3)', () => {
  it('compares ports and protocols by what they allow, not by their spelling', () => {
    expect(wider([ip(['tag:db'], ['tcp:5000-6000'])], [ip(['tag:db'], ['tcp:5432', 'tcp:5433-5440'])])).toEqual([]);
    expect(wider([ip(['tag:db'], ['tcp:5432'])], [ip(['tag:db'], ['tcp:5432-5433'])])).toEqual([
      'tcp:5432-5433 on tag:db',
    ]);
    expect(wider([ip(['tag:db'], ['tcp:5432'])], [ip(['tag:db'], ['udp:5432'])])).toEqual(['udp:5432 on tag:db']);
    expect(wider([ip(['tag:db'], ['*'])], [ip(['tag:db'], ['tcp:1-65535', 'icmp:*'])])).toEqual([]);
    expect(wider([ip(['tag:db'], ['tcp:1-100', 'tcp:101-200'])], [ip(['tag:db'], ['tcp:50-150'])])).toEqual([]);
  });

  it('treats a new destination, or a wildcard one, as wider', () => {
    expect(wider([ip(['tag:db'], ['tcp:5432'])], [ip(['tag:db', 'tag:web'], ['tcp:5432'])])).toEqual([
      'tcp:5432 on tag:web',
    ]);
    expect(wider([ip(['tag:db'], ['tcp:5432'])], [ip(['*'], ['*'])])).toEqual(['* on *']);
    expect(wider([ip(['*'], ['*'])], [ip(['tag:db'], ['tcp:5432'])])).toEqual([]);
  });

  it('sees dropping a restriction (srcPosture, enforce: posture) as wider, adding one as narrower', () => {
    const gated = ip(['tag:db'], ['tcp:5432'], { srcPosture: ['posture:latest'] });
    const open = ip(['tag:db'], ['tcp:5432']);
    expect(wider([gated], [open])).toEqual(['tcp:5432 on tag:db']);
    expect(wider([open], [gated])).toEqual([]);
    expect(wider([open], [open], [true, false])).toEqual(['tcp:5432 on tag:db']);
    expect(wider([open], [open], [false, true])).toEqual([]);
  });

  it('sees SSH check turning into accept, or a new user, as wider', () => {
    const ssh = (action: string, users: string[]) =>
      uncovered(
        atomsOf([], [{ action, dst: ['tag:b'], users }]),
        atomsOf([], [{ action: 'check', dst: ['tag:b'], users: ['ubuntu'] }]),
      ).map((a) => a.words);
    expect(ssh('accept', ['ubuntu'])).toEqual(['SSH as ubuntu to tag:b']);
    expect(ssh('check', ['ubuntu', 'root'])).toEqual(['SSH as root (check) to tag:b']);
    expect(ssh('check', ['ubuntu'])).toEqual([]);
  });
});
