/**
 * The bundled CLI at the edges of a terminal (SPEC 3.2): a reader that closes the pipe early
 * (`tailpolicy compile | head`) ends the command quietly, and a path that cannot be written is
 * one line and exit 2, never "internal error" and a stack.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { tempDir, writeTree } from './helpers.js';
import { generatedGrantFiles, goldenExample } from './golden-repos.js';
import type { Io } from '../src/cli/terminal.js';

const NOW = ['--now', '2026-11-21T23:00:00Z'];
const CLI = join(process.cwd(), 'dist/cli.js');

describe('the command line at the edges', () => {
  it('a closed pipe ends the command quietly, as git does', async () => {
    // A policy far larger than a pipe's buffer; the reader goes away after the first bytes.
    const rules = Array.from(
      { length: 3000 },
      (_, i) => `{"src": ["u${i}@example.com"], "dst": ["tag:db"], "ip": ["tcp:${1000 + i}"]}`,
    );
    const dir = writeTree(tempDir(), {
      'policy/policy.hujson': `{"tagOwners": {"tag:db": ["a@example.com"]}, "grants": [${rules.join(',\n')}]}`,
    });
    const child = spawn(process.execPath, [CLI, 'compile', ...NOW, '-C', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a long check report waits for stdout to take each batch before it makes the next', async () => {
    // 1,000 grants: a report of about 170 KB, written in batches of 64 KiB.
    const dir = writeTree(goldenExample(), generatedGrantFiles(1000));
    const io = (extra: Partial<Io> = {}) => {
      const chunks: string[] = [];
      return { chunks, io: { stdout: (s: string) => chunks.push(s), stderr: () => {}, env: {}, cwd: dir, ...extra } };
    };
    const plain = io();
    expect(await cli(['check', ...NOW], plain.io)).toBe(0);
    let release: (() => void) | undefined;
    let waits = 0;
    const slow = io({
      drained: () => {
        waits++;
        return new Promise<void>((done) => (release = done));
      },
    });
    let code: number | undefined;
    const run = cli(['check', ...NOW], slow.io).then((c) => (code = c));
    const tick = () => new Promise((done) => setTimeout(done, 5));
    while (release === undefined) await tick();
    // The first batch is written, and nothing more while stdout has not taken it.
    expect(plain.chunks.length).toBeGreaterThan(2);
    const written = slow.chunks.length;
    expect(written).toBe(1);
    for (let i = 0; i < 10; i++) await tick();
    expect(slow.chunks.length).toBe(written);
    while (code === undefined) {
      const go = release;
      release = undefined;
      go?.();
      await tick();
    }
    await run;
    expect(code).toBe(0);
    expect(waits).toBeGreaterThanOrEqual(2);
    expect(slow.chunks.join('')).toBe(plain.chunks.join(''));
  });

  it('-o into a folder that does not exist: one line, exit 2, no stack (bundled and in-process)', async () => {
    const r = spawnSync(process.execPath, [CLI, 'compile', ...NOW, '-o', '/no/such/dir/x'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tailpolicy: cannot open /no/such/dir/x: no such file or folder\n');
    expect(r.stdout).toBe('');
    let stderr = '';
    const code = await cli(['compile', ...NOW, '-o', '/no/such/dir/x'], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      env: {},
      cwd: process.cwd(),
    });
    expect([code, stderr]).toEqual([2, 'tailpolicy: cannot open /no/such/dir/x: no such file or folder\n']);
  });

  it('--out into a path that is a file: one line, exit 2', async () => {
    const file = join(tempDir(), 'taken');
    writeTree(file.replace(/\/taken$/, ''), { taken: 'x' });
    let stderr = '';
    const code = await cli(['audit', ...NOW, '--out', join(file, 'sub')], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      env: {},
      cwd: process.cwd(),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tailpolicy: cannot \w+ \S+: a part of the path is not a folder\n$/);
  });
});
