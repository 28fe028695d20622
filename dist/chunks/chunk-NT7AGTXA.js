import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  mergeTimes,
  readRepository
} from "./chunk-BI7Z5O7J.js";
import {
  checkRepository,
  oneLine
} from "./chunk-O56IQULN.js";
import {
  formatFinding
} from "./chunk-QERTGNHA.js";
import {
  sourceFromEnv
} from "./chunk-V5RLMVZP.js";

// src/cli/offline-read.ts
async function checkFiles(args, io, opts = { source: true }) {
  const files = await readRepository(args.root, args.policyDir, args.grantsDir);
  return checkRepository({
    policyDir: args.policyDir,
    policyFiles: files.policyFiles,
    grantFiles: files.grantFiles,
    readFindings: files.findings,
    merges: await mergeTimes(args.root, opts.mergeRef ?? "HEAD", files.grantFiles),
    now: args.now,
    ...opts.source ? { source: sourceFromEnv(io.env) } : {}
  });
}
function printFindings(result, io) {
  for (const f of result.findings) io.stderr(`${oneLine(formatFinding(f), 2e3)}
`);
}

export {
  checkFiles,
  printFindings
};
