/**
 * The Git edge, and its one runner: every git command of tailpolicy (the checkout's files and
 * history, the audit's history, merge times) runs here, as a process with argument arrays
 * (never a shell), bounded output, a deadline, folder names taken literally (no pathspec magic),
 * replace refs ignored (evidence must come from the real objects), configuration that could
 * change the output overridden, and no prompt for credentials.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './shared/errors.js';
import { MAX_FILE_BYTES, formatOf, type SourceText } from './policy/source.js';

const MAX_OUTPUT = 64 * 1024 * 1024;
/** A git command that takes longer fails (TAILPOLICY_GIT_TIMEOUT_MS overrides): a run always ends. */
export const GIT_TIMEOUT_MS = 120_000;

export interface GitOptions {
  /** Written to git's standard input. */
  input?: string;
  /** The most output read (default 64 MiB). */
  maxBytes?: number;
  /** Default: TAILPOLICY_GIT_TIMEOUT_MS from `env`, else GIT_TIMEOUT_MS. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

function deadline(opts: GitOptions): number {
  if (opts.timeoutMs !== undefined) return opts.timeoutMs;
  const text = (opts.env ?? process.env).TAILPOLICY_GIT_TIMEOUT_MS;
  const ms = text ? Number(text) : NaN;
  return Number.isInteger(ms) && ms > 0 ? ms : GIT_TIMEOUT_MS;
}

/**
 * Runs git in `root`; a failure, a timeout or too much output is a UserError naming the command
 * and why. git runs in its own process group, so the deadline also ends its helpers
 * (git-remote-https, ssh) when a remote stops answering.
 */
export function runGit(root: string, args: string[], opts: GitOptions = {}): Promise<Buffer> {
  const maxBytes = opts.maxBytes ?? MAX_OUTPUT;
  const timeoutMs = deadline(opts);
  return new Promise((resolve, reject) => {
    const child = spawn(
      'git',
      [
        '--no-replace-objects',
        '--literal-pathspecs',
        '-c',
        'log.showSignature=false',
        '-c',
        'log.follow=false',
        '-c',
        'color.ui=false',
        '-c',
        'core.quotePath=false',
        '-C',
        root,
        ...args,
      ],
      {
        detached: process.platform !== 'win32',
        stdio: ['pipe', 'pipe', 'pipe'],
        env: {
          ...(opts.env ?? process.env),
          GIT_TERMINAL_PROMPT: '0',
          GIT_ASKPASS: 'echo',
          GCM_INTERACTIVE: 'never',
          GIT_PAGER: 'cat',
          LC_ALL: 'C',
        },
        windowsHide: true,
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let settled = false;
    const kill = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const finish = (e: Error | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) {
        kill();
        reject(e);
      } else resolve(Buffer.concat(out));
    };
    const timer = setTimeout(
      () =>
        finish(
          new UserError(
            `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped` +
              (args[0] === 'fetch'
                ? '; the remote did not answer.'
                : ` (in ${root}); set TAILPOLICY_GIT_TIMEOUT_MS to allow longer.`),
          ),
        ),
      timeoutMs,
    );
    timer.unref?.();
    child.stdout!.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes)
        finish(
          new UserError(
            `git ${args[0]} produced more than ${Math.round(maxBytes / 1048576)} MiB of output; the history is too large to read at once.`,
          ),
        );
      else out.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (err.length < 64) err.push(chunk);
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      finish(
        new UserError(
          e.code === 'ENOENT'
            ? 'git is not installed or not on PATH; tailpolicy reads the Git history.'
            : `git could not be run: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) return finish(undefined);
      const message = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
      finish(
        new UserError(`git ${args[0]} failed in ${root} (${signal ?? `exit ${code}`})${message ? `: ${message}` : ''}`),
      );
    });
    // git may exit before reading its input (an unknown revision): that is its answer, not a crash.
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(opts.input);
  });
}

/** A runner bound to one repository (and environment), for code that runs many commands. */
export type GitRun = (args: string[], options?: Omit<GitOptions, 'env'>) => Promise<Buffer>;

export function gitRunner(root: string, env?: NodeJS.ProcessEnv): GitRun {
  return (args, options = {}) => runGit(root, args, { ...options, ...(env ? { env } : {}) });
}

async function git(root: string, args: string[], opts: GitOptions = {}): Promise<string> {
  return (await runGit(root, args, opts)).toString('utf8');
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

const REGULAR_FILE = /^100(644|755)$/;
const MAX_BATCH_BYTES = 256 * 1024 * 1024;

/**
 * The policy and grant files as they are at `ref`, read as readRepository reads a checkout:
 * regular files only (no symbolic links), no hidden files or folders under the given folders,
 * and a file over MAX_FILE_BYTES given as oversized text so the parser refuses it the same way.
 * Two git processes for any number of files: `ls-tree -l` (with each blob's size, so no
 * `cat-file --batch-check` is needed to leave the oversized ones unread), then `cat-file --batch`.
 */
export function filesAt(
  root: string,
  ref: string,
  dirs: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<SourceText[]> {
  // A full commit id names one tree for ever: its files may be read once (and ahead of need,
  // by readAheadAt). Anything else (a branch, `sha^1`, another environment) is read each time.
  if (env !== undefined || !FULL_ID.test(ref)) return readFilesAt(root, ref, dirs, env);
  const key = JSON.stringify([root, ref, dirs]);
  let hit = filesAtCache.get(key);
  if (!hit) {
    hit = readFilesAt(root, ref, dirs);
    filesAtCache.set(key, hit);
    // A failed read (a commit not fetched yet) is not kept; the cache stays small.
    hit.catch(() => filesAtCache.delete(key));
    if (filesAtCache.size > FILES_AT_CACHE) filesAtCache.delete(filesAtCache.keys().next().value!);
  }
  return hit.then((files) => files.map((f) => ({ ...f })));
}

const FULL_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const FILES_AT_CACHE = 8;
const filesAtCache = new Map<string, Promise<SourceText[]>>();

/** Starts filesAt for a commit likely to be asked for soon; a failure is left for the real ask. */
export function readAheadAt(root: string, sha: string, dirs: readonly string[]): void {
  if (FULL_ID.test(sha)) filesAt(root, sha, dirs).catch(() => undefined);
}

async function readFilesAt(
  root: string,
  ref: string,
  dirs: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<SourceText[]> {
  const run = gitRunner(root, env);
  const listing = (await run(['ls-tree', '-r', '-z', '-l', '--end-of-options', ref, '--', ...dirs])).toString('utf8');
  const prefixes = dirs.map((d) => d.replace(/\/+$/, '')).filter((d) => d && d !== '.');
  const entries: Array<{ blob: string; path: string }> = [];
  const sizes = new Map<string, number>();
  for (const line of listing.split('\0').filter(Boolean)) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(line);
    if (!m || m[2] !== 'blob' || !REGULAR_FILE.test(m[1]!)) continue;
    const path = m[5]!;
    const dir = prefixes.find((p) => path.startsWith(`${p}/`));
    const rel = dir ? path.slice(dir.length + 1) : path;
    if (!formatOf(path) || rel.split('/').some((part) => part.startsWith('.'))) continue;
    entries.push({ blob: m[3]!, path });
    sizes.set(m[3]!, Number(m[4]));
  }
  const blobs = await readSizedBlobs(run, sizes);
  return entries.map((e) => ({ path: e.path, text: blobs.get(e.blob)?.text ?? ' '.repeat(MAX_FILE_BYTES + 1) }));
}

/** Blob contents by id; blobs over MAX_FILE_BYTES are not read, only their size. */
export async function readBlobs(git: GitRun, ids: string[]): Promise<Map<string, { text?: string; size: number }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const check = (await git(['cat-file', '--batch-check'], { input: unique.map((id) => `${id}\n`).join('') })).toString(
    'utf8',
  );
  const sizes = new Map<string, number>();
  for (const line of check.split('\n').filter(Boolean)) {
    const [id, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(id!, Number(size));
  }
  return readSizedBlobs(git, sizes);
}

/** readBlobs when each blob's size is already known (from `ls-tree -l` or `--batch-check`). */
async function readSizedBlobs(
  git: GitRun,
  sizes: ReadonlyMap<string, number>,
): Promise<Map<string, { text?: string; size: number }>> {
  const out = new Map<string, { text?: string; size: number }>();
  const small: string[] = [];
  for (const [id, size] of sizes) {
    if (size <= MAX_FILE_BYTES) small.push(id);
    else out.set(id, { size });
  }
  // Read in chunks so one call's output stays bounded.
  let chunk: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const data = await git(['cat-file', '--batch'], {
      input: chunk.map((id) => `${id}\n`).join(''),
      maxBytes: bytes + chunk.length * 128 + 1024,
    });
    let at = 0;
    while (at < data.length) {
      const eol = data.indexOf(10, at);
      if (eol < 0) break;
      const [id, type, sizeText] = data.subarray(at, eol).toString('utf8').split(' ');
      const size = Number(sizeText);
      if (type !== 'blob' || !Number.isFinite(size))
        throw new Error(`Unexpected git cat-file output: ${data.subarray(at, eol).toString('utf8')}`);
      out.set(id!, { text: data.subarray(eol + 1, eol + 1 + size).toString('utf8'), size });
      at = eol + 1 + size + 1;
    }
    chunk = [];
    bytes = 0;
  };
  for (const id of small) {
    const size = sizes.get(id)!;
    if (bytes + size > MAX_BATCH_BYTES / 4) await flush();
    chunk.push(id);
    bytes += size;
  }
  await flush();
  return out;
}

/**
 * Whether the checkout's history is cut (a shallow clone). Throws a UserError when git cannot
 * tell (not a repository); callers for whom the history is decoration treat that as shallow.
 */
export async function isShallow(root: string, env?: NodeJS.ProcessEnv): Promise<boolean> {
  const own = ownGitDir(root, env ?? process.env);
  // What `rev-parse --is-shallow-repository` reads: whether the repository has a `shallow` file.
  if (own) return existsSync(join(own, 'shallow'));
  const out = (await runGit(root, ['rev-parse', '--is-shallow-repository'], env ? { env } : {})).toString('utf8');
  return out.trim() !== 'false';
}

/**
 * `root/.git` when it is, plainly, the repository git would use in `root` (a folder with HEAD,
 * not a linked worktree's, and no GIT_DIR or GIT_COMMON_DIR to point git elsewhere): then
 * facts stored in it are read without a git process. Undefined for anything else (a `.git`
 * file, a subfolder of a checkout, a bare repository), which git itself is asked about.
 */
function ownGitDir(root: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GIT_DIR || env.GIT_COMMON_DIR) return undefined;
  const dir = join(root, '.git');
  try {
    if (!lstatSync(dir).isDirectory()) return undefined;
    if (!existsSync(join(dir, 'HEAD')) || existsSync(join(dir, 'commondir'))) return undefined;
  } catch {
    return undefined;
  }
  return dir;
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
  /** Its first parent (undefined for a root commit, or where a shallow history is cut). */
  parent?: string;
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
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    '--raw',
    '--no-abbrev',
    '-z',
    '--no-ext-diff',
    `--format=${marker}%x00%H%x00%P`,
    'HEAD',
    '--',
    ...dirs,
  ]);
  const tokens = log.split('\0').map((t) => t.replace(/^\n+/, ''));
  const out: FirstParentCommit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === marker) {
      const sha = tokens[++i]!;
      const parent = tokens[++i]!.split(' ')[0];
      out.push({ sha, ...(parent ? { parent } : {}), changes: new Map() });
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

/** git's output, or undefined when git fails (not a repository, unknown revision). */
async function tryGit(root: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(root, args);
  } catch {
    return undefined;
  }
}

/** git's trimmed output, or undefined when git fails or prints nothing (a remote or setting that is not there). */
export async function gitValue(root: string, args: string[]): Promise<string | undefined> {
  return (await tryGit(root, args))?.trim() || undefined;
}

/** The checked-out commit, when there is one. */
export async function workspaceHead(root: string): Promise<string | undefined> {
  return (await tryGit(root, ['rev-parse', 'HEAD']))?.trim() || undefined;
}

/** The commit on HEAD's history that added `path`, when the history has it. */
export async function addingCommit(root: string, path: string): Promise<string | undefined> {
  return (await tryGit(root, ['log', '--diff-filter=A', '--format=%H', '-1', 'HEAD', '--', path]))?.trim() || undefined;
}

/**
 * The commit of `ref`'s first-parent history that was current at `at`: the newest one whose
 * committer date (for a merge or squash commit, when it merged) is not after `at`. Undefined when
 * the history holds none (a shallow clone cut before it, or a time before the first commit).
 */
export async function firstParentCommitAt(
  root: string,
  ref: string,
  at: Date,
  env?: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  if (ref.startsWith('-') || Number.isNaN(at.getTime())) return undefined;
  const seconds = Math.floor(at.getTime() / 1000);
  try {
    const out = await runGit(
      root,
      ['rev-list', '--first-parent', '-1', `--min-age=${seconds}`, '--end-of-options', ref],
      env ? { env } : {},
    );
    return out.toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
