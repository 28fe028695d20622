#!/usr/bin/env node
import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  require_node_module
} from "./chunks/chunk-2ERTWNZR.js";
import {
  __toESM
} from "./chunks/chunk-RKDLFA4V.js";

// src/bin.ts
var nodeModule = __toESM(require_node_module(), 1);
nodeModule.enableCompileCache?.();
var { cli } = await import("./chunks/cli-NSZHWLWY.js");
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}
process.exitCode = await cli(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true
});
