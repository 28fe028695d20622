/**
 * decide() searches a list of rules for a known device only among the rules whose sources name
 * that user (or one of its tags) or may match any user (any tagged device): bySource in
 * src/evaluate/model.ts. That must skip only rules matchSrc rejects, keep the others in their
 * order, and give the decision a scan of every rule gives.
 */
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Endpoint } from '../src/evaluate/index.js';
import fc from 'fast-check';
import { bySource, fieldsOf, matchSrc } from '../src/evaluate/model.js';
import { GRANT_FIELDS, readObject } from '../src/grammar/keys.js';

const SOURCES = [
  'alice@example.com',
  'bob@example.com',
  'group:eng',
  'group:empty',
  'tag:ci',
  'autogroup:member',
  'autogroup:tagged',
  'autogroup:admin',
  '*@example.com',
  '100.64.0.0/10',
  '*',
  'carol@other.com',
];

/** 200 rules to tag:db, each from two of the sources, on port 5432 or 22. */
function policy(): Record<string, unknown> {
  const acls = Array.from({ length: 200 }, (_, i) => ({
    action: 'accept',
    src: [SOURCES[i % SOURCES.length], SOURCES[(i * 5 + 1) % SOURCES.length]],
    dst: [`tag:db:${i % 3 === 0 ? 22 : 5432}`],
  }));
  return {
    groups: { 'group:eng': ['alice@example.com', 'dave@example.com'], 'group:empty': [] },
    tagOwners: { 'tag:db': ['group:eng'], 'tag:ci': ['group:eng'] },
    acls,
  };
}

const user = (login: string): Endpoint => ({
  label: login,
  user: login,
  tags: [],
  known: true,
  tailnet: true,
  internet: false,
});
const tagged = (...tags: string[]): Endpoint => ({
  label: tags.join(','),
  tags,
  known: true,
  tailnet: true,
  internet: false,
});
const db: Endpoint = { label: 'tag:db', tags: ['tag:db'], known: true, tailnet: true, internet: false };

describe('the rule index by source user', () => {
  it("skips only rules matchSrc rejects for a user's or a tagged device", () => {
    const c = compilePolicy(policy());
    const list = c.index.byTag.get('tag:db')!;
    expect(list.length).toBeGreaterThanOrEqual(64);
    const split = bySource(list);
    const cases: Array<[Endpoint, number[]]> = [
      ...['alice@example.com', 'bob@example.com', 'dave@example.com', 'carol@other.com', 'x@y.z'].map(
        (login): [Endpoint, number[]] => [user(login), [...(split.users.get(login) ?? []), ...split.anyUser]],
      ),
      ...[['tag:ci'], ['tag:db'], ['tag:ci', 'tag:db'], ['tag:none']].map((tags): [Endpoint, number[]] => [
        tagged(...tags),
        [...tags.flatMap((t) => split.tags.get(t) ?? []), ...split.anyTagged],
      ]),
    ];
    for (const [ep, kept] of cases) {
      const matching = list.flatMap((u, i) => (matchSrc(u.src, ep) !== 0 ? [i] : []));
      for (const i of matching) expect(kept, `${ep.label} rule ${i}`).toContain(i);
      // Something is skipped: the index is not the whole list.
      expect(new Set(kept).size, ep.label).toBeLessThan(list.length);
    }
  });

  it('gives the decision of a scan of every rule', () => {
    const c = compilePolicy(policy());
    const sources = [
      ...['alice@example.com', 'bob@example.com', 'dave@example.com', 'carol@other.com', 'x@y.z'].map(user),
      tagged('tag:ci'),
      tagged('tag:ci', 'tag:db'),
      tagged('tag:none'),
      { ...user('alice@example.com'), known: false },
    ];
    for (const ep of sources) {
      const login = ep.label;
      for (const port of [22, 5432, 80]) {
        const got = decide(c, ep, db, [6], port, {});
        const brute = bruteForce(c, ep, port);
        expect(got.allowedBy, `${login}:${port}`).toEqual(brute.allowedBy);
        expect(got.maybe, `${login}:${port}`).toEqual(brute.maybe);
        expect(got.result).toBe(brute.result);
      }
    }
  });
});

/**
 * decide over the same rules, in lists too short for the index: the rules split in chunks of 7,
 * each decided on its own, the answers concatenated in order.
 */
function bruteForce(c: ReturnType<typeof compilePolicy>, src: Endpoint, port: number) {
  const list = c.index.byTag.get('tag:db')!;
  const allowedBy: typeof list = [];
  const maybe: typeof list = [];
  for (let i = 0; i < list.length; i += 7) {
    const part = {
      ...c,
      index: { ...c.index, byTag: new Map([['tag:db', list.slice(i, i + 7)]]) },
    };
    const r = decide(part, src, db, [6], port, {});
    allowedBy.push(...r.allowedBy);
    maybe.push(...r.maybe);
  }
  return { allowedBy, maybe, result: allowedBy.length > 0 ? 1 : maybe.length > 0 ? 2 : 0 };
}

describe('fieldsOf', () => {
  it('reads an object as readObject does, on random keys and values', () => {
    const key = fc.constantFrom(
      'src',
      'dst',
      'ip',
      'Src',
      'DST',
      'app',
      'via',
      'srcPosture',
      'srcposture',
      'x',
      '__proto__',
      '1',
    );
    const value = fc.constantFrom(null, undefined, 'a', ['b'], 0);
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), (entries) => {
        const obj: Record<string, unknown> = {};
        for (const [k, v] of entries)
          Object.defineProperty(obj, k, { value: v, enumerable: true, configurable: true, writable: true });
        const want = readObject(obj, GRANT_FIELDS).fields;
        const got = fieldsOf(obj, GRANT_FIELDS);
        return JSON.stringify([...got]) === JSON.stringify([...want]);
      }),
      { seed: 15, numRuns: 3000 },
    );
  });
});
