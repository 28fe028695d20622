/** The offline commands' shared first step: read policy/ and grants/ of the working tree and check them. */
import { sourceFromEnv } from '../modes/context.js';
import { mergeTimes } from '../modes/merged-at.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readRepository, repoPath } from '../repo.js';
import { UserError } from '../shared/errors.js';
import { formatFinding } from '../shared/findings.js';
import { oneLine } from '../report/escape.js';
import { checkRepository, type CheckResult } from '../validate/offline.js';
import type { Args } from './args.js';
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
  if (opts.only) files.grantFiles = await onlyThese(args, files.grantFiles, opts.only);
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
 * `check FILE...`: just these grant files, against the repository's policy. A file under the
 * grants folder is taken as read there; any other is read as given (a grant not yet moved in).
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
    const known = byPath.get(path);
    if (known) {
      out.push(known);
      continue;
    }
    try {
      out.push({ path, text: await readFile(resolve(args.cwd, given), 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(`cannot read ${given}: ${code === 'ENOENT' ? 'no such file' : (code ?? (e as Error).message)}`);
    }
  }
  return out;
}
