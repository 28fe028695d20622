import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  require_node_module
} from "./chunks/chunk-2ERTWNZR.js";
import {
  __toESM
} from "./chunks/chunk-RKDLFA4V.js";

// src/index.ts
var nodeModule = __toESM(require_node_module(), 1);
nodeModule.enableCompileCache?.();
var { run } = await import("./chunks/main-HBWFYYD5.js");
await run();
