import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  terminalContext
} from "./chunk-XJJUGYVH.js";
import "./chunk-BDUBLY53.js";
import {
  noArguments,
  textOrJson
} from "./chunk-QD6SKF6I.js";
import {
  expireMode
} from "./chunk-H7AWI4KW.js";
import "./chunk-LHT77XS5.js";
import "./chunk-ZG2CZINE.js";
import "./chunk-PEKYSAPQ.js";
import "./chunk-MDEGLXFT.js";
import "./chunk-USOCMTNJ.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-YHYVAIY7.js";
import "./chunk-2EVT22WE.js";
import "./chunk-T2Q6F6L7.js";
import "./chunk-VC3ALXEC.js";
import "./chunk-JX7AACKF.js";
import "./chunk-DNJWM4GN.js";
import "./chunk-6HRHJ3AF.js";
import "./chunk-4GSBGR4Q.js";
import "./chunk-LU4QAGDH.js";
import "./chunk-6RSOFI43.js";
import "./chunk-FM2GMSBQ.js";
import "./chunk-QTQY2R5I.js";
import "./chunk-RNDHOVOE.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";

// src/cli/expire-command.ts
async function run(args, io) {
  noArguments(args);
  const format = textOrJson(args);
  const ctx = terminalContext("expire", args, format === "json" ? { ...io, stdout: io.stderr } : io);
  const result = await expireMode(ctx);
  const out = result.outputs;
  if (format === "json") {
    const n = (v) => v === void 0 || v === "" ? null : Number(v);
    io.stdout(
      JSON.stringify(
        {
          dryRun: args.dryRun,
          digest: out.digest ?? null,
          expiredGrants: n(out["expired-grants"]),
          activeGrants: n(out["active-grants"]),
          scheduledGrants: n(out["scheduled-grants"]),
          nextChange: out["next-change"] || null,
          changed: out.changed === "true",
          cleanupPr: out["pr-number"] ? { number: Number(out["pr-number"]), url: out["pr-url"] ?? null } : null,
          ...result.failure ? { failure: result.failure, exitCode: result.exitCode ?? 1 } : {}
        },
        null,
        2
      ) + "\n"
    );
  } else {
    const lines = [
      `expired-grants: ${out["expired-grants"] ?? ""}`,
      `active-grants: ${out["active-grants"] ?? ""}`,
      `scheduled-grants: ${out["scheduled-grants"] ?? ""}`,
      `next-change: ${out["next-change"] || "none"}`,
      `changed: ${out.changed ?? "false"}`,
      `cleanup-pr: ${out["pr-number"] ? `#${out["pr-number"]} ${out["pr-url"]}` : "none open"}`
    ];
    io.stdout(lines.join("\n") + "\n");
  }
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
