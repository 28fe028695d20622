/**
 * Approval by fact as well as by review (SPEC 1.3 `team:<org>/<slug>`, `autoApprove.onCall`,
 * `breakGlass`): check mode on the pull request and apply on the default branch, with real Git
 * repositories, dist/index.js, and the loopback GitHub, PagerDuty and Tailscale emulators.
 *
 * Safety property 10's rows for these paths (approval-paths.test.ts has the others), each refused
 * in check and left out by apply: a team added to the approvers in the same PR ("a team that
 * grows"), a non-member's or invited member's review, an on-call requester no longer on call at
 * merge (check passes at the head, apply refuses at the merge), a grant to someone else or over
 * autoApprove's cap, PagerDuty unreachable, and a break-glass grant over its cap or unlabelled.
 *
 * The world: main's access.yaml has prod-db approved by team:acme/sre (members sam-sre and
 * dana-dba, who is not in "people") and eligible to group:engineering or team:acme/contractors
 * (erin-acme); alice's prod-db grant came in through PR #1, approved by sam-sre.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { startTailscaleEmulator, EMULATOR_API_KEY, type TailscaleEmulator } from '../emulators/tailscale.js';
import { startPagerDutyEmulator, type PagerDutyEmulator } from '../emulators/pagerduty.js';
import { cli } from '../../src/cli/index.js';
import { tempDir } from '../helpers.js';
import { EXAMPLE_NOW, git, runAction, type ActionRun } from './runner.js';

const ALICE = 'grants/alice-prod-db-inc-4211.yaml';
const BOB = 'grants/bob-prod-db.yaml';
const BOB_DB = `grantees: [bob@example.com]
resource: prod-db
reason: "INC-4300: check the reindex"
ticket: INC-4300
expires: 2026-11-22T03:00:00Z
`;
const ERIN = 'grants/erin-prod-db.yaml';
const ERIN_DB = BOB_DB.replace('bob@example.com', 'erin@example.com');

interface World {
  dir: string;
  gh: GitHubEmulator;
}

function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${path} changed nothing`);
  writeFileSync(file, after);
}

async function world(opts: { onCall?: boolean; breakGlass?: boolean } = {}): Promise<World> {
  const dir = tempDir('tailpolicy-facts-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  if (opts.breakGlass)
    edit(dir, 'policy/access.yaml', (t) =>
      t.replace(
        '    ticket: "^INC-[0-9]+$"\n',
        '    ticket: "^INC-[0-9]+$"\n    breakGlass:\n      maxDuration: 1h\n      reviewWithin: 24h\n',
      ),
    );
  if (opts.onCall)
    edit(dir, 'policy/access.yaml', (t) =>
      t.replace(
        '    ticket: "^INC-[0-9]+$"\n',
        '    ticket: "^INC-[0-9]+$"\n    autoApprove:\n      onCall:\n        pagerduty: { schedules: [PABC123, PDEF456] }\n        maxDuration: 2h\n',
      ),
    );
  edit(dir, 'policy/access.yaml', (t) =>
    t
      .replace('  sec@example.com: sec-acme\n', '  sec@example.com: sec-acme\n  erin@example.com: erin-acme\n')
      .replace(
        'eligible: [group:engineering]\n    approvers: [group:sre]\n    ticket',
        'eligible: [group:engineering, team:acme/contractors]\n    approvers: [team:acme/sre]\n    ticket',
      ),
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base policy');
  git(dir, 'checkout', '-q', '-b', 'alice');
  mkdirSync(join(dir, 'grants'));
  cpSync(ALICE, join(dir, ALICE));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'alice requests prod-db');
  git(dir, 'checkout', '-q', 'main');
  const gh = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  gh.clock = () => new Date('2026-11-21T21:00:00Z');
  gh.teams.set('acme/sre', { members: ['sam-sre', 'dana-dba'], pending: ['raj-sre'] });
  gh.teams.set('acme/contractors', { members: ['erin-acme'] });
  const pull = gh.createPull({ head: 'alice', author: 'alice-acme', title: 'alice' });
  gh.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' });
  gh.mergePull(pull.number);
  git(dir, 'reset', '-q', '--hard', 'main');
  return { dir, gh };
}

function propose(w: World, change: (dir: string) => void, author = 'bob-acme'): number {
  const branch = `request-${w.gh.pulls.size + 1}`;
  git(w.dir, 'checkout', '-q', '-b', branch, 'main');
  change(w.dir);
  git(w.dir, 'add', '-A');
  git(w.dir, 'commit', '-q', '-m', branch);
  git(w.dir, 'checkout', '-q', 'main');
  return w.gh.createPull({ head: branch, author, title: branch }).number;
}

interface Extra {
  now?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

async function check(w: World, number: number, extra: Extra = {}): Promise<ActionRun> {
  const pull = w.gh.pulls.get(number)!;
  git(w.dir, 'checkout', '-q', pull.head);
  try {
    return await runAction({
      workspace: w.dir,
      eventName: 'pull_request',
      event: {
        pull_request: {
          number,
          head: { sha: git(w.dir, 'rev-parse', 'HEAD') },
          base: { sha: git(w.dir, 'rev-parse', pull.base) },
          user: { login: pull.author },
        },
      },
      inputs: { mode: 'check', now: extra.now ?? EXAMPLE_NOW, 'github-token': w.gh.token, ...extra.inputs },
      env: { GITHUB_API_URL: w.gh.url, ...extra.env },
    });
  } finally {
    git(w.dir, 'checkout', '-q', 'main');
  }
}

async function apply(w: World, extra: Extra = {}): Promise<{ run: ActionRun; pushed: string }> {
  git(w.dir, 'checkout', '-q', 'main');
  git(w.dir, 'reset', '-q', '--hard', 'main');
  const ts = await startTailscaleEmulator();
  try {
    const run = await runAction({
      workspace: w.dir,
      eventName: 'push',
      inputs: {
        mode: 'apply',
        now: EXAMPLE_NOW,
        'api-url': ts.url,
        'api-key': EMULATOR_API_KEY,
        'github-token': w.gh.token,
        ...extra.inputs,
      },
      env: { GITHUB_API_URL: w.gh.url, ...extra.env },
    });
    return { run, pushed: ts.requestsTo('POST', '/acl').length ? ts.policy : '' };
  } finally {
    await ts.close();
  }
}

/** The audit's approval_status of each grant file (audit.json), run as the action at `now`. */
async function auditStatus(w: World, now: string, extra: Extra = {}): Promise<Record<string, string>> {
  const runnerTemp = tempDir('tailpolicy-runner-facts-');
  const run = await runAction({
    workspace: w.dir,
    eventName: 'workflow_dispatch',
    inputs: { mode: 'audit', now, 'github-token': w.gh.token, ...extra.inputs },
    env: { RUNNER_TEMP: runnerTemp, GITHUB_API_URL: w.gh.url, ...extra.env },
  });
  const file = join(runnerTemp, 'tailpolicy', 'audit', 'audit.json');
  expect(existsSync(file), run.stdout).toBe(true);
  for (const secret of Object.values(extra.inputs ?? {})) expect(run.all + run.summary).not.toContain(secret);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { events: Array<Record<string, string>> };
  return Object.fromEntries(doc.events.map((e) => [e.path, e.approval_status]));
}

const granted = (pushed: string, path: string) => pushed.includes(`// grant ${path}:`);

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
}

describe('team:<org>/<slug> approvers and eligible', () => {
  it("a team member's review counts, in check and in apply; the plan names the team", async () => {
    const w = await world();
    try {
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_DB));
      w.gh.addReview(n, { user: 'sam-sre', state: 'APPROVED' });
      const passed = await check(w, n);
      expect(passed.code, passed.stdout).toBe(0);
      expect(decode(passed.summary)).toContain('team:acme/sre');
      expect(decode(passed.summary)).toContain('sam-sre');
      w.gh.mergePull(n);
      const { run, pushed } = await apply(w);
      expect(run.code, run.stdout).toBe(0);
      expect(granted(pushed, BOB)).toBe(true);
      expect(granted(pushed, ALICE)).toBe(true);
    } finally {
      await w.gh.close();
    }
  });

  it('a member not in "people" counts when every grantee is mapped', async () => {
    const w = await world();
    try {
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_DB));
      w.gh.addReview(n, { user: 'dana-dba', state: 'APPROVED' });
      const passed = await check(w, n);
      expect(passed.code, passed.stdout).toBe(0);
    } finally {
      await w.gh.close();
    }
  });

  it("a non-member's review does not count (nor a pending member's): refused in check, left out by apply", async () => {
    const w = await world();
    try {
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_DB));
      // raj-sre is in group:sre of the policy and invited to the team, but not yet a member.
      w.gh.addReview(n, { user: 'raj-sre', state: 'APPROVED' });
      w.gh.addReview(n, { user: 'ines-infra', state: 'APPROVED' });
      const refused = await check(w, n);
      expect(refused.code, refused.stdout).toBe(1);
      const plan = decode(refused.summary);
      expect(plan).toMatch(/raj-sre \(not among the approvers \(team:acme\/sre\)\)/);
      expect(plan).toMatch(/ines-infra \(not among the approvers \(team:acme\/sre\)\)/);
      w.gh.mergePull(n); // an admin merge
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/bob-prod-db\.yaml.*pull request #2 was merged without 1 qualifying approval/);
      expect(granted(pushed, BOB)).toBe(false);
      expect(granted(pushed, ALICE)).toBe(true);
    } finally {
      await w.gh.close();
    }
  });

  it('a team that grows in the same PR does not count: membership is read, the approver list is the base’s', async () => {
    const w = await world();
    try {
      const n = propose(w, (d) => {
        writeFileSync(join(d, BOB), BOB_DB);
        edit(d, 'policy/access.yaml', (t) =>
          t.replace('approvers: [team:acme/sre]', 'approvers: [team:acme/sre, team:acme/contractors]'),
        );
      });
      w.gh.addReview(n, { user: 'erin-acme', state: 'APPROVED' });
      const refused = await check(w, n);
      expect(refused.code, refused.stdout).toBe(1);
      expect(decode(refused.summary)).toMatch(/erin-acme \(not among the approvers \(team:acme\/sre\)\)/);
      w.gh.mergePull(n); // an admin merge
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/bob-prod-db\.yaml.*pull request #2 was merged without 1 qualifying approval/);
      expect(granted(pushed, BOB)).toBe(false);
    } finally {
      await w.gh.close();
    }
  });

  it('eligible through a team: a member passes, a non-member is refused by the base’s rules', async () => {
    const w = await world();
    try {
      const member = propose(w, (d) => writeFileSync(join(d, ERIN), ERIN_DB));
      w.gh.addReview(member, { user: 'sam-sre', state: 'APPROVED' });
      const passed = await check(w, member);
      expect(passed.code, passed.stdout).toBe(0);

      w.gh.teams.set('acme/contractors', { members: [] });
      const refused = await check(w, member);
      expect(refused.code, refused.stdout).toBe(1);
      expect(decode(refused.summary)).toMatch(/erin@example.com is not eligible for resource "prod-db"/);
      w.gh.mergePull(member);
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/erin-prod-db\.yaml.*erin@example.com is not eligible/);
      expect(granted(pushed, ERIN)).toBe(false);
    } finally {
      await w.gh.close();
    }
  });

  it.each([404, 403] as const)(
    'a token without members: read (%i) is a clear error naming the permission',
    async (status) => {
      const w = await world();
      try {
        w.gh.teamAccess = status;
        const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_DB));
        w.gh.addReview(n, { user: 'sam-sre', state: 'APPROVED' });
        const failed = await check(w, n);
        expect(failed.code).not.toBe(0);
        expect(failed.all).toMatch(/cannot read the team acme\/(sre|contractors)/);
        expect(failed.all).toMatch(/members: read/);
        expect(failed.all).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
        expect(failed.all).not.toContain(w.gh.token);
        w.gh.mergePull(n);
        const { run, pushed } = await apply(w);
        expect(run.code).not.toBe(0);
        expect(run.stdout).toMatch(/bob-prod-db\.yaml.*could not be verified.*members: read/);
        expect(granted(pushed, BOB)).toBe(false);
      } finally {
        await w.gh.close();
      }
    },
  );
});

/** bob's own grant, 1h30m from 23:00 (within autoApprove's 2h). */
const BOB_SHORT = BOB_DB.replace('2026-11-22T03:00:00Z', '2026-11-22T00:30:00Z');

describe('autoApprove.onCall through PagerDuty', () => {
  async function onCallWorld(): Promise<World & { pd: PagerDutyEmulator; pdInputs: Extra }> {
    const w = await world({ onCall: true });
    const pd = await startPagerDutyEmulator();
    return {
      ...w,
      pd,
      pdInputs: { inputs: { 'pagerduty-token': pd.token }, env: { PAGERDUTY_API_URL: pd.url } },
    };
  }
  const close = async (w: { gh: GitHubEmulator; pd: PagerDutyEmulator }) => {
    await w.gh.close();
    await w.pd.close();
  };
  const merge = (w: World, n: number, at: string) => {
    w.gh.clock = () => new Date(at);
    w.gh.mergePull(n);
  };

  it('the requester on call passes without review at the head commit and at merge; the token is never printed', async () => {
    const w = await onCallWorld();
    try {
      w.pd.maxLimit = 1; // others first, one per page: the client follows `more`
      w.pd.oncalls.push(
        { schedule: 'PABC123', email: 'sam@example.com', start: '2026-11-21T20:00:00Z', end: '2026-11-22T09:00:00Z' },
        { schedule: 'PDEF456', email: 'raj@example.com', start: null, end: null },
        { schedule: 'PABC123', email: 'bob@example.com', start: '2026-11-21T20:00:00Z', end: '2026-11-22T09:00:00Z' },
      );
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_SHORT));
      const passed = await check(w, n, w.pdInputs);
      expect(passed.code, passed.stdout).toBe(0);
      expect(decode(passed.summary)).toContain(
        'auto-approved: on call for schedule PABC123 until 2026-11-22 09:00 UTC (no reviewer needed)',
      );
      const asked = w.pd.requests.map((r) => decodeURIComponent(r.url));
      expect(asked[0]).toMatch(
        /^\/oncalls\?schedule_ids\[\]=PABC123&schedule_ids\[\]=PDEF456&since=2026-11-21T23:00:00.000Z&until=.*&include\[\]=users/,
      );
      expect(asked.length).toBe(3);
      merge(w, n, '2026-11-21T22:55:00Z'); // merged by someone else, while bob is still on call
      const { run, pushed } = await apply(w, w.pdInputs);
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain(`${BOB}: auto-approved: on call for schedule PABC123 until 2026-11-22 09:00 UTC`);
      expect(run.stdout).toContain('at merge, 2026-11-21 22:55 UTC');
      expect(w.pd.requests.some((r) => decodeURIComponent(r.url).includes('since=2026-11-21T22:55:00.000Z'))).toBe(
        true,
      );
      expect(granted(pushed, BOB)).toBe(true);
      for (const out of [passed.all, passed.summary, run.all, run.summary, JSON.stringify(w.gh.comments)])
        expect(out).not.toContain(w.pd.token);
      expect(passed.stdout).toContain(`::add-mask::${w.pd.token}`); // the runner hides it from anything later
    } finally {
      await close(w);
    }
  });

  it('the audit asks PagerDuty about the merge: auto-approved on call, not on call, or not verifiable without a token', async () => {
    const w = await onCallWorld();
    try {
      w.pd.oncalls.push({
        schedule: 'PDEF456',
        email: 'bob@example.com',
        start: '2026-11-21T20:00:00Z',
        end: '2026-11-21T22:50:00Z',
      });
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_SHORT));
      merge(w, n, '2026-11-21T22:45:00Z');
      const asked = w.pd.requests.length;
      expect((await auditStatus(w, '2026-11-22T12:00:00Z', w.pdInputs))[BOB]).toBe(
        'approved (auto-approved: on call for schedule PDEF456 at merge time (2026-11-21 22:45 UTC))',
      );
      expect(w.pd.requests.length).toBe(asked + 1);
      expect(decodeURIComponent(w.pd.requests.at(-1)!.url)).toContain('since=2026-11-21T22:45:00.000Z');
      // alice's grant, approved by review, is not asked about.
      expect((await auditStatus(w, '2026-11-22T12:00:00Z', w.pdInputs))[ALICE]).toBe('approved');

      const none = await auditStatus(w, '2026-11-22T12:00:00Z', { env: w.pdInputs.env });
      expect(none[BOB]).toBe('on-call approval not verifiable: no PagerDuty token');

      w.pd.faults.failNext = { count: 99, status: 503 };
      expect((await auditStatus(w, '2026-11-22T12:00:00Z', w.pdInputs))[BOB]).toMatch(
        /^on-call approval not verifiable: PagerDuty cannot be asked: PagerDuty GET \/oncalls failed after 4 attempt/,
      );
      delete w.pd.faults.failNext;

      // tailpolicy audit in a terminal reads PAGERDUTY_TOKEN (and PAGERDUTY_API_URL).
      const terminal = async (env: Record<string, string>) => {
        let stdout = '';
        const code = await cli(['audit', '--format', 'json', '-C', w.dir, '--now', '2026-11-22T12:00:00Z'], {
          stdout: (t) => (stdout += t),
          stderr: () => undefined,
          cwd: w.dir,
          env: { GITHUB_TOKEN: w.gh.token, GITHUB_REPOSITORY: 'acme/tailnet', GITHUB_API_URL: w.gh.url, ...env },
        });
        const doc = JSON.parse(stdout) as { events: Array<Record<string, string>> };
        return { code, bob: doc.events.find((e) => e.path === BOB)?.approval_status };
      };
      expect(await terminal({ PAGERDUTY_TOKEN: w.pd.token, PAGERDUTY_API_URL: w.pd.url })).toEqual({
        code: 0,
        bob: 'approved (auto-approved: on call for schedule PDEF456 at merge time (2026-11-21 22:45 UTC))',
      });
      expect(await terminal({})).toEqual({ code: 0, bob: 'on-call approval not verifiable: no PagerDuty token' });

      w.pd.oncalls.length = 0; // nobody was on call at the merge
      expect((await auditStatus(w, '2026-11-22T12:00:00Z', w.pdInputs))[BOB]).toBe(
        'unapproved (0 of 1 qualifying approvals; not auto-approved: bob@example.com was not on call on schedule PABC123 or PDEF456 at the merge, per PagerDuty)',
      );
    } finally {
      await close(w);
    }
  });

  it('on call at the check but not at merge: left out by apply and reported', async () => {
    const w = await onCallWorld();
    try {
      w.pd.oncalls.push({
        schedule: 'PDEF456',
        email: 'bob@example.com',
        start: '2026-11-21T20:00:00Z',
        end: '2026-11-21T22:50:00Z',
      });
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_SHORT));
      const passed = await check(w, n, { ...w.pdInputs, now: '2026-11-21T22:40:00Z' });
      expect(passed.code, passed.stdout).toBe(0);
      expect(decode(passed.summary)).toContain(
        'auto-approved: on call for schedule PDEF456 until 2026-11-21 22:50 UTC',
      );
      merge(w, n, '2026-11-21T22:55:00Z');
      const { run, pushed } = await apply(w, w.pdInputs);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(
        /bob-prod-db\.yaml.*pull request #2 was merged without 1 qualifying approval\(s\) \(not auto-approved: bob@example.com is not on call on schedule PABC123 or PDEF456 at 2026-11-21 22:55 UTC, per PagerDuty at merge\)/,
      );
      expect(granted(pushed, BOB)).toBe(false);
      expect(granted(pushed, ALICE)).toBe(true);
    } finally {
      await close(w);
    }
  });

  it.each([
    [
      'PagerDuty down after the retries',
      (pd: PagerDutyEmulator) => (pd.faults.failNext = { count: 99, status: 503 }),
      /PagerDuty cannot be asked: PagerDuty GET \/oncalls failed after 4 attempt\(s\): HTTP 503/,
    ],
    [
      'a refused token',
      (pd: PagerDutyEmulator) => (pd.faults.failNext = { count: 99, status: 401 }),
      /failed with 401: the PagerDuty token is not valid/,
    ],
    ['no token', undefined, /PagerDuty cannot be asked: no pagerduty-token is set/],
  ] as const)('%s: a reviewer is needed, and the plan says why', async (_, fault, why) => {
    const w = await onCallWorld();
    try {
      w.pd.oncalls.push({ schedule: 'PABC123', email: 'bob@example.com', start: null, end: null });
      fault?.(w.pd);
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_SHORT));
      const refused = await check(w, n, fault ? w.pdInputs : { env: w.pdInputs.env });
      expect(refused.code, refused.stdout).toBe(1);
      const plan = decode(refused.summary);
      expect(plan).toMatch(/❌ Needs 1 approval\(s\) from team:acme\/sre/);
      expect(plan).toMatch(why);
      expect(refused.all).not.toContain(w.pd.token);
      w.gh.addReview(n, { user: 'sam-sre', state: 'APPROVED' });
      const reviewed = await check(w, n, fault ? w.pdInputs : { env: w.pdInputs.env });
      expect(reviewed.code, reviewed.stdout).toBe(0);
    } finally {
      await close(w);
    }
  });

  it('a 429 with Retry-After is retried, then answered', async () => {
    const w = await onCallWorld();
    try {
      w.pd.oncalls.push({ schedule: 'PABC123', email: 'bob@example.com', start: null, end: null });
      w.pd.faults.failNext = { count: 2, status: 429, retryAfter: 0 };
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_SHORT));
      const passed = await check(w, n, w.pdInputs);
      expect(passed.code, passed.stdout).toBe(0);
      expect(passed.stdout).toMatch(/retrying PagerDuty GET \/oncalls in 0 ms \(HTTP 429\)/);
      expect(decode(passed.summary)).toContain('auto-approved: on call for schedule PABC123 (open-ended)');
    } finally {
      await close(w);
    }
  });

  it.each([
    [
      'a grant to someone else',
      BOB_SHORT.replace('bob@example.com', 'alice@example.com'),
      /covers only a grant to its requester \(bob@example.com\) alone/,
    ],
    ['a grant longer than autoApprove’s cap', BOB_DB, /lasts [46]h, longer than the 2h that autoApprove.onCall allows/],
  ])('%s is not auto-approved, even on call', async (_, grant, why) => {
    const w = await onCallWorld();
    try {
      w.pd.oncalls.push({ schedule: 'PABC123', email: 'bob@example.com', start: null, end: null });
      const n = propose(w, (d) => writeFileSync(join(d, BOB), grant));
      const refused = await check(w, n, w.pdInputs);
      expect(refused.code, refused.stdout).toBe(1);
      expect(decode(refused.summary)).toMatch(why);
      w.gh.mergePull(n);
      const { run, pushed } = await apply(w, w.pdInputs);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(why);
      expect(granted(pushed, BOB)).toBe(false);
    } finally {
      await close(w);
    }
  });
});

describe('breakGlass: access now, review after', () => {
  /** bob's own grant, 45 minutes from 23:00 (within breakGlass's 1h). */
  const BOB_GLASS = BOB_DB.replace('2026-11-22T03:00:00Z', '2026-11-21T23:45:00Z');
  const labelled = (w: World, grant: string) => {
    const n = propose(w, (d) => writeFileSync(join(d, BOB), grant));
    w.gh.pulls.get(n)!.labels.push('break-glass');
    return n;
  };
  const reviewIssues = (w: World) =>
    [...w.gh.issues.values()].filter((i) => i.labels.includes('tailpolicy/break-glass-review'));
  const audit = (w: World, now: string) => auditStatus(w, now);

  it('applied on merge without approval; one review issue, not two on re-run; overdue, then /approve in the audit', async () => {
    const w = await world({ breakGlass: true });
    try {
      const n = labelled(w, BOB_GLASS);
      const passed = await check(w, n);
      expect(passed.code, passed.stdout).toBe(0);
      expect(decode(passed.summary)).toContain('break-glass: review required within 24h (no reviewer needed)');
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      const first = await apply(w);
      expect(first.run.code, first.run.stdout).toBe(0);
      expect(granted(first.pushed, BOB)).toBe(true);
      expect(reviewIssues(w)).toHaveLength(1);
      const issue = reviewIssues(w)[0]!;
      expect(issue.title).toBe(`Break-glass review: ${BOB} (#${n})`);
      expect(issue.body).toContain('@acme/sre');
      expect(decode(issue.body ?? '')).toContain('Reason: INC-4300: check the reindex');
      expect(issue.body).toContain('Review required by **2026-11-22 22:55 UTC**');
      expect(first.run.stdout).toContain(`opened review issue #${issue.number}`);
      const again = await apply(w);
      expect(again.run.code, again.run.stdout).toBe(0);
      expect(reviewIssues(w)).toHaveLength(1);
      expect(again.run.stdout).toContain(`review issue #${issue.number} (open)`);

      expect((await audit(w, '2026-11-21T23:30:00Z'))[BOB]).toBe(
        'unapproved (break-glass, review pending until 2026-11-22 22:55 UTC)',
      );
      expect((await audit(w, '2026-11-23T00:00:00Z'))[BOB]).toBe(
        'unapproved (break-glass, review overdue since 2026-11-22 22:55 UTC)',
      );
      w.gh.clock = () => new Date('2026-11-22T08:00:00Z');
      w.gh.addComment(issue.number, { user: 'bob-acme', body: '/approve (the grantee: does not count)' });
      w.gh.addComment(issue.number, { user: 'sam-sre', body: 'Checked the queries.\n/approve' });
      expect((await audit(w, '2026-11-23T00:00:00Z'))[BOB]).toBe(
        'approved (break-glass, reviewed by sam-sre at 2026-11-22 08:00 UTC)',
      );
    } finally {
      await w.gh.close();
    }
  });

  it('/revoke by an approver is recorded as revoked', async () => {
    const w = await world({ breakGlass: true });
    try {
      const n = labelled(w, BOB_GLASS);
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      expect((await apply(w)).run.code).toBe(0);
      w.gh.addComment(reviewIssues(w)[0]!.number, { user: 'dana-dba', body: '/revoke not an incident' });
      expect((await audit(w, '2026-11-21T23:30:00Z'))[BOB]).toMatch(
        /^unapproved \(break-glass, revoked by dana-dba at /,
      );
    } finally {
      await w.gh.close();
    }
  });

  /** apply or expire against one Tailscale emulator that keeps its policy between runs. */
  async function runOn(
    w: World,
    ts: TailscaleEmulator,
    mode: 'apply' | 'expire',
    now = '2026-11-21T23:10:00Z',
  ): Promise<ActionRun> {
    git(w.dir, 'checkout', '-q', 'main');
    git(w.dir, 'reset', '-q', '--hard', 'main');
    return runAction({
      workspace: w.dir,
      eventName: mode === 'apply' ? 'push' : 'schedule',
      ...(mode === 'expire' ? { event: { schedule: '*/10 * * * *' } } : {}),
      inputs: { mode, now, 'api-url': ts.url, 'api-key': EMULATOR_API_KEY, 'github-token': w.gh.token },
      env: { GITHUB_API_URL: w.gh.url },
    });
  }
  const commentsOn = (w: World, issue: number) => w.gh.comments.filter((c) => c.issueNumber === issue);
  const live = (ts: TailscaleEmulator, path: string) => ts.policy.includes(`// grant ${path}:`);

  it('/revoke by an approver: out of the live policy at once, one deletion PR linked on the issue, closed when it merges', async () => {
    const w = await world({ breakGlass: true });
    const ts = await startTailscaleEmulator();
    try {
      const n = labelled(w, BOB_GLASS);
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      const first = await runOn(w, ts, 'apply');
      expect(first.code, first.stdout).toBe(0);
      expect(live(ts, BOB)).toBe(true);
      const issue = reviewIssues(w)[0]!;
      w.gh.clock = () => new Date('2026-11-21T23:05:00Z');
      const erin = w.gh.addComment(issue.number, { user: 'erin-acme', body: '/revoke looks odd' });
      w.gh.addComment(issue.number, { user: 'dana-dba', body: 'Not an incident.\n/revoke no incident open' });

      // apply (read-only on contents): the grant leaves the live policy, the run passes with a warning.
      const applied = await runOn(w, ts, 'apply');
      expect(applied.code, applied.stdout).toBe(0);
      expect(applied.stdout).toContain(
        `${BOB}: break-glass grant revoked by dana-dba on review issue #${issue.number} (no incident open)`,
      );
      expect(applied.stdout).toMatch(
        /::warning title=tailpolicy grant\/revoked,file=grants\/bob-prod-db\.yaml.*Left out of the policy/,
      );
      expect(live(ts, BOB)).toBe(false);
      expect(live(ts, ALICE)).toBe(true);
      expect([...w.gh.pulls.values()].filter((p) => p.head.startsWith('tailpolicy/revoke/'))).toHaveLength(0);
      const refusal = commentsOn(w, issue.number).filter((c) => c.body.includes(`refused ${erin.id}`));
      expect(refusal).toHaveLength(1);
      expect(decode(refusal[0]!.body)).toContain(
        'The `/revoke` of erin-acme does not count: not among the approvers (team:acme/sre)',
      );

      // expire opens the one pull request that deletes the file, and links it; a re-run adds nothing.
      for (const round of [1, 2]) {
        const run = await runOn(w, ts, 'expire');
        expect(run.code, `${round}: ${run.stdout}`).toBe(0);
        const deletions = [...w.gh.pulls.values()].filter((p) => p.head.startsWith('tailpolicy/revoke/'));
        expect(deletions).toHaveLength(1);
        expect(deletions[0]!.head).toBe(`tailpolicy/revoke/${n}-grants-bob-prod-db`);
        const links = commentsOn(w, issue.number).filter((c) => c.body.includes('revoke-pull'));
        expect(links).toHaveLength(1);
        expect(links[0]!.body).toContain(`Pull request #${deletions[0]!.number} deletes`);
        expect(commentsOn(w, issue.number).filter((c) => c.body.includes(`refused ${erin.id}`))).toHaveLength(1);
        expect(w.gh.issues.get(issue.number)!.state).toBe('open');
        expect(live(ts, BOB)).toBe(false);
      }
      const deletion = [...w.gh.pulls.values()].find((p) => p.head.startsWith('tailpolicy/revoke/'))!;
      expect(git(w.dir, 'diff', '--name-status', `main...${deletion.headSha}`)).toBe(`D\t${BOB}`);

      // The deletion merges: the next apply closes the issue with a note, once.
      w.gh.mergePull(deletion.number);
      for (const round of [1, 2]) {
        const run = await runOn(w, ts, 'apply');
        expect(run.code, `${round}: ${run.stdout}`).toBe(0);
        expect(w.gh.issues.get(issue.number)!.state).toBe('closed');
        const notes = commentsOn(w, issue.number).filter((c) => c.body.includes('tailpolicy:break-glass-reply closed'));
        expect(notes).toHaveLength(1);
        expect(decode(notes[0]!.body)).toContain('is no longer on the default branch');
      }
      expect((await audit(w, '2026-11-21T23:30:00Z'))[BOB]).toMatch(
        /^unapproved \(break-glass, revoked by dana-dba at /,
      );
    } finally {
      await ts.close();
      await w.gh.close();
    }
  });

  it('/revoke never waits on drift: a console edit stops the push, the revoked grant still leaves the live policy', async () => {
    const w = await world({ breakGlass: true });
    const ts = await startTailscaleEmulator();
    try {
      const n = labelled(w, BOB_GLASS);
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      expect((await runOn(w, ts, 'apply')).code).toBe(0);
      expect(live(ts, BOB)).toBe(true);
      const edit = ts.policy.replace(
        '"prod-pods": "10.30.0.0/16",',
        '"prod-pods": "10.30.0.0/16",\n\t\t"console-host": "100.64.0.99",',
      );
      expect(edit).not.toBe(ts.policy);
      ts.consoleEdit(edit);
      w.gh.addComment(reviewIssues(w)[0]!.number, { user: 'sam-sre', body: '/revoke' });
      // The comment's own run: expire on issue_comment.
      const run = await runAction({
        workspace: w.dir,
        eventName: 'issue_comment',
        event: { action: 'created', issue: { number: reviewIssues(w)[0]!.number } },
        inputs: {
          mode: 'expire',
          now: '2026-11-21T23:10:00Z',
          'api-url': ts.url,
          'api-key': EMULATOR_API_KEY,
          'github-token': w.gh.token,
        },
        env: { GITHUB_API_URL: w.gh.url },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('edited outside Git');
      expect(live(ts, BOB)).toBe(false);
      expect(live(ts, ALICE)).toBe(true);
      expect(ts.policy).toContain('console-host');
      expect([...w.gh.pulls.values()].filter((p) => p.head.startsWith('tailpolicy/revoke/'))).toHaveLength(1);
    } finally {
      await ts.close();
      await w.gh.close();
    }
  });

  it('/approve by an approver: acknowledged, the issue closed, once; a grantee’s /approve is answered why not', async () => {
    const w = await world({ breakGlass: true });
    const ts = await startTailscaleEmulator();
    try {
      const n = labelled(w, BOB_GLASS);
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      expect((await runOn(w, ts, 'apply')).code).toBe(0);
      const issue = reviewIssues(w)[0]!;
      w.gh.clock = () => new Date('2026-11-21T23:05:00Z');
      const bob = w.gh.addComment(issue.number, { user: 'bob-acme', body: '/approve' });
      const pending = await runOn(w, ts, 'apply');
      expect(pending.code, pending.stdout).toBe(0);
      expect(w.gh.issues.get(issue.number)!.state).toBe('open');
      expect(live(ts, BOB)).toBe(true);
      const refused = commentsOn(w, issue.number).filter((c) => c.body.includes(`refused ${bob.id}`));
      expect(refused).toHaveLength(1);
      expect(decode(refused[0]!.body)).toContain('The `/approve` of bob-acme does not count: the PR author');

      w.gh.addComment(issue.number, { user: 'sam-sre', body: 'Looked at it.\n/approve' });
      for (const round of [1, 2]) {
        const run = await runOn(w, ts, 'apply');
        expect(run.code, `${round}: ${run.stdout}`).toBe(0);
        const closed = w.gh.issues.get(issue.number)!;
        expect(closed.state).toBe('closed');
        expect(closed.stateReason).toBe('completed');
        const acks = commentsOn(w, issue.number).filter((c) => c.body.includes('tailpolicy:break-glass-reply closed'));
        expect(acks).toHaveLength(1);
        expect(acks[0]!.body).toContain(
          'Review recorded: sam-sre approved this break-glass grant at 2026-11-21 23:05 UTC',
        );
        expect(commentsOn(w, issue.number)).toHaveLength(4);
        expect(live(ts, BOB)).toBe(true);
      }
    } finally {
      await ts.close();
      await w.gh.close();
    }
  });

  it('the review issue is closed with a note when the grant expires unreviewed, once', async () => {
    const w = await world({ breakGlass: true });
    const ts = await startTailscaleEmulator();
    try {
      const n = labelled(w, BOB_GLASS);
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      expect((await runOn(w, ts, 'apply')).code).toBe(0);
      const issue = reviewIssues(w)[0]!;
      for (const round of [1, 2]) {
        const run = await runOn(w, ts, 'expire', '2026-11-22T00:00:00Z');
        expect(run.code, `${round}: ${run.stdout}`).toBe(0);
        expect(w.gh.issues.get(issue.number)!.state).toBe('closed');
        const notes = commentsOn(w, issue.number);
        expect(notes).toHaveLength(1);
        expect(notes[0]!.body).toContain('The grant expired at 2026-11-21 23:45 UTC; closing this issue.');
      }
      expect(live(ts, BOB)).toBe(false);
    } finally {
      await ts.close();
      await w.gh.close();
    }
  });

  /** The audit's approval_status of each event of `path`, by its pull request number. */
  async function auditByPull(w: World, now: string, path: string): Promise<Record<number, string>> {
    const runnerTemp = tempDir('tailpolicy-runner-glass-');
    const run = await runAction({
      workspace: w.dir,
      eventName: 'workflow_dispatch',
      inputs: { mode: 'audit', now, 'github-token': w.gh.token },
      env: { RUNNER_TEMP: runnerTemp, GITHUB_API_URL: w.gh.url },
    });
    const file = join(runnerTemp, 'tailpolicy', 'audit', 'audit.json');
    expect(existsSync(file), run.stdout).toBe(true);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      events: Array<{ path: string; pr_number: number; approval_status: string }>;
    };
    return Object.fromEntries(doc.events.filter((e) => e.path === path).map((e) => [e.pr_number, e.approval_status]));
  }
  const patchesOf = (w: World, issue: number) =>
    w.gh.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/${issue}`));

  it('opens or updates: a later break-glass PR of the grant rewrites its open issue (old marker kept), a stale body is rewritten, a current one is not', async () => {
    const w = await world({ breakGlass: true });
    const ts = await startTailscaleEmulator();
    try {
      const first = labelled(w, BOB_GLASS);
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(first);
      expect((await runOn(w, ts, 'apply')).code).toBe(0);
      expect(reviewIssues(w)).toHaveLength(1);
      const issue = reviewIssues(w)[0]!;
      const firstMarker = `<!-- tailpolicy:break-glass-review ${encodeURIComponent(BOB)} #${first} -->`;
      expect(issue.body!.startsWith(firstMarker)).toBe(true);
      expect(patchesOf(w, issue.number)).toHaveLength(0);

      // dana approves the first version; before any run, bob edits the grant through a second break-glass PR.
      w.gh.clock = () => new Date('2026-11-21T22:58:00Z');
      w.gh.addComment(issue.number, { user: 'dana-dba', body: '/approve' });
      const second = labelled(
        w,
        BOB_GLASS.replace('2026-11-21T23:45:00Z', '2026-11-21T23:55:00Z').replace(
          'INC-4300: check the reindex',
          'INC-4301: rerun the reindex',
        ),
      );
      w.gh.clock = () => new Date('2026-11-21T23:00:00Z');
      w.gh.mergePull(second);
      for (const round of [1, 2]) {
        const run = await runOn(w, ts, 'apply');
        expect(run.code, `${round}: ${run.stdout}`).toBe(0);
        expect(reviewIssues(w)).toHaveLength(1);
        const now = w.gh.issues.get(issue.number)!;
        expect(now.state).toBe('open');
        expect(now.title).toBe(`Break-glass review: ${BOB} (#${second})`);
        expect(
          now.body!.startsWith(`<!-- tailpolicy:break-glass-review ${encodeURIComponent(BOB)} #${second} -->`),
        ).toBe(true);
        expect(now.body).toContain(firstMarker);
        expect(now.body).toContain('Until: 2026-11-21 23:55 UTC');
        expect(decode(now.body!)).toContain('Reason: INC-4301: rerun the reindex');
        expect(now.body).not.toContain('23:45');
        expect(patchesOf(w, issue.number)).toHaveLength(1);
        expect(w.gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1);
      }
      // dana's /approve came before the second merge: it reviewed the first version only.
      expect(await auditByPull(w, '2026-11-21T23:10:00Z', BOB)).toEqual({
        [first]: 'approved (break-glass, reviewed by dana-dba at 2026-11-21 22:58 UTC)',
        [second]: 'unapproved (break-glass, review pending until 2026-11-22 23:00 UTC)',
      });

      // A body another version of tailpolicy wrote (the marker kept) is brought up to date, once.
      const current = w.gh.issues.get(issue.number)!.body!;
      const stale = current.replace(/\nA command counts when[^\n]*/, '\nAn older text.');
      expect(stale).not.toBe(current);
      w.gh.issues.get(issue.number)!.body = stale;
      for (const round of [1, 2]) {
        expect((await runOn(w, ts, 'apply')).code, `${round}`).toBe(0);
        expect(w.gh.issues.get(issue.number)!.body).toBe(current);
        expect(patchesOf(w, issue.number)).toHaveLength(2);
      }

      w.gh.clock = () => new Date('2026-11-21T23:05:00Z');
      w.gh.addComment(issue.number, { user: 'sam-sre', body: '/approve' });
      expect((await runOn(w, ts, 'apply')).code).toBe(0);
      expect(w.gh.issues.get(issue.number)!.state).toBe('closed');
      expect(await auditByPull(w, '2026-11-21T23:10:00Z', BOB)).toEqual({
        [first]: 'approved (break-glass, reviewed by dana-dba at 2026-11-21 22:58 UTC)',
        [second]: 'approved (break-glass, reviewed by sam-sre at 2026-11-21 23:05 UTC)',
      });
    } finally {
      await ts.close();
      await w.gh.close();
    }
  });

  it('one rule for /approve and /revoke: the approvers as of the comment, in apply and in the audit, though main changes them after', async () => {
    const w = await world({ breakGlass: true });
    const ts = await startTailscaleEmulator();
    try {
      const n = labelled(w, BOB_GLASS);
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      expect((await runOn(w, ts, 'apply')).code).toBe(0);
      const issue = reviewIssues(w)[0]!;
      // 23:05: erin is not an approver yet (team:acme/sre approves prod-db).
      w.gh.clock = () => new Date('2026-11-21T23:05:00Z');
      const early = w.gh.addComment(issue.number, { user: 'erin-acme', body: '/approve' });
      // 23:10: main makes team:acme/contractors (erin) the approvers of prod-db instead.
      const change = propose(
        w,
        (d) =>
          edit(d, 'policy/access.yaml', (t) =>
            t.replace('approvers: [team:acme/sre]\n    ticket', 'approvers: [team:acme/contractors]\n    ticket'),
          ),
        'ines-infra',
      );
      w.gh.clock = () => new Date('2026-11-21T23:10:00Z');
      w.gh.mergePull(change);
      // Neither counts her early /approve (by today's rules it would): the issue stays open, the audit says pending.
      const run = await runOn(w, ts, 'apply', '2026-11-21T23:15:00Z');
      expect(run.code, run.stdout).toBe(0);
      expect(w.gh.issues.get(issue.number)!.state).toBe('open');
      const refused = commentsOn(w, issue.number).filter((c) => c.body.includes(`refused ${early.id}`));
      expect(refused).toHaveLength(1);
      expect(decode(refused[0]!.body)).toContain(
        'The `/approve` of erin-acme does not count: not among the approvers (team:acme/sre). By access.yaml on the default branch when the comment was made',
      );
      expect((await auditByPull(w, '2026-11-21T23:30:00Z', BOB))[n]).toBe(
        'unapproved (break-glass, review pending until 2026-11-22 22:55 UTC)',
      );

      // 23:20: sam is no longer an approver (by the PR base's rules he would be); 23:25: erin now is.
      w.gh.clock = () => new Date('2026-11-21T23:20:00Z');
      w.gh.addComment(issue.number, { user: 'sam-sre', body: '/approve' });
      w.gh.clock = () => new Date('2026-11-21T23:25:00Z');
      w.gh.addComment(issue.number, { user: 'erin-acme', body: 'Now it is mine to review.\n/approve' });
      const closed = await runOn(w, ts, 'apply', '2026-11-21T23:30:00Z');
      expect(closed.code, closed.stdout).toBe(0);
      expect(w.gh.issues.get(issue.number)!.state).toBe('closed');
      const ack = commentsOn(w, issue.number).filter((c) => c.body.includes('tailpolicy:break-glass-reply closed'));
      expect(ack).toHaveLength(1);
      expect(ack[0]!.body).toContain(
        'Review recorded: erin-acme approved this break-glass grant at 2026-11-21 23:25 UTC',
      );
      expect((await auditByPull(w, '2026-11-21T23:30:00Z', BOB))[n]).toBe(
        'approved (break-glass, reviewed by erin-acme at 2026-11-21 23:25 UTC)',
      );
    } finally {
      await ts.close();
      await w.gh.close();
    }
  });

  it('over breakGlass.maxDuration: refused in check, left out by apply, no review issue', async () => {
    const w = await world({ breakGlass: true });
    try {
      const n = labelled(w, BOB_SHORT);
      const refused = await check(w, n);
      expect(refused.code, refused.stdout).toBe(1);
      expect(decode(refused.summary)).toMatch(
        /not break-glass: it lasts 1h 30m, longer than the 1h that breakGlass allows/,
      );
      w.gh.clock = () => new Date('2026-11-21T22:55:00Z');
      w.gh.mergePull(n);
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(
        /bob-prod-db\.yaml.*not break-glass: it lasts 1h 35m, longer than the 1h that breakGlass allows at merge/,
      );
      expect(granted(pushed, BOB)).toBe(false);
      expect(reviewIssues(w)).toHaveLength(0);
    } finally {
      await w.gh.close();
    }
  });

  it('without the label, the same grant needs its approval', async () => {
    const w = await world({ breakGlass: true });
    try {
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_GLASS));
      const refused = await check(w, n);
      expect(refused.code, refused.stdout).toBe(1);
      w.gh.mergePull(n);
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(granted(pushed, BOB)).toBe(false);
      expect(reviewIssues(w)).toHaveLength(0);
    } finally {
      await w.gh.close();
    }
  });
});
