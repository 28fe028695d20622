import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  checkFiles,
  printFindings
} from "./chunk-FDJOWEX4.js";
import {
  noArguments,
  textOrJson
} from "./chunk-QD6SKF6I.js";
import {
  require_promises
} from "./chunk-CUJRVVR5.js";
import "./chunk-LQBOCB3X.js";
import "./chunk-L2YWD46W.js";
import "./chunk-DZZMSSEW.js";
import "./chunk-FM2GMSBQ.js";
import {
  require_node_path
} from "./chunk-QTQY2R5I.js";
import "./chunk-ERV5MGAG.js";
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
