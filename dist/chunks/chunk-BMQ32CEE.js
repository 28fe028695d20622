import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  countByState
} from "./chunk-GFTJ4L32.js";
import {
  require_promises
} from "./chunk-CUJRVVR5.js";
import {
  mergeTimes
} from "./chunk-UI5YDAHM.js";
import {
  checkRepository,
  compileGrants
} from "./chunk-3EWXQCNL.js";
import {
  dirList,
  readRepository,
  trimDir,
  within
} from "./chunk-QV3YLETI.js";
import {
  isoUtc
} from "./chunk-LHDYXOMR.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  error,
  warning
} from "./chunk-756YIVLH.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/modes/offline-pass.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function readRun(ctx, mergeRef = "HEAD") {
  const files = await readRepository(ctx.workspace, ctx.target.policyDirs, ctx.target.grantsDir);
  return { ...files, merges: await mergeTimes(ctx.workspace, mergeRef, files.grantFiles) };
}
function compileRead(ctx, files) {
  const { policyFiles, grantFiles, merges } = files;
  return compileGrants({
    policyDir: ctx.target.policyDirs,
    policyFiles,
    grantFiles,
    merges,
    now: ctx.now,
    ...ctx.target.scope ? { scope: ctx.target.scope } : {}
  });
}
async function offlineCheck(ctx, opts = {}) {
  const files = opts.files ?? await readRun(ctx, opts.mergeRef);
  const result = checkRead(ctx, files, opts.exclude, opts.withdrawn);
  return { result, policyFile: await writePolicyFile(ctx, result) };
}
function checkRead(ctx, files, exclude, withdrawn) {
  return checkRepository({
    merges: files.merges,
    policyDir: ctx.target.policyDirs,
    ...ctx.target.scope ? { scope: ctx.target.scope } : {},
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    now: ctx.now,
    source: { ...ctx.source, commit: ctx.sha ?? ctx.source.commit },
    exclude: withdrawn?.size ? new Map([...exclude ?? [], ...withdrawn]) : exclude,
    readFindings: [
      ...files.findings,
      ...[...exclude ?? []].map(
        ([path, why]) => error("grant/unapproved", `Left out of the policy: ${why}.`, { file: path, line: 1, column: 1 })
      ),
      ...[...withdrawn ?? []].filter(([path]) => !exclude?.has(path)).map(
        ([path, why]) => warning("grant/revoked", `Left out of the policy: ${why}. Merge the pull request that deletes it.`, {
          file: path,
          line: 1,
          column: 1
        })
      )
    ]
  });
}
async function writePolicyFile(ctx, result) {
  await (0, import_promises.mkdir)(ctx.outDir, { recursive: true });
  const policyFile = (0, import_node_path.join)(ctx.outDir, ctx.target.name ? `policy-${ctx.target.name}.hujson` : "policy.hujson");
  await (0, import_promises.writeFile)(policyFile, result.compiled.text);
  return policyFile;
}
async function checkCommitFiles(root, ref, files, dirs, now) {
  const policyDirs = dirList(dirs.policyDir);
  const grantFiles = files.filter((f) => within(f.path, trimDir(dirs.grantsDir)));
  return checkRepository({
    policyDir: policyDirs,
    ...dirs.scope ? { scope: dirs.scope } : {},
    policyFiles: files.filter((f) => policyDirs.some((d) => within(f.path, d))),
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
  checkRead,
  writePolicyFile,
  checkCommitFiles,
  grantOutputs
};
