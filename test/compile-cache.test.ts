/**
 * The compile cache of the bundled CLI and action (src/shared/compile-cache.ts): on Node 22.1 and later it lives in this user's
 * private folder of the temporary folder; a folder that cannot be made, that others could write,
 * or that is a link is not used; Node's own NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE
 * win; and no cache problem ever changes what a command prints or its exit status.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_NOW, goldenExample } from './golden-repos.js';
import { tempDir } from './helpers.js';
import { runAction } from './e2e/runner.js';

const CLI = join(process.cwd(), 'dist/cli.js');
const HAS_CACHE = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const NAME = `tailpolicy-compile-cache${process.getuid ? `-${process.getuid()}` : ''}`;

const repo = goldenExample();

function check(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const base = { ...process.env };
  delete base.NODE_COMPILE_CACHE;
  delete base.NODE_DISABLE_COMPILE_CACHE;
  const r = spawnSync(process.execPath, [CLI, 'check', '--now', GOLDEN_NOW, '-C', repo], {
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the compile cache of the bundled CLI', () => {
  const reference = check({ NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: tempDir() });

  it('is kept in a private folder of this user, and the second run prints the same', () => {
    expect(reference.status).toBe(0);
    expect(reference.stdout).toContain('OK: 0 warning(s)');
    const tmp = tempDir();
    expect(check({ TMPDIR: tmp })).toEqual(reference);
    expect(check({ TMPDIR: tmp })).toEqual(reference);
    const dir = join(tmp, NAME);
    if (!HAS_CACHE) return expect(existsSync(dir)).toBe(false);
    if (process.platform !== 'win32') expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(filesUnder(dir).length).toBeGreaterThan(5);
  });

  it('is not used in a folder others may write to, or through a link', () => {
    const open = tempDir();
    mkdirSync(join(open, NAME));
    chmodSync(join(open, NAME), 0o777);
    expect(check({ TMPDIR: open })).toEqual(reference);
    expect(filesUnder(join(open, NAME))).toEqual([]);

    const linked = tempDir();
    const target = tempDir();
    symlinkSync(target, join(linked, NAME));
    expect(check({ TMPDIR: linked })).toEqual(reference);
    expect(filesUnder(target)).toEqual([]);
  });

  it('a folder that cannot be made, or a cache Node cannot write, changes nothing', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    // The temporary folder is a file: no folder can be made in it.
    expect(check({ TMPDIR: file })).toEqual(reference);
    // Node's own setting, pointing where nothing can be written.
    expect(check({ NODE_COMPILE_CACHE: join(file, 'cache'), TMPDIR: tempDir() })).toEqual(reference);
  });

  it("leaves the cache to Node's own settings when they are given", () => {
    const tmp = tempDir();
    const nodes = tempDir();
    expect(check({ NODE_COMPILE_CACHE: nodes, TMPDIR: tmp })).toEqual(reference);
    expect(existsSync(join(tmp, NAME))).toBe(false);
    if (HAS_CACHE) expect(filesUnder(nodes).length).toBeGreaterThan(5);
    const off = tempDir();
    expect(check({ NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: off })).toEqual(reference);
    expect(existsSync(join(off, NAME))).toBe(false);
  });
});

describe('the compile cache of the action (dist/index.js)', () => {
  const checkWith = (tmp: string) =>
    runAction({ workspace: repo, eventName: 'push', inputs: { mode: 'check', now: GOLDEN_NOW }, env: { TMPDIR: tmp } });

  it("is this user's private folder too, never Node's shared default", async () => {
    const tmp = tempDir();
    expect((await checkWith(tmp)).code).toBe(0);
    expect(existsSync(join(tmp, 'node-compile-cache'))).toBe(false);
    if (!HAS_CACHE) return expect(existsSync(join(tmp, NAME))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(join(tmp, NAME)).mode & 0o777).toBe(0o700);
    expect(filesUnder(join(tmp, NAME)).length).toBeGreaterThan(5);

    // A folder of that name others may write to is not used: the action runs as it would without.
    const open = tempDir();
    mkdirSync(join(open, NAME));
    chmodSync(join(open, NAME), 0o777);
    expect((await checkWith(open)).code).toBe(0);
    expect(filesUnder(join(open, NAME))).toEqual([]);
  });
});
