/**
 * Evidence from both sides (SPEC 2.7) on a scripted history: a real Git repository whose commits
 * carry the times of the story, pushes made to the Tailscale emulator at the times the apply and
 * expire runs would make them (its clock set to each moment, so its configuration log records
 * them then), a console edit between two pushes, one revocation that ran late, and flow logs.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../src/audit/index.js';
import { reconcile } from '../src/audit/tailnet.js';
import { readPolicyVersions } from '../src/audit/versions.js';
import { readRepository } from '../src/repo.js';
import { createTailscaleClient } from '../src/tailscale/tailscale-client.js';
import type { ConfigurationLogEntry } from '../src/tailscale/types.js';
import { headerDigest } from '../src/policy/render.js';
import { checkRepository } from '../src/validate/offline.js';
import { EMULATOR_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from './emulators/tailscale.js';
import { gitTest, tempDir, writeTree } from './helpers.js';

let emulator: TailscaleEmulator | undefined;

const T = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00Z`);
const HOUR = 3_600_000;

const POLICY = `{
  "groups": {"group:eng": ["alice@example.com", "bob@example.com"], "group:sre": ["sam@example.com"]},
  "tagOwners": {"tag:prod-db": ["group:sre"], "tag:dev": ["group:sre"]},
  "grants": [{"src": ["group:eng"], "dst": ["tag:dev"], "ip": ["*"]}],
}
`;
const ACCESS = `people:
  sam@example.com: sam-sre
resources:
  prod-db:
    standing: none
    grants:
      - dst: [tag:prod-db]
        ip: [tcp:5432]
    maxDuration: 8h
    approvers: [group:sre]
`;
const grant = (who: string, expires: string) =>
  `grantees: [${who}]\nresource: prod-db\nreason: "INC-1: orders"\nexpires: 2026-11-20T${expires}:00Z\n`;

function git(dir: string, at: Date, ...args: string[]): string {
  return gitTest(dir, args, { date: at });
}

function commit(dir: string, at: Date, files: Record<string, string>, message: string): void {
  writeTree(dir, files);
  git(dir, at, 'add', '-A');
  git(dir, at, 'commit', '-q', '-m', message);
}

/** What apply or expire would do at `at`: compile the checkout, push if the digest changed. */
async function run(dir: string, em: TailscaleEmulator, at: Date): Promise<void> {
  em.clock = () => at;
  const files = await readRepository(dir, 'policy', 'grants');
  const result = checkRepository({ policyDir: 'policy', ...files, now: at });
  expect(result.pushable).toBe(true);
  if (headerDigest(em.policy) === result.compiled.digest) return;
  const client = createTailscaleClient({
    apiUrl: em.url,
    tailnet: '-',
    credentials: { kind: 'api-key', apiKey: EMULATOR_API_KEY },
  });
  const live = await client.getPolicy();
  await client.setPolicy(result.compiled.text, live.etag);
}

const flow = (node: string, start: string, src: string, dst: string) => ({
  logged: T(start).toISOString(),
  nodeId: node,
  start: T(start).toISOString(),
  end: new Date(T(start).getTime() + 60_000).toISOString(),
  virtualTraffic: [{ proto: 'tcp', src, dst, txPkts: 10, txBytes: 1000, rxPkts: 10, rxBytes: 1000 }],
});

/** The story, told to Git and to the emulator; returns the repository and a client. */
async function scriptedHistory() {
  emulator = await startTailscaleEmulator({
    devices: [
      {
        id: '1',
        nodeId: 'nAlice',
        name: 'alice-laptop',
        user: 'alice@example.com',
        tags: [],
        addresses: ['100.64.0.1'],
      },
      { id: '2', nodeId: 'nBob', name: 'bob-laptop', user: 'bob@example.com', tags: [], addresses: ['100.64.0.2'] },
      {
        id: '9',
        nodeId: 'nDb',
        name: 'db-1',
        user: 'sam@example.com',
        tags: ['tag:prod-db'],
        addresses: ['100.64.0.9'],
      },
    ],
  });
  const e = emulator;
  const dir = tempDir('tailpolicy-evidence-');
  git(dir, T('07:00'), 'init', '-q', '-b', 'main');
  commit(dir, T('08:00'), { 'policy/policy.hujson': POLICY, 'policy/access.yaml': ACCESS }, 'base policy');
  await run(dir, e, T('08:01'));
  commit(dir, T('09:00'), { 'grants/alice.yaml': grant('alice@example.com', '12:00') }, 'alice: prod-db (#1)');
  await run(dir, e, T('09:01'));
  commit(dir, T('10:00'), { 'grants/bob.yaml': grant('bob@example.com', '11:00') }, 'bob: prod-db (#2)');
  await run(dir, e, T('10:01'));
  commit(dir, T('10:30'), { 'grants/alice.yaml': grant('alice@example.com', '13:00') }, 'extend alice (#3)');
  await run(dir, e, T('10:31'));
  await run(dir, e, T('11:05'));
  e.clock = () => T('11:30');
  e.consoleEdit(e.policy.replace('"dst": ["tag:dev"]', '"dst": ["tag:dev", "tag:prod-db"]'), {
    id: 'uMal10ryCNTRL',
    type: 'USER',
    loginName: 'mallory@example.com',
  });
  await run(dir, e, T('15:10'));
  e.networkLogs = [
    flow('nAlice', '09:30', '100.64.0.1:50123', '100.64.0.9:5432'),
    flow('nDb', '09:30', '100.64.0.1:50123', '100.64.0.9:5432'),
    flow('nAlice', '12:40', '100.64.0.1:50200', '100.64.0.9:5432'),
    flow('nAlice', '12:41', '100.64.0.1:50300', '100.64.0.9:22'),
    flow('nBob', '09:45', '100.64.0.2:40000', '100.64.0.9:5432'),
  ];
  expect(e.configLog).toHaveLength(6); // five pushes and the console edit

  const client = createTailscaleClient({
    apiUrl: e.url,
    tailnet: '-',
    credentials: { kind: 'api-key', apiKey: EMULATOR_API_KEY },
  });
  return { dir, e, client };
}

describe('evidence from both sides on a scripted history', () => {
  it('matches every push, names the console edit and its actor, flags the late revocation, and shows use', async () => {
    const { dir, client } = await scriptedHistory();
    const audit = await runAudit({
      root: dir,
      policyDir: 'policy',
      grantsDir: 'grants',
      now: T('16:00'),
      since: T('08:00'),
      until: T('16:00'),
      tailscale: client,
      schedulePeriodMs: HOUR,
    });
    const r = audit.evidence!.reconciliation!;

    // Every push is matched to the version Git expected; only the console edit is out-of-band.
    const pushes = r.changes.filter((c) => c.kind === 'push');
    expect(pushes.map((c) => c.at.toISOString().slice(11, 16))).toEqual(['08:01', '09:01', '10:01', '11:05', '15:10']);
    expect(pushes.every((c) => c.matchedBy === 'digest')).toBe(true);
    const oob = r.changes.filter((c) => c.kind === 'out-of-band');
    expect(oob).toHaveLength(1);
    expect(oob[0]!.actor).toBe('mallory@example.com (USER)');
    expect(oob[0]!.origin).toBe('ADMIN_CONSOLE');
    expect(oob[0]!.at).toEqual(T('11:30'));
    expect(oob[0]!.what).toContain('tag:prod-db');
    // … and that edit gave group:eng standing access to prod-db (standing: none) in the live policy.
    expect(oob[0]!.standing).toEqual([{ resource: 'prod-db', rule: 'grants[0]', principals: ['group:eng'] }]);
    expect(r.expected.filter((x) => x.status === 'missing')).toEqual([]);

    // Revocation latency: bob on time (5 min), alice late (2h10m), worst is alice's.
    const byPath = new Map(r.revocations.map((x) => [x.path, x]));
    expect(byPath.get('grants/bob.yaml')).toMatchObject({ status: 'on time', latencyMs: 5 * 60_000 });
    expect(byPath.get('grants/alice.yaml')).toMatchObject({ status: 'late', latencyMs: 2 * HOUR + 10 * 60_000 });
    expect(r.worstLatencyMs).toBe(2 * HOUR + 10 * 60_000);
    expect(r.worstLatencyPath).toBe('grants/alice.yaml');
    expect(r.medianLatencyMs).toBe((5 * 60_000 + 2 * HOUR + 10 * 60_000) / 2);

    // Use of access: alice connected twice to 5432 (each connection once), bob never in his window.
    const use = new Map(audit.evidence!.usage!.map((u) => [u.path, u]));
    expect(use.get('grants/alice.yaml')).toMatchObject({
      connected: true,
      connections: 2,
      first: T('09:30'),
      last: new Date(T('12:40').getTime() + 60_000),
    });
    expect(use.get('grants/bob.yaml')).toMatchObject({ connected: false, connections: 0 });

    // Standing access at each version: prod-db (standing: none) shows nobody.
    for (const v of audit.evidence!.versions) {
      expect(v.standing.find((s) => s.resource === 'prod-db')).toMatchObject({ none: true, rules: [] });
    }

    // A version Git expected that never reached the log, and stayed due for over a period, is flagged.
    const log = (await client.listConfigurationLogs(T('07:00'), T('16:00'))).filter(
      (x: ConfigurationLogEntry) => x.eventTime !== T('11:05').toISOString(),
    );
    const history = await readPolicyVersions(dir, {
      policyDir: 'policy',
      grantsDir: 'grants',
      since: T('08:00'),
      until: T('16:00'),
    });
    const without = reconcile(log, history, [], { schedulePeriodMs: HOUR, end: T('16:00') });
    const missing = without.expected.filter((x) => x.status === 'missing');
    expect(missing.map((x) => x.version.at)).toEqual([T('11:00')]);
    expect(missing[0]!.version.cause).toBe('grants/bob.yaml expires');
  });

  it('matches by time when the log carries no policy text, and still lists console edits', async () => {
    emulator = await startTailscaleEmulator();
    emulator.configLogCarriesText = false;
    const dir = tempDir('tailpolicy-evidence-');
    git(dir, T('07:00'), 'init', '-q', '-b', 'main');
    commit(dir, T('08:00'), { 'policy/policy.hujson': POLICY, 'policy/access.yaml': ACCESS }, 'base policy');
    await run(dir, emulator, T('08:02'));
    emulator.clock = () => T('09:00');
    emulator.consoleEdit(emulator.policy + '\n', { id: 'u1', type: 'USER', loginName: 'admin@example.com' });
    const client = createTailscaleClient({
      apiUrl: emulator.url,
      tailnet: '-',
      credentials: { kind: 'api-key', apiKey: EMULATOR_API_KEY },
    });
    const audit = await runAudit({
      root: dir,
      policyDir: 'policy',
      grantsDir: 'grants',
      now: T('10:00'),
      since: T('08:00'),
      tailscale: client,
    });
    const changes = audit.evidence!.reconciliation!.changes;
    expect(changes.map((c) => [c.kind, c.matchedBy, c.actor])).toEqual([
      ['push', 'time', 'tailpolicy CI (OAUTH_CLIENT)'],
      ['out-of-band', undefined, 'admin@example.com (USER)'],
    ]);
    expect(audit.evidence!.usageNote).toBeUndefined();
  });

  it('writes the evidence pack with the CLI (--format pack), and it renders in headless Chromium', async () => {
    const { dir, e } = await scriptedHistory();
    const out = tempDir('tailpolicy-pack-');
    const cli = await promisify(execFile)(
      process.execPath,
      [
        resolve('dist/cli.js'),
        'audit',
        '--format',
        'pack',
        '--since',
        '2026-11-20T08:00:00Z',
        '--until',
        '2026-11-20T16:00:00Z',
        '--now',
        '2026-11-20T16:00:00Z',
        '--out',
        out,
        '--api-url',
        e.url,
        '-C',
        dir,
      ],
      { env: { PATH: process.env.PATH ?? '', HOME: out, TS_API_KEY: EMULATOR_API_KEY } },
    ).catch((err: { code: number; stdout: string; stderr: string }) => err);
    // The console edit and the late revocation fail their controls: exit 1, and the files are written.
    expect((cli as { code?: number }).code, (cli as { stderr: string }).stderr).toBe(1);
    const markdown = readFileSync(join(out, 'evidence.md'), 'utf8');
    for (const title of ['Requests justified', 'Approvals', 'Durations within limits', 'Revocation on time']) {
      expect(markdown).toContain(`## ${title}`);
    }
    expect(markdown).toContain('## No standing access: FAIL');
    expect(markdown).toContain('STANDING ACCESS&#58; group&#58;eng');
    expect(markdown).toContain('## No out-of-band change: FAIL');
    expect(markdown).toContain('mallory&#64;example.com');

    const browser = chromium();
    if (!browser) {
      console.warn(
        '\n*** SKIPPED: no chromium on this machine, so the evidence pack was NOT rendered in a browser. ' +
          'Install it (apt-get install chromium; .ci/run does this) to run this check. ***\n',
      );
      return;
    }
    const profile = tempDir('tailpolicy-chromium-');
    const { stdout: dom } = await promisify(execFile)(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--user-data-dir=${profile}`,
        '--dump-dom',
        `file://${join(out, 'evidence.html')}`,
      ],
      { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const text = dom
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s+/g, ' ');
    expect(dom.match(/<section id="/g)).toHaveLength(7);
    for (const line of [
      'Requests justified: PASS',
      'Approvals: NOT SHOWN',
      'Durations within limits: PASS',
      'Revocation on time: FAIL',
      'No standing access: FAIL',
      'No out-of-band change: FAIL',
      'Use of access: PASS',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('mallory@example.com (USER) ADMIN_CONSOLE OUT-OF-BAND');
    expect(text).toContain(
      'OUT-OF-BAND change by mallory@example.com (USER) (live policy) — prod-db yes STANDING ACCESS: group:eng (grants[0])',
    );
    expect(text).toMatch(
      /grants\/alice\.yaml alice@example\.com prod-db 2026-11-20T13:00:00Z 2026-11-20T15:10:00Z .* 2h ?10m LATE/,
    );
    expect(text).toContain('Worst latency: 2h 10m (grants/alice.yaml)');
  }, 120_000);
});

/** The Chromium binary of the machine, if there is one. */
function chromium(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['chromium', 'chromium-browser']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}
