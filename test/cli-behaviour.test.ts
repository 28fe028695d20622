/**
 * The command line behaves like git, terraform and conftest (SPEC 3.2, issue #16): per-command
 * help, "did you mean", one-line usage errors, JSON for machines, colour and a tally only on a
 * terminal (NO_COLOR and FORCE_COLOR honoured), `explain` exiting 1 when denied, absolute folders,
 * `check FILE…`, plan's base found as origin/main, and `apply --dry-run` printing the rule-level
 * difference. (--version, a closed pipe and unwritable paths: ./cli-edges.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP, USAGE } from '../src/cli/args.js';
import { cli } from '../src/cli/index.js';
import { VERSION } from '../src/shared/version.js';
import { tempDir, writeTree } from './helpers.js';
import { exampleRepo, git } from './e2e/runner.js';

async function run(args: string[], opts: { env?: NodeJS.ProcessEnv; isTTY?: boolean; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    isTTY: opts.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

const NOW = ['--now', '2026-11-21T23:00:00Z'];
const ESC = '\u001b[';
const BOB = {
  'grants/bob-prod-db.yaml':
    'grantees: [bob@example.com]\nresource: prod-db\nreason: x\nticket: INC-1\nexpires: 2026-11-22T03:00:00Z\n',
};
const COMMANDS = ['check', 'compile', 'plan', 'explain', 'apply', 'expire', 'audit', 'request', 'extend', 'init'];

describe('help and usage errors', () => {
  it('every command of the dispatch table has its own help, and the usage names them all', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...COMMANDS].sort());
    for (const command of COMMANDS) expect(USAGE).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(USAGE).toContain("'tailpolicy <command> --help'");
  });

  it.each(COMMANDS)("%s --help prints that command's usage, options and examples, exit 0", async (command) => {
    const r = await run([command, '--help']);
    expect(r).toEqual({ code: 0, stdout: COMMAND_HELP[command], stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^Usage: tailpolicy ${command}\\b`));
    expect(r.stdout).toContain('\nOptions:\n');
    expect(r.stdout).toMatch(new RegExp(`\\nExamples:\\n(  (npx )?tailpolicy(@latest)? ${command}|  TS_API_KEY)`));
    expect(r.stdout).not.toBe(USAGE);
    // -h, `help check` and flags before the command say the same.
    expect((await run(['-h', command])).stdout).toBe(r.stdout);
    expect((await run(['help', command])).stdout).toBe(r.stdout);
    expect((await run([...NOW, command, '--help'])).stdout).toBe(r.stdout);
  });

  it('every line of every help fits 100 columns', () => {
    for (const text of [USAGE, ...Object.values(COMMAND_HELP)])
      for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('--help alone, and help, print the whole usage', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect((await run(['help'])).stdout).toBe(USAGE);
    expect((await run(['help', 'help'])).stdout).toBe(USAGE);
    expect((await run(['--version'])).stdout).toBe(`${VERSION}\n`);
  });

  it('a mistyped command: one line with the closest command, and the hint to --help', async () => {
    expect(await run(['chek'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tailpolicy: unknown command "chek"; did you mean `check`?\nRun \'tailpolicy --help\' for usage.\n',
    });
    expect((await run(['expier', '--dry-run'])).stderr).toContain('did you mean `expire`?');
    expect((await run(['comple'])).stderr).toContain('did you mean `compile`?');
    expect((await run(['help', 'aply'])).stderr).toContain('did you mean `apply`?');
    expect(await run(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tailpolicy: unknown command "frobnicate"\nRun \'tailpolicy --help\' for usage.\n',
    });
    expect(await run([])).toEqual({
      code: 2,
      stdout: '',
      stderr: "tailpolicy: missing command\nRun 'tailpolicy --help' for usage.\n",
    });
  });

  it("a mistyped option: one line with the closest option and that command's --help", async () => {
    expect(await run(['check', '--polcy-dir', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "tailpolicy: unknown option --polcy-dir; did you mean --policy-dir?\nRun 'tailpolicy check --help' for usage.\n",
    });
    expect((await run(['apply', '--dryrun'])).stderr).toBe(
      "tailpolicy: unknown option --dryrun; did you mean --dry-run?\nRun 'tailpolicy apply --help' for usage.\n",
    );
    expect((await run(['plan', '--frobnicate'])).stderr).toBe(
      "tailpolicy: unknown option --frobnicate\nRun 'tailpolicy plan --help' for usage.\n",
    );
    expect((await run(['compile', '--now'])).stderr).toBe(
      "tailpolicy: Option '--now <value>' argument missing\nRun 'tailpolicy compile --help' for usage.\n",
    );
  });

  it('a stray argument, a missing one, or a bad --format: one line and the hint, never the whole usage', async () => {
    const cases: Array<[string[], string]> = [
      [['compile', 'extra'], 'unexpected argument "extra"'],
      [['explain', 'alice@example.com'], 'explain takes a source and a destination'],
      [['check', '--format', 'xml'], '--format must be text or json, not "xml"'],
      [['request'], 'request takes one resource'],
      [['plan', 'x'], 'unexpected argument "x"'],
    ];
    expect((await run(['plan', '--format', 'jsno'])).stderr).toContain('not "jsno"; did you mean json?');
    for (const [args, message] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      expect(lines, r.stderr).toHaveLength(3);
      expect(lines[0]).toContain(message);
      expect(lines[1]).toBe(`Run 'tailpolicy ${args[0]} --help' for usage.`);
      expect(r.stderr).not.toContain('Commands:');
    }
  });

  it('the bundled CLI says the same, with no stack', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'chek'], { encoding: 'utf8', env: { PATH: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'tailpolicy: unknown command "chek"; did you mean `check`?\nRun \'tailpolicy --help\' for usage.\n',
    );
    const help = spawnSync(process.execPath, ['dist/cli.js', 'plan', '--help'], { encoding: 'utf8' });
    expect([help.status, help.stdout]).toEqual([0, COMMAND_HELP.plan]);
  });
});

describe('folders and files', () => {
  it('--policy-dir and --grants-dir accept absolute paths, with the same report and paths', async () => {
    const dir = exampleRepo({ 'grants/typo.yaml': 'grantees: [x@example.com]\nresource: prod-db\nexpire: 1\n' });
    const relativeRun = await run(['check', ...NOW, '-C', dir]);
    expect(relativeRun.code).toBe(1);
    expect(relativeRun.stdout).toContain('grants/typo.yaml:3:1: error[schema/unknown-field]');
    const abs = ['--policy-dir', join(dir, 'policy'), '--grants-dir', join(dir, 'grants')];
    const absolute = await run(['check', ...NOW, '-C', dir, ...abs]);
    expect(absolute).toEqual(relativeRun);
    // From another folder, with no -C: the paths are the working tree's, as in findings everywhere.
    const elsewhere = await run(['check', ...NOW, ...abs], { cwd: dir });
    expect(elsewhere).toEqual(relativeRun);
    const compiled = await run(['compile', ...NOW, '-C', tempDir(), ...abs]);
    expect(compiled.code).toBe(1);
    expect(compiled.stdout).toContain('"grants"');
    // An absolute folder outside the working tree keeps a ../ path in the report.
    const other = tempDir();
    const outside = await run(['check', ...NOW, '-C', other, ...abs]);
    const typo = relative(other, join(dir, 'grants/typo.yaml'));
    expect(typo).toMatch(/^\.\.\//);
    expect(outside.stdout).toContain(`${typo}:3:1: error[schema/unknown-field]`);
  });

  it('check FILE… checks just those grant files against the repository', async () => {
    const dir = exampleRepo({
      'grants/typo.yaml': 'grantees: [x@example.com]\nresource: prod-db\nreason: y\nexpire: 2026-11-22T01:00:00Z\n',
      'drafts/bob.yaml':
        'grantees: [bob@example.com]\nresource: prod-db\nreason: y\nticket: INC-2\nexpires: 2026-11-22T01:00:00Z\n',
    });
    const all = await run(['check', ...NOW, '-C', dir]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('grants:  1 active, 1 scheduled, 1 expired');

    const one = await run(['check', ...NOW, 'grants/alice-prod-db-inc-4211.yaml'], { cwd: dir });
    expect(one.code, one.stdout).toBe(0);
    expect(one.stdout).toContain('grants:  1 active, 0 scheduled, 0 expired');
    expect(one.stdout).not.toContain('typo.yaml');

    const bad = await run(['check', ...NOW, '-C', dir, join(dir, 'grants/typo.yaml')], { cwd: tempDir() });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('grants/typo.yaml:4:1: error[schema/unknown-field]');

    // A grant not yet in grants/, checked against the repository's policy (relative to the cwd).
    const draft = await run(['check', ...NOW, '-C', dir, '--format', 'json', join(dir, 'drafts/bob.yaml')]);
    expect(draft.code, draft.stdout).toBe(0);
    expect(JSON.parse(draft.stdout).grants).toEqual([
      expect.objectContaining({ path: 'drafts/bob.yaml', state: 'active', grantees: ['bob@example.com'] }),
    ]);

    expect(await run(['check', ...NOW, 'grants/nope.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tailpolicy: cannot read grants/nope.yaml: no such file or folder\n',
    });
    symlinkSync(join(dir, 'grants/alice-prod-db-inc-4211.yaml'), join(dir, 'linked.yaml'));
    expect(await run(['check', ...NOW, 'linked.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tailpolicy: linked.yaml is a symbolic link; tailpolicy does not follow links: name the file itself\n',
    });
    expect((await run(['check', ...NOW, 'grants'], { cwd: dir })).stderr).toContain('is not a grant file (.yaml)');
    expect((await run(['check', ...NOW, 'README.md'], { cwd: dir })).code).toBe(2);
    mkdirSync(join(dir, 'folder.yaml'));
    expect((await run(['check', ...NOW, 'folder.yaml'], { cwd: dir })).stderr).toBe(
      'tailpolicy: cannot read folder.yaml: it is a folder\n',
    );
    const fragment = await run(['check', ...NOW, 'policy/access.yaml'], { cwd: dir });
    expect(fragment.code).toBe(2);
    expect(fragment.stderr).toContain('policy/access.yaml is in the policy folder; check FILE... takes grant files');
  });
});

describe('plan', () => {
  it('compares with origin/main when the clone has it, else main, else says what to pass', async () => {
    const origin = exampleRepo();
    const clone = join(tempDir(), 'clone');
    git(tempDir(), 'clone', '-q', origin, clone);
    git(clone, 'checkout', '-q', '-b', 'request');
    git(clone, 'branch', '-q', '-D', 'main');
    writeTree(clone, BOB);
    const r = await run(['plan', ...NOW, '-C', clone]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^tailpolicy plan against origin\/main /);
    expect(r.stdout).toContain('added     grants/bob-prod-db.yaml');

    // A local main that is ahead (bob merged locally) does not hide what origin/main lacks.
    git(clone, 'checkout', '-q', '-b', 'main');
    git(clone, 'add', '-A');
    git(clone, 'commit', '-q', '-m', 'bob');
    expect((await run(['plan', ...NOW, '-C', clone])).stdout).toContain('added     grants/bob-prod-db.yaml');
    expect((await run(['plan', ...NOW, '-C', clone, '--base', 'main'])).stdout).toContain('No grant changes.');

    // No remote: the local main.
    const local = writeTree(exampleRepo(), BOB);
    expect((await run(['plan', ...NOW, '-C', local])).stdout).toMatch(/^tailpolicy plan against main /);

    // Neither: a usage error that says what to pass.
    const none = writeTree(exampleRepo(), BOB);
    git(none, 'branch', '-q', '-m', 'trunk');
    expect(await run(['plan', ...NOW, '-C', none])).toEqual({
      code: 2,
      stdout: '',
      stderr: `tailpolicy: ${none} has neither origin/main nor a branch main to compare with; pass --base REF\nRun 'tailpolicy plan --help' for usage.\n`,
    });
    expect((await run(['plan', ...NOW, '-C', none, '--base', 'trunk'])).code).toBe(0);
  });

  it('--format json: the grants in words, the rule changes and the tally', async () => {
    const dir = writeTree(exampleRepo(), BOB);
    const r = await run(['plan', ...NOW, '-C', dir, '--format', 'json'], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toEqual({
      base: 'main',
      now: '2026-11-21T23:00:00.000Z',
      ok: true,
      summary: '1 grant added, 1 rule added',
      grants: [
        {
          path: 'grants/bob-prod-db.yaml',
          kind: 'added',
          words: expect.stringContaining('bob@example.com gets tcp:5432 on tag:prod-db'),
        },
      ],
      resources: [],
      access: [],
      policy: [{ section: 'grants', kind: 'added', after: expect.objectContaining({ src: ['bob@example.com'] }) }],
      dns: [],
      findings: [],
    });
  });

  it('a terraform-like tally only on a terminal, coloured unless NO_COLOR', async () => {
    const dir = writeTree(exampleRepo(), BOB);
    const pipe = await run(['plan', ...NOW, '-C', dir]);
    expect(pipe.stdout).not.toContain('Plan:');
    expect(pipe.stdout).not.toContain(ESC);
    const tty = await run(['plan', ...NOW, '-C', dir], { isTTY: true });
    expect(tty.stdout).toContain(`\n${ESC}1mPlan: 1 grant added, 1 rule added.${ESC}0m\n`);
    expect(tty.stdout).toContain(`${ESC}32m  + grants: {"src":["bob@example.com"]`);
    const noColor = await run(['plan', ...NOW, '-C', dir], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toBe(`${pipe.stdout}\nPlan: 1 grant added, 1 rule added.\n`);
    const same = await run(['plan', ...NOW, '-C', exampleRepo()], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(same.stdout).toContain('\nPlan: no changes.\n');
  });
});

describe('colour', () => {
  it('only on a terminal; NO_COLOR turns it off, FORCE_COLOR on even in a pipe', async () => {
    const plain = await run(['check', ...NOW]);
    expect(plain.stdout).not.toContain(ESC);
    expect((await run(['check', ...NOW], { isTTY: true })).stdout).toContain(`${ESC}32mOK:`);
    expect((await run(['check', ...NOW], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).toBe(plain.stdout);
    expect((await run(['check', ...NOW], { isTTY: true, env: { NO_COLOR: '' } })).stdout).toContain(ESC);
    expect((await run(['check', ...NOW], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}32mOK:`);
    expect((await run(['check', ...NOW], { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout).toBe(plain.stdout);
    expect((await run(['check', ...NOW], { isTTY: true, env: { TERM: 'dumb' } })).stdout).toBe(plain.stdout);
    // JSON is never coloured.
    const json = await run(['check', ...NOW, '--format', 'json'], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(json.stdout).not.toContain(ESC);
  });

  it('the bundled CLI: no colour in a pipe, colour with FORCE_COLOR', () => {
    const cliRun = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, ['dist/cli.js', 'check', ...NOW], { encoding: 'utf8', env }).stdout;
    expect(cliRun({ PATH: '' })).not.toContain(ESC);
    expect(cliRun({ PATH: '', FORCE_COLOR: '1' })).toContain(`${ESC}32mOK:`);
  });

  it('errors are red on a terminal', async () => {
    const dir = exampleRepo({ 'grants/typo.yaml': 'grantees: [x@example.com]\nresource: prod-db\nexpire: 1\n' });
    const r = await run(['check', ...NOW, '-C', dir], { isTTY: true });
    expect(r.stdout).toMatch(new RegExp(`\\u001b\\[31mgrants/typo.yaml:3:1: error\\[schema/unknown-field\\]`));
  });
});

describe('explain', () => {
  it('exits 0 when allowed and 1 when denied; JSON says the same', async () => {
    const allowed = await run(['explain', ...NOW, 'alice@example.com', 'tag:prod-db:5432/tcp']);
    expect(allowed.code).toBe(0);
    const denied = await run(['explain', ...NOW, 'bob@example.com', 'tag:prod-db:5432/tcp']);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toMatch(/^DENIED: bob@example.com -> tag:prod-db:5432\/tcp/);
    expect(denied.stderr).toBe('');
    const json = await run(['explain', ...NOW, 'bob@example.com', 'tag:prod-db:5432/tcp', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      src: 'bob@example.com',
      dst: 'tag:prod-db',
      port: 5432,
      proto: 'tcp',
      allowed: false,
      rules: [],
      notes: expect.any(Array),
    });
    const yes = JSON.parse(
      (await run(['explain', ...NOW, 'alice@example.com', 'tag:prod-db:5432', '--format', 'json'])).stdout,
    );
    expect(yes).toMatchObject({ allowed: true, rules: [{ from: 'grant grants/alice-prod-db-inc-4211.yaml' }] });
  });

  it('says which members of a group are allowed when only some are', async () => {
    const dir = writeTree(tempDir(), {
      'policy/policy.hujson': `{
  "groups": {"group:eng": ["alice@example.com", "bob@example.com"], "group:ops": ["alice@example.com"]},
  "tagOwners": {"tag:db": ["alice@example.com"]},
  "grants": [{"src": ["alice@example.com"], "dst": ["tag:db"], "ip": ["tcp:5432"]}],
}`,
    });
    const r = await run(['explain', ...NOW, '-C', dir, 'group:eng', 'tag:db:5432']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DENIED: group:eng -> tag:db:5432/);
    expect(r.stdout).toContain('only some members of group:eng are allowed: alice@example.com (not: bob@example.com)');
    const json = await run(['explain', ...NOW, '-C', dir, 'group:eng', 'tag:db:5432', '--format', 'json']);
    expect(JSON.parse(json.stdout).members).toEqual({ allowed: ['alice@example.com'], denied: ['bob@example.com'] });
    // All members allowed, or none: no member line.
    const all = await run(['explain', ...NOW, '-C', dir, 'group:ops', 'tag:db:5432']);
    expect(all.stdout).not.toContain('only some members');
    const none = await run(['explain', ...NOW, '-C', dir, 'group:eng', 'tag:db:22']);
    expect([none.code, none.stdout.includes('only some members')]).toEqual([1, false]);
  });
});

describe('compile --format json', () => {
  it('gives ok, the digest, the byte count of the HuJSON, the policy as plain JSON and the findings', async () => {
    const hujson = await run(['compile', ...NOW]);
    const r = await run(['compile', ...NOW, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['ok', 'digest', 'bytes', 'policy', 'findings']);
    expect(out.ok).toBe(true);
    expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(out.bytes).toBe(Buffer.byteLength(hujson.stdout));
    expect(out.policy.grants.length).toBeGreaterThan(0);
    expect(out.findings).toEqual([]);
    const check = JSON.parse((await run(['check', ...NOW, '--format', 'json'])).stdout);
    expect(out.digest).toBe(check.digest);
  });
});

describe('apply and expire: the dry run a person reads, and JSON for machines', () => {
  it('apply --dry-run prints the rule-level difference; --format json one document; expire --format json', async () => {
    const { startTailscaleEmulator, EMULATOR_API_KEY } = await import('./emulators/tailscale.js');
    const { approvedExampleRepo } = await import('./e2e/runner.js');
    const repo = await approvedExampleRepo();
    const tailscale = await startTailscaleEmulator();
    try {
      const env = {
        TS_API_KEY: EMULATOR_API_KEY,
        GITHUB_TOKEN: repo.github.token,
        GITHUB_REPOSITORY: 'acme/tailnet',
        GITHUB_API_URL: repo.github.url,
      };
      const flags = [...NOW, '--api-url', tailscale.url, '--dry-run'];
      const opts = (more: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}) => ({
        cwd: repo.dir,
        isTTY: more.isTTY,
        env: { ...env, ...more.env },
      });

      // In a pipe: the requests, the policy's fate and the rules it would push; no tally, no colour.
      const pipe = await run(['apply', ...flags], opts());
      expect(pipe.code, pipe.stderr).toBe(0);
      expect(pipe.stdout).toContain('would send POST /api/v2/tailnet/-/acl If-Match: "ts-default"');
      expect(pipe.stdout).toContain('policy: would be pushed (sha256:');
      expect(pipe.stdout).toContain('\nthe rule-level difference it would push:\n');
      expect(pipe.stdout).toContain('+ grants: {"src":["alice@example.com"],"dst":["tag:prod-db"]');
      expect(pipe.stdout).toContain('\n- grants: {"src":["*"],"dst":["*"],"ip":["*"]}\n'); // the default allow-all goes
      expect(pipe.stdout).not.toContain('Would push:');
      expect(pipe.stdout).not.toContain(ESC);

      // On a terminal: coloured, and the tally; NO_COLOR keeps the tally and drops the colour.
      const tty = await run(['apply', ...flags], opts({ isTTY: true }));
      expect(tty.stdout).toContain(`${ESC}32m+ grants: {"src":["alice@example.com"]`);
      expect(tty.stdout).toMatch(
        new RegExp(`\\u001b\\[1mWould push: \\d+ rules added, \\d+ removed\\.\\u001b\\[0m\\n$`),
      );
      const plainTty = await run(['apply', ...flags], opts({ isTTY: true, env: { NO_COLOR: '1' } }));
      expect(plainTty.stdout).not.toContain(ESC);
      expect(plainTty.stdout).toMatch(/\nWould push: \d+ rules added, \d+ removed\.\n$/);
      expect(plainTty.stdout.startsWith(pipe.stdout)).toBe(true);

      // JSON: one document on stdout, the progress on stderr; nothing was sent.
      const json = await run(['apply', ...flags, '--format', 'json'], opts({ isTTY: true }));
      expect(json.code, json.stderr).toBe(0);
      const applied = JSON.parse(json.stdout);
      expect(applied).toEqual({
        dryRun: true,
        policy: 'pushed',
        pushed: false,
        digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        writes: expect.arrayContaining([
          expect.stringMatching(/^POST \/api\/v2\/tailnet\/-\/acl If-Match: "ts-default" /),
        ]),
        changes: expect.arrayContaining([
          expect.objectContaining({ section: 'grants', kind: 'added' }),
          { section: 'grants', kind: 'removed', before: { src: ['*'], dst: ['*'], ip: ['*'] } },
        ]),
        dnsChanged: expect.any(Array),
        findings: [],
      });
      const added = applied.changes.filter((c: { kind: string }) => c.kind === 'added').length;
      expect(tty.stdout).toContain(`Would push: ${added} rules added`);
      expect(json.stdout).not.toContain(ESC);
      expect(tailscale.requestsTo('POST', '/acl')).toHaveLength(0);

      const expired = await run(['expire', ...flags, '--format', 'json'], opts());
      expect(expired.code, expired.stderr).toBe(0);
      expect(JSON.parse(expired.stdout)).toEqual({
        dryRun: true,
        digest: applied.digest,
        expiredGrants: 1,
        activeGrants: 1,
        scheduledGrants: 1,
        nextChange: '2026-11-22T02:00:00Z',
        changed: false,
        cleanupPr: null,
      });
      expect(expired.stderr).toContain('would send POST /api/v2/tailnet/-/acl');
      expect(tailscale.requestsTo('POST', '/acl')).toHaveLength(0);
      for (const r of [pipe, tty, json, expired]) expect(r.stdout + r.stderr).not.toContain(EMULATOR_API_KEY);
    } finally {
      await Promise.all([tailscale.close(), repo.github.close()]);
    }
  });
});
