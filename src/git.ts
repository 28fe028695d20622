/**
 * The Git edge: reads files of a commit and the history of a path from the checked-out
 * repository, with argument arrays (never a shell) and bounded output.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from './shared/errors.js';
import { MAX_FILE_BYTES, formatOf, type SourceText } from './policy/source.js';

const run = promisify(execFile);
const MAX_OUTPUT = 64 * 1024 * 1024;

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, maxBuffer: MAX_OUTPUT, encoding: 'utf8' });
  return stdout;
}

export async function hasCommit(root: string, sha: string): Promise<boolean> {
  try {
    await git(root, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Makes `sha` available, fetching it from `origin` when the checkout is shallow or partial. */
export async function ensureCommit(root: string, sha: string): Promise<void> {
  if (await hasCommit(root, sha)) return;
  try {
    await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  } catch {
    /* reported below */
  }
  if (!(await hasCommit(root, sha))) {
    throw new UserError(
      `Commit ${sha} is not in the checkout and could not be fetched; check out with fetch-depth: 0 (actions/checkout).`,
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

/** git's output, or undefined when git fails (not a repository, unknown revision). */
async function tryGit(root: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(root, args);
  } catch {
    return undefined;
  }
}

/** True unless git says the checkout has its whole history (not a repository counts as shallow). */
export async function isShallowCheckout(root: string): Promise<boolean> {
  const out = await tryGit(root, ['rev-parse', '--is-shallow-repository']);
  return out === undefined || out.trim() !== 'false';
}

/** The checked-out commit, when there is one. */
export async function workspaceHead(root: string): Promise<string | undefined> {
  return (await tryGit(root, ['rev-parse', 'HEAD']))?.trim() || undefined;
}

/** The commit on HEAD's history that added `path`, when the history has it. */
export async function addingCommit(root: string, path: string): Promise<string | undefined> {
  return (await tryGit(root, ['log', '--diff-filter=A', '--format=%H', '-1', 'HEAD', '--', path]))?.trim() || undefined;
}
