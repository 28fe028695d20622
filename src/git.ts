/**
 * The Git edge: reads files of a commit and the history of a path from the checked-out
 * repository, with argument arrays (never a shell), bounded output and a deadline (SPEC 4,
 * property 7: a run always ends). A `git fetch` from a remote that stops answering is killed
 * with its helpers (the whole process group) when the deadline passes.
 */
import { spawn } from 'node:child_process';
import { UserError } from './shared/errors.js';
import { MAX_FILE_BYTES, formatOf, type SourceText } from './policy/source.js';

const MAX_OUTPUT = 64 * 1024 * 1024;
/** Every git command ends within this, unless the caller gives its own deadline. */
export const GIT_TIMEOUT_MS = 120_000;

export interface GitOptions {
  /** Deadline for this command, in milliseconds (default GIT_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Runs git in `root` and returns its standard output; rejects on failure, too much output or the deadline. */
export function git(root: string, args: string[], opts: GitOptions = {}): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? GIT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    // Its own process group, so the deadline also ends git's helpers (git-remote-https, ssh).
    const child = spawn('git', args, {
      cwd: root,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', GCM_INTERACTIVE: 'never' },
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (e: Error | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) {
        kill();
        reject(e);
      } else resolve(Buffer.concat(out).toString('utf8'));
    };
    const kill = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(
      () =>
        finish(
          new UserError(
            `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped` +
              (args[0] === 'fetch' ? '; the remote did not answer.' : '.'),
          ),
        ),
      timeoutMs,
    );
    timer.unref?.();
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT)
        finish(new UserError(`git ${args[0]} produced more than ${MAX_OUTPUT >> 20} MiB of output.`));
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 64) err.push(chunk);
    });
    child.on('error', (e) => finish(new UserError(`git could not be run: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return finish(undefined);
      const message = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
      finish(new UserError(`git ${args[0]} failed (${signal ?? `exit ${code}`})${message ? `: ${message}` : ''}`));
    });
  });
}

export async function hasCommit(root: string, sha: string): Promise<boolean> {
  try {
    await git(root, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes `sha` available, fetching it from `origin` when the checkout is shallow or partial. The
 * fetch has a deadline: a remote that stops answering ends in an error, not a hung job.
 */
export async function ensureCommit(root: string, sha: string, opts: GitOptions = {}): Promise<void> {
  if (await hasCommit(root, sha)) return;
  let why = '';
  try {
    await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', sha], opts);
  } catch (e) {
    why = ` (${(e as Error).message})`;
  }
  if (!(await hasCommit(root, sha))) {
    throw new UserError(
      `Commit ${sha} is not in the checkout and could not be fetched${why}; check out with fetch-depth: 0 (actions/checkout).`,
    );
  }
}

/** The policy and grant files as they are at `ref`. */
export async function filesAt(root: string, ref: string, dirs: readonly string[]): Promise<SourceText[]> {
  const listing = await git(root, ['ls-tree', '-r', '-z', '--long', ref, '--', ...dirs]);
  const out: SourceText[] = [];
  for (const entry of listing.split('\0')) {
    const m = /^(\d+) blob ([0-9a-f]+)\s+(\d+|-)\t(.+)$/s.exec(entry);
    if (!m || m[1] === '120000' || !formatOf(m[4]!)) continue; // skip symlinks and other files
    const size = Number(m[3]);
    const text = size > MAX_FILE_BYTES ? 'x'.repeat(MAX_FILE_BYTES + 1) : await git(root, ['cat-file', 'blob', m[2]!]);
    out.push({ path: m[4]!, text });
  }
  return out;
}

export async function isShallow(root: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/**
 * For every file under `dir`, the last commit on HEAD's history that changed it: one walk of the
 * history instead of one `git log` per file.
 */
export async function lastCommits(root: string, dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const log = await git(root, ['log', '--format=%x00%H', '--name-only', '--no-renames', 'HEAD', '--', dir]);
  for (const block of log.split('\0')) {
    const [sha, ...files] = block.split('\n').filter(Boolean);
    if (!sha) continue;
    for (const f of files) if (!out.has(f)) out.set(f, sha);
  }
  return out;
}

/** Files at a user-given revision (a branch, tag or SHA), with a usage error when it is unknown. */
export async function filesAtRef(root: string, ref: string, dirs: readonly string[]): Promise<SourceText[]> {
  let sha: string;
  try {
    sha = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw new UserError(
      `"${ref}" is not a commit of the repository at ${root}; pass --base with a branch, tag or SHA.`,
    );
  }
  return filesAt(root, sha, dirs);
}

/** A commit of the first-parent history and what it changed against its first parent. */
export interface FirstParentCommit {
  sha: string;
  /** Path -> the blob it has after this commit (null: deleted). */
  changes: Map<string, string | null>;
}

/**
 * The first-parent history of HEAD under `dirs`, newest first, each commit diffed against its
 * first parent, merge commits included: what each commit brought onto the branch. (`git log
 * --name-only` lists no files for a merge commit, so a change made inside a merge would be
 * credited to an earlier commit.)
 */
export async function firstParentHistory(root: string, dirs: readonly string[]): Promise<FirstParentCommit[]> {
  const marker = 'tailpolicy-commit';
  const log = await git(root, [
    '--literal-pathspecs',
    '-c',
    'log.showSignature=false',
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    '--raw',
    '--no-abbrev',
    '-z',
    '--no-ext-diff',
    `--format=${marker}%x00%H`,
    'HEAD',
    '--',
    ...dirs,
  ]);
  const tokens = log.split('\0').map((t) => t.replace(/^\n+/, ''));
  const out: FirstParentCommit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === marker) {
      out.push({ sha: tokens[++i]!, changes: new Map() });
      continue;
    }
    const raw = /^:\d{6} (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])/.exec(token);
    const path = tokens[i + 1];
    if (!raw || path === undefined || !out.length) continue;
    i++;
    const deleted = raw[3] === 'D' || /^0+$/.test(raw[2]!);
    out[out.length - 1]!.changes.set(path, deleted ? null : raw[2]!);
  }
  return out;
}

/** The checked-out commit, or undefined outside a Git repository. */
export async function workspaceHead(root: string): Promise<string | undefined> {
  try {
    return (await git(root, ['rev-parse', 'HEAD'])).trim() || undefined;
  } catch {
    return undefined;
  }
}
