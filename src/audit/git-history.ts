/**
 * The Git edge of the audit: reads the first-parent history of the grants folder, and the
 * policy folder at a commit, from a real repository with git plumbing.
 *
 * git runs through the one hardened runner (src/git.ts: argument arrays, bounded output, a
 * deadline, literal pathspecs, replace refs ignored so evidence comes from the real objects).
 * File contents are read by blob id, so paths never travel through a line-based protocol.
 */
import { gitRunner, isShallow, type GitRun } from '../git.js';
import { UserError } from '../shared/errors.js';
import { MAX_FILE_BYTES, formatOf, type SourceText } from '../policy/source.js';
import { isGrantPath, normalizeDir, type GrantFileChange, type HistoryCommit } from './history.js';

const MAX_BATCH_BYTES = 256 * 1024 * 1024;
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

/** Blob contents by id; blobs over MAX_FILE_BYTES are not read, only their size. */
async function readBlobs(git: GitRun, ids: string[]): Promise<Map<string, { text?: string; size: number }>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, { text?: string; size: number }>();
  if (unique.length === 0) return out;
  const check = (await git(['cat-file', '--batch-check'], { input: unique.map((id) => `${id}\n`).join('') })).toString(
    'utf8',
  );
  const sizes = new Map<string, number>();
  for (const line of check.split('\n').filter(Boolean)) {
    const [id, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(id!, Number(size));
  }
  const small = unique.filter((id) => (sizes.get(id) ?? Infinity) <= MAX_FILE_BYTES);
  for (const id of unique) if (sizes.has(id) && !small.includes(id)) out.set(id, { size: sizes.get(id)! });
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

/** The policy folder's files at a commit (as readRepository would read them from a checkout). */
export async function readPolicyAt(
  root: string,
  sha: string,
  policyDir: string,
  env?: NodeJS.ProcessEnv,
): Promise<SourceText[]> {
  const git = gitRunner(root, env);
  const dir = normalizeDir(policyDir);
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new UserError(`"${sha}" is not a commit id.`);
  const listing = (await git(['ls-tree', '-r', '-z', '--end-of-options', sha, '--', dir || '.'])).toString('utf8');
  const entries: Array<{ blob: string; path: string }> = [];
  for (const line of listing.split('\0').filter(Boolean)) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!m || m[2] !== 'blob' || !REGULAR_FILE.test(m[1]!)) continue;
    const path = m[4]!;
    const rel = dir ? path.slice(dir.length + 1) : path;
    if (!formatOf(path) || rel.split('/').some((part) => part.startsWith('.'))) continue;
    entries.push({ blob: m[3]!, path });
  }
  const blobs = await readBlobs(
    git,
    entries.map((e) => e.blob),
  );
  return entries
    .map((e) => {
      const read = blobs.get(e.blob);
      // A file too large to read is given as oversized text, so the parser refuses it as it would on disk.
      return { path: e.path, text: read?.text ?? ' '.repeat(MAX_FILE_BYTES + 1) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
