import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  terminalContext
} from "./chunk-WF6YWKT7.js";
import {
  expireMode
} from "./chunk-PNIHVJND.js";
import "./chunk-UL5KTCC2.js";
import {
  noArguments,
  textOrJson
} from "./chunk-EINFBZSP.js";
import "./chunk-5FFBFGW7.js";
import "./chunk-7QCHO66I.js";
import "./chunk-Z4LWGW2Y.js";
import "./chunk-HOTCUSYG.js";
import "./chunk-CRSC4BUM.js";
import "./chunk-EGT5NXRL.js";
import "./chunk-M2PW6MMT.js";
import "./chunk-BMQ32CEE.js";
import "./chunk-IZRT3QGA.js";
import "./chunk-6CUYZ3W2.js";
import "./chunk-GFTJ4L32.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-UI5YDAHM.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import "./chunk-7MLH2TVT.js";
import "./chunk-HO2EAHAT.js";
import "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
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
