import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  checkFiles,
  printFindings
} from "./chunk-FEPYHAVF.js";
import {
  noArguments,
  textOrJson
} from "./chunk-EINFBZSP.js";
import {
  require_promises
} from "./chunk-CUJRVVR5.js";
import "./chunk-UI5YDAHM.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import "./chunk-756YIVLH.js";
import "./chunk-SESXFX7C.js";
import {
  __toESM
} from "./chunk-RKDLFA4V.js";

// src/cli/compile-command.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function run(args, io) {
  noArguments(args);
  const format = textOrJson(args);
  const result = await checkFiles(args, io);
  printFindings(result, io);
  if (!result.pushable) {
    io.stderr("tailpolicy: the base policy has errors; no policy was written\n");
    return 1;
  }
  const c = result.compiled;
  const text = format === "json" ? JSON.stringify(
    {
      ok: result.ok,
      digest: c.digest,
      bytes: Buffer.byteLength(c.text),
      policy: c.policy,
      findings: result.findings
    },
    null,
    2
  ) + "\n" : c.text;
  if (args.output) await (0, import_promises.writeFile)((0, import_node_path.resolve)(args.cwd, args.output), text);
  else io.stdout(text);
  return result.ok ? 0 : 1;
}
export {
  run
};
