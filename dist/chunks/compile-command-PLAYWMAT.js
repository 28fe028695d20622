import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  checkFiles,
  printFindings
} from "./chunk-NT7AGTXA.js";
import {
  noArguments,
  textOrJson
} from "./chunk-K3IEVFP2.js";
import "./chunk-BI7Z5O7J.js";
import "./chunk-O56IQULN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-V5RLMVZP.js";
import "./chunk-2GOZZBP2.js";

// src/cli/compile-command.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function run(args, io) {
  noArguments(args);
  textOrJson(args);
  const result = await checkFiles(args, io);
  printFindings(result, io);
  if (!result.pushable) {
    io.stderr("tailpolicy: the base policy has errors; no policy was written\n");
    return 1;
  }
  if (args.output) await writeFile(resolve(args.cwd, args.output), result.compiled.text);
  else io.stdout(result.compiled.text);
  return result.ok ? 0 : 1;
}
export {
  run
};
