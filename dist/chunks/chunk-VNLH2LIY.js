import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  countByState
} from "./chunk-URPNRW66.js";
import {
  mergeTimes,
  readRepository
} from "./chunk-BI7Z5O7J.js";
import {
  checkRepository,
  compile
} from "./chunk-O56IQULN.js";
import {
  error
} from "./chunk-QERTGNHA.js";
import {
  isoUtc
} from "./chunk-2GOZZBP2.js";

// src/modes/offline-pass.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function readRun(ctx, mergeRef = "HEAD") {
  const files = await readRepository(ctx.workspace, ctx.inputs.policyDir, ctx.inputs.grantsDir);
  return { ...files, merges: await mergeTimes(ctx.workspace, mergeRef, files.grantFiles) };
}
function compileRead(ctx, files) {
  const { policyDir } = ctx.inputs;
  const { policyFiles, grantFiles, merges } = files;
  return compile({ policyDir, policyFiles, grantFiles, merges, now: ctx.now });
}
async function offlineCheck(ctx, opts = {}) {
  const { policyDir } = ctx.inputs;
  const files = opts.files ?? await readRun(ctx, opts.mergeRef);
  const result = checkRepository({
    merges: files.merges,
    policyDir,
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    now: ctx.now,
    source: { ...ctx.source, commit: ctx.sha ?? ctx.source.commit },
    exclude: opts.exclude,
    readFindings: [
      ...files.findings,
      ...[...opts.exclude ?? []].map(
        ([path, why]) => error("grant/unapproved", `Left out of the policy: ${why}.`, { file: path, line: 1, column: 1 })
      )
    ]
  });
  await mkdir(ctx.outDir, { recursive: true });
  const policyFile = join(ctx.outDir, "policy.hujson");
  await writeFile(policyFile, result.compiled.text);
  return { result, policyFile };
}
async function checkCommitFiles(root, ref, files, dirs, now) {
  const inDir = (dir) => (f) => f.path.startsWith(dir.replace(/\/+$/, "") + "/");
  const grantFiles = files.filter(inDir(dirs.grantsDir));
  return checkRepository({
    policyDir: dirs.policyDir,
    policyFiles: files.filter(inDir(dirs.policyDir)),
    grantFiles,
    merges: await mergeTimes(root, ref, grantFiles),
    now
  });
}
function grantOutputs(result, policyFile) {
  const counts = countByState(result.compiled);
  return {
    "policy-file": policyFile,
    digest: result.compiled.digest,
    "active-grants": String(counts.active),
    "scheduled-grants": String(counts.scheduled),
    "expired-grants": String(counts.expired),
    "next-change": result.compiled.nextChange ? isoUtc(result.compiled.nextChange) : ""
  };
}

export {
  readRun,
  compileRead,
  offlineCheck,
  checkCommitFiles,
  grantOutputs
};
