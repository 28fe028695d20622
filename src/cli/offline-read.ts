/** The offline commands' shared first step: read policy/ and grants/ of the working tree and check them. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sourceFromEnv } from '../modes/context.js';
import { mergeTimes } from '../modes/merged-at.js';
import { readRepository, repoPath } from '../repo.js';
import { UserError } from '../shared/errors.js';
import { formatFinding } from '../shared/findings.js';
import { oneLine } from '../report/escape.js';
import { checkRepository, type CheckResult } from '../validate/offline.js';
import { usageError, type Args } from './args.js';
import type { Io } from './terminal.js';

/**
 * The working tree checked at `--now`; `duration` grants count from their merge on `mergeRef`'s
 * first-parent history (default HEAD; `plan` judges what has merged by its --base).
 */
export async function checkFiles(
  args: Args,
  io: Io,
  opts: { source?: boolean; mergeRef?: string; only?: string[] } = { source: true },
): Promise<CheckResult> {
  const files = await readRepository(args.root, args.policyDir, args.grantsDir);
  if (opts.only) {
    files.grantFiles = await onlyThese(args, files.grantFiles, opts.only);
    // What the reading said about the other grant files is not asked for.
    const chosen = new Set(files.grantFiles.map((f) => f.path));
    const grantsDir = `${args.grantsDir.replace(/\/+$/, '')}/`;
    files.findings = files.findings.filter(
      (f) => !f.location?.file.startsWith(grantsDir) || chosen.has(f.location.file),
    );
  }
  return checkRepository({
    policyDir: args.policyDir,
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    readFindings: files.findings,
    merges: await mergeTimes(args.root, opts.mergeRef ?? 'HEAD', files.grantFiles),
    now: args.now,
    ...(opts.source ? { source: sourceFromEnv(io.env) } : {}),
  });
}

/** Every finding as `path:line:col: severity[rule]: message` on stderr. */
export function printFindings(result: CheckResult, io: Io): void {
  for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2000)}\n`);
}

/**
 * `check FILE...`: just these grant files, against the repository's policy. FILE is relative to
 * the current folder (as git's paths are) or absolute. A file under the grants folder is taken as
 * read there; any other is read as given (a grant not yet moved in). A policy fragment is not a
 * grant file: a usage error.
 */
async function onlyThese(
  args: Args,
  grantFiles: { path: string; text: string }[],
  paths: string[],
): Promise<{ path: string; text: string }[]> {
  const byPath = new Map(grantFiles.map((f) => [f.path, f]));
  const out = [];
  for (const given of paths) {
    const path = repoPath(args.root, resolve(args.cwd, given));
    if (path.startsWith(`${args.policyDir.replace(/\/+$/, '')}/`))
      throw usageError(`${given} is in the policy folder; check FILE... takes grant files`, 'check');
    const known = byPath.get(path);
    if (known) {
      out.push(known);
      continue;
    }
    try {
      out.push({ path, text: await readFile(resolve(args.cwd, given), 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      const why = READ_ERRORS[code] ?? (code || (e as Error).message);
      throw new UserError(`cannot read ${given}: ${why}`);
    }
  }
  return out;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
};
