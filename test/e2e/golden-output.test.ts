/**
 * Speed work must not change what users see (issue #15): the bundled CLI's output on the
 * example, on a generated 1,000-grant repository and on a repository of broken grants is compared
 * byte for byte with the output captured before that work (test/fixtures/golden/expected, written
 * by test/golden-capture.ts). The same runs in process against the sources, whose schema
 * validators are compiled at run time where the bundle's are precompiled.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/index.js';
import { GOLDEN_COMMANDS, GOLDEN_REPOS, formatRun, readExpected } from '../golden-repos.js';

function runDist(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('dist/cli.js'), ...args], { cwd, env: {} });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe.each(Object.entries(GOLDEN_REPOS))('output on the %s repository is unchanged', (repo, make) => {
  const dir = make();
  it.each(Object.entries(GOLDEN_COMMANDS))('dist/cli.js %s', async (name, args) => {
    expect(formatRun(await runDist(args, dir))).toBe(readExpected(repo, name));
  });
  it.each(Object.entries(GOLDEN_COMMANDS))('in process: %s', async (name, args) => {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), env: {}, cwd: dir };
    const code = await cli(args, io);
    expect(formatRun({ code, stdout, stderr })).toBe(readExpected(repo, name));
  });
});
