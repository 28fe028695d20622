/**
 * The audit's pure core, table-driven: events from a history given as values, the approval
 * judgement, `--at`, and the escaping of every output format.
 */
import { describe, expect, it } from 'vitest';
import { buildAccess } from '../src/policy/access.js';
import { parseSource } from '../src/policy/source.js';
import {
  evaluateApproval,
  latestApprovals,
  type PolicyRules,
  type PullInfo,
  type ReviewRecord,
} from '../src/audit/approval-evidence.js';
import {
  claimedPullNumber,
  grantEvents,
  isGrantPath,
  type GitHubLookups,
  type HistoryCommit,
} from '../src/audit/history.js';
import { parseLog } from '../src/audit/git-history.js';
import { mergingPull } from '../src/audit/github.js';
import {
  csvCell,
  eventRecord,
  renderCsv,
  renderMarkdown,
  renderSummaryMarkdown,
  renderText,
} from '../src/audit/formats.js';
import { accessAt, auditReport } from '../src/audit/report.js';
import type { PullRequest } from '../src/github/github-client.js';

const g = (expires: string, extra: Record<string, string> = {}) =>
  Object.entries({ grantees: '[alice@example.com]', resource: 'prod-db', reason: 'r', ...extra, expires })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n') + '\n';

let n = 0;
function commit(at: string, changes: HistoryCommit['changes'], subject = 'change'): HistoryCommit {
  n++;
  const sha = n.toString(16).padEnd(40, 'a');
  return {
    sha,
    parents: [(n - 1).toString(16).padEnd(40, 'a')],
    authorName: 'Dev',
    authorEmail: 'dev@example.com',
    committedAt: new Date(at),
    subject,
    changes,
  };
}

const NOW = new Date('2026-06-01T00:00:00Z');

describe('grantEvents', () => {
  it('follows a grant through changes and renames until its deletion; a re-added path is a new grant', () => {
    const commits = [
      commit('2026-05-01T10:00:00Z', [{ status: 'added', path: 'grants/a.yaml', text: g('2026-05-01T12:00:00Z') }]),
      commit('2026-05-01T11:00:00Z', [{ status: 'modified', path: 'grants/a.yaml', text: g('2026-05-01T11:30:00Z') }]),
      commit('2026-05-01T11:10:00Z', [
        { status: 'modified', path: 'grants/a.yaml', text: g('2026-05-01T11:30:00Z', { reason: 'better' }) },
      ]),
      commit('2026-05-01T11:20:00Z', [
        // Renamed away and a new file at the old path, in one commit.
        { status: 'added', path: 'grants/a.yaml', text: g('2026-05-02T00:00:00Z') },
        {
          status: 'renamed',
          path: 'grants/b.yaml',
          oldPath: 'grants/a.yaml',
          text: g('2026-05-01T11:30:00Z', { reason: 'better' }),
        },
      ]),
      commit('2026-05-01T12:00:00Z', [{ status: 'deleted', path: 'grants/b.yaml' }]),
      commit('2026-05-01T13:00:00Z', [{ status: 'added', path: 'grants/b.yaml', text: g('2026-05-01T14:00:00Z') }]),
    ];
    const events = grantEvents(commits, { now: NOW });
    expect(events.map((e) => [e.grantId.split('@')[0], e.event, e.path, e.previousPath ?? ''])).toEqual([
      ['grants/a.yaml', 'added', 'grants/a.yaml', ''],
      ['grants/a.yaml', 'shortened', 'grants/a.yaml', ''],
      ['grants/a.yaml', 'changed', 'grants/a.yaml', ''],
      ['grants/a.yaml', 'added', 'grants/a.yaml', ''],
      ['grants/a.yaml', 'renamed', 'grants/b.yaml', 'grants/a.yaml'],
      ['grants/b.yaml', 'added', 'grants/b.yaml', ''],
    ]);
    expect(new Set(events.map((e) => e.grantId)).size).toBe(3);
    const [first, , , second, renamed, again] = events;
    expect(first!.grantId).toBe(renamed!.grantId);
    expect(second!.grantId).not.toBe(first!.grantId);
    expect(renamed!.removal?.commit.sha).toBe(commits[4]!.sha);
    expect(first!.removal?.commit.sha).toBe(commits[4]!.sha);
    expect(again!.removal).toBeUndefined();
    // The renamed version was in force 11:20 → 12:00 and expired 11:30.
    expect(renamed!.expiredAt?.toISOString()).toBe('2026-05-01T11:30:00.000Z');
    // The first version was replaced before it expired: it never expired as such.
    expect(first!.expiredAt).toBeUndefined();
    expect(first!.supersededAt?.toISOString()).toBe('2026-05-01T11:00:00.000Z');
  });

  it('records an invalid or oversized file as an invalid version that gives no access', () => {
    const events = grantEvents(
      [
        commit('2026-05-01T10:00:00Z', [
          {
            status: 'added',
            path: 'grants/typo.yaml',
            text: 'grantees: [a@b.c]\nresource: x\nreason: r\nexpire: 2026-05-01T12:00:00Z\n',
          },
        ]),
        commit('2026-05-01T10:00:00Z', [{ status: 'added', path: 'grants/big.yaml', tooLarge: 2_000_000 }]),
      ],
      { now: NOW },
    );
    expect(events.map((e) => e.grant)).toEqual([undefined, undefined]);
    expect(events[0]!.problem).toMatch(
      /^schema\/missing-field: Missing required field "expires".*; schema\/unknown-field: Unknown field "expire"/,
    );
    expect(events[1]!.problem).toBe('the file is too large to read (2000000 bytes)');
    expect(eventRecord(events[0]!).valid).toBe(false);
    expect(accessAt(events, new Date('2026-05-01T11:00:00Z'))).toEqual([]);
  });

  it('does not call a version active before now, nor one merged after it expired', () => {
    const events = grantEvents(
      [
        commit('2026-05-01T10:00:00Z', [
          { status: 'added', path: 'grants/late.yaml', text: g('2026-05-01T09:00:00Z') },
        ]),
        commit('2026-05-01T10:00:00Z', [
          {
            status: 'added',
            path: 'grants/future.yaml',
            text: g('2026-07-01T12:00:00Z', { starts: '2026-07-01T10:00:00Z' }),
          },
        ]),
      ],
      { now: NOW },
    );
    expect(events.map((e) => [e.becameActiveAt, e.expiredAt])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('reads the PR number a merge or squash message claims', () => {
    expect(claimedPullNumber('Merge pull request #12 from acme/x')).toBe(12);
    expect(claimedPullNumber('Add grant (#7)')).toBe(7);
    expect(claimedPullNumber('Fix #7 later')).toBeUndefined();
  });

  it('knows grant files as readRepository does', () => {
    expect(isGrantPath('grants/a.yaml', 'grants')).toBe(true);
    expect(isGrantPath('grants/sub/a.YML', './grants/')).toBe(true);
    expect(isGrantPath('grants/README.md', 'grants')).toBe(false);
    expect(isGrantPath('grants/.hidden/a.yaml', 'grants')).toBe(false);
    expect(isGrantPath('grantsx/a.yaml', 'grants')).toBe(false);
    expect(isGrantPath('policy/a.yaml', 'grants')).toBe(false);
  });
});

describe('parseLog', () => {
  const M = 'tailpolicy-commit-x';
  const sha = (c: string) => c.repeat(40);
  const header = (s: string, parents: string, subject: string) => [
    M,
    s,
    parents,
    '2026-05-01T10:00:00+02:00',
    'A',
    'a@x',
    subject,
  ];

  it('turns raw entries into grant-file changes, leaving other files and modes out', () => {
    const tokens = [
      ...header(sha('b'), `${sha('a')} ${sha('c')}`, 'Merge pull request #1 from x/y'),
      `\n:000000 100644 ${sha('0')} ${sha('1')} A`,
      'grants/new.yaml',
      `:100644 100644 ${sha('2')} ${sha('3')} R087`,
      'grants/old.yaml',
      'grants/moved.yaml',
      `:100644 100644 ${sha('4')} ${sha('5')} R100`,
      'grants/x.yaml',
      'grants/x.txt',
      `:100644 100644 ${sha('4')} ${sha('5')} R100`,
      'grants/notes.md',
      'grants/now-a-grant.yml',
      `:000000 120000 ${sha('0')} ${sha('6')} A`,
      'grants/link.yaml',
      `:100644 000000 ${sha('7')} ${sha('0')} D`,
      'grants/gone.yaml',
      ...header(sha('a'), '', 'first'),
      `\n:000000 100644 ${sha('0')} ${sha('8')} A`,
      'grants/README.md',
      '',
    ];
    const parsed = parseLog(tokens.join('\0'), M, 'grants');
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.commit).toMatchObject({
      sha: sha('b'),
      parents: [sha('a'), sha('c')],
      subject: 'Merge pull request #1 from x/y',
    });
    expect(parsed[0]!.commit.committedAt.toISOString()).toBe('2026-05-01T08:00:00.000Z');
    expect(parsed[0]!.pending).toEqual([
      { change: { status: 'added', path: 'grants/new.yaml' }, blob: sha('1') },
      { change: { status: 'renamed', path: 'grants/moved.yaml', oldPath: 'grants/old.yaml' }, blob: sha('3') },
      { change: { status: 'deleted', path: 'grants/x.yaml' } },
      { change: { status: 'added', path: 'grants/now-a-grant.yml' }, blob: sha('5') },
      { change: { status: 'deleted', path: 'grants/gone.yaml' } },
    ]);
  });

  it('refuses output it does not understand', () => {
    expect(() => parseLog(['garbage', ''].join('\0'), M, 'grants')).toThrow(/Unexpected git log output/);
  });
});

// ---------------------------------------------------------------------------------------------

const ACCESS = `people:
  alice@example.com: alice
  bob@example.com: Bob
  sam@example.com: sam-sre
  raj@example.com: raj-sre
  ines@example.com: ines
resources:
  prod-db:
    grants: [{dst: [tag:prod-db], ip: [tcp:5432]}]
    maxDuration: 8h
    approvers: [group:sre]
  two:
    grants: [{dst: [tag:prod-db], ip: [tcp:5432]}]
    maxDuration: 8h
    approvers: [group:sre, ines@example.com]
    approvals: 2
`;
const built = buildAccess(parseSource({ path: 'policy/access.yaml', text: ACCESS }));
if (built.findings.length) throw new Error(built.findings.map((f) => f.message).join('; '));
const RULES: PolicyRules = {
  access: built.access,
  policy: {
    groups: {
      'group:sre': ['sam@example.com', 'raj@example.com'],
      'group:eng': ['alice@example.com', 'raj@example.com'],
    },
  },
};
const PULL: PullInfo = {
  number: 7,
  url: 'u',
  author: 'alice',
  title: 't',
  headSha: 'head',
  mergedAt: '2026-05-01T10:00:00Z',
};
const review = (
  user: string,
  state: ReviewRecord['state'] = 'APPROVED',
  commitId = 'head',
  submittedAt = '2026-05-01T09:00:00Z',
): ReviewRecord => ({
  user,
  state,
  commitId,
  submittedAt,
});
const grantOf = (text: string) =>
  grantEvents([commit('2026-05-01T10:00:00Z', [{ status: 'added', path: 'grants/x.yaml', text }])], { now: NOW })[0]!
    .grant;

describe('evaluateApproval', () => {
  const cases: Array<[string, string, ReviewRecord[], string, Array<[string, string | undefined]>]> = [
    ['an SRE on the head commit', g('2026-05-01T12:00:00Z'), [review('sam-sre')], 'approved', [['sam-sre', undefined]]],
    [
      'logins compare without case',
      g('2026-05-01T12:00:00Z'),
      [review('Sam-SRE')],
      'approved',
      [['Sam-SRE', undefined]],
    ],
    [
      'the PR author',
      g('2026-05-01T12:00:00Z'),
      [review('ALICE')],
      'unapproved (0 of 1 qualifying approvals)',
      [['ALICE', 'the PR author']],
    ],
    [
      'a grantee',
      g('2026-05-01T12:00:00Z', { grantees: '[raj@example.com]' }),
      [review('raj-sre')],
      'unapproved (0 of 1 qualifying approvals)',
      [['raj-sre', 'a grantee']],
    ],
    [
      'a member of a grantee group',
      g('2026-05-01T12:00:00Z', { grantees: 'group:eng' }),
      [review('raj-sre')],
      'unapproved (0 of 1 qualifying approvals)',
      [['raj-sre', 'a grantee']],
    ],
    [
      'an older commit',
      g('2026-05-01T12:00:00Z'),
      [review('sam-sre', 'APPROVED', 'old')],
      'unapproved (0 of 1 qualifying approvals)',
      [['sam-sre', "approved an older commit, not the PR's head"]],
    ],
    [
      'not an approver',
      g('2026-05-01T12:00:00Z'),
      [review('Bob')],
      'unapproved (0 of 1 qualifying approvals)',
      [['Bob', 'not among the approvers (group:sre)']],
    ],
    [
      'a GitHub user nobody maps to',
      g('2026-05-01T12:00:00Z'),
      [review('mallory')],
      'unapproved (0 of 1 qualifying approvals)',
      [['mallory', 'not mapped to a login in access.yaml "people"']],
    ],
    [
      'approval then changes requested: withdrawn',
      g('2026-05-01T12:00:00Z'),
      [
        review('sam-sre', 'APPROVED', 'head', '2026-05-01T09:00:00Z'),
        review('sam-sre', 'CHANGES_REQUESTED', 'head', '2026-05-01T09:10:00Z'),
      ],
      'unapproved (0 of 1 qualifying approvals)',
      [],
    ],
    [
      'a comment after an approval changes nothing',
      g('2026-05-01T12:00:00Z'),
      [
        review('sam-sre', 'APPROVED', 'head', '2026-05-01T09:00:00Z'),
        review('sam-sre', 'COMMENTED', 'head', '2026-05-01T09:10:00Z'),
      ],
      'approved',
      [['sam-sre', undefined]],
    ],
    [
      'a dismissed approval',
      g('2026-05-01T12:00:00Z'),
      [review('sam-sre', 'DISMISSED')],
      'unapproved (0 of 1 qualifying approvals)',
      [],
    ],
    [
      'two needed, one SRE and ines',
      g('2026-05-01T12:00:00Z', { resource: 'two' }),
      [review('sam-sre'), review('ines')],
      'approved',
      [
        ['sam-sre', undefined],
        ['ines', undefined],
      ],
    ],
    [
      'two needed, the same person twice',
      g('2026-05-01T12:00:00Z', { resource: 'two' }),
      [
        review('sam-sre', 'APPROVED', 'head', '2026-05-01T09:00:00Z'),
        review('sam-sre', 'APPROVED', 'head', '2026-05-01T09:05:00Z'),
      ],
      'unapproved (1 of 2 qualifying approvals)',
      [['sam-sre', undefined]],
    ],
    [
      'a resource access.yaml did not have',
      g('2026-05-01T12:00:00Z', { resource: 'gone' }),
      [review('sam-sre')],
      'unapproved (resource "gone" not in access.yaml)',
      [['sam-sre', 'no approval rules apply']],
    ],
    [
      'inline rules without an inline section',
      'grantees: [alice@example.com]\nreason: r\nexpires: 2026-05-01T12:00:00Z\nssh: [{action: accept, dst: [tag:x], users: [root]}]\n',
      [review('sam-sre')],
      'unapproved (inline rules not allowed by access.yaml)',
      [['sam-sre', 'no approval rules apply']],
    ],
  ];
  it.each(cases)('%s', (_, text, reviews, status, evidence) => {
    const approval = evaluateApproval({ pull: PULL, reviews, grant: grantOf(text), rules: RULES });
    expect(approval.status === 'unapproved' ? `unapproved (${approval.detail})` : approval.status).toBe(status);
    expect(approval.reviews.map((r) => [r.user, r.notCounted])).toEqual(evidence);
  });

  it("keeps each reviewer's latest decision only", () => {
    expect(
      latestApprovals([
        review('a', 'CHANGES_REQUESTED', 'x', '2026-05-01T09:00:00Z'),
        review('a', 'APPROVED', 'y', '2026-05-01T09:30:00Z'),
        review('b', 'PENDING', 'y', ''),
      ]),
    ).toEqual([review('a', 'APPROVED', 'y', '2026-05-01T09:30:00Z')]);
  });
});

describe('mergingPull', () => {
  const pr = (number: number, mergeCommitSha: string | null, mergedAt: string | null, baseRef = 'main') =>
    ({ number, mergeCommitSha, mergedAt, baseRef }) as PullRequest;
  it('prefers the PR whose merge commit it is, then PRs into the default branch, and ignores unmerged PRs', () => {
    expect(mergingPull('m', [pr(3, 'x', '2026'), pr(4, 'm', '2026')], 'main')?.number).toBe(4);
    expect(mergingPull('m', [pr(5, null, null)], 'main')).toBeUndefined();
    expect(mergingPull('m', [pr(9, 'x', '2026'), pr(6, 'y', '2026')], 'main')?.number).toBe(6);
    expect(mergingPull('m', [pr(2, 'x', '2026', 'release'), pr(6, 'y', '2026')], 'main')?.number).toBe(6);
  });
});

describe('the outputs escape what users wrote', () => {
  const HOSTILE = '<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) | `code` **b**\nline';
  const c = commit('2026-05-01T10:00:00Z', [
    {
      status: 'added',
      path: 'grants/x.yaml',
      text: g('2026-05-01T12:00:00Z', { reason: JSON.stringify(HOSTILE), ticket: '"@SUM(A1)"' }),
    },
  ]);
  const lookups: GitHubLookups = {
    pulls: new Map([[c.sha, { ...PULL, author: '<b>eve</b>' }]]),
    reviews: new Map([[7, [review('sam-sre')]]]),
    policies: new Map([[c.parents[0]!, RULES]]),
  };
  const report = auditReport(grantEvents([c], { now: NOW, lookups }), {
    now: NOW,
    lookedUp: true,
    at: new Date('2026-05-01T11:00:00Z'),
  });

  it('CSV: formula prefixes neutralised, RFC 4180 quoting', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    const csv = renderCsv(report);
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('Markdown: no HTML, links, mentions, code or table breaks from grant files or GitHub', () => {
    for (const text of [renderMarkdown(report), renderSummaryMarkdown(report)]) {
      expect(text).not.toMatch(/<img|<b>|@everyone|\]\(|`code`|\*\*b\*\*/);
    }
    const markdown = renderMarkdown(report);
    const rows = markdown.split('\n').filter((l) => l.includes('<code>grants/x.yaml</code>'));
    // The --at row and the event row, each one line with its own cells only.
    expect(rows).toHaveLength(2);
    expect(rows[0]!.split(' | ')).toHaveLength(5);
    expect(rows[1]!.split(' | ')).toHaveLength(12);
    expect(markdown).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt; &#64;everyone');
    expect(markdown).toContain('#7 by &lt;b&gt;eve&lt;/b&gt;');
  });

  it('text: one line per event, no control characters', () => {
    const text = renderText(report);
    expect(text).not.toContain('\nline');
    expect(text).toContain('grants/x.yaml: alice@example.com → prod-db until 2026-05-01T12:00:00Z [approved]');
  });
});
