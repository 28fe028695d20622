/**
 * Runs the bundled action (dist/index.js) the way the Actions runner does: INPUT_* variables,
 * GITHUB_* variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The
 * child runs asynchronously so loopback emulators in the test process keep answering.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gitTest, tempDir } from '../helpers.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github.js';

export const DIST = resolve('dist/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Everything printed, for secret scans. */
  all: string;
  /** Wall time from spawning the process to its exit, in milliseconds. */
  ms: number;
}

export interface RunOptions {
  workspace: string;
  inputs: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** A command to run the action under, e.g. /usr/bin/time (the benchmark's peak memory). */
  wrap?: string[];
  /** The script to run instead of dist/index.js (the benchmark's comparison with other actions). */
  script?: string;
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const runnerTemp = tempDir('tailpolicy-runner-');
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary.md');
  const eventFile = join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: 'acme/tailnet',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: gitHead(opts.workspace),
    ...Object.fromEntries(Object.entries(opts.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env,
  };
  return new Promise((resolvePromise, reject) => {
    const argv = [...(opts.wrap ?? []), process.execPath, opts.script ?? DIST];
    const start = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearTimeout(timer);
      const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
      const summary = readFileSync(summaryFile, 'utf8');
      // `::add-mask::` lines are the masking commands themselves: the runner consumes them and
      // hides those values from everything printed after. Everything else is what users see.
      const shown = (stdout + stderr)
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      resolvePromise({
        code: code ?? -1,
        stdout,
        stderr,
        outputs,
        summary,
        all: shown + summary + JSON.stringify(outputs),
        ms,
      });
    });
  });
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function gitHead(dir: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

export function git(dir: string, ...args: string[]): string {
  return gitTest(dir, args);
}

/** A real Git repository holding a copy of the project's example policy/ and grants/. */
export function exampleRepo(extra: Record<string, string> = {}): string {
  const dir = tempDir('tailpolicy-repo-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  cpSync('grants', join(dir, 'grants'), { recursive: true });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'example');
  return dir;
}

/** The pinned moment at which the example tells its story. */
export const EXAMPLE_NOW = '2026-11-21T23:00:00Z';

/**
 * The example as it would really arrive: policy/ committed first, then the grants through a
 * pull request that mapped approvers approved on its head commit, merged in the GitHub emulator
 * (which works on this same repository). Returns the repository and the emulator.
 */
export async function approvedExampleRepo(): Promise<{
  dir: string;
  github: GitHubEmulator;
  env: Record<string, string>;
  inputs: Record<string, string>;
}> {
  const dir = tempDir('tailpolicy-repo-');
  cpSync('policy', join(dir, 'policy'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base policy');
  git(dir, 'checkout', '-q', '-b', 'grants');
  cpSync('grants', join(dir, 'grants'), { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'request access');
  git(dir, 'checkout', '-q', 'main');
  const github = await startGitHubEmulator({ owner: 'acme', repo: 'tailnet', gitDir: dir });
  const pull = github.createPull({ head: 'grants', author: 'alice-acme', title: 'Request access' });
  github.addReview(pull.number, { user: 'sam-sre', state: 'APPROVED' });
  github.addReview(pull.number, { user: 'ines-infra', state: 'APPROVED' });
  github.mergePull(pull.number);
  git(dir, 'reset', '-q', '--hard', 'main');
  return {
    dir,
    github,
    env: { GITHUB_API_URL: github.url },
    inputs: { 'github-token': github.token },
  };
}
