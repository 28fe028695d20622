/**
 * Tables for the safety-critical pure functions, each row a case that would break a SPEC
 * section 4 property if the function got it wrong: decidePush (2, 3), parseCredentials (3.1,
 * 5), evaluateApprovals (10), planDns (4: absent settings are left alone), diffPolicies (2: what
 * a drift report and the plan show) and md() (6).
 */
import { describe, expect, it } from 'vitest';
import { parseCredentials } from '../src/inputs.js';
import { diffPolicies } from '../src/policy/diff.js';
import { planDns, type LiveDns } from '../src/policy/dns.js';
import { decidePush, type OnDrift } from '../src/policy/push.js';
import { policyDigest } from '../src/policy/render.js';
import type { Policy } from '../src/policy/merge.js';
import { md } from '../src/report/escape.js';
import { CONTROLS, CONTROLS_BUT_NEWLINE, INVISIBLE, runsOf } from '../src/shared/controls.js';
import { evaluateApprovals, type ReviewInput } from '../src/review/approvals.js';
import { UserError } from '../src/shared/errors.js';
import { BASE, compileFiles, grantYaml } from './helpers.js';

describe('decidePush (SPEC 2.5; section 4, properties 2 and 3)', () => {
  const compiledPolicy: Policy = { grants: [{ src: ['group:sre'], dst: ['tag:prod-db'], ip: ['tcp:5432'] }] };
  const compiled = { policy: compiledPolicy, digest: policyDigest(compiledPolicy) };
  const livePolicy: Policy = { grants: [{ src: ['group:eng'], dst: ['tag:prod-db'], ip: ['tcp:5432'] }] };
  const managed = (p: Policy, claimed = policyDigest(p)) =>
    `// tailpolicy-digest: ${claimed}\n${JSON.stringify(p, null, '\t')}\n`;
  const edited = managed(livePolicy, policyDigest({ grants: [] })); // header no longer matches content

  const cases: Array<{ name: string; live: string; onDrift: OnDrift; want: Record<string, unknown> }> = [
    {
      name: 'live equals compiled: nothing is sent',
      live: managed(compiledPolicy),
      onDrift: 'fail',
      want: { action: 'none' },
    },
    {
      name: 'live equals compiled but only comments differ: nothing is sent',
      live: `// a comment added in the console\n${JSON.stringify(compiledPolicy)}`,
      onDrift: 'fail',
      want: { action: 'none' },
    },
    {
      name: 'managed and unedited: push over the live ETag',
      live: managed(livePolicy),
      onDrift: 'fail',
      want: { action: 'push', ifMatch: '"live-etag"', drift: false, takeover: 'no' },
    },
    {
      name: 'edited outside Git, on-drift fail: stop',
      live: edited,
      onDrift: 'fail',
      want: { action: 'stop', reason: 'drift' },
    },
    {
      name: 'edited outside Git, on-drift warn: push, reported as drift',
      live: edited,
      onDrift: 'warn',
      want: { action: 'push', ifMatch: '"live-etag"', drift: true },
    },
    {
      name: 'edited outside Git, on-drift overwrite: push, reported as drift',
      live: edited,
      onDrift: 'overwrite',
      want: { action: 'push', drift: true },
    },
    {
      name: 'never managed, on-drift fail: only Tailscale\'s untouched default may be replaced ("ts-default")',
      live: JSON.stringify(livePolicy),
      onDrift: 'fail',
      want: { action: 'push', ifMatch: '"ts-default"', takeover: 'default-only' },
    },
    {
      name: 'never managed, on-drift overwrite: taken over with the live ETag',
      live: JSON.stringify(livePolicy),
      onDrift: 'overwrite',
      want: { action: 'push', ifMatch: '"live-etag"', takeover: 'forced' },
    },
    {
      name: 'a digest line inside the body is not a header: treated as never managed',
      live: `{\n// tailpolicy-digest: ${policyDigest(livePolicy)}\n"grants": ${JSON.stringify(livePolicy.grants)}}`,
      onDrift: 'fail',
      want: { action: 'push', ifMatch: '"ts-default"', takeover: 'default-only' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(decidePush(compiled, { hujson: c.live, etag: '"live-etag"' }, c.onDrift)).toMatchObject(c.want);
    });
  }

  it('every push carries an If-Match, and the changes a reviewer sees', () => {
    for (const c of cases) {
      const d = decidePush(compiled, { hujson: c.live, etag: '"live-etag"' }, c.onDrift);
      if (d.action === 'push') {
        expect(d.ifMatch).toMatch(/^".+"$/);
        expect(d.changes.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('parseCredentials (SPEC 3.1: exactly one credential form; section 4, property 5)', () => {
  const SECRET = 'tskey-secret-value-123';
  const reader = (values: Record<string, string>) => (name: string) => values[name];
  const ok: Array<[string, Record<string, string>, string]> = [
    ['nothing: offline', {}, 'none'],
    ['an API key', { 'api-key': SECRET }, 'api-key'],
    ['an OAuth client', { 'oauth-client-id': 'k1', 'oauth-client-secret': SECRET }, 'oauth'],
    ['workload identity federation', { 'oauth-client-id': 'k1', audience: 'api.tailscale.com/k1' }, 'wif'],
  ];
  for (const [name, values, kind] of ok) {
    it(`accepts ${name}`, () => expect(parseCredentials(reader(values)).kind).toBe(kind));
  }

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'an API key with an OAuth client id',
      { 'api-key': SECRET, 'oauth-client-id': 'k1' },
      /"api-key".*"oauth-client-id"/,
    ],
    ['an API key with a client secret', { 'api-key': SECRET, 'oauth-client-secret': SECRET }, /"oauth-client-secret"/],
    ['an API key with an audience', { 'api-key': SECRET, audience: 'a' }, /"audience"/],
    [
      'a client secret with an audience',
      { 'oauth-client-id': 'k1', 'oauth-client-secret': SECRET, audience: 'a' },
      /"oauth-client-secret" and "audience"/,
    ],
    ['a client secret without its id', { 'oauth-client-secret': SECRET }, /"oauth-client-id" is missing/],
    ['an audience without a client id', { audience: 'a' }, /"oauth-client-id" is missing/],
    ['a client id alone', { 'oauth-client-id': 'k1' }, /neither "oauth-client-secret".*nor "audience"/],
  ];
  for (const [name, values, message] of bad) {
    it(`refuses ${name}, naming the inputs and never the secret`, () => {
      let error: unknown;
      try {
        parseCredentials(reader(values));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain(SECRET);
    });
  }

  it('names the environment variables a terminal user sets', () => {
    const names: Record<string, string> = { 'api-key': 'TS_API_KEY', 'oauth-client-id': 'TS_OAUTH_CLIENT_ID' };
    expect(() =>
      parseCredentials(reader({ 'api-key': SECRET, 'oauth-client-id': 'k1' }), (i) => names[i] ?? i),
    ).toThrow('Both TS_API_KEY and TS_OAUTH_CLIENT_ID are set');
  });
});

describe('evaluateApprovals (SPEC 2.4; section 4, property 10)', () => {
  const HEAD = 'head-sha';
  const files = {
    ...BASE,
    'grants/bob.yaml': grantYaml({
      grantees: '[bob@example.com]',
      resource: 'prod-db',
      reason: 'incident',
      ticket: 'INC-1',
      expires: '2026-11-22T02:00:00Z',
    }),
    'grants/unknown.yaml': grantYaml({
      grantees: '[bob@example.com]',
      resource: 'no-such-resource',
      reason: 'x',
      ticket: 'INC-2',
      expires: '2026-11-22T02:00:00Z',
    }),
  };
  const compiled = compileFiles(files, '2026-11-21T23:00:00Z');
  const grantOf = (path: string) => compiled.grants.find((g) => g.path === path)!.grant!;
  const approve = (user: string, at = '2026-11-21T22:00:00Z', commitId = HEAD): ReviewInput => ({
    user,
    state: 'APPROVED',
    commitId,
    submittedAt: at,
  });
  const verdict = (reviews: ReviewInput[], author = 'alice', path = 'grants/bob.yaml') =>
    evaluateApprovals(grantOf(path), compiled.access, compiled.policy, { author, headSha: HEAD }, reviews);

  const cases: Array<{ name: string; reviews: ReviewInput[]; author?: string; approved: boolean; why?: RegExp }> = [
    { name: 'an approver mapped through people, on the head commit', reviews: [approve('sam-sre')], approved: true },
    { name: 'the login compared without case', reviews: [approve('SAM-SRE')], approved: true },
    { name: 'no review', reviews: [], approved: false },
    {
      name: 'an approval of an older commit',
      reviews: [approve('sam-sre', undefined, 'old-sha')],
      approved: false,
      why: /older commit/,
    },
    {
      name: "the PR author's own approval",
      reviews: [approve('sam-sre')],
      author: 'sam-sre',
      approved: false,
      why: /author/,
    },
    { name: 'a GitHub user not in people', reviews: [approve('mallory')], approved: false, why: /not mapped/ },
    {
      name: 'a mapped user who is not an approver',
      reviews: [approve('alice')],
      author: 'bob',
      approved: false,
      why: /not among/,
    },
    {
      name: 'an approval followed by a request for changes',
      reviews: [approve('sam-sre'), { ...approve('sam-sre', '2026-11-21T22:30:00Z'), state: 'CHANGES_REQUESTED' }],
      approved: false,
    },
    {
      name: 'a dismissed approval',
      reviews: [approve('sam-sre'), { ...approve('sam-sre', '2026-11-21T22:30:00Z'), state: 'DISMISSED' }],
      approved: false,
    },
    {
      name: 'a comment after an approval does not take it back',
      reviews: [approve('sam-sre'), { ...approve('sam-sre', '2026-11-21T22:30:00Z'), state: 'COMMENTED' }],
      approved: true,
    },
  ];
  for (const c of cases) {
    it(`${c.approved ? 'counts' : 'does not count'} ${c.name}`, () => {
      const v = verdict(c.reviews, c.author);
      expect(v.approved).toBe(c.approved);
      if (c.why) expect(v.ignored.map((i) => i.why).join('; ')).toMatch(c.why);
    });
  }

  it('a grantee never approves their own access', () => {
    const self = compileFiles(
      {
        ...BASE,
        'grants/sam.yaml': grantYaml({
          grantees: '[sam@example.com]',
          resource: 'prod-db',
          reason: 'x',
          ticket: 'INC-3',
          expires: '2026-11-22T02:00:00Z',
        }),
      },
      '2026-11-21T23:00:00Z',
    );
    const grant = self.grants[0]!.grant!;
    const v = evaluateApprovals(grant, self.access, self.policy, { author: 'alice', headSha: HEAD }, [
      approve('sam-sre'),
    ]);
    expect(v.approved).toBe(false);
    expect(v.ignored[0]?.why).toMatch(/grantee/);
  });

  it('a resource the base branch does not define can never be approved', () => {
    const v = verdict([approve('sam-sre')], 'alice', 'grants/unknown.yaml');
    expect(v.approved).toBe(false);
    expect(v.problem).toMatch(/not in access.yaml on the base branch/);
  });
});

describe('evaluateApprovals with team:<org>/<slug> approvers (SPEC 1.3; property 10)', () => {
  const HEAD = 'head-sha';
  const teamFiles = (grantees: string) => ({
    ...BASE,
    'policy/access.yaml': BASE['policy/access.yaml'].replace('approvers: [group:sre]', 'approvers: [team:acme/sre]'),
    'grants/g.yaml': grantYaml({ grantees, resource: 'prod-db', reason: 'x', expires: '2026-11-22T02:00:00Z' }),
  });
  const members = new Set(['sam-sre', 'dana', 'alice']);
  const teams = { has: (team: string, gh: string) => team === 'team:acme/sre' && members.has(gh.toLowerCase()) };
  const judge = (grantees: string, user: string, withTeams = true) => {
    const c = compileFiles(teamFiles(grantees), '2026-11-21T23:00:00Z');
    const review: ReviewInput = { user, state: 'APPROVED', commitId: HEAD, submittedAt: '2026-11-21T22:00:00Z' };
    return evaluateApprovals(
      c.grants[0]!.grant!,
      c.access,
      c.policy,
      { author: 'raj-sre', headSha: HEAD },
      [review],
      undefined,
      withTeams ? teams : undefined,
    );
  };
  const cases: Array<[string, string, string, boolean, RegExp?]> = [
    ['a mapped member', '[alice@example.com]', 'sam-sre', true],
    ['a member not in people, every grantee mapped', '[alice@example.com]', 'dana', true],
    ['a member not in people, a grantee not mapped either', '[bob@example.com]', 'dana', false, /cannot be told apart/],
    ['a member who is the grantee', '[alice@example.com]', 'alice', false, /a grantee/],
    ['a non-member', '[alice@example.com]', 'mallory', false, /not mapped/],
    ['a mapped non-member', '[sam@example.com]', 'raj-sre', false, /the PR author/],
  ];
  for (const [name, grantees, user, approved, why] of cases) {
    it(`${approved ? 'counts' : 'does not count'} ${name}`, () => {
      const v = judge(grantees, user);
      expect(v.approved).toBe(approved);
      expect(v.approvers).toEqual(['team:acme/sre']);
      if (why) expect(v.ignored.map((i) => i.why).join('; ')).toMatch(why);
    });
  }
  it('without membership read from GitHub, no team member counts', () => {
    expect(judge('[alice@example.com]', 'sam-sre', false).approved).toBe(false);
  });
  it('a team is an approver or eligible entry, never a grantee', () => {
    const c = compileFiles(teamFiles('[team:acme/sre]'), '2026-11-21T23:00:00Z');
    expect(c.findings.some((f) => f.severity === 'error' && f.message.includes('team:acme/sre'))).toBe(true);
    expect(c.findings.filter((f) => f.location?.file === 'policy/access.yaml')).toEqual([]);
  });
});

describe('planDns (SPEC 1.4: a setting absent from dns.yaml is left alone; one present is made exactly so)', () => {
  const live: LiveDns = {
    splitDNS: { 'corp.example.com': ['10.0.0.1'] },
    nameservers: ['1.1.1.1'],
    searchPaths: ['corp.example.com'],
    magicDNS: true,
  };
  const cases: Array<{ name: string; desired: Parameters<typeof planDns>[0]; want: Partial<LiveDns> }> = [
    { name: 'no dns.yaml: nothing changes', desired: undefined, want: {} },
    { name: 'an empty dns.yaml: nothing changes', desired: {}, want: {} },
    {
      name: 'only split DNS managed: the nameservers that differ are left alone',
      desired: { splitDNS: { 'corp.example.com': ['10.0.0.1'] } },
      want: {},
    },
    {
      name: 'split DNS equal up to case, trailing dot and order',
      desired: { splitDNS: { 'Corp.Example.com.': ['10.0.0.1'] } },
      want: {},
    },
    {
      name: 'a domain removed from the file is removed from the tailnet (replaced whole)',
      desired: { splitDNS: {} },
      want: { splitDNS: {} },
    },
    { name: 'different nameservers', desired: { nameservers: ['8.8.8.8'] }, want: { nameservers: ['8.8.8.8'] } },
    {
      name: 'nameservers in another order are a change',
      desired: { nameservers: ['8.8.8.8', '1.1.1.1'] },
      want: { nameservers: ['8.8.8.8', '1.1.1.1'] },
    },
    { name: 'equal search paths', desired: { searchPaths: ['corp.example.com'] }, want: {} },
    { name: 'MagicDNS already on', desired: { magicDNS: true }, want: {} },
    { name: 'MagicDNS turned off', desired: { magicDNS: false }, want: { magicDNS: false } },
    {
      name: 'emptying the nameservers turns MagicDNS off at Tailscale: it is set again',
      desired: { nameservers: [], magicDNS: true },
      want: { nameservers: [], magicDNS: true },
    },
  ];
  for (const c of cases) it(c.name, () => expect(planDns(c.desired, live)).toEqual(c.want));
});

describe('diffPolicies (what a drift report and the plan show)', () => {
  const a = { src: ['group:sre'], dst: ['tag:prod-db'], ip: ['tcp:5432'] };
  const b = { src: ['group:eng'], dst: ['tag:prod-db'], ip: ['tcp:5432'] };
  const cases: Array<{ name: string; before: Policy; after: Policy; want: unknown[] }> = [
    { name: 'identical policies', before: { grants: [a, b] }, after: { grants: [a, b] }, want: [] },
    { name: 'list order alone is no difference', before: { grants: [a, b] }, after: { grants: [b, a] }, want: [] },
    {
      name: 'object key order alone is no difference',
      before: { grants: [{ dst: ['tag:prod-db'], ip: ['tcp:5432'], src: ['group:sre'] }] },
      after: { grants: [a] },
      want: [],
    },
    {
      name: 'a duplicate entry removed is one removal',
      before: { grants: [a, a] },
      after: { grants: [a] },
      want: [{ section: 'grants', kind: 'removed', before: a }],
    },
    {
      name: 'a rule replaced: removal then addition',
      before: { grants: [a] },
      after: { grants: [b] },
      want: [
        { section: 'grants', kind: 'removed', before: a },
        { section: 'grants', kind: 'added', after: b },
      ],
    },
    {
      name: 'a group member added is a change of that key',
      before: { groups: { 'group:sre': ['sam@example.com'] } },
      after: { groups: { 'group:sre': ['sam@example.com', 'eve@example.com'] } },
      want: [{ section: 'groups', kind: 'changed', key: 'group:sre' }],
    },
    {
      name: 'map keys added and removed',
      before: { hosts: { a: '10.0.0.1' } },
      after: { hosts: { b: '10.0.0.2' } },
      want: [
        { section: 'hosts', kind: 'removed', key: 'a' },
        { section: 'hosts', kind: 'added', key: 'b' },
      ],
    },
    {
      name: 'a setting changed',
      before: { randomizeClientPort: false },
      after: { randomizeClientPort: true },
      want: [{ section: 'randomizeClientPort', kind: 'changed', before: false, after: true }],
    },
    {
      name: 'a whole section removed lists each entry',
      before: { ssh: [{ action: 'accept' }, { action: 'check' }] },
      after: {},
      want: [
        { section: 'ssh', kind: 'removed', before: { action: 'accept' } },
        { section: 'ssh', kind: 'removed', before: { action: 'check' } },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = diffPolicies(c.before, c.after);
      expect(got).toHaveLength(c.want.length);
      got.forEach((change, i) => expect(change).toMatchObject(c.want[i] as object));
    });
  }
});

describe('md() (section 4, property 6: text from grant files never becomes markup)', () => {
  const cases: Array<[string, string, Array<RegExp | string>]> = [
    ['HTML', '<img src=x onerror=alert(1)>', [/</, />/]],
    ['a link', '[click](https://evil.example)', [/\[/, /\]\(/]],
    ['an image', '![x](https://evil.example/x.png)', [/!\[/]],
    ['a mention', '@octocat please', [/@octocat/]],
    ['a team mention', '@acme/sre', [/@acme/]],
    ['a code span', '`rm -rf /`', [/`/]],
    ['emphasis', '**bold** _it_ ~~strike~~', [/\*\*/, /_it_/, /~~/]],
    ['a table cell break', 'a | b', [/\|/]],
    ['a heading', '# title', [/^#/]],
    ['an autolinked URL', 'https://evil.example', [/https:\/\//]],
    ['an entity', '&lt;script&gt;', [/&lt;/]],
    ['a line break', 'one\ntwo\r\nthree', ['\n', '\r']],
    ['a terminal escape', '\u001b[31mred', ['\u001b']],
  ];
  for (const [name, input, forbidden] of cases) {
    it(`escapes ${name}`, () => {
      const out = md(input);
      for (const f of forbidden) expect(out).not.toMatch(f);
    });
  }

  it('keeps the words readable and bounds the length', () => {
    expect(md('alice needs access')).toBe('alice needs access');
    const long = md('x'.repeat(1000), 100);
    expect(long.length).toBe(100);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('the control-character ranges (shared/controls.ts)', () => {
  // What each pattern replaced before it was built from named ranges, as code-point predicates.
  const control = (c: number) => c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
  const invisible = (c: number) =>
    (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0xfeff;
  const cases: Array<[string, RegExp, (c: number) => boolean]> = [
    ['CONTROLS (log lines, Markdown)', runsOf(CONTROLS), control],
    [
      'CONTROLS and INVISIBLE (HuJSON comments)',
      runsOf([...CONTROLS, ...INVISIBLE]),
      (c) => control(c) || invisible(c),
    ],
    ['CONTROLS_BUT_NEWLINE (a terminal)', runsOf(CONTROLS_BUT_NEWLINE), (c) => control(c) && c !== 0x0a],
  ];
  for (const [name, pattern, expected] of cases) {
    it(`${name} match exactly the characters they name, in the Basic Multilingual Plane`, () => {
      const wrong: number[] = [];
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates
        pattern.lastIndex = 0;
        if (pattern.test(String.fromCharCode(c)) !== expected(c)) wrong.push(c);
      }
      expect(wrong).toEqual([]);
    });
  }
});
