/**
 * `tailpolicy audit` on a real Git repository with a scripted history: grants added through
 * PRs (merge and squash), extended, pushed directly, merged with a stale approval, renamed,
 * added by a local merge whose message only claims to be a PR, and removed by cleanup PRs.
 * The PRs and reviews live in the loopback GitHub emulator, backed by the same repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { createGitHubClient } from '../src/github/github-client.js';
import { runAudit, type AuditRun } from '../src/audit/index.js';
import { readGrantHistory } from '../src/audit/git-history.js';
import { AUDIT_COLUMNS, eventRecord } from '../src/audit/formats.js';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github.js';
import { gitTest, tempDir } from './helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1))';
const NOW = new Date('2026-03-06T00:00:00Z');

const POLICY = {
  'policy/policy.hujson': `{
  "groups": {
    "group:eng": ["alice@example.com", "bob@example.com", "carol@example.com", "raj@example.com"],
    "group:sre": ["sam@example.com", "raj@example.com"],
  },
  "tagOwners": {"tag:prod-db": ["group:sre"], "tag:bastion": ["group:sre"]},
  "grants": [{"src": ["group:sre"], "dst": ["tag:prod-db"], "ip": ["tcp:5432"]}],
}
`,
  'policy/access.yaml': `people:
  alice@example.com: alice
  bob@example.com: bob
  carol@example.com: carol
  sam@example.com: sam-sre
  raj@example.com: raj-sre
resources:
  prod-db:
    grants:
      - dst: [tag:prod-db]
        ip: [tcp:5432]
    maxDuration: 8h
    eligible: [group:eng]
    approvers: [group:sre]
inline:
  maxDuration: 2h
  approvers: [group:sre]
  approvals: 2
`,
  'grants/README.md': 'One grant per file.\n',
};

const grant = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n') + '\n';

const ALICE_V1 = grant({
  grantees: '[alice@example.com]',
  resource: 'prod-db',
  reason: '"INC-1: slow queries"',
  ticket: 'INC-1',
  expires: '2026-03-02T14:00:00Z',
});
const ALICE_V2 = ALICE_V1.replace('2026-03-02T14:00:00Z', '2026-03-02T18:00:00Z');
const BOB = grant({
  grantees: 'bob@example.com',
  resource: 'prod-db',
  reason: JSON.stringify(HOSTILE),
  starts: '2026-03-03T09:00:00Z',
  expires: '2026-03-03T12:00:00Z',
});
const RAJ_V1 = grant({
  grantees: '[raj@example.com]',
  resource: 'prod-db',
  reason: '"INC-2"',
  ticket: 'INC-2',
  expires: '2026-03-04T15:00:00Z',
});
const RAJ_V2 = RAJ_V1.replace('"INC-2"', '"INC-2: vacuum"');
const CAROL = `grantees: [carol@example.com]
reason: "=HYPERLINK(\\"http://evil.example\\")"
expires: 2026-03-05T09:00:00Z
ssh:
  - action: accept
    dst: [tag:bastion]
    users: [ubuntu]
`;

interface Scenario {
  dir: string;
  github: GitHubEmulator;
  sha: Record<string, string>;
}

let s: Scenario;

/** Scripts the history. Local commits carry the scenario's clock; merges are the emulator's. */
async function buildScenario(): Promise<Scenario> {
  const dir = tempDir('tailpolicy-audit-');
  let clock = '2026-03-01T09:00:00Z';
  const git = (...args: string[]) => gitTest(dir, args, { name: 'Dev', email: 'dev@example.com', date: clock });
  const write = (files: Record<string, string | null>) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) rmSync(join(dir, path));
      else {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    }
  };
  const commit = (time: string, message: string, files: Record<string, string | null>) => {
    clock = time;
    write(files);
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };

  git('init', '-q', '-b', 'main');
  const sha: Record<string, string> = {};
  sha.init = commit('2026-03-01T09:00:00Z', 'Base policy', POLICY);

  const github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  const setClock = (time: string) => {
    clock = time;
    github.clock = () => new Date(time);
  };
  /** A branch from main with one or more commits, opened as a PR. */
  const branch = (name: string) => git('checkout', '-q', '-b', name, 'main');
  const merge = (n: number, time: string, method: 'merge' | 'squash' = 'merge') => {
    setClock(time);
    const merged = github.mergePull(n, { method });
    git('checkout', '-q', 'main');
    return merged;
  };

  // PR #1: alice asks for prod-db; sam (SRE) approves on the head commit; merged.
  branch('grant/alice-db');
  commit('2026-03-02T09:00:00Z', 'Request prod-db for INC-1', { 'grants/alice-prod-db.yaml': ALICE_V1 });
  setClock('2026-03-02T09:05:00Z');
  github.createPull({ head: 'grant/alice-db', author: 'alice', title: 'alice: prod-db for INC-1' });
  github.addReview(1, { user: 'sam-sre', state: 'APPROVED', submittedAt: '2026-03-02T09:30:00Z' });
  sha.pr1 = merge(1, '2026-03-02T10:00:00Z');

  // PR #2: the extension, squash-merged; raj approves (sam only comments).
  branch('grant/alice-db-extend');
  commit('2026-03-02T13:00:00Z', 'Extend to 18:00', { 'grants/alice-prod-db.yaml': ALICE_V2 });
  setClock('2026-03-02T13:05:00Z');
  github.createPull({ head: 'grant/alice-db-extend', author: 'alice', title: 'alice: extend prod-db' });
  github.addReview(2, { user: 'sam-sre', state: 'COMMENTED', submittedAt: '2026-03-02T13:08:00Z' });
  github.addReview(2, { user: 'raj-sre', state: 'APPROVED', submittedAt: '2026-03-02T13:10:00Z' });
  sha.pr2 = merge(2, '2026-03-02T13:30:00Z', 'squash');

  // A direct push to main: no PR, no review.
  sha.direct = commit('2026-03-03T08:00:00Z', 'bob needs prod-db', { 'grants/bob-prod-db.yaml': BOB });

  // PR #3: the cleanup PR deletes alice's expired grant.
  branch('tailpolicy/expired');
  commit('2026-03-03T09:55:00Z', 'Remove expired grants', { 'grants/alice-prod-db.yaml': null });
  setClock('2026-03-03T09:56:00Z');
  github.createPull({
    head: 'tailpolicy/expired',
    author: 'github-actions[bot]',
    title: 'Remove expired access grants',
  });
  sha.pr3 = merge(3, '2026-03-03T10:00:00Z');
  git('branch', '-q', '-D', 'tailpolicy/expired');

  // PR #4: raj's grant; raj (a grantee) approves, sam approves, then a new commit makes sam's stale.
  branch('grant/raj-db');
  commit('2026-03-04T09:00:00Z', 'raj prod-db', { 'grants/raj-prod-db.yaml': RAJ_V1 });
  setClock('2026-03-04T09:05:00Z');
  github.createPull({ head: 'grant/raj-db', author: 'alice', title: 'raj: prod-db' });
  github.addReview(4, { user: 'raj-sre', state: 'APPROVED', submittedAt: '2026-03-04T09:10:00Z' });
  const stale = github.addReview(4, { user: 'sam-sre', state: 'APPROVED', submittedAt: '2026-03-04T09:15:00Z' });
  sha.pr4stale = stale.commitId;
  sha.pr4head = commit('2026-03-04T09:20:00Z', 'better reason', { 'grants/raj-prod-db.yaml': RAJ_V2 });
  sha.pr4 = merge(4, '2026-03-04T09:30:00Z');

  // PR #5: the grant file moves into a subfolder, approved.
  branch('grant/raj-move');
  clock = '2026-03-04T10:00:00Z';
  git('mv', 'grants/raj-prod-db.yaml', 'grants/sre-raj-prod-db.yaml');
  mkdirSync(join(dir, 'grants/sre'), { recursive: true });
  git('mv', 'grants/sre-raj-prod-db.yaml', 'grants/sre/raj-prod-db.yaml');
  git('commit', '-q', '-m', 'Move into sre/');
  setClock('2026-03-04T10:02:00Z');
  github.createPull({ head: 'grant/raj-move', author: 'alice', title: 'tidy' });
  github.addReview(5, { user: 'SAM-SRE', state: 'APPROVED', submittedAt: '2026-03-04T10:05:00Z' });
  sha.pr5 = merge(5, '2026-03-04T10:10:00Z');

  // A local --no-ff merge pushed directly, whose message claims to be PR #9.
  branch('sneaky');
  commit('2026-03-05T07:55:00Z', 'carol inline', { 'grants/carol-inline.yaml': CAROL });
  git('checkout', '-q', 'main');
  clock = '2026-03-05T08:00:00Z';
  git('merge', '-q', '--no-ff', 'sneaky', '-m', 'Merge pull request #9 from acme/sneaky');
  sha.forged = git('rev-parse', 'HEAD');

  // PR #6: the cleanup PR deletes everything left.
  branch('tailpolicy/expired');
  commit('2026-03-05T11:55:00Z', 'Remove expired grants', {
    'grants/bob-prod-db.yaml': null,
    'grants/sre/raj-prod-db.yaml': null,
    'grants/carol-inline.yaml': null,
  });
  setClock('2026-03-05T11:56:00Z');
  github.createPull({
    head: 'tailpolicy/expired',
    author: 'github-actions[bot]',
    title: 'Remove expired access grants',
  });
  sha.pr6 = merge(6, '2026-03-05T12:00:00Z');
  return { dir, github, sha };
}

beforeAll(async () => {
  s = await buildScenario();
});

afterAll(async () => {
  await s?.github.close();
});

const offline = (extra: Partial<Parameters<typeof runAudit>[0]> = {}) =>
  runAudit({ root: s.dir, policyDir: 'policy', grantsDir: 'grants', now: NOW, ...extra });

const enriched = (extra: Partial<Parameters<typeof runAudit>[0]> = {}) =>
  offline({
    github: createGitHubClient({
      token: s.github.token,
      apiUrl: s.github.url,
      owner: 'acme',
      repo: 'tailnet',
      retry: { retries: 0 },
    }),
    repository: 'acme/tailnet',
    ...extra,
  });

function rows(run: AuditRun, columns: readonly (typeof AUDIT_COLUMNS)[number][]) {
  return run.report.events.map((e) => {
    const r = eventRecord(e);
    return Object.fromEntries(columns.map((c) => [c, r[c]]));
  });
}

/** RFC 4180, for reading back what we wrote. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return out;
}

describe('the history read from Git', () => {
  it('is the first-parent line, with renames followed and non-grant files ignored', async () => {
    const history = await readGrantHistory(s.dir, { grantsDir: 'grants' });
    expect(history.commits.map((c) => [c.sha, c.changes.map((ch) => [ch.status, ch.path, ch.oldPath ?? ''])])).toEqual([
      [s.sha.pr1, [['added', 'grants/alice-prod-db.yaml', '']]],
      [s.sha.pr2, [['modified', 'grants/alice-prod-db.yaml', '']]],
      [s.sha.direct, [['added', 'grants/bob-prod-db.yaml', '']]],
      [s.sha.pr3, [['deleted', 'grants/alice-prod-db.yaml', '']]],
      [s.sha.pr4, [['added', 'grants/raj-prod-db.yaml', '']]],
      [s.sha.pr5, [['renamed', 'grants/sre/raj-prod-db.yaml', 'grants/raj-prod-db.yaml']]],
      [s.sha.forged, [['added', 'grants/carol-inline.yaml', '']]],
      [
        s.sha.pr6,
        [
          ['deleted', 'grants/bob-prod-db.yaml', ''],
          ['deleted', 'grants/carol-inline.yaml', ''],
          ['deleted', 'grants/sre/raj-prod-db.yaml', ''],
        ],
      ],
    ]);
    expect(history.commits[1]!.changes[0]!.text).toBe(ALICE_V2);
    expect(history.commits[1]!.committedAt.toISOString()).toBe('2026-03-02T13:30:00.000Z');
  });

  it('works from a folder inside a larger repository', async () => {
    const mono = tempDir('tailpolicy-mono-');
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'D',
      GIT_AUTHOR_EMAIL: 'd@x',
      GIT_COMMITTER_NAME: 'D',
      GIT_COMMITTER_EMAIL: 'd@x',
    };
    const git = (...args: string[]) => execFileSync('git', ['-C', mono, ...args], { encoding: 'utf8', env });
    mkdirSync(join(mono, 'infra/tailnet/grants [old]'), { recursive: true });
    mkdirSync(join(mono, 'grants'), { recursive: true });
    writeFileSync(join(mono, 'infra/tailnet/grants [old]/a.yaml'), ALICE_V1);
    writeFileSync(join(mono, 'grants/unrelated.yaml'), ALICE_V1);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'one');
    const history = await readGrantHistory(join(mono, 'infra/tailnet'), { grantsDir: 'grants [old]' });
    expect(history.commits.flatMap((c) => c.changes.map((ch) => [ch.status, ch.path, ch.text]))).toEqual([
      ['added', 'grants [old]/a.yaml', ALICE_V1],
    ]);
  });

  it('refuses a shallow clone', async () => {
    const shallow = tempDir('tailpolicy-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${s.dir}`, shallow]);
    await expect(readGrantHistory(shallow, { grantsDir: 'grants' })).rejects.toThrow(/shallow clone.*fetch-depth: 0/);
  });
});

const EVENT_COLUMNS = [
  'grant_id',
  'event',
  'path',
  'previous_path',
  'grantees',
  'resource',
  'reason',
  'ticket',
  'starts',
  'expires',
  'valid',
  'commit',
  'merged_at',
  'became_active_at',
  'expired_at',
  'superseded_at',
  'superseded_by_commit',
  'removed_at',
  'removed_commit',
] as const;

function expectedEvents() {
  const id = (path: string, sha: string) => `${path}@${sha.slice(0, 12)}`;
  const alice = id('grants/alice-prod-db.yaml', s.sha.pr1!);
  const raj = id('grants/raj-prod-db.yaml', s.sha.pr4!);
  const base = {
    previous_path: null,
    starts: null,
    valid: true,
    superseded_at: null,
    superseded_by_commit: null,
    expired_at: null,
  };
  return [
    {
      ...base,
      grant_id: alice,
      event: 'added',
      path: 'grants/alice-prod-db.yaml',
      grantees: ['alice@example.com'],
      resource: 'prod-db',
      reason: 'INC-1: slow queries',
      ticket: 'INC-1',
      expires: '2026-03-02T14:00:00Z',
      commit: s.sha.pr1,
      merged_at: '2026-03-02T10:00:00Z',
      became_active_at: '2026-03-02T10:00:00Z',
      superseded_at: '2026-03-02T13:30:00Z',
      superseded_by_commit: s.sha.pr2,
      removed_at: '2026-03-03T10:00:00Z',
      removed_commit: s.sha.pr3,
    },
    {
      ...base,
      grant_id: alice,
      event: 'extended',
      path: 'grants/alice-prod-db.yaml',
      grantees: ['alice@example.com'],
      resource: 'prod-db',
      reason: 'INC-1: slow queries',
      ticket: 'INC-1',
      expires: '2026-03-02T18:00:00Z',
      commit: s.sha.pr2,
      merged_at: '2026-03-02T13:30:00Z',
      became_active_at: '2026-03-02T13:30:00Z',
      expired_at: '2026-03-02T18:00:00Z',
      removed_at: '2026-03-03T10:00:00Z',
      removed_commit: s.sha.pr3,
    },
    {
      ...base,
      grant_id: id('grants/bob-prod-db.yaml', s.sha.direct!),
      event: 'added',
      path: 'grants/bob-prod-db.yaml',
      grantees: ['bob@example.com'],
      resource: 'prod-db',
      reason: HOSTILE,
      ticket: null,
      starts: '2026-03-03T09:00:00Z',
      expires: '2026-03-03T12:00:00Z',
      commit: s.sha.direct,
      merged_at: '2026-03-03T08:00:00Z',
      became_active_at: '2026-03-03T09:00:00Z',
      expired_at: '2026-03-03T12:00:00Z',
      removed_at: '2026-03-05T12:00:00Z',
      removed_commit: s.sha.pr6,
    },
    {
      ...base,
      grant_id: raj,
      event: 'added',
      path: 'grants/raj-prod-db.yaml',
      grantees: ['raj@example.com'],
      resource: 'prod-db',
      reason: 'INC-2: vacuum',
      ticket: 'INC-2',
      expires: '2026-03-04T15:00:00Z',
      commit: s.sha.pr4,
      merged_at: '2026-03-04T09:30:00Z',
      became_active_at: '2026-03-04T09:30:00Z',
      superseded_at: '2026-03-04T10:10:00Z',
      superseded_by_commit: s.sha.pr5,
      removed_at: '2026-03-05T12:00:00Z',
      removed_commit: s.sha.pr6,
    },
    {
      ...base,
      grant_id: raj,
      event: 'renamed',
      path: 'grants/sre/raj-prod-db.yaml',
      previous_path: 'grants/raj-prod-db.yaml',
      grantees: ['raj@example.com'],
      resource: 'prod-db',
      reason: 'INC-2: vacuum',
      ticket: 'INC-2',
      expires: '2026-03-04T15:00:00Z',
      commit: s.sha.pr5,
      merged_at: '2026-03-04T10:10:00Z',
      became_active_at: '2026-03-04T10:10:00Z',
      expired_at: '2026-03-04T15:00:00Z',
      removed_at: '2026-03-05T12:00:00Z',
      removed_commit: s.sha.pr6,
    },
    {
      ...base,
      grant_id: id('grants/carol-inline.yaml', s.sha.forged!),
      event: 'added',
      path: 'grants/carol-inline.yaml',
      grantees: ['carol@example.com'],
      resource: null,
      reason: '=HYPERLINK("http://evil.example")',
      ticket: null,
      expires: '2026-03-05T09:00:00Z',
      commit: s.sha.forged,
      merged_at: '2026-03-05T08:00:00Z',
      became_active_at: '2026-03-05T08:00:00Z',
      expired_at: '2026-03-05T09:00:00Z',
      removed_at: '2026-03-05T12:00:00Z',
      removed_commit: s.sha.pr6,
    },
  ];
}

describe('offline (Git history alone)', () => {
  it('produces one row per grant event, exactly', async () => {
    const run = await offline();
    expect(rows(run, EVENT_COLUMNS)).toEqual(expectedEvents());
  });

  it('says "not looked up" in the approval columns and takes PR numbers from the merge messages', async () => {
    const run = await offline();
    expect(
      rows(run, [
        'pr_number',
        'pr_author',
        'approval_status',
        'approvals',
        'qualifying_approvers',
        'removed_pr_number',
        'lookup',
      ]),
    ).toEqual([
      {
        pr_number: 1,
        pr_author: 'not looked up',
        approval_status: 'not looked up',
        approvals: 'not looked up',
        qualifying_approvers: 'not looked up',
        removed_pr_number: 3,
        lookup: 'offline',
      },
      {
        pr_number: 2,
        pr_author: 'not looked up',
        approval_status: 'not looked up',
        approvals: 'not looked up',
        qualifying_approvers: 'not looked up',
        removed_pr_number: 3,
        lookup: 'offline',
      },
      {
        pr_number: null,
        pr_author: 'not looked up',
        approval_status: 'not looked up',
        approvals: 'not looked up',
        qualifying_approvers: 'not looked up',
        removed_pr_number: 6,
        lookup: 'offline',
      },
      {
        pr_number: 4,
        pr_author: 'not looked up',
        approval_status: 'not looked up',
        approvals: 'not looked up',
        qualifying_approvers: 'not looked up',
        removed_pr_number: 6,
        lookup: 'offline',
      },
      {
        pr_number: 5,
        pr_author: 'not looked up',
        approval_status: 'not looked up',
        approvals: 'not looked up',
        qualifying_approvers: 'not looked up',
        removed_pr_number: 6,
        lookup: 'offline',
      },
      {
        pr_number: 9,
        pr_author: 'not looked up',
        approval_status: 'not looked up',
        approvals: 'not looked up',
        qualifying_approvers: 'not looked up',
        removed_pr_number: 6,
        lookup: 'offline',
      },
    ]);
    expect(run.report.summary.unapproved).toBeUndefined();
  });

  it('summarises the period: grants, median and longest duration, still active', async () => {
    const { report } = await offline();
    expect(report.summary).toEqual({
      events: 6,
      grants: 4,
      // alice 8h (10:00 → 18:00 over two versions), bob 3h, raj 5h30m, carol 1h
      medianDurationMs: 4.25 * 3_600_000,
      longestDurationMs: 8 * 3_600_000,
      longestGrantId: `grants/alice-prod-db.yaml@${s.sha.pr1!.slice(0, 12)}`,
      stillActive: 0,
      expiredPresent: 0,
    });
  });

  it('keeps the versions that were on the default branch during --since/--until', async () => {
    const { report } = await offline({
      since: new Date('2026-03-04T00:00:00Z'),
      until: new Date('2026-03-05T00:00:00Z'),
    });
    expect(report.events.map((e) => [e.path, e.event])).toEqual([
      ['grants/bob-prod-db.yaml', 'added'],
      ['grants/raj-prod-db.yaml', 'added'],
      ['grants/sre/raj-prod-db.yaml', 'renamed'],
    ]);
    expect(report.summary).toMatchObject({ events: 3, grants: 2 });
  });

  it('counts a grant active at now as still active, and an expired file not yet removed', async () => {
    const { report } = await offline({ now: new Date('2026-03-03T09:30:00Z') });
    expect(report.summary).toMatchObject({ stillActive: 1, expiredPresent: 1, events: 3 });
  });
});

describe('--at: who had which access at that time', () => {
  const cases: Array<[string, string[]]> = [
    ['2026-03-02T09:59:00Z', []],
    ['2026-03-02T10:00:00Z', [`active alice@example.com prod-db grants/alice-prod-db.yaml #1`]],
    ['2026-03-02T12:00:00Z', [`active alice@example.com prod-db grants/alice-prod-db.yaml #1`]],
    // After the first window's end, through the extension.
    ['2026-03-02T15:00:00Z', [`active alice@example.com prod-db grants/alice-prod-db.yaml #2`]],
    ['2026-03-02T20:00:00Z', [`expired alice@example.com prod-db grants/alice-prod-db.yaml #2`]],
    // bob's file is there but his window has not started.
    ['2026-03-03T08:30:00Z', [`expired alice@example.com prod-db grants/alice-prod-db.yaml #2`]],
    [
      '2026-03-03T09:30:00Z',
      [
        `expired alice@example.com prod-db grants/alice-prod-db.yaml #2`,
        `active bob@example.com prod-db grants/bob-prod-db.yaml -`,
      ],
    ],
    ['2026-03-03T10:00:00Z', [`active bob@example.com prod-db grants/bob-prod-db.yaml -`]],
    ['2026-03-03T12:30:00Z', [`expired bob@example.com prod-db grants/bob-prod-db.yaml -`]],
    [
      '2026-03-04T10:05:00Z',
      [
        `expired bob@example.com prod-db grants/bob-prod-db.yaml -`,
        `active raj@example.com prod-db grants/raj-prod-db.yaml #4`,
      ],
    ],
    [
      '2026-03-04T10:10:00Z',
      [
        `expired bob@example.com prod-db grants/bob-prod-db.yaml -`,
        `active raj@example.com prod-db grants/sre/raj-prod-db.yaml #5`,
      ],
    ],
    [
      '2026-03-05T08:30:00Z',
      [
        `expired bob@example.com prod-db grants/bob-prod-db.yaml -`,
        `expired raj@example.com prod-db grants/sre/raj-prod-db.yaml #5`,
        `active carol@example.com inline grants/carol-inline.yaml #9`,
      ],
    ],
    ['2026-03-05T12:00:00Z', []],
    ['2026-03-05T23:00:00Z', []],
  ];
  it.each(cases)('at %s', async (at, expected) => {
    const { report } = await offline({ at: new Date(at) });
    expect(
      report.at!.access.map(
        (r) =>
          `${r.state} ${r.event.grant!.grantees.join(',')} ${r.event.grant!.resource ?? 'inline'} ${r.event.path} ` +
          `${r.event.pr.kind === 'not looked up' && r.event.pr.claimedNumber ? `#${r.event.pr.claimedNumber}` : '-'}`,
      ),
    ).toEqual(expected);
  });
});

describe('with GitHub (PRs and reviews looked up)', () => {
  it('adds PRs and approvals, and flags the direct push, the stale approval and the forged merge', async () => {
    const run = await enriched();
    expect(rows(run, EVENT_COLUMNS)).toEqual(expectedEvents());
    const approval = (user: string, at: string, commit: string, notCounted?: string) => ({
      user,
      submitted_at: at,
      commit,
      counts: notCounted === undefined,
      not_counted_because: notCounted ?? null,
    });
    const pr1Head = s.github.pulls.get(1)!.headSha;
    const pr2Head = s.github.pulls.get(2)!.headSha;
    const pr5Head = s.github.pulls.get(5)!.headSha;
    expect(
      rows(run, [
        'pr_number',
        'pr_author',
        'pr_head_sha',
        'approval_status',
        'approvals_required',
        'approvals',
        'qualifying_approvers',
        'removed_pr_number',
        'removed_pr_author',
        'lookup',
      ]),
    ).toEqual([
      {
        pr_number: 1,
        pr_author: 'alice',
        pr_head_sha: pr1Head,
        approval_status: 'approved',
        approvals_required: 1,
        approvals: [approval('sam-sre', '2026-03-02T09:30:00Z', pr1Head)],
        qualifying_approvers: ['sam-sre'],
        removed_pr_number: 3,
        removed_pr_author: 'github-actions[bot]',
        lookup: 'github',
      },
      {
        pr_number: 2,
        pr_author: 'alice',
        pr_head_sha: pr2Head,
        approval_status: 'approved',
        approvals_required: 1,
        approvals: [approval('raj-sre', '2026-03-02T13:10:00Z', pr2Head)],
        qualifying_approvers: ['raj-sre'],
        removed_pr_number: 3,
        removed_pr_author: 'github-actions[bot]',
        lookup: 'github',
      },
      {
        pr_number: null,
        pr_author: null,
        pr_head_sha: null,
        approval_status: 'unapproved (direct push)',
        approvals_required: null,
        approvals: [],
        qualifying_approvers: [],
        removed_pr_number: 6,
        removed_pr_author: 'github-actions[bot]',
        lookup: 'github',
      },
      {
        pr_number: 4,
        pr_author: 'alice',
        pr_head_sha: s.sha.pr4head,
        approval_status: 'unapproved (0 of 1 qualifying approvals)',
        approvals_required: 1,
        approvals: [
          approval('raj-sre', '2026-03-04T09:10:00Z', s.sha.pr4stale!, 'a grantee'),
          approval('sam-sre', '2026-03-04T09:15:00Z', s.sha.pr4stale!, "approved an older commit, not the PR's head"),
        ],
        qualifying_approvers: [],
        removed_pr_number: 6,
        removed_pr_author: 'github-actions[bot]',
        lookup: 'github',
      },
      {
        pr_number: 5,
        pr_author: 'alice',
        pr_head_sha: pr5Head,
        approval_status: 'approved',
        approvals_required: 1,
        approvals: [approval('SAM-SRE', '2026-03-04T10:05:00Z', pr5Head)],
        qualifying_approvers: ['SAM-SRE'],
        removed_pr_number: 6,
        removed_pr_author: 'github-actions[bot]',
        lookup: 'github',
      },
      {
        pr_number: null,
        pr_author: null,
        pr_head_sha: null,
        approval_status: 'unapproved (direct push)',
        approvals_required: null,
        approvals: [],
        qualifying_approvers: [],
        removed_pr_number: 6,
        removed_pr_author: 'github-actions[bot]',
        lookup: 'github',
      },
    ]);
    expect(run.report.summary.unapproved).toBe(3);
    expect(rows(run, ['pr_url'])[0]).toEqual({ pr_url: 'https://github.com/acme/tailnet/pull/1' });
  });

  it('judges approvers by access.yaml as it was before the merge, not as the PR changed it', async () => {
    // A PR that makes its own reviewer an approver and adds a grant in the same change.
    const local = await buildScenarioSelfApproving();
    try {
      const run = await runAudit({
        root: local.dir,
        policyDir: 'policy',
        grantsDir: 'grants',
        now: NOW,
        github: createGitHubClient({
          token: local.github.token,
          apiUrl: local.github.url,
          owner: 'acme',
          repo: 'tailnet',
          retry: { retries: 0 },
        }),
      });
      expect(run.report.events.map((e) => [e.path, eventRecord(e).approval_status])).toEqual([
        ['grants/bob-prod-db.yaml', 'unapproved (0 of 1 qualifying approvals)'],
      ]);
      expect(run.report.events[0]!.approval.reviews[0]).toMatchObject({
        user: 'carol',
        notCounted: 'not among the approvers (group:sre)',
      });
    } finally {
      await local.github.close();
    }
  });
});

/** A repository where PR #1 edits access.yaml to make carol an approver, adds bob's grant, and carol approves. */
async function buildScenarioSelfApproving() {
  const dir = tempDir('tailpolicy-audit-self-');
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'D',
    GIT_AUTHOR_EMAIL: 'd@example.com',
    GIT_COMMITTER_NAME: 'D',
    GIT_COMMITTER_EMAIL: 'd@example.com',
    GIT_AUTHOR_DATE: '2026-03-01T09:00:00Z',
    GIT_COMMITTER_DATE: '2026-03-01T09:00:00Z',
  };
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git('init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(POLICY)) put(path, text);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  github.clock = () => new Date('2026-03-02T10:00:00Z');
  git('checkout', '-q', '-b', 'sneaky');
  put(
    'policy/access.yaml',
    POLICY['policy/access.yaml'].replace(
      'approvers: [group:sre]\ninline',
      'approvers: [group:sre, carol@example.com]\ninline',
    ),
  );
  put(
    'grants/bob-prod-db.yaml',
    grant({ grantees: 'bob@example.com', resource: 'prod-db', reason: 'x', expires: '2026-03-02T12:00:00Z' }),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'carol approves now');
  github.createPull({ head: 'sneaky', author: 'bob' });
  github.addReview(1, { user: 'carol', state: 'APPROVED' });
  github.mergePull(1);
  git('checkout', '-q', 'main');
  return { dir, github };
}

describe('the files: CSV, JSON and Markdown', () => {
  let dir: string;
  let csv: string;
  let json: Record<string, unknown>;
  let markdown: string;

  beforeAll(async () => {
    dir = tempDir('tailpolicy-audit-out-');
    const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: s.dir };
    const code = await cli(['audit', '--now', NOW.toISOString(), '--out', dir], io);
    expect(code).toBe(0);
    csv = readFileSync(join(dir, 'audit.csv'), 'utf8');
    json = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')) as Record<string, unknown>;
    markdown = readFileSync(join(dir, 'audit.md'), 'utf8');
  });

  it('CSV: stable column names, one row per event, RFC 4180, formula cells neutralised', () => {
    const table = parseCsv(csv);
    expect(table[0]).toEqual([...AUDIT_COLUMNS]);
    expect(table[0]).toEqual(
      'grant_id,event,path,previous_path,grantees,resource,inline_rules,reason,ticket,starts,expires,valid,problem,commit,commit_author,merged_at,pr_number,pr_url,pr_author,pr_head_sha,approval_status,approvals_required,approvals,qualifying_approvers,became_active_at,expired_at,superseded_at,superseded_by_commit,removed_at,removed_commit,removed_pr_number,removed_pr_author,lookup,target'.split(
        ',',
      ),
    );
    expect(table).toHaveLength(7);
    expect(table.every((r) => r.length === AUDIT_COLUMNS.length)).toBe(true);
    const col = (name: string) => AUDIT_COLUMNS.indexOf(name as (typeof AUDIT_COLUMNS)[number]);
    expect(table.slice(1).map((r) => r[col('event')])).toEqual([
      'added',
      'extended',
      'added',
      'added',
      'renamed',
      'added',
    ]);
    // Carol's reason begins with "=": a spreadsheet must show it, not evaluate it.
    expect(table[6]![col('reason')]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(table[3]![col('reason')]).toBe(HOSTILE);
    expect(table[6]![col('inline_rules')]).toBe(
      '{"grants":[],"ssh":[{"action":"accept","dst":["tag:bastion"],"users":["ubuntu"]}]}',
    );
    expect(table[1]![col('approval_status')]).toBe('not looked up');
    expect(table[1]![col('grantees')]).toBe('alice@example.com');
  });

  it('JSON: the same column names as keys, typed values', () => {
    expect(Object.keys(json)).toEqual([
      'generator',
      'repository',
      'head',
      'target',
      'tailnet',
      'grants_dir',
      'now',
      'since',
      'until',
      'lookup',
      'summary',
      'columns',
      'events',
      'at',
    ]);
    const events = json.events as Array<Record<string, unknown>>;
    expect(events).toHaveLength(6);
    for (const e of events) expect(Object.keys(e)).toEqual([...AUDIT_COLUMNS]);
    expect(json.summary).toEqual({
      events: 6,
      grants: 4,
      median_duration_seconds: 15300,
      longest_duration_seconds: 28800,
      longest_grant_id: `grants/alice-prod-db.yaml@${s.sha.pr1!.slice(0, 12)}`,
      unapproved: 'not looked up',
      still_active: 0,
      expired_still_present: 0,
    });
  });

  it('Markdown: a readable table, with hostile text escaped', () => {
    expect(markdown).toContain('| Grant file | Event | Grantees | Access | Window | Reason |');
    const tableLines = markdown.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(tableLines).toHaveLength(6);
    // Every row has as many cells as the header.
    for (const line of tableLines) expect(line.split(' | ')).toHaveLength(12);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('@everyone');
    expect(markdown).not.toContain('](javascript');
    expect(markdown).toContain(
      '&lt;img src=x onerror=alert&#40;1&#41;&gt; &#64;everyone &#91;x&#93;&#40;javascript&#58;alert&#40;1&#41;&#41;',
    );
    expect(markdown).toContain('#9 (from the commit message)');
    expect(markdown).toContain('Pull requests and approvals were not looked up');
  });
});

describe('the CLI', () => {
  const capture = (env: NodeJS.ProcessEnv = {}) => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        stdout: (t: string) => void (out.stdout += t),
        stderr: (t: string) => void (out.stderr += t),
        env,
        cwd: s.dir,
      },
    };
  };

  it('offline: exit 0, a text report, and --at', async () => {
    const { out, io } = capture();
    expect(await cli(['audit', '--now', NOW.toISOString(), '--at', '2026-03-03T09:30:00Z'], io)).toBe(0);
    expect(out.stdout).toContain('tailpolicy audit: 4 grant(s), 6 event(s)');
    expect(out.stdout).toContain('without a qualifying approval: not looked up');
    expect(out.stdout).toContain('access at 2026-03-03T09:30:00Z:');
    expect(out.stdout).toContain(
      'active  bob@example.com → prod-db (grants/bob-prod-db.yaml, 2026-03-03T09:00:00Z → 2026-03-03T12:00:00Z; not looked up)',
    );
    expect(out.stdout).toContain('expired alice@example.com → prod-db (grants/alice-prod-db.yaml');
    expect(out.stdout).not.toContain('<img src=x onerror=alert(1)>\n');
  });

  it('with GITHUB_TOKEN and GITHUB_REPOSITORY: exit 1 when grants lack a qualifying approval; JSON', async () => {
    const { out, io } = capture({
      GITHUB_TOKEN: s.github.token,
      GITHUB_REPOSITORY: 'acme/tailnet',
      GITHUB_API_URL: s.github.url,
    });
    expect(
      await cli(['audit', '--now', NOW.toISOString(), '--format', 'json', '--at', '2026-03-02T12:00:00Z'], io),
    ).toBe(1);
    const doc = JSON.parse(out.stdout) as {
      lookup: string;
      summary: { unapproved: number };
      at: { access: Array<Record<string, unknown>> };
    };
    expect(doc.lookup).toBe('github');
    expect(doc.summary.unapproved).toBe(3);
    expect(doc.at.access).toEqual([
      expect.objectContaining({
        state: 'active',
        grantees: ['alice@example.com'],
        resource: 'prod-db',
        approval_status: 'approved',
        commit: s.sha.pr1,
      }),
    ]);
  });

  it('exit 0 with GitHub when the period holds only approved grants', async () => {
    const { io } = capture({
      GITHUB_TOKEN: s.github.token,
      GITHUB_REPOSITORY: 'acme/tailnet',
      GITHUB_API_URL: s.github.url,
    });
    expect(await cli(['audit', '--now', NOW.toISOString(), '--until', '2026-03-03T07:00:00Z'], io)).toBe(0);
  });

  it('exit 3 when GitHub fails, without printing the token', async () => {
    const { out, io } = capture({
      GITHUB_TOKEN: 'ghs_wrongtoken123',
      GITHUB_REPOSITORY: 'acme/tailnet',
      GITHUB_API_URL: s.github.url,
    });
    expect(await cli(['audit', '--now', NOW.toISOString()], io)).toBe(3);
    expect(out.stderr).toMatch(/GitHub.*401/);
    expect(out.stderr + out.stdout).not.toContain('ghs_wrongtoken123');
  });

  it('exit 2 on usage errors', async () => {
    for (const args of [
      ['--at', 'yesterday'],
      ['--since', '2026-03-05T00:00:00Z', '--until', '2026-03-04T00:00:00Z'],
      ['--format', 'xml'],
      ['extra'],
    ]) {
      const { out, io } = capture();
      expect(await cli(['audit', ...args], io), args.join(' ')).toBe(2);
      expect(out.stderr).toMatch(/tailpolicy: /);
    }
  });

  it('exit 2 outside a Git repository', async () => {
    const { out, io } = capture();
    io.cwd = tempDir('tailpolicy-nogit-');
    expect(await cli(['audit'], io)).toBe(2);
    expect(out.stderr).toMatch(/git rev-parse failed/);
  });
});
