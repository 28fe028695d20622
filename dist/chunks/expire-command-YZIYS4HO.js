import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  terminalContext
} from "./chunk-UCUKONC2.js";
import "./chunk-BDUBLY53.js";
import {
  noArguments,
  textOrJson
} from "./chunk-QD6SKF6I.js";
import {
  expireMode
} from "./chunk-DI2OF4GL.js";
import "./chunk-KCLJ74MO.js";
import "./chunk-JS7Y4AME.js";
import "./chunk-6KFZG2ET.js";
import "./chunk-EEYYS2FC.js";
import "./chunk-5SFWUB2Q.js";
import "./chunk-4T7B6W4F.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-7EGBQRSI.js";
import "./chunk-PYRFM4X7.js";
import "./chunk-T2Q6F6L7.js";
import "./chunk-LQBOCB3X.js";
import "./chunk-AW5TUXWJ.js";
import "./chunk-U46WVU5W.js";
import "./chunk-6HRHJ3AF.js";
import "./chunk-PNQCBX3I.js";
import "./chunk-L2YWD46W.js";
import "./chunk-DZZMSSEW.js";
import "./chunk-FM2GMSBQ.js";
import "./chunk-QTQY2R5I.js";
import "./chunk-ERV5MGAG.js";
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
