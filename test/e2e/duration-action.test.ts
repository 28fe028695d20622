/**
 * A `duration: 4h` grant end to end (SPEC 1.2): merged through an approved PR in the GitHub
 * emulator at T (the emulator's clock), it is live from T until exactly T + 4h in `expire`
 * (which applies first), the cleanup PR deletes it from T + 4h, `tailpolicy audit --at` agrees at
 * the boundary, and `check` on a shallow clone asks for the history instead of guessing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';
import { EMULATOR_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from '../emulators/tailscale.js';
import { tempDir } from '../helpers.js';
import { git, runAction } from './runner.js';

const T = '2026-11-21T20:00:00Z';
const END = '2026-11-22T00:00:00Z'; // T + 4h
const JUST_BEFORE = '2026-11-21T23:59:59Z';
const PATH = 'grants/alice-prod-db-4h.yaml';
const GRANT = `grantees: [alice@example.com]
resource: prod-db
reason: "INC-4300: replica lag"
ticket: INC-4300
duration: 4h
`;

let github: GitHubEmulator | undefined;
let tailscale: TailscaleEmulator | undefined;

/** The example policy on main; the duration grant through a PR approved by sam-sre, merged at T. */
async function setup(accessEdit: (text: string) => string = (t) => t) {
  const dir = tempDir('tailpolicy-duration-e2e-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  writeFileSync(join(dir, 'policy/access.yaml'), accessEdit(readFileSync(join(dir, 'policy/access.yaml'), 'utf8')));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base policy');
  github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  tailscale = await startTailscaleEmulator();
  git(dir, 'checkout', '-q', '-b', 'access/alice-prod-db');
  mkdirSync(join(dir, 'grants'), { recursive: true });
  writeFileSync(join(dir, PATH), GRANT);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Request prod-db for 4h');
  git(dir, 'checkout', '-q', 'main');
  const pr = github.createPull({ head: 'access/alice-prod-db', author: 'alice-acme', title: 'prod-db for 4h' });
  github.addReview(pr.number, { user: 'sam-sre', state: 'APPROVED' });
  github.clock = () => new Date(T);
  github.mergePull(pr.number);
  git(dir, 'reset', '-q', '--hard', 'main');
  return { dir, github, tailscale, pr: pr.number };
}

function expire(s: Awaited<ReturnType<typeof setup>>, now: string) {
  return runAction({
    workspace: s.dir,
    eventName: 'schedule',
    event: { schedule: '*/10 * * * *' },
    inputs: {
      mode: 'expire',
      now,
      'api-url': s.tailscale.url,
      'api-key': EMULATOR_API_KEY,
      'github-token': s.github.token,
    },
    env: { GITHUB_API_URL: s.github.url, GITHUB_REPOSITORY: 'acme/tailnet' },
  });
}

function aliceLive(ts: TailscaleEmulator): number {
  const grants = (ts.policyObject().grants ?? []) as Array<{ src?: string[] }>;
  return grants.filter((g) => g.src?.includes('alice@example.com')).length;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd });
  return { code, stdout, stderr };
}

describe('a duration grant merged at T', { timeout: 120_000 }, () => {
  it('is live until exactly T + 4h, then revoked and deleted by the cleanup PR; the audit agrees', async () => {
    const s = await setup();
    const before = await expire(s, JUST_BEFORE);
    expect(before.code, before.stdout + before.stderr).toBe(0);
    expect(aliceLive(s.tailscale)).toBe(1);
    expect(before.outputs['next-change']).toBe(END);
    expect(before.outputs['expired-grants']).toBe('0');
    expect([...s.github.pulls.values()].filter((p) => p.head === 'tailpolicy/expired')).toHaveLength(0);

    const atEnd = await expire(s, END);
    expect(atEnd.code, atEnd.stdout + atEnd.stderr).toBe(0);
    expect(aliceLive(s.tailscale)).toBe(0);
    expect(atEnd.outputs['expired-grants']).toBe('1');
    const cleanup = [...s.github.pulls.values()].filter((p) => p.head === 'tailpolicy/expired');
    expect(cleanup).toHaveLength(1);
    expect(git(s.dir, 'diff', '--name-status', 'main', 'tailpolicy/expired')).toBe(`D\t${PATH}`);

    const audit = (t: string) => run(['audit', '--now', '2026-11-23T00:00:00Z', '--at', t], s.dir);
    const a1 = await audit(JUST_BEFORE);
    expect(a1.stdout).toContain(`${T} added     ${PATH}: alice@example.com → prod-db until ${END}`);
    expect(a1.stdout).toContain(`active  alice@example.com → prod-db (${PATH}, on merge → ${END}`);
    const a2 = await audit(END);
    expect(a2.stdout).toContain(`expired alice@example.com → prod-db (${PATH}`);

    // check and plan on the default branch compute the same window.
    const check = await run(['check', '--format', 'json', '--now', JUST_BEFORE], s.dir);
    const doc = JSON.parse(check.stdout) as { grants: Array<{ path: string; state: string; expires: string }> };
    expect(doc.grants).toEqual([
      expect.objectContaining({ path: PATH, state: 'active', expires: `${END.slice(0, -1)}.000Z` }),
    ]);
    const atEndCheck = JSON.parse((await run(['check', '--format', 'json', '--now', END], s.dir)).stdout) as typeof doc;
    expect(atEndCheck.grants[0]!.state).toBe('expired');
  });

  it('on a shallow clone, check says to fetch the history', async () => {
    const s = await setup();
    const clone = tempDir('tailpolicy-duration-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${s.dir}`, clone]);
    const r = await run(['check', '--now', JUST_BEFORE], clone);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${PATH}:5:11: error[grant/merge-time-unknown]:`);
    expect(r.stdout).toContain('fetch-depth: 0');
  });
});

describe('reminders before expiry', { timeout: 180_000 }, () => {
  it("mention the grantees once on the grant's PR within the reminder, and never after expiry", async () => {
    // reminder: 30m at the top of access.yaml, for every resource.
    const s = await setup((t) => `reminder: 30m\n${t}`);
    const reminders = () =>
      s.github.comments.filter((c) => c.issueNumber === s.pr && c.body.includes('tailpolicy:reminder'));
    const early = await expire(s, '2026-11-21T23:29:59Z');
    expect(early.code, early.stdout + early.stderr).toBe(0);
    expect(reminders()).toHaveLength(0);

    const due = await expire(s, '2026-11-21T23:30:00Z');
    expect(due.code, due.stdout + due.stderr).toBe(0);
    expect(reminders()).toHaveLength(1);
    const body = reminders()[0]!.body;
    expect(body).toContain('@alice-acme');
    expect(body).toContain('2026-11-22 00&#58;00 UTC');
    expect(body).toContain(`npx tailpolicy extend ${PATH} --by 1h --reason`);
    expect(due.summary).toContain('reminded');

    // Every 10 minutes after: no second reminder; after expiry: none at all.
    for (const now of ['2026-11-21T23:40:00Z', '2026-11-21T23:50:00Z', END]) {
      const again = await expire(s, now);
      expect(again.code, again.stdout + again.stderr).toBe(0);
    }
    expect(reminders()).toHaveLength(1);
  });
});
