import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunk-NT7AGTXA.js";
import {
  noArguments
} from "./chunk-K3IEVFP2.js";
import {
  checkCommitFiles
} from "./chunk-VNLH2LIY.js";
import {
  makePlan,
  renderPlanText
} from "./chunk-5U34JQDR.js";
import "./chunk-DPNWLPFJ.js";
import "./chunk-URPNRW66.js";
import "./chunk-BI7Z5O7J.js";
import "./chunk-GIH5LHG2.js";
import {
  filesAtRef
} from "./chunk-O56IQULN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-V5RLMVZP.js";
import "./chunk-2GOZZBP2.js";

// src/cli/plan-command.ts
async function run(args, io) {
  noArguments(args);
  const dirs = { policyDir: args.policyDir, grantsDir: args.grantsDir };
  const baseFiles = await filesAtRef(args.root, args.base, [args.policyDir, args.grantsDir]);
  const head = await checkFiles(args, io, { source: false, mergeRef: args.base });
  const base = await checkCommitFiles(args.root, args.base, baseFiles, dirs, args.now);
  io.stdout(renderPlanText(makePlan(base.compiled, head.compiled), head, args.base));
  return head.ok ? 0 : 1;
}
export {
  run
};
