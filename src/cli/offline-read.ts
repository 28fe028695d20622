/** The offline commands' shared first step: read policy/ and grants/ of the working tree and check them. */
import { sourceFromEnv } from '../modes/context.js';
import { mergeTimes } from '../modes/merged-at.js';
import { readRepository } from '../repo.js';
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
  opts: { source?: boolean; mergeRef?: string } = { source: true },
): Promise<CheckResult> {
  const files = await readRepository(args.root, args.policyDir, args.grantsDir);
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
