/**
 * The code cache of the bundled CLI and action (src/shared/code-cache.ts, its folder from
 * src/shared/compile-cache.ts): it lives in this user's private folder of the temporary folder; a
 * folder that cannot be made, that others own or could write, or that is a link is not used;
 * Node's own NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE win; a cache file that is missing,
 * unreadable, not ours, corrupt or rejected by V8 only means a run without it (and is written
 * again); a bundle changed after its cache was written never runs the old code; concurrent runs
 * never read half a cache; a repeated run writes nothing; and no cache problem ever changes what a
 * command prints or its exit status. TAILPOLICY_CODE_CACHE_TRACE makes the launcher say on
 * standard error what it found and wrote; those lines are taken out before outputs are compared.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { GOLDEN_NOW, goldenExample } from './golden-repos.js';
import { tempDir, writeTree } from './helpers.js';
import { git, runAction } from './e2e/runner.js';

const DIST = join(process.cwd(), 'dist');
const NAME = `tailpolicy-compile-cache${process.getuid ? `-${process.getuid()}` : ''}`;
const POSIX = process.platform !== 'win32';

const repo = goldenExample();

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The launcher's trace lines ("cli-offline.cjs warm", "… written"), without "code cache: ". */
  trace: string[];
}

function split(r: { status: number | null; stdout: string; stderr: string }): Run {
  const lines = r.stderr.split(/(?<=\n)/);
  const isTrace = (l: string) => l.startsWith('code cache: ');
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: lines.filter((l) => !isTrace(l)).join(''),
    trace: lines.filter(isTrace).map((l) => l.slice('code cache: '.length).trim()),
  };
}

function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  delete base.NODE_COMPILE_CACHE;
  delete base.NODE_DISABLE_COMPILE_CACHE;
  delete base.NODE_OPTIONS;
  return { ...base, TAILPOLICY_CODE_CACHE_TRACE: '1', ...env };
}

function check(env: Record<string, string>, dist = DIST, dir = repo): Run {
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check', '--now', GOLDEN_NOW, '-C', dir], {
    encoding: 'utf8',
    env: baseEnv(env),
  });
  return split(r);
}

function checkAsync(env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(DIST, 'cli.js'), 'check', '--now', GOLDEN_NOW, '-C', repo], {
      env: baseEnv(env),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done(split({ status, stdout, stderr })));
  });
}

/** What a run prints and its status: the part no cache may change. */
const seen = (r: Run) => ({ status: r.status, stdout: r.stdout, stderr: r.stderr });

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The one cache file of `check` in `dir`. */
function checkCache(dir: string): string {
  const files = filesUnder(dir).filter((f) => /cli-offline\.cjs-check-.*\.v8$/.test(f));
  expect(files).toHaveLength(1);
  return files[0]!;
}

describe('the code cache of the bundled CLI', () => {
  const reference = check({ NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: tempDir() });

  it('is written by the first run in a private folder, read by the next, and not written again', () => {
    expect(reference.status).toBe(0);
    expect(reference.stdout).toContain('OK: 0 warning(s)');
    expect(reference.trace).toEqual(['cli-offline.cjs off']);
    const tmp = tempDir();
    const cold = check({ TMPDIR: tmp });
    expect(seen(cold)).toEqual(seen(reference));
    expect(cold.trace).toEqual(['cli-offline.cjs cold', 'cli-offline.cjs written']);
    const dir = join(tmp, NAME);
    if (POSIX) expect(statSync(dir).mode & 0o777).toBe(0o700);
    const file = checkCache(dir);
    if (POSIX) expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = statSync(file).mtimeMs;
    for (let i = 0; i < 3; i++) {
      const warm = check({ TMPDIR: tmp });
      expect(seen(warm)).toEqual(seen(reference));
      // A steady state: the cache is read, and nothing is written.
      expect(warm.trace).toEqual(['cli-offline.cjs warm']);
    }
    expect(statSync(file).mtimeMs).toBe(written);
    expect(filesUnder(dir)).toEqual([file]);
  });

  it('is written again once by a run that compiles what the cache lacks, then not again', () => {
    // A grant naming an unknown resource: check reports an error, code the example never runs.
    const broken = goldenExample();
    const grant = join(broken, 'grants/alice-prod-db-inc-4211.yaml');
    writeFileSync(grant, readFileSync(grant, 'utf8').replace('resource: prod-db', 'resource: nope-db'));
    const tmp = tempDir();
    expect(check({ TMPDIR: tmp }).trace).toEqual(['cli-offline.cjs cold', 'cli-offline.cjs written']);
    expect(check({ TMPDIR: tmp }).trace).toEqual(['cli-offline.cjs warm']);
    // (Its finding's position also loads yaml's bundle, with a cache of its own.)
    const offline = (r: Run) => r.trace.filter((t) => t.startsWith('cli-offline.cjs'));
    const first = check({ TMPDIR: tmp }, DIST, broken);
    expect(first.status).toBe(1);
    expect(offline(first)).toEqual(['cli-offline.cjs warm', 'cli-offline.cjs written']);
    const again = check({ TMPDIR: tmp }, DIST, broken);
    expect(seen(again)).toEqual(seen(first));
    expect(offline(again)).toEqual(['cli-offline.cjs warm']);
    // The cache now holds both paths.
    expect(check({ TMPDIR: tmp }).trace).toEqual(['cli-offline.cjs warm']);
  });

  it('without the trace, a run with a good cache looks for new code only now and then, and a new path is cached soon', () => {
    const broken = goldenExample();
    const grant = join(broken, 'grants/alice-prod-db-inc-4211.yaml');
    writeFileSync(grant, readFileSync(grant, 'utf8').replace('resource: prod-db', 'resource: nope-db'));
    const tmp = tempDir();
    const quiet = { TMPDIR: tmp, TAILPOLICY_CODE_CACHE_TRACE: '' };
    expect(check(quiet).trace).toEqual([]);
    const file = checkCache(tmp);
    const before = readFileSync(file);
    // A quarter of the runs look: 40 runs that all miss it happen once in 100,000.
    let runs = 0;
    while (runs < 40 && readFileSync(file).equals(before)) {
      const r = check(quiet, DIST, broken);
      expect(r.status).toBe(1);
      runs++;
    }
    expect(readFileSync(file).equals(before), `not rewritten in ${runs} runs`).toBe(false);
    expect(readFileSync(file).length).toBeGreaterThan(before.length);
  });

  it('is not used in a folder others may write to, that another user owns, or through a link', () => {
    const open = tempDir();
    mkdirSync(join(open, NAME));
    chmodSync(join(open, NAME), 0o777);
    const planted = check({ TMPDIR: open });
    expect(seen(planted)).toEqual(seen(reference));
    expect(planted.trace).toEqual(['cli-offline.cjs off']);
    expect(filesUnder(join(open, NAME))).toEqual([]);

    const group = tempDir();
    mkdirSync(join(group, NAME));
    chmodSync(join(group, NAME), 0o770);
    expect(check({ TMPDIR: group }).trace).toEqual(['cli-offline.cjs off']);
    expect(filesUnder(join(group, NAME))).toEqual([]);

    const linked = tempDir();
    const target = tempDir();
    symlinkSync(target, join(linked, NAME));
    expect(seen(check({ TMPDIR: linked }))).toEqual(seen(reference));
    expect(filesUnder(target)).toEqual([]);

    // Another user's folder (only root can make one here).
    if (process.getuid?.() === 0) {
      const foreign = tempDir();
      mkdirSync(join(foreign, NAME), { mode: 0o700 });
      chownSync(join(foreign, NAME), 65534, 65534);
      const r = check({ TMPDIR: foreign });
      expect(seen(r)).toEqual(seen(reference));
      expect(r.trace).toEqual(['cli-offline.cjs off']);
      expect(filesUnder(join(foreign, NAME))).toEqual([]);
    }
  });

  it('a cache file that is corrupt, not ours, unreadable or rejected by V8 is a run without it, then rewritten', () => {
    const tmp = tempDir();
    check({ TMPDIR: tmp });
    const file = checkCache(join(tmp, NAME));
    const good = readFileSync(file);
    const tag = good.subarray(0, good.indexOf(0x0a) + 1 + 8);

    const cases: Array<[string, Buffer, string]> = [
      ['empty', Buffer.alloc(0), 'cold'],
      ['truncated header', good.subarray(0, 10), 'cold'],
      ['not ours (no tag)', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'cold'],
      ['V8 data cut short', good.subarray(0, good.length >> 1), 'rejected'],
      ['garbage after the tag', Buffer.concat([tag, Buffer.alloc(50_000, 0x5a)]), 'rejected'],
    ];
    for (const [what, bytes, outcome] of cases) {
      writeFileSync(file, bytes);
      const r = check({ TMPDIR: tmp });
      expect({ what, ...seen(r) }).toEqual({ what, ...seen(reference) });
      expect({ what, trace: r.trace }).toEqual({
        what,
        trace: [`cli-offline.cjs ${outcome}`, 'cli-offline.cjs written'],
      });
      // Rewritten: the next run reads it.
      expect({ what, trace: check({ TMPDIR: tmp }).trace }).toEqual({ what, trace: ['cli-offline.cjs warm'] });
    }

    // Another bundle's cache (real V8 data, for other code) under this name: V8 rejects it.
    const other = tempDir();
    spawnSync(process.execPath, [join(DIST, 'cli.js'), '--help'], { env: baseEnv({ TMPDIR: other }) });
    const help = filesUnder(join(other, NAME)).find((f) => f.includes('cli-none.cjs'))!;
    writeFileSync(file, readFileSync(help));
    const r = check({ TMPDIR: tmp });
    expect(seen(r)).toEqual(seen(reference));
    expect(r.trace).toEqual(['cli-offline.cjs rejected', 'cli-offline.cjs written']);

    // A folder where the cache file should be: it cannot be read or replaced, and changes nothing.
    const blocked = tempDir();
    check({ TMPDIR: blocked });
    const name = checkCache(join(blocked, NAME));
    rmSync(name);
    mkdirSync(name);
    const b = check({ TMPDIR: blocked });
    expect(seen(b)).toEqual(seen(reference));
    expect(b.trace).toEqual(['cli-offline.cjs cold']);
    expect(filesUnder(join(blocked, NAME))).toEqual([]);
  });

  it('a bundle changed after its cache was written runs its own code, not the cached', () => {
    const dist = join(tempDir(), 'dist');
    cpSync(DIST, dist, { recursive: true });
    const tmp = tempDir();
    expect(check({ TMPDIR: tmp }, dist).trace).toEqual(['cli-offline.cjs cold', 'cli-offline.cjs written']);
    expect(check({ TMPDIR: tmp }, dist).trace).toEqual(['cli-offline.cjs warm']);
    // The same length, so V8's own check of the source (its length) cannot tell: only the name of
    // the cache keeps the old code from running.
    const bundle = join(dist, 'bundles/cli-offline.cjs');
    const text = readFileSync(bundle, 'utf8');
    expect(text).toContain('warning(s)');
    writeFileSync(bundle, text.replaceAll('warning(s)', 'warnings(s'));
    const changed = check({ TMPDIR: tmp }, dist);
    expect(changed.trace).toEqual(['cli-offline.cjs cold', 'cli-offline.cjs written']);
    expect(changed.stdout).toBe(reference.stdout.replaceAll('warning(s)', 'warnings(s'));
  });

  it('concurrent first runs all print the same, and leave one whole cache', async () => {
    const tmp = tempDir();
    const runs = await Promise.all(Array.from({ length: 4 }, () => checkAsync({ TMPDIR: tmp })));
    for (const r of runs) expect(seen(r)).toEqual(seen(reference));
    const file = checkCache(join(tmp, NAME));
    expect(filesUnder(join(tmp, NAME))).toEqual([file]);
    expect(check({ TMPDIR: tmp }).trace).toEqual(['cli-offline.cjs warm']);
  });

  it('a folder that cannot be made, or a cache Node cannot write, changes nothing', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    // The temporary folder is a file: no folder can be made in it.
    expect(seen(check({ TMPDIR: file }))).toEqual(seen(reference));
    // Node's own setting, pointing where nothing can be written.
    expect(seen(check({ NODE_COMPILE_CACHE: join(file, 'cache'), TMPDIR: tempDir() }))).toEqual(seen(reference));
  });

  it("follows Node's own settings when they are given", () => {
    const tmp = tempDir();
    const nodes = tempDir();
    expect(seen(check({ NODE_COMPILE_CACHE: nodes, TMPDIR: tmp }))).toEqual(seen(reference));
    expect(existsSync(join(tmp, NAME))).toBe(false);
    expect(check({ NODE_COMPILE_CACHE: nodes, TMPDIR: tmp }).trace).toEqual(['cli-offline.cjs warm']);
    checkCache(nodes);
    // A folder that does not exist yet is made, as Node makes it.
    const deeper = join(tempDir(), 'a', 'b');
    expect(check({ NODE_COMPILE_CACHE: deeper, TMPDIR: tmp }).trace).toEqual([
      'cli-offline.cjs cold',
      'cli-offline.cjs written',
    ]);
    checkCache(deeper);
    const off = tempDir();
    const r = check({ NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: off });
    expect(seen(r)).toEqual(seen(reference));
    expect(r.trace).toEqual(['cli-offline.cjs off']);
    expect(existsSync(join(off, NAME))).toBe(false);
  });

  it('other V8 flags, or another command, do not read the cache of check', () => {
    const tmp = tempDir();
    check({ TMPDIR: tmp });
    expect(check({ TMPDIR: tmp, NODE_OPTIONS: '--max-semi-space-size=8' }).trace).toEqual([
      'cli-offline.cjs cold',
      'cli-offline.cjs written',
    ]);
    const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'compile', '--now', GOLDEN_NOW, '-C', repo], {
      encoding: 'utf8',
      env: baseEnv({ TMPDIR: tmp }),
    });
    expect(r.status).toBe(0);
    expect(split(r).trace).toEqual(['cli-offline.cjs cold', 'cli-offline.cjs written']);
  });

  it('a large check, which changes a V8 flag while it runs, writes a cache the next run takes', () => {
    // Over 1 MiB of policy text: check keeps V8's young generation small (src/cli/offline-read.ts).
    const members = Array.from({ length: 50_000 }, (_, i) => `\t\t\t"member${i}@example.com",\n`).join('');
    const large = goldenExample();
    const groups = join(large, 'policy/groups.hujson');
    writeFileSync(
      groups,
      readFileSync(groups, 'utf8').replace('"sam@example.com",\n', `"sam@example.com",\n${members}`),
    );
    expect(readFileSync(groups, 'utf8').length).toBeGreaterThan(2 ** 20);
    const tmp = tempDir();
    const cold = check({ TMPDIR: tmp }, DIST, large);
    expect(cold.status).toBe(0);
    expect(cold.trace).toEqual(['cli-offline.cjs cold', 'cli-offline.cjs written']);
    const warm = check({ TMPDIR: tmp }, DIST, large);
    expect(seen(warm)).toEqual(seen(cold));
    expect(warm.trace).toEqual(['cli-offline.cjs warm']);
  });

  it("loads the git runner's bundle for a duration grant, sharing the CLI's errors", async () => {
    const grant = `grantees: [alice@example.com]
resource: prod-db
reason: "INC-4300: replica lag"
ticket: INC-4300
duration: 4h
`;
    // In a repository, merged: git answers. Outside one: git fails with the runner's UserError,
    // which src/modes/merged-at.ts must recognise (an internal error otherwise).
    const inGit = goldenExample();
    git(inGit, 'init', '-q', '-b', 'main');
    writeTree(inGit, { 'grants/alice-4h.yaml': grant });
    git(inGit, 'add', '-A');
    git(inGit, 'commit', '-q', '-m', 'grants');
    const noGit = writeTree(goldenExample(), { 'grants/alice-4h.yaml': grant });
    for (const dir of [inGit, noGit]) {
      let stdout = '';
      let stderr = '';
      const status = await cli(['check', '--now', GOLDEN_NOW, '-C', dir], {
        stdout: (s) => void (stdout += s),
        stderr: (s) => void (stderr += s),
        env: {},
        cwd: process.cwd(),
        isTTY: false,
      });
      const tmp = tempDir();
      for (let i = 0; i < 2; i++) {
        const r = check({ TMPDIR: tmp }, DIST, dir);
        expect(seen(r)).toEqual({ status, stdout, stderr });
        expect(r.trace.filter((t) => t.startsWith('git.cjs'))).toEqual(
          i ? ['git.cjs warm'] : ['git.cjs cold', 'git.cjs written'],
        );
      }
    }
  });

  it("loads yaml's bundle only for a YAML file the fast reader leaves to it, with the same output", async () => {
    const tmp = tempDir();
    expect(check({ TMPDIR: tmp }).trace.filter((t) => t.startsWith('yaml.cjs'))).toEqual([]);
    // A grant with a flow sequence left open, and an anchor: yaml's parser reads it and places the errors.
    const broken = writeTree(goldenExample(), {
      'grants/broken.yaml': 'grantees: [alice@example.com\nresource: &r prod-db\nreason: *r\n',
    });
    let stdout = '';
    let stderr = '';
    const status = await cli(['check', '--now', GOLDEN_NOW, '-C', broken], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      env: {},
      cwd: process.cwd(),
      isTTY: false,
    });
    expect(status).toBe(1);
    expect(stdout).toContain('grants/broken.yaml:2:1: error[syntax/yaml]');
    for (let i = 0; i < 2; i++) {
      const r = check({ TMPDIR: tmp }, DIST, broken);
      expect(seen(r)).toEqual({ status, stdout, stderr });
      expect(r.trace.filter((t) => t.startsWith('yaml.cjs'))).toEqual(
        i ? ['yaml.cjs warm'] : ['yaml.cjs cold', 'yaml.cjs written'],
      );
    }
  });
});

describe('the code cache of the action (dist/index.js)', () => {
  const strip = (r: { code: number; stdout: string }) => ({ code: r.code, stdout: r.stdout });
  const checkWith = (tmp: string, env: Record<string, string> = {}) =>
    runAction({
      workspace: repo,
      eventName: 'push',
      inputs: { mode: 'check', now: GOLDEN_NOW },
      env: { TMPDIR: tmp, TAILPOLICY_CODE_CACHE_TRACE: '1', ...env },
    });

  it("is this user's private folder too, never Node's shared default, and works cold, warm and rejected", async () => {
    const tmp = tempDir();
    const reference = await checkWith(tempDir(), { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(reference.code).toBe(0);
    const cold = await checkWith(tmp);
    expect(strip(cold)).toEqual(strip(reference));
    expect(cold.stderr).toContain('code cache: action-check.cjs cold');
    expect(existsSync(join(tmp, 'node-compile-cache'))).toBe(false);
    if (POSIX) expect(statSync(join(tmp, NAME)).mode & 0o777).toBe(0o700);
    const [file, ...others] = filesUnder(join(tmp, NAME));
    expect(others).toEqual([]);
    expect(file).toMatch(/action-check\.cjs-check-.*\.v8$/);
    const warm = await checkWith(tmp);
    expect(strip(warm)).toEqual(strip(reference));
    expect(warm.stderr).toContain('code cache: action-check.cjs warm');
    writeFileSync(file!, readFileSync(file!).subarray(0, 1000));
    const rejected = await checkWith(tmp);
    expect(strip(rejected)).toEqual(strip(reference));
    expect(rejected.stderr).toContain('code cache: action-check.cjs rejected');

    // A folder of that name others may write to is not used: the action runs as it would without.
    const open = tempDir();
    mkdirSync(join(open, NAME));
    chmodSync(join(open, NAME), 0o777);
    const r = await checkWith(open);
    expect(strip(r)).toEqual(strip(reference));
    expect(filesUnder(join(open, NAME))).toEqual([]);
  });

  it('is neither read nor written on a GitHub-hosted runner, a new machine for every job', async () => {
    const tmp = tempDir();
    const hosted = await checkWith(tmp, { RUNNER_ENVIRONMENT: 'github-hosted' });
    expect(hosted.code, hosted.stdout).toBe(0);
    expect(hosted.stderr).toContain('code cache: action-check.cjs off');
    expect(existsSync(join(tmp, NAME)) ? filesUnder(join(tmp, NAME)) : []).toEqual([]);
    // A self-hosted runner keeps its temporary folder: the cache is written there.
    const self = await checkWith(tmp, { RUNNER_ENVIRONMENT: 'self-hosted' });
    expect(self.stderr).toContain('code cache: action-check.cjs cold');
    expect(filesUnder(join(tmp, NAME))).toHaveLength(1);
    expect(strip(self)).toEqual(strip(hosted));
  });
});
