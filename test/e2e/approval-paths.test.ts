/**
 * Safety property 10, one table: every path by which access could widen without the approval the
 * base branch's rules ask for is refused by check mode on the pull request and left out by apply
 * on the default branch; the same change passes once the right approver approves (the control).
 * Real Git repositories, dist/index.js, and the loopback GitHub and Tailscale emulators.
 *
 * The world: main holds the example policy (plus group:oncall = [bob]) and alice's prod-db grant,
 * merged through PR #1 with sam-sre's approval. At EXAMPLE_NOW alice's grant is active.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsonc from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { startTailscaleEmulator, EMULATOR_API_KEY } from '../emulators/tailscale.js';
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

interface World {
  dir: string;
  gh: GitHubEmulator;
}

async function world(): Promise<World> {
  const dir = tempDir('tailpolicy-paths-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  edit(dir, 'policy/groups.hujson', (t) =>
    t.replace('"group:security": [', '"group:oncall": ["bob@example.com"],\n\t\t"group:security": ['),
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
  const pull = gh.createPull({ head: 'alice', author: 'alice-acme', title: 'alice' });
  gh.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' });
  gh.mergePull(pull.number);
  git(dir, 'reset', '-q', '--hard', 'main');
  return { dir, gh };
}

function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Branch `branch` from `base` with `change` committed, and a PR of it into `base`. */
function propose(w: World, change: (dir: string) => void, opts: { author?: string; base?: string } = {}): number {
  const base = opts.base ?? 'main';
  const branch = `request-${w.gh.pulls.size + 1}`;
  git(w.dir, 'checkout', '-q', '-b', branch, base);
  change(w.dir);
  git(w.dir, 'add', '-A');
  git(w.dir, 'commit', '-q', '-m', branch);
  git(w.dir, 'checkout', '-q', 'main');
  return w.gh.createPull({ head: branch, base, author: opts.author ?? 'bob-acme', title: branch }).number;
}

function review(w: World, number: number, users: readonly string[]): void {
  for (const user of users) w.gh.addReview(number, { user, state: 'APPROVED' });
}

/** check mode on the PR, with its head checked out. */
async function check(w: World, number: number): Promise<ActionRun> {
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
      inputs: { mode: 'check', now: EXAMPLE_NOW, 'github-token': w.gh.token },
      env: { GITHUB_API_URL: w.gh.url },
    });
  } finally {
    git(w.dir, 'checkout', '-q', 'main');
  }
}

/** apply on main as it is now; the pushed policy and the text Tailscale validated. */
async function apply(w: World): Promise<{ run: ActionRun; pushed: string; validated: unknown[] }> {
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
      },
      env: { GITHUB_API_URL: w.gh.url },
    });
    const validated = ts.requestsTo('POST', '/acl/validate').map((r) => JSON.parse(r.body) as unknown);
    return { run, pushed: ts.requestsTo('POST', '/acl').length ? ts.policy : '', validated };
  } finally {
    await ts.close();
  }
}

const granted = (pushed: string, path: string) => pushed.includes(`// grant ${path}:`);

interface Row {
  name: string;
  change: (dir: string) => void;
  author?: string;
  /** Approvals that do not qualify under the base's rules. */
  wrong: string[];
  /** Approvals that do. */
  right: string[];
  /** What check mode says when refusing. */
  refused: RegExp;
  /** The grant apply leaves out after an admin merge, and why. */
  leftOut: string;
  why: RegExp;
}

const rows: Row[] = [
  {
    name: 'a new grant',
    change: (d) => writeFileSync(join(d, BOB), BOB_DB),
    wrong: ['alice-acme'],
    right: ['sam-sre'],
    refused: /alice-acme \(not among the approvers/,
    leftOut: BOB,
    why: /pull request #2 was merged without 1 qualifying approval/,
  },
  {
    name: 'an extension',
    change: (d) => edit(d, ALICE, (t) => t.replace('2026-11-22T02:00:00Z', '2026-11-22T03:00:00Z')),
    author: 'alice-acme',
    wrong: ['alice-acme', 'bob-acme'],
    right: ['raj-sre'],
    refused: /Extends alice@example.com's tcp:5432 on tag:prod-db/,
    leftOut: ALICE,
    why: /pull request #2 was merged without 1 qualifying approval/,
  },
  {
    name: 'a changed grant',
    change: (d) => edit(d, ALICE, (t) => t.replace('grantees: [alice@example.com]', 'grantees: [bob@example.com]')),
    wrong: ['bob-acme'],
    right: ['sam-sre'],
    refused: /bob-acme \(the PR author\)/,
    leftOut: ALICE,
    why: /pull request #2 was merged without 1 qualifying approval/,
  },
  {
    name: 'an approver list that grows in the same PR',
    change: (d) => {
      writeFileSync(join(d, BOB), BOB_DB);
      edit(d, 'policy/access.yaml', (t) =>
        t.replace('approvers: [group:sre]\n    ticket', 'approvers: [group:sre, alice@example.com]\n    ticket'),
      );
    },
    wrong: ['alice-acme'],
    right: ['sam-sre'],
    refused: /alice-acme \(not among the approvers \(group:sre\)\)/,
    leftOut: BOB,
    why: /pull request #2 was merged without 1 qualifying approval/,
  },
  {
    name: 'self-approval through a group the PR joins',
    change: (d) => {
      edit(d, 'policy/groups.hujson', (t) =>
        t.replace('"group:oncall": ["bob@example.com"]', '"group:oncall": ["bob@example.com", "raj@example.com"]'),
      );
      writeFileSync(join(d, BOB), BOB_DB.replace('[bob@example.com]', '[group:oncall]'));
    },
    wrong: ['raj-sre'],
    right: ['sam-sre'],
    refused: /raj-sre \(a grantee\)/,
    leftOut: BOB,
    why: /pull request #2 was merged without 1 qualifying approval/,
  },
  {
    name: 'a resource change that widens a live grant',
    change: (d) =>
      edit(d, 'policy/access.yaml', (t) =>
        t.replace('ip: [tcp:5432]\n    maxDuration: 8h', 'ip: [tcp:5432-5433]\n    maxDuration: 8h'),
      ),
    wrong: ['alice-acme', 'ines-infra'],
    right: ['sam-sre'],
    refused:
      /prod-db changes: widens 1 active grant \(alice@example.com\): \+ tcp:5432-5433 on tag:prod-db[\s\S]*alice-acme \(a grantee\)/,
    leftOut: ALICE,
    why: /pull request #2 widened its resource "prod-db" \(\+ tcp:5432-5433 on tag:prod-db\) without 1 qualifying approval/,
  },
];

/** A PR that loosens prod-db's limits in its own access.yaml and adds a grant. */
const loosen = (grant: string) => (d: string) => {
  edit(d, 'policy/access.yaml', (t) =>
    t.replace('maxDuration: 8h\n    eligible: [group:engineering]\n', 'maxDuration: 30d\n'),
  );
  writeFileSync(join(d, 'grants/request.yaml'), grant);
};

describe('property 10: each path is refused in check and left out by apply', () => {
  it.each(rows)('$name', async (row) => {
    const w = await world();
    try {
      const n = propose(w, row.change, { author: row.author });
      review(w, n, row.wrong);
      const refused = await check(w, n);
      expect(refused.code, refused.stdout).not.toBe(0);
      expect(decode(refused.summary)).toMatch(row.refused);
      w.gh.mergePull(n); // an admin merge
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toContain(row.leftOut);
      expect(run.stdout).toMatch(row.why);
      expect(pushed).toContain('tailpolicy-digest');
      expect(granted(pushed, row.leftOut)).toBe(false);
    } finally {
      await w.gh.close();
    }
  });

  it.each(rows)('$name: passes once the right approver approves (control)', async (row) => {
    const w = await world();
    try {
      const n = propose(w, row.change, { author: row.author });
      review(w, n, [...row.wrong, ...row.right]);
      const passed = await check(w, n);
      expect(passed.code, passed.stdout).toBe(0);
      w.gh.mergePull(n);
      const { run, pushed } = await apply(w);
      expect(run.code, run.stdout).toBe(0);
      expect(granted(pushed, row.leftOut)).toBe(true);
    } finally {
      await w.gh.close();
    }
  });

  it('limits from the PR’s own access.yaml: judged by the base’s maxDuration and eligible', async () => {
    const w = await world();
    try {
      const n = propose(
        w,
        loosen(
          'grantees: [erin@example.com]\nresource: prod-db\nreason: "INC-1: audit"\nticket: INC-1\nexpires: 2026-12-11T23:00:00Z\n',
        ),
      );
      review(w, n, ['sam-sre']); // a qualifying approver: the limits still hold
      const refused = await check(w, n);
      expect(refused.code, refused.stdout).not.toBe(0);
      const plan = decode(refused.summary);
      expect(plan).toContain("1 grant(s) break the base branch's limits");
      expect(plan).toMatch(/longer than the 8h allowed for "prod-db"/);
      expect(plan).toMatch(/erin@example.com is not eligible for resource "prod-db"/);
      expect(plan).toContain('resource "prod-db": maxDuration 8h → 30d; eligible group:engineering → anyone.');
      w.gh.mergePull(n);
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/grants\/request.yaml.*pull request #2 breaks the limits of its base's access.yaml/);
      expect(granted(pushed, 'grants/request.yaml')).toBe(false);
    } finally {
      await w.gh.close();
    }
  });

  it('limits from the PR’s own access.yaml, control: a grant within the base’s limits passes', async () => {
    const w = await world();
    try {
      const n = propose(w, loosen(BOB_DB));
      review(w, n, ['sam-sre']);
      const passed = await check(w, n);
      expect(passed.code, passed.stdout).toBe(0);
      expect(decode(passed.summary)).toContain('maxDuration 8h → 30d');
      w.gh.mergePull(n);
      const { run, pushed } = await apply(w);
      expect(run.code, run.stdout).toBe(0);
      expect(granted(pushed, 'grants/request.yaml')).toBe(true);
    } finally {
      await w.gh.close();
    }
  });

  it('a merge commit pushed straight to main, with the grant rewritten inside the merge', async () => {
    const w = await world();
    try {
      git(w.dir, 'checkout', '-q', '-b', 'side', 'main');
      writeFileSync(join(w.dir, 'policy/notes.yaml'), 'hosts: {notes: 10.9.9.9}\n');
      git(w.dir, 'add', '-A');
      git(w.dir, 'commit', '-q', '-m', 'unrelated');
      git(w.dir, 'checkout', '-q', 'main');
      git(w.dir, 'merge', '-q', '--no-ff', '--no-commit', 'side');
      edit(w.dir, ALICE, (t) =>
        t
          .replace('grantees: [alice@example.com]', 'grantees: [bob@example.com]')
          .replace('2026-11-22T02:00:00Z', '2026-11-22T05:00:00Z'),
      );
      git(w.dir, 'add', '-A');
      git(w.dir, 'commit', '-q', '-m', 'Merge side');
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/alice-prod-db-inc-4211.yaml.*reached the default branch without a pull request/);
      expect(granted(pushed, ALICE)).toBe(false);
      expect(pushed).not.toContain('bob@example.com"], "dst": ["tag:prod-db"]');
    } finally {
      await w.gh.close();
    }
  });

  it('a clean merge that combines two separately approved edits of one grant into content nobody approved', async () => {
    const w = await world();
    try {
      const extend = propose(w, (d) => edit(d, ALICE, (t) => t.replace('T02:00:00Z', 'T03:00:00Z')), {
        author: 'alice-acme',
      });
      review(w, extend, ['raj-sre']);
      const handOver = propose(w, (d) =>
        edit(d, ALICE, (t) => t.replace('grantees: [alice@example.com]', 'grantees: [bob@example.com]')),
      );
      review(w, handOver, ['sam-sre']);
      expect((await check(w, extend)).code).toBe(0);
      expect((await check(w, handOver)).code).toBe(0);
      w.gh.mergePull(handOver);
      w.gh.mergePull(extend); // git merges the two edits cleanly: bob until 03:00
      const { run, pushed } = await apply(w);
      expect(readFileSync(join(w.dir, ALICE), 'utf8')).toMatch(/bob@example.com[\s\S]*T03:00:00Z/);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/is not what pull request #2's approved head carries/);
      expect(granted(pushed, ALICE)).toBe(false);
    } finally {
      await w.gh.close();
    }
  });

  it('a merge commit pushed straight to main, control: the same merge without an edit keeps the grant', async () => {
    const w = await world();
    try {
      git(w.dir, 'checkout', '-q', '-b', 'side', 'main');
      writeFileSync(join(w.dir, 'policy/notes.yaml'), 'hosts: {notes: 10.9.9.9}\n');
      git(w.dir, 'add', '-A');
      git(w.dir, 'commit', '-q', '-m', 'unrelated');
      git(w.dir, 'checkout', '-q', 'main');
      git(w.dir, 'merge', '-q', '--no-ff', '-m', 'Merge side', 'side');
      const { run, pushed } = await apply(w);
      expect(run.code, run.stdout).toBe(0);
      expect(granted(pushed, ALICE)).toBe(true);
    } finally {
      await w.gh.close();
    }
  });

  it('a PR into another branch, approved under that branch’s rules, then brought to main directly', async () => {
    const w = await world();
    try {
      // staging: alice may approve prod-db there.
      git(w.dir, 'checkout', '-q', '-b', 'staging', 'main');
      edit(w.dir, 'policy/access.yaml', (t) =>
        t.replace('approvers: [group:sre]\n    ticket', 'approvers: [group:sre, alice@example.com]\n    ticket'),
      );
      git(w.dir, 'commit', '-q', '-am', 'staging rules');
      git(w.dir, 'checkout', '-q', 'main');
      const n = propose(w, (d) => writeFileSync(join(d, BOB), BOB_DB), { base: 'staging' });
      review(w, n, ['alice-acme']);
      const staged = await check(w, n); // legitimate for staging, by staging's rules
      expect(staged.code, staged.stdout).toBe(0);
      w.gh.mergePull(n);
      // main takes staging as it is, then restores its own access.yaml.
      git(w.dir, 'checkout', '-q', 'main');
      git(w.dir, 'merge', '-q', '--ff-only', 'staging');
      git(w.dir, 'checkout', '-q', 'HEAD~2', '--', 'policy/access.yaml');
      git(w.dir, 'commit', '-q', '-m', 'restore access.yaml');
      const { run, pushed } = await apply(w);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/bob-prod-db.yaml.*through pull request #2 into staging, not into main/);
      expect(granted(pushed, BOB)).toBe(false);
      expect(granted(pushed, ALICE)).toBe(true);
    } finally {
      await w.gh.close();
    }
  });

  it('a comment injection through a folder name and a reason: what is pushed is exactly what was validated', async () => {
    const w = await world();
    try {
      const n = propose(w, (d) => {
        // "// policy/a" ends at the newline; "/*x/…" would open a block comment the reason closes.
        mkdirSync(join(d, 'policy/a\n/*x'), { recursive: true });
        writeFileSync(join(d, 'policy/a\n/*x/more.hujson'), '{"hosts": {"injected-host": "10.9.9.9"}}');
        writeFileSync(
          join(d, BOB),
          BOB_DB.replace(
            '"INC-4300: check the reindex"',
            JSON.stringify('*/ {"src":["mallory@example.com"],"dst":["tag:prod-db"],"ip":["tcp:5432"]}, /*'),
          ),
        );
      });
      review(w, n, ['sam-sre']);
      expect((await check(w, n)).code).toBe(0);
      w.gh.mergePull(n);
      const { run, pushed, validated } = await apply(w);
      expect(run.code, run.stdout).toBe(0);
      const parsed = jsonc.parse(pushed, [], { allowTrailingComma: true }) as Record<string, unknown>;
      expect(validated).toHaveLength(1);
      expect(parsed).toEqual(validated[0]);
      expect(JSON.stringify(parsed)).not.toContain('mallory');
      expect(granted(pushed, BOB)).toBe(true);
    } finally {
      await w.gh.close();
    }
  });
});

/** The summary escapes Markdown; compare against the plain text. */
function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
}
