/**
 * The command line behaves like git, terraform and conftest (SPEC 3.2): --version, per-command
 * help, "did you mean", one-line usage errors, JSON for machines, colour and a tally only on a
 * terminal, a closed pipe ending quietly, file errors as exit 2, absolute folders, `check FILE`,
 * and plan's base found as origin/main in a clone without a local main.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { COMMAND_HELP } from '../src/cli/args.js';
import { VERSION } from '../src/shared/version.js';
import { tempDir, writeTree } from './helpers.js';
import { exampleRepo } from './e2e/runner.js';

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

describe('version, help and usage errors', () => {
  it('--version prints the version alone', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each(Object.keys(COMMAND_HELP))('%s --help shows that command\'s options and examples', async (command) => {
    const r = await run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(COMMAND_HELP[command]);
    expect(r.stdout).toMatch(new RegExp(`^Usage: tailpolicy ${command}`));
    expect(r.stdout).toContain('Examples:');
    expect((await run(['help', command])).stdout).toBe(r.stdout);
  });

  it('a mistyped command: one line with the closest command, and the hint to --help', async () => {
    const r = await run(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "tailpolicy: unknown command \"chek\"; did you mean `check`?\nRun 'tailpolicy --help' for usage.\n",
    );
    expect(r.stdout).toBe('');
    expect((await run(['frobnicate'])).stderr).toBe(
      "tailpolicy: unknown command \"frobnicate\"\nRun 'tailpolicy --help' for usage.\n",
    );
  });

  it("an unknown option or a stray argument: one line and the command's --help, never the whole help", async () => {
    const option = await run(['check', '--frobnicate']);
    expect(option.code).toBe(2);
    expect(option.stderr.split('\n')).toEqual([
      expect.stringMatching(/^tailpolicy: Unknown option '--frobnicate'/),
      "Run 'tailpolicy check --help' for usage.",
      '',
    ]);
    const stray = await run(['compile', 'extra']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe("tailpolicy: unexpected argument \"extra\"\nRun 'tailpolicy compile --help' for usage.\n");
    expect((await run(['check', '--format', 'xml'])).stderr).toContain('--format must be text or json, not "xml"');
  });
});

describe('files that cannot be read or written', () => {
  it('-o into a folder that does not exist is one line and exit 2', async () => {
    const r = await run(['compile', ...NOW, '-o', '/no/such/dir/x']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tailpolicy: cannot write /no/such/dir/x: no such folder\n' });
  });

  it('the bundled CLI says the same, without a stack', () => {
    const r = spawnSyncCli(['compile', ...NOW, '-o', '/no/such/dir/x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tailpolicy: cannot write /no/such/dir/x: no such folder\n');
  });

  it('a grant file given to check that does not exist is exit 2', async () => {
    const r = await run(['check', ...NOW, 'grants/nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tailpolicy: cannot read grants/nope.yaml: no such file\n');
  });
});

function spawnSyncCli(args: string[], cwd = process.cwd()) {
  return require('node:child_process').spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  }) as { status: number; stdout: string; stderr: string };
}

describe('folders and files', () => {
  it('--policy-dir and --grants-dir accept absolute paths, with the same report', async () => {
    const dir = exampleRepo();
    const relative = await run(['check', ...NOW, '-C', dir]);
    const absolute = await run(['check', ...NOW, '-C', dir, '--policy-dir', join(dir, 'policy'), '--grants-dir', join(dir, 'grants')]);
    expect(absolute.code).toBe(0);
    expect(absolute.stdout).toBe(relative.stdout);
  });

  it('check FILE… checks just those grant files against the repository', async () => {
    const dir = writeTree(exampleRepo(), { 'grants/typo.yaml': 'grantees: x@example.com\nreason: y\nexpire: 2026-11-22T01:00:00Z\n' });
    const all = await run(['check', ...NOW, '-C', dir]);
    expect(all.code).toBe(1);
    const one = await run(['check', ...NOW, 'grants/alice-prod-db-inc-4211.yaml'], { cwd: dir });
    expect(one.code, one.stdout).toBe(0);
    expect(one.stdout).toContain('grants:  1 active, 0 scheduled, 0 expired');
    expect(one.stdout).not.toContain('typo.yaml');
    const bad = await run(['check', ...NOW, join(dir, 'grants/typo.yaml')], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('grants/typo.yaml:3:1: error[schema/unknown-field]');
  });
});

describe('plan', () => {
  it('finds the base as origin/main in a clone without a local main', async () => {
    const origin = exampleRepo();
    const clone = join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', origin, clone]);
    execFileSync('git', ['-C', clone, 'checkout', '-q', '-b', 'request']);
    execFileSync('git', ['-C', clone, 'branch', '-q', '-D', 'main']);
    writeTree(clone, BOB);
    const r = await run(['plan', ...NOW, '-C', clone]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^tailpolicy plan against origin\/main/);
    expect(r.stdout).toContain('added     grants/bob-prod-db.yaml');
  });

  it('--format json: the grants in words, the rule changes and a tally', async () => {
    const dir = writeTree(exampleRepo(), BOB);
    const r = await run(['plan', ...NOW, '-C', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({
      base: 'main',
      ok: true,
      summary: '1 grant added, 1 rule added',
      grants: [{ path: 'grants/bob-prod-db.yaml', kind: 'added', words: expect.stringContaining('bob@example.com gets') }],
      policy: [{ section: 'grants', kind: 'added' }],
      dns: [],
    });
  });

  it('a terraform-like tally only on a terminal, coloured unless NO_COLOR', async () => {
    const dir = writeTree(exampleRepo(), BOB);
    const pipe = await run(['plan', ...NOW, '-C', dir]);
    expect(pipe.stdout).not.toContain('Plan:');
    expect(pipe.stdout).not.toContain(ESC);
    const tty = await run(['plan', ...NOW, '-C', dir], { isTTY: true });
    expect(tty.stdout).toContain(`${ESC}1mPlan: 1 grant added, 1 rule added.${ESC}0m`);
    const noColor = await run(['plan', ...NOW, '-C', dir], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('\nPlan: 1 grant added, 1 rule added.\n');
    expect(noColor.stdout).not.toContain(ESC);
  });
});

describe('colour', () => {
  it('only on a terminal; NO_COLOR turns it off, FORCE_COLOR on even in a pipe', async () => {
    expect((await run(['check', ...NOW])).stdout).not.toContain(ESC);
    expect((await run(['check', ...NOW], { isTTY: true })).stdout).toContain(`${ESC}32mOK:`);
    expect((await run(['check', ...NOW], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['check', ...NOW], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}32mOK:`);
    expect((await run(['check', ...NOW], { isTTY: true, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
  });
});

describe('explain', () => {
  it('exits 0 when allowed and 1 when denied; JSON says the same', async () => {
    const allowed = await run(['explain', ...NOW, 'alice@example.com', 'tag:prod-db:5432/tcp']);
    expect(allowed.code).toBe(0);
    const denied = await run(['explain', ...NOW, 'bob@example.com', 'tag:prod-db:5432/tcp']);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toMatch(/^DENIED/);
    const json = await run(['explain', ...NOW, 'bob@example.com', 'tag:prod-db:5432/tcp', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ src: 'bob@example.com', dst: 'tag:prod-db', port: 5432, allowed: false, rules: [] });
  });

  it('says which members of a group are allowed when only some are', async () => {
    const dir = writeTree(tempDir(), {
      'policy/policy.hujson': `{
  "groups": {"group:eng": ["alice@example.com", "bob@example.com"]},
  "tagOwners": {"tag:db": ["alice@example.com"]},
  "grants": [{"src": ["alice@example.com"], "dst": ["tag:db"], "ip": ["tcp:5432"]}],
}`,
    });
    const r = await run(['explain', ...NOW, '-C', dir, 'group:eng', 'tag:db:5432']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('only some members of group:eng are allowed: alice@example.com (not: bob@example.com)');
    const json = JSON.parse((await run(['explain', ...NOW, '-C', dir, 'group:eng', 'tag:db:5432', '--format', 'json'])).stdout);
    expect(json.members).toEqual({ allowed: ['alice@example.com'], denied: ['bob@example.com'] });
  });
});

describe('compile --format json', () => {
  it('gives the digest, the policy as plain JSON and the findings', async () => {
    const r = await run(['compile', ...NOW, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(out.bytes).toBeGreaterThan(1000);
    expect(out.policy.grants.length).toBeGreaterThan(0);
    expect(out.findings).toEqual([]);
  });
});

describe('a closed pipe', () => {
  it('ends the command quietly, as git does', async () => {
    // A policy large enough to fill the pipe: the reader closes after the first bytes.
    const dir = tempDir();
    mkdirSync(join(dir, 'grants'));
    const rules = Array.from({ length: 3000 }, (_, i) => `{"src": ["u${i}@example.com"], "dst": ["tag:db"], "ip": ["tcp:${1000 + (i % 60000)}"]}`);
    writeTree(dir, {
      'policy/policy.hujson': `{"tagOwners": {"tag:db": ["a@example.com"]}, "grants": [${rules.join(',\n')}]}`,
    });
    const child = spawn(process.execPath, [join(process.cwd(), 'dist/cli.js'), 'compile', ...NOW, '-C', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

void readFileSync;
