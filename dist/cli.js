#!/usr/bin/env node
import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  enablePrivateCompileCache
} from "./chunks/chunk-CQRWI4T7.js";
import "./chunks/chunk-2ERTWNZR.js";
import "./chunks/chunk-FDXTWYEN.js";
import "./chunks/chunk-7MLH2TVT.js";
import "./chunks/chunk-RKDLFA4V.js";

// src/bin.ts
enablePrivateCompileCache(process.env);
var { cli } = await import("./chunks/cli-LHRA3R5O.js");
var quietOnEpipe = (stream) => stream.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
var stdout = quietOnEpipe(process.stdout);
var stderr;
process.exitCode = await cli(process.argv.slice(2), {
  stdout: (s) => void stdout.write(s),
  stderr: (s) => void (stderr ??= quietOnEpipe(process.stderr)).write(s),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true
});
