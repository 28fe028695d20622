/**
 * The offline part every mode starts with: read the repository once, check it, write the
 * policy file. A mode that must first learn which grants to leave out (apply: unapproved ones)
 * judges the grants of the files it read, then checks with the exclusions: apply checks first
 * and judges the checked grants, so when nothing is left out that one check is the run's
 * (without a GitHub token every grant is left out, so it judges `compileRead`'s plain compile).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGrants, type GrantsCompiled } from '../policy/compile.js';
import { checkRepository, type CheckResult } from '../validate/offline.js';
import { error, warning } from '../shared/findings.js';
import { isoUtc } from '../shared/time.js';
import { readRepository, type RepositoryFiles } from '../repo.js';
import type { MergeTime } from '../policy/grants.js';
import type { SourceText } from '../policy/source.js';
import { mergeTimes } from './merged-at.js';
import { countByState } from '../report/grant-table.js';
import { dirList, trimDir, within, type TargetScope } from '../policy/targets.js';
import type { OutputName, RunContext } from './context.js';

export interface OfflineOptions {
  exclude?: ReadonlyMap<string, string>;
  /** Left out on purpose (a break-glass grant an approver revoked): a warning, not an error. */
  withdrawn?: ReadonlyMap<string, string>;
  /** Whose first-parent history dates `duration` grants (see readRun); ignored with `files`. */
  mergeRef?: string;
  /** The files, when the mode read them already. */
  files?: RunFiles;
}

/** The working tree's files, and when each `duration` grant among them reached the default branch. */
export interface RunFiles extends RepositoryFiles {
  merges: ReadonlyMap<string, MergeTime>;
}

export interface OfflineResult {
  result: CheckResult;
  policyFile: string;
}

/**
 * policy/ and grants/ of the run's workspace, with the merge times of `duration` grants from
 * `mergeRef`'s first-parent history (default HEAD: apply and expire run on the default branch;
 * check mode passes the pull request's base).
 */
export async function readRun(ctx: RunContext, mergeRef = 'HEAD'): Promise<RunFiles> {
  const files = await readRepository(ctx.workspace, ctx.target.policyDirs, ctx.target.grantsDir);
  return { ...files, merges: await mergeTimes(ctx.workspace, mergeRef, files.grantFiles) };
}

/** The files compiled at the run's time, without validation: enough to list the grants. */
export function compileRead(ctx: RunContext, files: RunFiles): GrantsCompiled {
  const { policyFiles, grantFiles, merges } = files;
  return compileGrants({
    policyDir: ctx.target.policyDirs,
    policyFiles,
    grantFiles,
    merges,
    now: ctx.now,
    ...(ctx.target.scope ? { scope: ctx.target.scope } : {}),
  });
}

export async function offlineCheck(ctx: RunContext, opts: OfflineOptions = {}): Promise<OfflineResult> {
  const files = opts.files ?? (await readRun(ctx, opts.mergeRef));
  const result = checkRead(ctx, files, opts.exclude, opts.withdrawn);
  return { result, policyFile: await writePolicyFile(ctx, result) };
}

/** The offline check of files already read (no writing): offlineCheck's pure half. */
export function checkRead(
  ctx: RunContext,
  files: RunFiles,
  exclude?: ReadonlyMap<string, string>,
  /** Grants revoked by an approver (break-glass `/revoke`): left out, a warning until deleted. */
  withdrawn?: ReadonlyMap<string, string>,
): CheckResult {
  return checkRepository({
    merges: files.merges,
    policyDir: ctx.target.policyDirs,
    ...(ctx.target.scope ? { scope: ctx.target.scope } : {}),
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    now: ctx.now,
    source: { ...ctx.source, commit: ctx.sha ?? ctx.source.commit },
    exclude: withdrawn?.size ? new Map([...(exclude ?? []), ...withdrawn]) : exclude,
    readFindings: [
      ...files.findings,
      ...[...(exclude ?? [])].map(([path, why]) =>
        error('grant/unapproved', `Left out of the policy: ${why}.`, { file: path, line: 1, column: 1 }),
      ),
      ...[...(withdrawn ?? [])]
        .filter(([path]) => !exclude?.has(path))
        .map(([path, why]) =>
          warning('grant/revoked', `Left out of the policy: ${why}. Merge the pull request that deletes it.`, {
            file: path,
            line: 1,
            column: 1,
          }),
        ),
    ],
  });
}

/** Writes the checked policy where the run's outputs point; returns its path. */
export async function writePolicyFile(ctx: RunContext, result: CheckResult): Promise<string> {
  // Synchronous: a small file, and no trip through libuv's thread pool (whose first use starts
  // its threads) on the way to the push.
  mkdirSync(ctx.outDir, { recursive: true });
  // One file per target: check mode compiles every target of tailpolicy.yaml in one run.
  const policyFile = join(ctx.outDir, ctx.target.name ? `policy-${ctx.target.name}.hujson` : 'policy.hujson');
  writeFileSync(policyFile, result.compiled.text);
  return policyFile;
}

/**
 * The check of policy and grant files read from a commit (check mode's and `tailpolicy plan`'s
 * base): the files are split by folder, and compiled at the head's `now`.
 */
export async function checkCommitFiles(
  root: string,
  ref: string,
  files: readonly SourceText[],
  dirs: { policyDir: string | readonly string[]; grantsDir: string; scope?: TargetScope },
  now: Date,
): Promise<CheckResult> {
  const policyDirs = dirList(dirs.policyDir);
  const grantFiles = files.filter((f) => within(f.path, trimDir(dirs.grantsDir)));
  return checkRepository({
    policyDir: policyDirs,
    ...(dirs.scope ? { scope: dirs.scope } : {}),
    policyFiles: files.filter((f) => policyDirs.some((d) => within(f.path, d))),
    grantFiles,
    merges: await mergeTimes(root, ref, grantFiles),
    now,
  });
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
