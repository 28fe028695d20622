/**
 * The disk edge: reads policy/ and grants/ from a working tree into `SourceText`s for the pure
 * compiler. Symbolic links are not followed (a pull request must not be able to make the
 * action read files outside the repository), and oversized files are cut so the parser refuses
 * them without holding them whole in memory.
 */
import { lstat, open, readdir } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { warning, type Finding } from './shared/findings.js';
import { MAX_FILE_BYTES, formatOf, type SourceText } from './policy/source.js';
import { UserError } from './shared/errors.js';

export interface RepositoryFiles {
  policyFiles: SourceText[];
  grantFiles: SourceText[];
  findings: Finding[];
}

export async function readRepository(root: string, policyDir: string, grantsDir: string): Promise<RepositoryFiles> {
  const findings: Finding[] = [];
  const policyFiles = await readTree(root, policyDir, findings, true);
  const grantFiles = await readTree(root, grantsDir, findings, false);
  return { policyFiles, grantFiles, findings };
}

/** Repo-relative path with forward slashes, as used in every message and annotation. */
export function repoPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join(posix.sep);
}

async function readTree(root: string, dir: string, findings: Finding[], required: boolean): Promise<SourceText[]> {
  const out: SourceText[] = [];
  const top = join(root, dir);
  const walk = async (abs: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && (abs !== top || !required)) return;
      throw new UserError(`Cannot read the folder ${repoPath(root, abs) || '.'}: ${(e as Error).message}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(abs, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) {
        findings.push(
          warning('repo/symlink', 'Symbolic links are not followed; this entry is ignored. Commit the file itself.', {
            file: repoPath(root, path),
            line: 1,
            column: 1,
          }),
        );
      } else if (entry.isDirectory()) {
        await walk(path);
      } else if (entry.isFile() && formatOf(entry.name)) {
        out.push({ path: repoPath(root, path), text: await readCapped(path) });
      }
    }
  };
  await walk(top);
  return out;
}

/** Reads at most MAX_FILE_BYTES + 1 bytes: enough for the parser to refuse a larger file. */
async function readCapped(path: string): Promise<string> {
  const { size } = await lstat(path);
  const handle = await open(path, 'r');
  try {
    const length = Math.min(size, MAX_FILE_BYTES + 1);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, 0);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}
