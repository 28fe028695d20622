import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  usageError
} from "./chunk-EINFBZSP.js";
import {
  mergeTimes
} from "./chunk-UI5YDAHM.js";
import {
  checkRepository
} from "./chunk-3EWXQCNL.js";
import {
  oneLine,
  readLayout,
  readNamedFile,
  readRepository,
  repoPath,
  selectTargets,
  sourceFromEnv
} from "./chunk-QV3YLETI.js";
import {
  require_node_fs
} from "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  formatFinding,
  formatOf
} from "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cli/offline-read.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function checkFiles(args, io, opts = { source: true }, target = targetsOf(args, false)[0]) {
  const files = await readRepository(args.root, target.policyDirs, target.grantsDir);
  keepYoungGenerationSmall(files.policyFiles, files.grantFiles);
  if (opts.only) {
    files.grantFiles = await onlyThese(args, target, files.grantFiles, opts.only);
    const chosen = new Set(files.grantFiles.map((f) => f.path));
    const grantsDir = `${target.grantsDir}/`;
    files.findings = files.findings.filter(
      (f) => !f.location?.file.startsWith(grantsDir) || chosen.has(f.location.file)
    );
  }
  return checkRepository({
    policyDir: target.policyDirs,
    ...target.scope ? { scope: target.scope } : {},
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    readFindings: files.findings,
    merges: await mergeTimes(args.root, opts.mergeRef ?? "HEAD", files.grantFiles),
    now: args.now,
    ...opts.source ? { source: sourceFromEnv(io.env) } : {}
  });
}
var LARGE_INPUT = 1 << 20;
function keepYoungGenerationSmall(...lists) {
  let size = 0;
  for (const list of lists) for (const f of list) size += f.text.length;
  if (size < LARGE_INPUT) return;
  try {
    const v8 = process.getBuiltinModule?.("node:v8");
    v8?.setFlagsFromString("--semi-space-growth-factor=1");
  } catch {
  }
}
function targetsOf(args, all) {
  const layout = readLayout(args.root, args.policyDir, args.grantsDir);
  return selectTargets(layout, args.target, { all, setting: "--target", what: `tailpolicy ${args.command}` });
}
function targetTitle(target) {
  return `${target.name} (tailnet ${target.tailnet === "-" ? "the credential's own" : target.tailnet})`;
}
function printFindings(result, io) {
  for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2e3)}
`);
}
async function onlyThese(args, target, grantFiles, paths) {
  const byPath = new Map(grantFiles.map((f) => [f.path, f]));
  const out = [];
  for (const given of paths) {
    const abs = (0, import_node_path.resolve)(args.cwd, given);
    const path = repoPath(args.root, abs);
    if (target.policyDirs.some((dir) => path.startsWith(`${dir}/`)))
      throw usageError(`${given} is in the policy folder; check FILE... takes grant files`, "check");
    if (!formatOf(path)) throw usageError(`${given} is not a grant file (.yaml)`, "check");
    const known = byPath.get(path);
    if (known) {
      out.push(known);
      continue;
    }
    let stat;
    try {
      stat = (0, import_node_fs.lstatSync)(abs);
    } catch (e) {
      const code = e.code ?? "";
      throw new UserError(`cannot read ${given}: ${READ_ERRORS[code] ?? (code || e.message)}`);
    }
    if (stat.isDirectory()) throw new UserError(`cannot read ${given}: it is a folder`);
    const text = stat.isSymbolicLink() ? void 0 : readNamedFile(abs);
    if (text === void 0)
      throw new UserError(`${given} is a symbolic link; tailpolicy does not follow links: name the file itself`);
    out.push({ path, text });
  }
  return out;
}
var READ_ERRORS = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "not permitted",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is not a folder"
};

export {
  checkFiles,
  targetsOf,
  targetTitle,
  printFindings
};
