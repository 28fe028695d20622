import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  terminalContext
} from "./chunk-AQLTUCCW.js";
import {
  noArguments
} from "./chunk-K3IEVFP2.js";
import {
  expireMode
} from "./chunk-KTRXRZBK.js";
import "./chunk-ZDISTUXZ.js";
import "./chunk-GK23AFCF.js";
import "./chunk-VNLH2LIY.js";
import "./chunk-DPNWLPFJ.js";
import "./chunk-URPNRW66.js";
import "./chunk-BI7Z5O7J.js";
import "./chunk-C44EI4YF.js";
import "./chunk-GIH5LHG2.js";
import "./chunk-O56IQULN.js";
import "./chunk-ZR5PMLAN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-UWKE2EZ7.js";
import "./chunk-V5RLMVZP.js";
import "./chunk-CA3D2GMI.js";
import "./chunk-2GOZZBP2.js";

// src/cli/expire-command.ts
async function run(args, io) {
  noArguments(args);
  const ctx = terminalContext("expire", args, io);
  const result = await expireMode(ctx);
  const out = result.outputs;
  const lines = [
    `expired-grants: ${out["expired-grants"] ?? ""}`,
    `active-grants: ${out["active-grants"] ?? ""}`,
    `scheduled-grants: ${out["scheduled-grants"] ?? ""}`,
    `next-change: ${out["next-change"] || "none"}`,
    `changed: ${out.changed ?? "false"}`,
    `cleanup-pr: ${out["pr-number"] ? `#${out["pr-number"]} ${out["pr-url"]}` : "none open"}`
  ];
  io.stdout(lines.join("\n") + "\n");
  if (result.failure) {
    io.stderr(`tailpolicy: ${result.failure}
`);
    return result.exitCode ?? 1;
  }
  return 0;
}
export {
  run
};
