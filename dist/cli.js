#!/usr/bin/env node
import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  cli
} from "./chunks/chunk-V7C7NWZW.js";

// src/bin.ts
process.exitCode = await cli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd()
});
