/**
 * When did each `duration` grant reach the default branch? (SPEC 1.2) The answer is an input of
 * the pure compiler (`CompileInput.merges`), gathered here at the Git edge, so that check, plan,
 * apply, expire and the audit all count the same window from the same history.
 *
 * The moment is the committer date of the newest commit on `ref`'s first-parent line that
 * changed the file, each merge diffed against its first parent (`git log --first-parent -m`):
 * the merge commit of a merged pull request, the squash commit, or the last rebased commit.
 * The audit reads the same line (src/audit/git-history.ts), so its windows agree.
 *
 * A file whose content differs from the one at `ref` (a pull request's change, an uncommitted
 * edit) has not merged and is left out of the map: it is compiled as if it merged now, and the
 * plan says "from merge". A shallow checkout cannot say when a file arrived, so each affected
 * grant gets an error asking for the history: never a guess.
 */
import { UserError } from '../shared/errors.js';
import { nodeCrypto } from '../shared/sha256.js';
import type { MergeTime } from '../policy/grants.js';
import { parseSource, type SourceText } from '../policy/source.js';

/** git's output, or undefined when git cannot answer (not a repository, unknown ref). */
async function git(root: string, args: string[]): Promise<string | undefined> {
  // Loaded on first use: most checks have no `duration` grant and never start git, so the offline
  // commands do not load the git runner (and node:child_process) at start.
  const { runGit } = await import('../git.js');
  try {
    return (await runGit(root, args)).toString('utf8');
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

export const SHALLOW_PROBLEM =
  'This grant\'s "duration" counts from the moment it reached the default branch, but the checkout is shallow, ' +
  'so its history cannot say when that was. Fetch the whole history: actions/checkout with "fetch-depth: 0", ' +
  'or "git fetch --unshallow".';

/** Does the file say `duration:` at its top level? */
export function usesDuration(file: SourceText): boolean {
  if (!/duration/.test(file.text)) return false;
  const v = parseSource(file).value;
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'duration' in v;
}

/** Git's object id of a blob with this content (SHA-1, or SHA-256 in a repository using it). */
export function blobId(text: string, algorithm: 'sha1' | 'sha256' = 'sha1'): string {
  const body = Buffer.from(text, 'utf8');
  // node:crypto only when a blob is hashed (a `duration` grant): a check without one never loads it.
  return nodeCrypto()
    .createHash(algorithm)
    .update(Buffer.concat([Buffer.from(`blob ${body.length}\0`), body]))
    .digest('hex');
}

/**
 * For each `duration` grant among `files` whose content is the one at `ref`: when it reached
 * `ref`'s first-parent line. Files of other grants, and files not at `ref`, are not in the map.
 */
export async function mergeTimes(
  root: string,
  ref: string,
  files: readonly SourceText[],
): Promise<Map<string, MergeTime>> {
  const out = new Map<string, MergeTime>();
  const candidates = files.filter(usesDuration);
  if (candidates.length === 0) return out;
  const sha = (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]))?.trim();
  if (!sha) return out; // no repository or no commit: nothing has merged
  const listing = await git(root, ['ls-tree', '-z', '--end-of-options', sha, '--', ...candidates.map((f) => f.path)]);
  const blobs = new Map<string, string>();
  for (const entry of (listing ?? '').split('\0')) {
    const m = /^\d{6} blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m) blobs.set(m[2]!, m[1]!);
  }
  const merged = candidates.filter((f) => {
    const id = blobs.get(f.path);
    return id !== undefined && id === blobId(f.text, id.length === 64 ? 'sha256' : 'sha1');
  });
  if (merged.length === 0) return out;
  if ((await git(root, ['rev-parse', '--is-shallow-repository']))?.trim() !== 'false') {
    for (const f of merged) out.set(f.path, { problem: SHALLOW_PROBLEM });
    return out;
  }
  const log = await git(root, [
    'log',
    '--first-parent',
    '-m',
    '--no-renames',
    '--format=%x00%H %ct',
    '--name-only',
    '-z',
    sha,
    '--',
    ...merged.map((f) => f.path),
  ]);
  const wanted = new Set(merged.map((f) => f.path));
  let at: Date | undefined;
  for (const token of (log ?? '').split('\0')) {
    const header = /^\n?([0-9a-f]{40,64}) (\d+)$/.exec(token);
    if (header) {
      at = new Date(Number(header[2]) * 1000);
      continue;
    }
    const path = token.replace(/^\n+/, '');
    if (at && wanted.has(path) && !out.has(path)) out.set(path, { at });
  }
  for (const f of merged) {
    if (!out.has(f.path))
      out.set(f.path, { problem: `The Git history of ${ref} does not show when this file arrived.` });
  }
  return out;
}
