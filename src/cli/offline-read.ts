/** The offline commands' shared first step: read policy/ and grants/ of the working tree and check them. */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { sourceFromEnv } from '../modes/context.js';
import { mergeTimes } from '../modes/merged-at.js';
import { formatOf, type SourceText } from '../policy/source.js';
import { readLayout, readNamedFile, readRepository, repoPath } from '../repo.js';
import { UserError } from '../shared/errors.js';
import { selectTargets, type Target } from '../policy/targets.js';
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
  opts: { source?: boolean; mergeRef?: string; only?: string[]; textOnRead?: boolean } = { source: true },
  target: Target = targetsOf(args, false)[0]!,
): Promise<CheckResult> {
  const files = await readRepository(args.root, target.policyDirs, target.grantsDir);
  keepYoungGenerationSmall(files.policyFiles, files.grantFiles);
  if (opts.only) {
    files.grantFiles = await onlyThese(args, target, files.grantFiles, opts.only);
    // What the reading said about the other grant files is not asked for.
    const chosen = new Set(files.grantFiles.map((f) => f.path));
    const grantsDir = `${target.grantsDir}/`;
    files.findings = files.findings.filter(
      (f) => !f.location?.file.startsWith(grantsDir) || chosen.has(f.location.file),
    );
  }
  return checkRepository({
    policyDir: target.policyDirs,
    ...(target.scope ? { scope: target.scope } : {}),
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    readFindings: files.findings,
    merges: await mergeTimes(args.root, opts.mergeRef ?? 'HEAD', files.grantFiles),
    now: args.now,
    ...(opts.source ? { source: sourceFromEnv(io.env) } : {}),
    ...(opts.textOnRead ? { textOnRead: true } : {}),
  });
}

/** Text read, in UTF-16 units, from which a check counts as large for the garbage collector. */
const LARGE_INPUT = 1 << 20;

/**
 * For a large repository, V8's young generation is kept at its starting size instead of growing
 * to 32 MiB a half: a check allocates much and keeps little, and the grown young generation was
 * most of its peak memory (10,000 grant files: 270 MiB peak RSS, 165 MiB without the growth, for
 * the same CPU time within the noise; 50,000: 530 MiB, 460 MiB). Small checks (the example) are
 * left alone, so they do not load node:v8. A runtime without the flag or the module is left as is.
 */
function keepYoungGenerationSmall(...lists: ReadonlyArray<readonly SourceText[]>): void {
  let size = 0;
  for (const list of lists) for (const f of list) size += f.text.length;
  if (size < LARGE_INPUT) return;
  try {
    const v8 = process.getBuiltinModule?.('node:v8') as typeof import('node:v8') | undefined;
    if (!v8) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    // V8 takes a code cache only under the flags it was written with: the launcher's cache,
    // written at exit (src/shared/code-cache.ts), is written under the default again, which the
    // next run starts with. Left set, every large check rejected the cache and wrote it anew.
    process.prependOnceListener('exit', () => v8.setFlagsFromString('--semi-space-growth-factor=2'));
  } catch {
    // An unknown flag changes nothing.
  }
}

/**
 * The tailnets a command acts on (SPEC 1.5): with tailpolicy.yaml, the --target entry, or every
 * entry when `all` (check); without it, the one tailnet of --policy-dir and --grants-dir.
 */
export function targetsOf(args: Args, all: boolean): Target[] {
  const layout = readLayout(args.root, args.policyDir, args.grantsDir);
  return selectTargets(layout, args.target, { all, setting: '--target', what: `tailpolicy ${args.command}` });
}

/** "prod (tailnet example.com)": how output names a target's tailnet. */
export function targetTitle(target: Target): string {
  return `${target.name} (tailnet ${target.tailnet === '-' ? "the credential's own" : target.tailnet})`;
}

/** Every finding as `path:line:col: severity[rule]: message` on stderr. */
export function printFindings(result: CheckResult, io: Io): void {
  for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2000)}\n`);
}

/**
 * `check FILE...`: just these grant files, against the repository's policy. FILE is relative to
 * the current folder (as git's paths are) or absolute. A file under the grants folder is taken as
 * read there; any other is read as given (a grant not yet moved in), as the tree walk reads: size
 * capped, no symbolic link. A policy fragment or a file that is not YAML (or JSON) is a usage error.
 */
async function onlyThese(args: Args, target: Target, grantFiles: SourceText[], paths: string[]): Promise<SourceText[]> {
  const byPath = new Map(grantFiles.map((f) => [f.path, f]));
  const out: SourceText[] = [];
  for (const given of paths) {
    const abs = resolve(args.cwd, given);
    const path = repoPath(args.root, abs);
    if (target.policyDirs.some((dir) => path.startsWith(`${dir}/`)))
      throw usageError(`${given} is in the policy folder; check FILE... takes grant files`, 'check');
    if (!formatOf(path)) throw usageError(`${given} is not a grant file (.yaml)`, 'check');
    const known = byPath.get(path);
    if (known) {
      out.push(known);
      continue;
    }
    let stat;
    try {
      // Synchronous, like the tree walk: node:fs/promises costs the start of every offline command.
      stat = lstatSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new UserError(`cannot read ${given}: ${READ_ERRORS[code] ?? (code || (e as Error).message)}`);
    }
    if (stat.isDirectory()) throw new UserError(`cannot read ${given}: it is a folder`);
    const text = stat.isSymbolicLink() ? undefined : readNamedFile(abs);
    if (text === undefined)
      throw new UserError(`${given} is a symbolic link; tailpolicy does not follow links: name the file itself`);
    out.push({ path, text });
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
