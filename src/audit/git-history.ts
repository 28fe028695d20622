/**
 * The Git edge of the audit: reads the first-parent history of the grants folder, and the
 * policy folder at a commit, from a real repository with git plumbing.
 *
 * git runs through the one hardened runner (src/git.ts: argument arrays, bounded output, a
 * deadline, literal pathspecs, replace refs ignored so evidence comes from the real objects).
 * File contents are read by blob id, so paths never travel through a line-based protocol.
 */
import { filesAt, gitRunner, isShallow, readBlobs, type GitRun } from '../git.js';
import { UserError } from '../shared/errors.js';
import type { SourceText } from '../policy/source.js';
import { isGrantPath, normalizeDir, type GrantFileChange, type HistoryCommit } from './history.js';

const NULL_SHA = /^0+$/;

export interface ReadHistoryOptions {
  grantsDir: string;
  /** The ref whose first-parent history is audited (default HEAD: the checked-out default branch). */
  ref?: string;
  env?: NodeJS.ProcessEnv;
}

export interface GrantHistory {
  /** The commit the history was read from. */
  head: string;
  /** Oldest first. */
  commits: HistoryCommit[];
}

/** Refuses a shallow clone (its history is cut) and resolves the ref to a commit. */
async function resolveHead(git: GitRun, root: string, ref: string, env?: NodeJS.ProcessEnv): Promise<string> {
  if (ref.startsWith('-')) throw new UserError(`"${ref}" is not a Git ref.`);
  if (await isShallow(root, env)) {
    throw new UserError(
      'The repository is a shallow clone, so its history is incomplete and the audit would miss grants. ' +
        'Fetch the whole history: actions/checkout with "fetch-depth: 0", or "git fetch --unshallow".',
    );
  }
  let head: string;
  try {
    head = (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).toString().trim();
  } catch {
    throw new UserError(`"${ref}" does not name a commit in this repository (is it empty?).`);
  }
  return head;
}

/**
 * The first-parent history of `grantsDir` from `ref`, oldest first, with each commit's grant
 * file changes against its first parent (renames detected) and the files' text.
 */
export async function readGrantHistory(root: string, opts: ReadHistoryOptions): Promise<GrantHistory> {
  const git = gitRunner(root, opts.env);
  const grantsDir = normalizeDir(opts.grantsDir);
  const head = await resolveHead(git, root, opts.ref ?? 'HEAD', opts.env);
  const marker = `tailpolicy-commit-${Math.random().toString(36).slice(2)}`;
  const out = await git([
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--relative',
    '-M',
    '--raw',
    '--no-abbrev',
    '-z',
    '--no-ext-diff',
    `--format=${marker}%x00%H%x00%P%x00%cI%x00%an%x00%ae%x00%s`,
    head,
    '--',
    grantsDir || '.',
  ]);
  const commits = parseLog(out.toString('utf8'), marker, grantsDir);
  const blobs = await readBlobs(
    git,
    commits.flatMap((c) => c.pending.map((p) => p.blob).filter((b): b is string => b !== undefined)),
  );
  return {
    head,
    commits: commits.reverse().map(({ commit, pending }) => ({
      ...commit,
      changes: pending.map(({ blob, change }) => {
        if (blob === undefined) return change;
        const read = blobs.get(blob);
        return read?.text !== undefined
          ? { ...change, text: read.text }
          : { ...change, ...(read?.size !== undefined ? { tooLarge: read.size } : {}) };
      }),
    })),
  };
}

interface Pending {
  commit: Omit<HistoryCommit, 'changes'>;
  pending: Array<{ change: GrantFileChange; blob?: string }>;
}

const REGULAR_FILE = /^100(644|755)$/;

/** Parses `git log -z --raw` output: per commit, the marker and six fields, then raw entries. */
export function parseLog(text: string, marker: string, grantsDir: string): Pending[] {
  const tokens = text.split('\0');
  const commits: Pending[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`Unexpected git log output (${what}) near token ${i}`);
  };
  while (i < tokens.length) {
    const token = tokens[i]!.replace(/^\n+/, '');
    if (token === '' && i === tokens.length - 1) break;
    if (token !== marker) fail('expected a commit');
    const [sha, parents, date, authorName, authorEmail, subject] = tokens.slice(i + 1, i + 7);
    if (subject === undefined || !/^[0-9a-f]{40,64}$/.test(sha!)) fail('commit header');
    i += 7;
    const committedAt = new Date(date!);
    if (Number.isNaN(committedAt.getTime())) fail('commit date');
    const pending: Pending['pending'] = [];
    while (i < tokens.length && tokens[i]!.replace(/^\n+/, '').startsWith(':')) {
      const raw = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(tokens[i]!.replace(/^\n+/, ''));
      if (!raw) fail('raw diff entry');
      const [, oldMode, newMode, , newBlob, status] = raw!;
      const twoPaths = status === 'R' || status === 'C';
      const first = tokens[i + 1];
      const second = twoPaths ? tokens[i + 2] : undefined;
      if (first === undefined || (twoPaths && second === undefined)) fail('path');
      i += twoPaths ? 3 : 2;
      const oldPath = first!;
      const newPath = twoPaths ? second! : first!;
      const wasGrant = status !== 'A' && REGULAR_FILE.test(oldMode!) && isGrantPath(oldPath, grantsDir);
      const isGrant = status !== 'D' && REGULAR_FILE.test(newMode!) && isGrantPath(newPath, grantsDir);
      const blob = NULL_SHA.test(newBlob!) ? undefined : newBlob;
      if (status === 'C') {
        if (isGrant) pending.push({ change: { status: 'added', path: newPath }, blob });
      } else if (status === 'R') {
        if (wasGrant && isGrant) pending.push({ change: { status: 'renamed', path: newPath, oldPath }, blob });
        else if (wasGrant) pending.push({ change: { status: 'deleted', path: oldPath } });
        else if (isGrant) pending.push({ change: { status: 'added', path: newPath }, blob });
      } else if (wasGrant && isGrant) {
        pending.push({ change: { status: 'modified', path: newPath }, blob });
      } else if (wasGrant) {
        pending.push({ change: { status: 'deleted', path: oldPath } });
      } else if (isGrant) {
        pending.push({ change: { status: 'added', path: newPath }, blob });
      }
    }
    commits.push({
      commit: {
        sha: sha!,
        parents: parents ? parents.split(' ').filter(Boolean) : [],
        authorName: authorName!,
        authorEmail: authorEmail!,
        committedAt,
        subject: subject!,
      },
      pending,
    });
  }
  return commits.filter((c) => c.pending.length > 0);
}

/** The files of several policy folders at a commit (a target's fragment folders), folder by folder. */
export async function readPolicyDirsAt(
  root: string,
  sha: string,
  policyDir: string | readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<SourceText[]> {
  const out: SourceText[] = [];
  for (const dir of typeof policyDir === 'string' ? [policyDir] : policyDir)
    out.push(...(await readPolicyAt(root, sha, dir, env)));
  return out;
}

/** The policy folder's files at a commit (as readRepository would read them from a checkout). */
export async function readPolicyAt(
  root: string,
  sha: string,
  policyDir: string,
  env?: NodeJS.ProcessEnv,
): Promise<SourceText[]> {
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new UserError(`"${sha}" is not a commit id.`);
  const files = await filesAt(root, sha, [normalizeDir(policyDir) || '.'], env);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
