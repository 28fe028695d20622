/** The offline part every mode starts with: read the repository, check it, write the policy file. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRepository, type CheckResult } from '../validate/offline.js';
import { error } from '../shared/findings.js';
import { isoUtc } from '../shared/time.js';
import { readRepository, type RepositoryFiles } from '../repo.js';
import { mergeTimes } from './merged-at.js';
import { countByState } from '../report/grant-table.js';
import type { OutputName, RunContext } from './context.js';

export interface OfflineOptions {
  exclude?: ReadonlyMap<string, string>;
  /**
   * The default branch's commit whose first-parent history says when each `duration` grant
   * merged (default HEAD: apply and expire run on the default branch; check mode passes the
   * pull request's base).
   */
  mergeRef?: string;
  /** The repository as already read by an earlier pass of the same run (apply reads it once). */
  read?: WorkspaceFiles;
}

/** The files of the workspace and when each `duration` grant merged. */
export interface WorkspaceFiles {
  files: RepositoryFiles;
  merges: Awaited<ReturnType<typeof mergeTimes>>;
}

export async function readWorkspace(ctx: RunContext, mergeRef = 'HEAD'): Promise<WorkspaceFiles> {
  const { policyDir, grantsDir } = ctx.inputs;
  const files = await readRepository(ctx.workspace, policyDir, grantsDir);
  return { files, merges: await mergeTimes(ctx.workspace, mergeRef, files.grantFiles) };
}

export async function offlineCheck(
  ctx: RunContext,
  opts: OfflineOptions = {},
): Promise<{ result: CheckResult; policyFile: string }> {
  const { policyDir } = ctx.inputs;
  const { files, merges } = opts.read ?? (await readWorkspace(ctx, opts.mergeRef));
  const result = checkRepository({
    merges,
    policyDir,
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    now: ctx.now,
    source: { ...ctx.source, commit: ctx.sha ?? ctx.source.commit },
    exclude: opts.exclude,
    readFindings: [
      ...files.findings,
      ...[...(opts.exclude ?? [])].map(([path, why]) =>
        error('grant/unapproved', `Left out of the policy: ${why}.`, { file: path, line: 1, column: 1 }),
      ),
    ],
  });
  await mkdir(ctx.outDir, { recursive: true });
  const policyFile = join(ctx.outDir, 'policy.hujson');
  await writeFile(policyFile, result.compiled.text);
  return { result, policyFile };
}

export function grantOutputs(result: CheckResult, policyFile: string): Partial<Record<OutputName, string>> {
  const counts = countByState(result.compiled);
  return {
    'policy-file': policyFile,
    digest: result.compiled.digest,
    'active-grants': String(counts.active),
    'scheduled-grants': String(counts.scheduled),
    'expired-grants': String(counts.expired),
    'next-change': result.compiled.nextChange ? isoUtc(result.compiled.nextChange) : '',
  };
}
